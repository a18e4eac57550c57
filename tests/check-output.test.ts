// A check writes its outputs as stories finish, so a large corpus is never held in memory. What
// users depend on: the JSON is exactly the canonical result (the input of `wirediff merge`), a
// file appears whole or not at all, and what waits for the end waits on disk in order.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding } from '../packages/core/src/types.js';
import { acceptFindings, acceptStories, EMPTY_BASELINE, type Baseline } from '../packages/cli/src/check/baseline.js';
import type { StoryResult } from '../packages/cli/src/check/check-result.js';
import { evaluateCheck } from '../packages/cli/src/check/evaluate-check.js';
import { checkFormatWriter } from '../packages/cli/src/check/format-check.js';
import { fileOutput, type Output } from '../packages/cli/src/check/output-file.js';
import { Spill } from '../packages/cli/src/check/spill.js';
import { ROOT, runCli } from './helpers.js';
import { CheckTally } from '../packages/cli/src/check/tally-check.js';

/** An Output that keeps what it is given. */
function memoryOutput(): Output & { text: () => string } {
  const parts: string[] = [];
  return { write: (t) => void parts.push(t), close: async () => undefined, abandon: () => undefined, text: () => parts.join('') };
}

const finding = (id: string, message: string): Finding =>
  ({ id, kind: 'changed', severity: 'high', category: 'number', message } as unknown as Finding);

// Stories with findings whose messages hold what JSON escapes: quotes, newlines, non-ASCII.
const storyArb = fc.oneof(
  fc.record({
    story: fc.string({ minLength: 1, maxLength: 6 }),
    status: fc.constant('ok' as const),
    reference: fc.constant('s/reference.html'),
    copies: fc.array(fc.record({ source: fc.string({ maxLength: 8 }), findings: fc.array(fc.tuple(fc.stringMatching(/^[0-9a-f]{4}$/), fc.string({ unit: 'binary', maxLength: 12 })).map(([id, m]) => finding(id, m)), { maxLength: 3 }) }), { maxLength: 3 }),
  }),
  fc.record({
    story: fc.string({ minLength: 1, maxLength: 6 }),
    status: fc.constant('error' as const),
    error: fc.record({ code: fc.constant('WD_NO_ARTICLE'), input: fc.string({ maxLength: 8 }), message: fc.string({ maxLength: 20 }) }),
  }),
);

test('streamed through the tally, the JSON is byte for byte JSON.stringify of the result evaluated whole', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(storyArb, { maxLength: 5, selector: (s) => s.story }), fc.constantFrom('high', 'low', 'none' as const), fc.constantFrom('nothing', 'all', 'some' as const), async (stories, failOn, accepting) => {
      const list = (stories as unknown as StoryResult[]).sort((a, b) => (a.story < b.story ? -1 : 1));
      // A baseline that accepts the first finding of each copy and two that no longer occur, one
      // with its message and one without (as read from a version 1 baseline).
      const baseline: Baseline = { schemaVersion: 2, kind: 'wirediff-baseline', accepted: {} };
      for (const st of list) {
        if (st.status === 'ok') {
          baseline.accepted[st.story] = Object.fromEntries(st.copies.map((c) => [c.source, {
            ...Object.fromEntries(c.findings.slice(0, 1).map((f) => [f.id, f.message])),
            'changed-gone': 'paragraph 2 changed: "4" became "5"',
            'omitted-gone': '',
          }]));
        }
      }
      // --accept: the last finding of every copy, by id, and one id no copy has.
      const some = new Set(['changed-none', ...list.flatMap((st) => (st.status === 'ok' ? st.copies.flatMap((c) => c.findings.slice(-1).map((f) => f.id)) : []))]);
      const all = accepting === 'all';
      const out = memoryOutput();
      const tally = new CheckTally(failOn, all ? EMPTY_BASELINE : baseline, [checkFormatWriter('json', out, failOn, '.')], all ? true : accepting === 'some' ? some : new Set());
      for (const st of list) tally.add(st);
      await tally.finish();
      const accepted = all ? acceptStories(tally.accepted, EMPTY_BASELINE) : accepting === 'some' ? acceptFindings(tally.accepted, baseline) : baseline;
      const whole = evaluateCheck(list, accepted, failOn);
      assert.is(out.text(), `${JSON.stringify(whole, null, 2)}\n`);
    }),
    { numRuns: 200 },
  );
});

test('a file output appears under its name only when closed, whole; abandoned, it leaves nothing', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-output-'));
  const file = path.join(dir, 'result.json');
  const out = fileOutput(file);
  const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} — ünïcode\n`); // past several 64 KiB flushes
  for (const line of lines) out.write(line);
  assert.not.ok(existsSync(file), 'not there while being written');
  await out.close();
  assert.is(readFileSync(file, 'utf8'), lines.join(''));
  assert.equal(readdirSync(dir), ['result.json'], 'no temporary file left');

  const cut = fileOutput(path.join(dir, 'cut.json'));
  cut.write('{"half": ');
  cut.abandon();
  assert.equal(readdirSync(dir), ['result.json'], 'an abandoned output leaves no file');
});

test('a spill gives its lines back in order, any number of times, and disposes of its file', async () => {
  const spill = new Spill();
  const lines = Array.from({ length: 20000 }, (_, i) => JSON.stringify({ i, text: `caf\u00e9 \u2028 ${'x'.repeat(i % 50)}` }));
  for (const line of lines) spill.add(line);
  assert.is(spill.count, lines.length);
  for (let round = 0; round < 2; round++) {
    const back: string[] = [];
    for await (const line of spill.lines()) back.push(line);
    assert.equal(back, lines);
  }
  spill.dispose();
});

test('an output that cannot be written is one line naming it, for check, merge and compare alike', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-unwritable-'));
  const missing = path.join(dir, 'no-such-folder', 'out.json');
  const corpus = path.join(ROOT, 'fixtures/corpus');
  const story = path.join(corpus, 'quake-hokkaido');
  const runs = [
    ['check', corpus, '--format', 'json', '--output', missing],
    ['check', corpus, '--junit', missing],
    ['compare', path.join(story, 'reference.html'), path.join(story, 'copies/pacific-wire.html'), '--output', missing],
    ['check', corpus, '--output', dir],
  ];
  for (const args of runs) {
    const r = await runCli(args);
    assert.is(r.code, 2, args.join(' '));
    const target = args.at(-1) === dir ? dir : missing;
    const why = args.at(-1) === dir ? 'is a folder' : 'its folder does not exist';
    assert.is(r.stderr.split('\n').filter((l) => !/stories (read|compared)/.test(l)).join('\n'), `wirediff: ${target} — ${why} (WD_OUTPUT_UNWRITABLE)\n`);
  }
  assert.equal(readdirSync(dir), [], 'no temporary file left behind');
});

test.run();
