// A worker thread of `wirediff check`: samples and compares the stories the pool sends, keeping
// the pages it read for the comparing pass (see createStoryRunner), and posts results back.
import { parentPort, workerData } from 'node:worker_threads';
import type { FurnitureOptions, LearnedFurniture, NoteRule } from '@wirediff/core';
import { createStoryRunner, type StoryTask } from './run-story.js';

/** What the pool sends a worker. */
export type WorkerMessage =
  | { type: 'sample'; id: number; task: StoryTask; options: FurnitureOptions }
  | { type: 'learned'; learned: LearnedFurniture | null }
  | { type: 'compare'; id: number; task: StoryTask };

const runner = createStoryRunner((workerData as { cacheChars: number }).cacheChars);
let learned: LearnedFurniture | null = null;

// Every task arrives with its own clone of the note catalogue. Compiled patterns, their gates
// and the tables' word indexes are cached by the identity of the rules and the table, so each
// story would compile the catalogue anew: one canonical copy per distinct catalogue instead.
const catalogues = new Map<string, readonly NoteRule[]>();
function withCanonicalNotes(task: StoryTask): StoryTask {
  const notes = task.compare.notes;
  if (notes === undefined) return task;
  const key = JSON.stringify(notes);
  let canonical = catalogues.get(key);
  if (!canonical) catalogues.set(key, (canonical = Object.freeze(notes.map((rule) => Object.freeze({ ...rule })))));
  return { ...task, compare: { ...task.compare, notes: canonical } };
}

parentPort?.on('message', async (message: WorkerMessage) => {
  if (message.type === 'learned') {
    learned = message.learned; // messages arrive in order: every later compare sees it
    return;
  }
  try {
    const task = withCanonicalNotes(message.task);
    if (message.type === 'sample') parentPort!.postMessage({ id: message.id, sample: await runner.sample(message.id, task, message.options) });
    else parentPort!.postMessage({ id: message.id, result: await runner.compare(message.id, task, learned) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, crash: (error as Error)?.stack ?? String(error) });
  }
});
