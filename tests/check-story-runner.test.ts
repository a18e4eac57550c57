// The comparing pass of `wirediff check` gives the same results whether a story's pages were
// kept from the sampling pass or read again because they did not fit the cache.
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { learnFurnitureFromSamples, type FurnitureSample } from '@wirediff/core';
import { createStoryRunner, runStory, type StoryTask } from '../packages/cli/src/check/run-story.js';
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

test.run();
