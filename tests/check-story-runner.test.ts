// The comparing pass of `wirediff check` gives the same results whether a story's pages were
// kept from the sampling pass or read again because they did not fit the cache.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { learnFurnitureFromSamples, type FurnitureSample } from '@wirediff/core';
import { createStoryRunner, INTERNAL, runStory, type StoryTask } from '../packages/cli/src/check/run-story.js';
import { ResultCache } from '../packages/cli/src/check/result-cache.js';
import { ROOT } from './helpers.js';

const corpus = path.join(ROOT, 'fixtures/corpus');
const tasks: StoryTask[] = ['ecb-holds-rates', 'quake-hokkaido', 'no-such-story'].map((name) => ({
  corpus, dir: path.join(corpus, name), load: { timeoutMs: 1000, maxBytes: 1 << 20 }, compare: {},
}));

test('createStoryRunner: kept pages and pages read again compare alike, and as runStory does', async () => {
  const runs = [];
  for (const cacheChars of [Infinity, 0]) {
    const runner = createStoryRunner(cacheChars);
    const samples = [];
    for (const [i, task] of tasks.entries()) samples.push(await runner.sample(i, task, {}));
    assert.is(samples[2], null, 'an unreadable story has no sample');
    const learned = learnFurnitureFromSamples(samples.filter((s): s is FurnitureSample => s !== null));
    const results = [];
    for (const [i, task] of tasks.entries()) results.push((await runner.compare(i, task, learned)).result);
    runs.push(results);
  }
  assert.equal(runs[0], runs[1]);
  assert.is(runs[0]![2]!.status, 'error');
  assert.equal(runs[0]![0], await runStory(tasks[0]!));
});

test('a story that trips a bug is an error result of its own, its stack on stderr, and is not cached', async () => {
  // A note rule whose pattern does not compile: the configuration refuses one, so reaching the
  // comparison with it stands for a bug in wirediff.
  const broken = { id: 'broken', category: 'verification', agencies: [], pattern: '(', flags: 'u', description: '', example: '', nearMiss: '' };
  const task: StoryTask = { ...tasks[0]!, compare: { notes: [broken] } as unknown as StoryTask['compare'] };
  const written: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => written.push(chunk) > 0) as typeof process.stderr.write;
  let result;
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'wirediff-runner-cache-'));
  try {
    result = await runStory(task);
    const cached = createStoryRunner(0, new ResultCache({ dir: cacheDir, tool: 'test', options: 'broken' }));
    assert.equal((await cached.compare(0, task, null)).result, result);
  } finally {
    process.stderr.write = write;
  }
  assert.equal(result, {
    story: 'ecb-holds-rates',
    status: 'error',
    error: { code: INTERNAL, input: 'ecb-holds-rates', message: result.status === 'error' ? result.error.message : '' },
  });
  assert.match(result.status === 'error' ? result.error.message : '', /^internal error, please report it as a bug: pattern of "broken" is not a valid regular expression/);
  assert.match(written.join(''), /^wirediff: internal error on story ecb-holds-rates — SyntaxError: pattern of "broken"[\s\S]*\n {4}at /);
  assert.equal(readdirSync(cacheDir), [], 'nothing cached: the next build may not have the bug');
  // The other stories of the batch are untouched.
  assert.is((await runStory(tasks[1]!)).status, 'ok');
});

test.run();
