import { Worker } from 'node:worker_threads';
import type { StoryResult } from './check-result.js';
import { runStory, type StoryTask } from './run-story.js';

const IN_THREAD_STORIES = 4; // enough to hide file-read latency; more only holds more pages in memory

/**
 * Runs story tasks on `jobs` worker threads (in this thread when jobs is 1), calling `onResult`
 * as each finishes. Results come back in task order whatever order they finish in, so output
 * does not depend on the number of workers.
 */
export async function runPool(tasks: readonly StoryTask[], jobs: number, onResult: (done: number) => void): Promise<StoryResult[]> {
  const results = new Array<StoryResult>(tasks.length);
  let done = 0;
  if (jobs <= 1 || tasks.length <= 1) {
    // One thread, but a few stories in flight, so one story's file reads overlap another's work.
    let next = 0;
    const lane = async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await runStory(tasks[i]!);
        onResult(++done);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_THREAD_STORIES, tasks.length) }, lane));
    return results;
  }
  const workerUrl = new URL('./check-worker.js', import.meta.url);
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(workerUrl));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= tasks.length) return resolve();
              const id = next++;
              worker.postMessage({ id, task: tasks[id] });
            };
            worker.on('message', (message: { id: number; result?: StoryResult; crash?: string }) => {
              if (message.crash !== undefined) return reject(new Error(`a check worker crashed on ${tasks[message.id]!.dir}:\n${message.crash}`));
              results[message.id] = message.result!;
              onResult(++done);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
