// A worker thread of `wirediff check`: samples and compares the stories the pool sends, keeping
// the pages it read for the comparing pass (see createStoryRunner), and posts results back.
import { parentPort, workerData } from 'node:worker_threads';
import type { CompareOptions, FurnitureOptions, LearnedFurniture } from '@wirediff/core';
import { ResultCache, type CacheSettings } from './result-cache.js';
import { createStoryRunner, type ResultForm, type StoryTask } from './run-story.js';

/** A story task as sent: its compare options stand as the key of an earlier 'options' message. */
export type WireTask = Omit<StoryTask, 'compare'> & { compareKey: number };

/** What the pool sends a worker. */
export type WorkerMessage =
  | { type: 'options'; key: number; compare: CompareOptions }
  | { type: 'sample'; id: number; task: WireTask; options: FurnitureOptions }
  | { type: 'learned'; learned: LearnedFurniture | null }
  | { type: 'compare'; id: number; task: WireTask };

const data = workerData as { cacheChars: number; cache: CacheSettings | null; delivers: ResultForm };
const runner = createStoryRunner(data.cacheChars, data.cache ? new ResultCache(data.cache) : null, data.delivers);
let learned: LearnedFurniture | null = null;
const options = new Map<number, CompareOptions>();
const taskOf = ({ compareKey, ...rest }: WireTask): StoryTask => ({ ...rest, compare: options.get(compareKey)! });

parentPort?.on('message', async (message: WorkerMessage) => {
  // Messages arrive in order: every later task sees the options and the table.
  if (message.type === 'options') return void options.set(message.key, message.compare);
  if (message.type === 'learned') return void (learned = message.learned);
  try {
    if (message.type === 'sample') parentPort!.postMessage({ id: message.id, sample: await runner.sample(message.id, taskOf(message.task), message.options) });
    else parentPort!.postMessage({ id: message.id, ...(await runner.compare(message.id, taskOf(message.task), learned)) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, crash: (error as Error)?.stack ?? String(error) });
  }
});
