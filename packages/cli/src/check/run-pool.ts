import { Worker } from 'node:worker_threads';
import { FurnitureLearner, type CompareOptions, type FurnitureOptions, type FurnitureSample, type LearnedFurniture } from '@wirediff/core';
import type { StoryResult } from './check-result.js';
import { ResultCache, type CacheSettings } from './result-cache.js';
import { createStoryRunner, type ResultForm, type StoryOutcome, type StoryTask } from './run-story.js';
import type { WireTask, WorkerMessage } from './check-worker.js';

const IN_FLIGHT_PER_WORKER = 2;
const IN_THREAD_STORIES = 4; // enough to hide file-read latency; more only holds more pages in memory
/**
 * Text kept between the sampling and the comparing pass, in characters over all threads
 * (1 to 2 bytes each, plus the objects and the story's BlockMemo: about 250 MB of heap in all).
 * A 1,000-story corpus of 6 pages fits; a larger one reads and extracts the rest again rather
 * than grow: 4,000 such stories check in a heap capped at 256 MB (--max-old-space-size).
 */
export const CACHE_CHARS = 30_000_000;

/** What to do about learned furniture: learn it from the stories, use a table, or neither. */
export type FurniturePlan = { learn: FurnitureOptions } | { use: LearnedFurniture } | null;

/** The threads runPool checks `tasks` on: `jobs` workers, no more than there are tasks; one (this thread) for one job or task. */
export const poolThreads = (jobs: number, tasks: number) => (jobs <= 1 || tasks <= 1 ? 1 : Math.min(jobs, tasks));

/** Callbacks: stories sampled (only when learning), stories compared, and each result in task order. */
export interface PoolProgress {
  onSampled?: (done: number) => void;
  onResult: (done: number) => void;
  /** Called once per task, in task order, whatever order they finish in; `json` as in StoryOutcome. */
  deliver: (result: StoryResult, json?: string) => void;
}

/** The furniture the comparison used, and how many results the cache gave. */
export interface PoolRun {
  learned: LearnedFurniture | null;
  reused: number;
}

type Reply = { id: number; sample?: FurnitureSample | null; result?: StoryResult; reused?: boolean; json?: string; crash?: string };

/**
 * Runs story tasks on `jobs` worker threads (in this thread when jobs is 1). When the plan is to
 * learn furniture, a first pass samples every story, the samples are learned from here (the
 * table does not depend on their order), and a second pass compares every story with it, on
 * the thread that read it, so its pages are not extracted twice. Results are delivered in task
 * order whatever order they finish in, so output does not depend on the number of workers.
 * Workers hand results over in the form `delivers` names; this thread computes them whole.
 */
export async function runPool(
  tasks: readonly StoryTask[],
  jobs: number,
  plan: FurniturePlan,
  progress: PoolProgress,
  cache: CacheSettings | null = null,
  delivers: ResultForm = 'whole',
): Promise<PoolRun> {
  const learning = plan !== null && 'learn' in plan ? plan.learn : null;
  let learned = plan !== null && 'use' in plan ? plan.use : null;
  // Samples are counted in as they come (in any order: the table does not depend on it), not held.
  const learner = learning ? new FurnitureLearner(learning) : null;
  const learn = (sample: FurnitureSample | null | undefined) => {
    if (sample) learner?.add(sample);
  };
  // Results wait here until every earlier one has been delivered: only those finished out of
  // order are held, a few per worker, not the corpus.
  const waiting = new Map<number, Pick<StoryOutcome, 'result' | 'json'>>();
  let delivered = 0;
  const arrive = (id: number, outcome: Pick<StoryOutcome, 'result' | 'json'>) => {
    waiting.set(id, outcome);
    for (let next = waiting.get(delivered); next !== undefined; next = waiting.get(delivered)) {
      waiting.delete(delivered++);
      progress.deliver(next.result, next.json);
    }
  };
  let reused = 0;
  const finish = () => {
    if (learner) learned = learner.table();
  };

  const count = poolThreads(jobs, tasks.length);
  if (count === 1) {
    const runner = createStoryRunner(learning ? CACHE_CHARS : 0, cache ? new ResultCache(cache) : null);
    // One thread, but a few stories in flight, so one story's file reads overlap another's work.
    const pass = async (work: (i: number) => Promise<void>) => {
      let next = 0;
      const lane = async () => {
        while (next < tasks.length) await work(next++);
      };
      await Promise.all(Array.from({ length: Math.min(IN_THREAD_STORIES, tasks.length) }, lane));
    };
    let done = 0;
    if (learning) {
      await pass(async (i) => {
        learn(await runner.sample(i, tasks[i]!, learning));
        progress.onSampled?.(++done);
      });
      finish();
    }
    done = 0;
    await pass(async (i) => {
      const outcome = await runner.compare(i, tasks[i]!, learned);
      arrive(i, outcome);
      if (outcome.reused) reused++;
      progress.onResult(++done);
    });
    return { learned, reused };
  }

  const workerUrl = new URL('./check-worker.js', import.meta.url);
  const workers = Array.from({ length: count }, () => new Worker(workerUrl, { workerData: { cacheChars: learning ? Math.floor(CACHE_CHARS / count) : 0, cache, delivers } }));
  // A task's compare options (the note catalogue: tens of kilobytes) go to each worker once,
  // not with every story: tasks carry a number standing for them.
  const optionKeys = new Map<CompareOptions, number>();
  const sent = workers.map(() => new Set<number>());
  const wire = (id: number, w: number): WireTask => {
    const { compare, ...rest } = tasks[id]!;
    let key = optionKeys.get(compare);
    if (key === undefined) optionKeys.set(compare, (key = optionKeys.size));
    if (!sent[w]!.has(key)) {
      sent[w]!.add(key);
      workers[w]!.postMessage({ type: 'options', key, compare } satisfies WorkerMessage);
    }
    return { ...rest, compareKey: key };
  };
  try {
    const owner = new Array<number>(tasks.length);
    if (learning) {
      let next = 0;
      let done = 0;
      await runPhase(workers, tasks, () => (next < tasks.length ? next++ : undefined), (id, w) => ({ type: 'sample', id, task: wire(id, w), options: learning }), (reply, w) => {
        learn(reply.sample);
        owner[reply.id] = w;
        progress.onSampled?.(++done);
      });
      finish();
    }
    for (const worker of workers) worker.postMessage({ type: 'learned', learned } satisfies WorkerMessage);
    // A story goes back to the worker that read it, which kept its pages; without learning, to
    // whichever worker is free.
    const queues = workers.map((_, w) => tasks.map((_, id) => id).filter((id) => owner[id] === w));
    const heads = workers.map(() => 0);
    let next = 0;
    let done = 0;
    await runPhase(workers, tasks, (w) => (learning ? queues[w]![heads[w]!++] : next < tasks.length ? next++ : undefined), (id, w) => ({ type: 'compare', id, task: wire(id, w) }), (reply) => {
      arrive(reply.id, { result: reply.result!, json: reply.json });
      if (reply.reused) reused++;
      progress.onResult(++done);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { learned, reused };
}

/** Feeds each worker one task at a time from `take(worker)` until it has none, gathering replies. */
function runPhase(
  workers: Worker[],
  tasks: readonly StoryTask[],
  take: (w: number) => number | undefined,
  message: (id: number, w: number) => WorkerMessage,
  onReply: (reply: Reply, w: number) => void,
): Promise<unknown> {
  return Promise.all(
    workers.map(
      (worker, w) =>
        new Promise<void>((resolve, reject) => {
          const done = (error?: Error) => {
            worker.off('message', onMessage);
            worker.off('error', done);
            if (error) reject(error);
            else resolve();
          };
          let inFlight = 0;
          const feed = () => {
            const id = take(w);
            if (id === undefined) return inFlight === 0 ? done() : undefined;
            inFlight++;
            worker.postMessage(message(id, w));
          };
          const onMessage = (reply: Reply) => {
            if (reply.crash !== undefined) return done(new Error(`a check worker crashed on ${tasks[reply.id]!.dir}:\n${reply.crash}`));
            inFlight--;
            onReply(reply, w);
            feed();
          };
          worker.on('message', onMessage);
          worker.on('error', done);
          // Two stories in flight per worker: the next waits in its queue while the main thread
          // takes in a result, so a worker never idles for the round trip.
          for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) feed();
        }),
    ),
  );
}
