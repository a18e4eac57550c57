// The baseline file is written by wirediff but kept in a repository, where people and merges edit
// it: whatever it holds, reading it gives a baseline or one WD_BASELINE_INVALID error, never a
// crash, and what wirediff writes reads back as written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isWirediffError } from '@wirediff/core';
import { acceptStories, EMPTY_BASELINE, formatBaseline, readBaseline, type Baseline } from '../packages/cli/src/check/baseline.js';

// Fixed, so a run is repeatable; another seed with WIREDIFF_PROPERTY_SEED=<n>.
const SEED = process.env.WIREDIFF_PROPERTY_SEED ? Number(process.env.WIREDIFF_PROPERTY_SEED) : 20261128;
const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-baseline-'));
let n = 0;
const write = (text: string) => {
  const file = path.join(dir, `baseline-${n++}.json`);
  writeFileSync(file, text);
  return file;
};

// Keys as people and tools might write them, '__proto__' among them.
const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'changed-bd25889a59'));
const accepted = fc.dictionary(key, fc.dictionary(key, fc.dictionary(key, fc.string({ maxLength: 20 }))));

test('any JSON in a baseline file reads as a baseline or is refused as WD_BASELINE_INVALID', async () => {
  const version = fc.constantFrom(1, 2, 3, '2', null);
  const shaped = fc.record({ kind: fc.constantFrom('wirediff-baseline', 'other'), schemaVersion: version, accepted: fc.oneof(fc.jsonValue(), accepted) });
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.jsonValue(), shaped), async (data) => {
      try {
        const baseline = await readBaseline(write(JSON.stringify(data)));
        assert.is(baseline.schemaVersion, 2);
      } catch (error) {
        assert.ok(isWirediffError(error) && error.code === 'WD_BASELINE_INVALID', String(error));
      }
    }),
    { numRuns: 300, seed: SEED },
  );
});

test('a baseline wirediff writes reads back as written, odd keys and all', async () => {
  await fc.assert(
    fc.asyncProperty(accepted, async (found) => {
      const written: Baseline = acceptStories(found, EMPTY_BASELINE);
      const text = formatBaseline(written);
      const read = await readBaseline(write(text));
      // Compared as text: a copy named "constructor" would fool a deep-equality check.
      assert.is(formatBaseline(read), text);
      assert.is(Object.getPrototypeOf(read.accepted), Object.prototype, 'a "__proto__" story is data, not a prototype');
    }),
    { numRuns: 200, seed: SEED },
  );
});

test('a version 1 baseline reads as its ids with no messages', async () => {
  const file = write(JSON.stringify({ schemaVersion: 1, kind: 'wirediff-baseline', accepted: { story: { 'story/copies/a.html': ['changed-1', 'omitted-2'], 'story/copies/b.html': [] } } }));
  assert.equal((await readBaseline(file)).accepted, { story: { 'story/copies/a.html': { 'changed-1': '', 'omitted-2': '' }, 'story/copies/b.html': {} } });
});

test.run();
