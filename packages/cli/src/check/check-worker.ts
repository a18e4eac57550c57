// A worker thread of `wirediff check`: receives story tasks, posts their results back.
import { parentPort } from 'node:worker_threads';
import { runStory, type StoryTask } from './run-story.js';

parentPort?.on('message', async (message: { id: number; task: StoryTask }) => {
  try {
    parentPort!.postMessage({ id: message.id, result: await runStory(message.task) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, crash: (error as Error)?.stack ?? String(error) });
  }
});
