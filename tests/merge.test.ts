// `wirediff merge` joins the JSON results of shards, reading them a story at a time: what users
// depend on is that the merge equals one whole run, whatever the shard files' layout, and that a
// broken shard file is one clear line, never a half-written output.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-merge-'));
const corpus = path.join(dir, 'corpus');
cpSync(path.join(ROOT, 'fixtures/corpus'), corpus, { recursive: true, filter: (src) => !src.endsWith('wirediff-baseline.json') });
// A third story that cannot be read, so errors are merged too.
cpSync(path.join(corpus, 'quake-hokkaido'), path.join(corpus, 'broken'), { recursive: true });
writeFileSync(path.join(corpus, 'broken', 'reference.html'), '<html><body><nav>Home</nav></body></html>');
// A baseline accepting findings that do not occur, so resolved entries (with their message) are
// merged too; one of them at the place of a finding that does, so a replacement pair is merged.
writeFileSync(path.join(corpus, 'wirediff-baseline.json'), JSON.stringify({ schemaVersion: 2, kind: 'wirediff-baseline', accepted: {
  'quake-hokkaido': { 'quake-hokkaido/copies/pacific-wire.html': {
    'changed-0000000000': 'paragraph 9 changed: "a" became "b"',
    'changed-0000000001': 'paragraph 1 changed (wording): "but" became "yet"',
  } },
} }));

const shards: string[] = [];
let whole: Record<string, string> = {};

test('setup: a whole run in every format, and three shards as JSON', async () => {
  for (const format of ['json', 'junit', 'text', 'github']) {
    whole[format] = (await runCli(['check', corpus, '--format', format, '--fail-on', 'low', '--no-learn-furniture'])).stdout;
  }
  for (const i of [1, 2, 3]) {
    const out = path.join(dir, `shard-${i}.json`);
    await runCli(['check', corpus, '--shard', `${i}/3`, '--format', 'json', '--fail-on', 'low', '--no-learn-furniture', '--output', out, '--no-fail']);
    shards.push(out);
  }
  assert.match(whole.text!, /3 stories, 4 copies, .*1 unreadable/);
  assert.match(whole.text!, /GONE {3}quake-hokkaido \/ quake-hokkaido\/copies\/pacific-wire\.html: paragraph 9 changed: "a" became "b" \[changed-0000000000\]\n/);
  assert.match(whole.text!, /\n {11}replaces accepted \[changed-0000000001\]: paragraph 1 changed \(wording\): "but" became "yet"\n/);
});

test('the merge of the shards is the whole run, byte for byte, in every format', async () => {
  for (const format of Object.keys(whole)) {
    const r = await runCli(['merge', ...shards, '--format', format, '--corpus', corpus]);
    assert.is(r.code, 2, 'an unreadable story makes exit code 2, as in the whole run');
    if (format !== 'github') assert.is(r.stdout, whole[format], format);
  }
});

test('shard files re-formatted by another tool (minified, re-indented) merge the same', async () => {
  const other = shards.map((file, i) => {
    const out = path.join(dir, `reformatted-${i}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    writeFileSync(out, i === 0 ? JSON.stringify(data) : JSON.stringify(data, null, '\t'));
    return out;
  });
  const r = await runCli(['merge', ...other, '--format', 'json']);
  assert.is(r.stdout, whole.json);
});

test('a shard file cut off, not JSON, or not a check result is refused in one line, and no output is written', async () => {
  const text = readFileSync(shards[0]!, 'utf8');
  const cut = path.join(dir, 'cut.json');
  writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
  const notJson = path.join(dir, 'not-json.json');
  writeFileSync(notJson, 'shard results\n');
  const other = path.join(dir, 'baseline.json');
  writeFileSync(other, JSON.stringify({ schemaVersion: 1, kind: 'wirediff-baseline', accepted: {} }, null, 2));
  const cases: [string, RegExp][] = [
    [cut, /cut\.json — ends part-way through \(cut off while being written\?\) \(WD_INPUT_UNREADABLE\)/],
    [notJson, /not-json\.json — not a JSON file \(.*\) \(WD_INPUT_UNREADABLE\)/],
    [other, /baseline\.json — not the JSON output of `wirediff check --format json` \(WD_BAD_OPTION\)/],
    [path.join(dir, 'missing.json'), /missing\.json — no such file \(WD_INPUT_NOT_FOUND\)/],
  ];
  for (const [bad, message] of cases) {
    const output = path.join(dir, `merged-${path.basename(bad)}`);
    const r = await runCli(['merge', shards[1]!, bad, '--format', 'junit', '--output', output]);
    assert.is(r.code, 2, bad);
    assert.is(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, message);
    assert.not.ok(existsSync(output), 'no output for a failed merge');
  }
});

test.run();
