import { Worker } from 'node:worker_threads';
import type { StoryResult } from './check-result.js';
import { runStory, type StoryTask } from './run-story.js';

/**
 * Runs story tasks on `jobs` worker threads (in this thread when jobs is 1), calling `onResult`
 * as each finishes. Results come back in task order whatever order they finish in, so output
 * does not depend on the number of workers.
 */
export async function runPool(tasks: readonly StoryTask[], jobs: number, onResult: (done: number) => void): Promise<StoryResult[]> {
  const results = new Array<StoryResult>(tasks.length);
  let done = 0;
  if (jobs <= 1 || tasks.length <= 1) {
    for (let i = 0; i < tasks.length; i++) {
      results[i] = await runStory(tasks[i]!);
      onResult(++done);
    }
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
