// A worker thread of `wirediff check`: samples and compares the stories the pool sends, keeping
// the pages it read for the comparing pass (see createStoryRunner), and posts results back.
import { parentPort, workerData } from 'node:worker_threads';
import type { FurnitureOptions, LearnedFurniture } from '@wirediff/core';
import { ResultCache, type CacheSettings } from './result-cache.js';
import { createStoryRunner, type StoryTask } from './run-story.js';

/** What the pool sends a worker. */
export type WorkerMessage =
  | { type: 'sample'; id: number; task: StoryTask; options: FurnitureOptions }
  | { type: 'learned'; learned: LearnedFurniture | null }
  | { type: 'compare'; id: number; task: StoryTask };

const data = workerData as { cacheChars: number; cache: CacheSettings | null };
const runner = createStoryRunner(data.cacheChars, data.cache ? new ResultCache(data.cache) : null);
let learned: LearnedFurniture | null = null;

parentPort?.on('message', async (message: WorkerMessage) => {
  if (message.type === 'learned') {
    learned = message.learned; // messages arrive in order: every later compare sees it
    return;
  }
  try {
    if (message.type === 'sample') parentPort!.postMessage({ id: message.id, sample: await runner.sample(message.id, message.task, message.options) });
    else parentPort!.postMessage({ id: message.id, ...(await runner.compare(message.id, message.task, learned)) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, crash: (error as Error)?.stack ?? String(error) });
  }
});
