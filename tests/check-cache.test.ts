// `wirediff check --cache`: a CI job that checks its corpus on every change reuses the results
// of stories that did not change, and never a result that no longer holds.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cacheKey } from '../packages/cli/src/check/result-cache.js';
import { ROOT, runCli } from './helpers.js';

const SAMPLE = path.join(ROOT, 'fixtures/corpus');

/** A fresh copy of the sample corpus (with its baseline) and a cache folder beside it. */
function setup(): { corpus: string; cache: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-cache-'));
  cpSync(SAMPLE, path.join(dir, 'corpus'), { recursive: true });
  return { corpus: path.join(dir, 'corpus'), cache: path.join(dir, 'cache') };
}

const json = (corpus: string, ...more: string[]) => ['check', corpus, '--format', 'json', '--fail-on', 'low', ...more];
const reused = (stderr: string) => /wirediff: (\d+) of (\d+) stories reused from the cache/.exec(stderr)?.slice(1, 3).map(Number);

/** Every entry file of a cache. */
function entries(cache: string): string[] {
  return readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => path.join(cache, f));
}

test('a second run reuses every story and prints what an uncached run prints, at any --jobs', async () => {
  const { corpus, cache } = setup();
  const plain = await runCli(json(corpus));
  const first = await runCli(json(corpus, '--cache', cache, '--jobs', '2'));
  assert.equal(reused(first.stderr), [0, 2], first.stderr);
  const second = await runCli(json(corpus, '--cache', cache, '--jobs', '1'));
  assert.equal(reused(second.stderr), [2, 2], second.stderr);
  assert.ok((JSON.parse(plain.stdout) as { summary: { findings: number } }).summary.findings > 0, 'the sample has findings to reuse');
  for (const run of [first, second]) {
    assert.is(run.code, plain.code);
    assert.is(run.stdout, plain.stdout);
  }
});

test('text, JUnit and annotations read from cached digests print what an uncached run prints', async () => {
  const { corpus, cache } = setup();
  const junit = (name: string) => path.join(corpus, '..', name);
  await runCli(json(corpus, '--cache', cache)); // fills the cache with whole results and digests
  for (const format of ['text', 'github']) {
    const plain = await runCli(['check', corpus, '--format', format, '--fail-on', 'low', '--junit', junit(`plain-${format}.xml`)]);
    const cached = await runCli(['check', corpus, '--format', format, '--fail-on', 'low', '--junit', junit(`cached-${format}.xml`), '--cache', cache]);
    assert.equal(reused(cached.stderr), [2, 2]);
    assert.ok(plain.stdout.length > 0 || format === 'github', format);
    assert.is(cached.stdout, plain.stdout, format);
    assert.is(cached.code, plain.code);
    assert.is(readFileSync(junit(`cached-${format}.xml`), 'utf8'), readFileSync(junit(`plain-${format}.xml`), 'utf8'));
  }
  // --fail-on low against the committed baseline: no new finding; without it, every one is new.
  const news = await runCli(['check', corpus, '--fail-on', 'low', '--baseline', path.join(corpus, '..', 'none.json'), '--cache', cache]);
  const plainNews = await runCli(['check', corpus, '--fail-on', 'low', '--baseline', path.join(corpus, '..', 'none.json')]);
  assert.match(news.stdout, /NEW {4}/);
  assert.is(news.stdout, plainNews.stdout);
});

test('cached JSON is copied as it is, and parsed whole for stories with new or ignored findings', async () => {
  const { corpus, cache } = setup();
  await runCli(json(corpus, '--cache', cache));
  const ignoreOne = path.join(corpus, '..', 'ignore-one.json');
  writeFileSync(ignoreOne, JSON.stringify({ ignore: [{ story: 'quake-*', reason: 'test: one story\'s findings ignored' }] }));
  const cases = [
    ['--baseline', path.join(corpus, '..', 'none.json')], // every finding new: whole results
    ['--config', ignoreOne], // one story's findings ignored: that story whole, the other copied
    [], // the committed baseline: every story copied
  ];
  for (const extra of cases) {
    const plain = await runCli(json(corpus, ...extra));
    const cached = await runCli(json(corpus, ...extra, '--cache', cache));
    assert.equal(reused(cached.stderr), [2, 2], extra.join(' '));
    assert.is(cached.stdout, plain.stdout, extra.join(' '));
    assert.is(cached.code, plain.code);
  }
});

test('an edited copy is compared again, and the build fails on that edit, not on a stale result', async () => {
  const { corpus, cache } = setup();
  assert.is((await runCli(['check', corpus, '--cache', cache])).code, 0, 'the committed baseline passes');
  const file = path.join(corpus, 'quake-hokkaido/copies/north-coast-news.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace('magnitude 6.1 quake', 'magnitude 5.1 quake'));
  const r = await runCli(['check', corpus, '--cache', cache]);
  assert.equal(reused(r.stderr), [1, 2], 'the other story is reused');
  assert.is(r.code, 1);
  assert.match(r.stdout, /NEW {4}quake-hokkaido \/ quake-hokkaido\/copies\/north-coast-news\.html: high changed .*"6\.1" became "5\.1"/);
});

test('note rules are part of the key; ignore rules and the baseline apply to reused results', async () => {
  const { corpus, cache } = setup();
  await runCli(json(corpus, '--cache', cache));
  const rule = {
    id: 'ledger-not-confirmed', category: 'verification', pattern: String.raw`\bThe\s+Ledger\s+has\s+not\s+confirmed\b`, flags: 'iu',
    description: 'The Ledger could not confirm a claim.', example: 'The Ledger has not confirmed the account.', nearMiss: 'The Ledger has confirmed the account.',
  };
  const config = path.join(corpus, '..', 'notes.json');
  writeFileSync(config, JSON.stringify({ notes: [rule] }));
  assert.equal(reused((await runCli(json(corpus, '--cache', cache, '--config', config))).stderr), [0, 2], 'a new note rule may find new notes');

  const ignoring = path.join(corpus, '..', 'ignore.json');
  writeFileSync(ignoring, JSON.stringify({ ignore: [{ story: '*', reason: 'test: every finding ignored' }] }));
  const r = await runCli(json(corpus, '--cache', cache, '--config', ignoring));
  assert.equal(reused(r.stderr), [2, 2], 'ignore rules act after comparing');
  const result = JSON.parse(r.stdout) as { summary: { findings: number; newFindings: number } };
  assert.equal([result.summary.findings, result.summary.newFindings], [0, 0]);
  assert.is(r.code, 0);
});

test('corrupt or misplaced entries are misses, and are written again', async () => {
  const { corpus, cache } = setup();
  const plain = await runCli(json(corpus));
  await runCli(json(corpus, '--cache', cache));
  const files = entries(cache);
  assert.ok(files.length >= 4, `a sample and a result per story: ${files.join(', ')}`);
  writeFileSync(files[0]!, '{"key": "trunc');
  // An entry copied under another key's name is not that key's entry.
  writeFileSync(files[1]!, readFileSync(files[2]!));
  const r = await runCli(json(corpus, '--cache', cache));
  assert.is(r.stdout, plain.stdout);
  assert.is(r.stderr.match(/^wirediff: .*cannot/m), null, r.stderr);
  const again = await runCli(json(corpus, '--cache', cache));
  assert.equal(reused(again.stderr), [2, 2], 'rewritten by the run before');
  assert.is(again.stdout, plain.stdout);
});

test('a cache folder that cannot be written gives one warning, and the check runs without it', async () => {
  const { corpus } = setup();
  const blocked = path.join(corpus, '..', 'a-file');
  writeFileSync(blocked, 'not a folder');
  const plain = await runCli(json(corpus));
  const r = await runCli(json(corpus, '--cache', path.join(blocked, 'cache')));
  assert.is(r.code, plain.code);
  assert.is(r.stdout, plain.stdout);
  const warnings = r.stderr.split('\n').filter((l) => /cache/.test(l));
  assert.is(warnings.length, 1, r.stderr);
  assert.match(warnings[0]!, /^wirediff: .*a-file\/cache: cannot write the cache there \(ENOTDIR\); checking without it$/);
});

test('check.cache in a config file lies beside that file; --no-cache overrides it', async () => {
  const { corpus } = setup();
  const configDir = path.join(corpus, '..', 'ci');
  mkdirSync(configDir);
  const config = path.join(configDir, 'wirediff.config.json');
  writeFileSync(config, JSON.stringify({ check: { cache: 'cache-here' } }));
  const first = await runCli(['check', corpus, '--config', config], { cwd: tmpdir() });
  assert.equal(reused(first.stderr), [0, 2], first.stderr);
  assert.ok(entries(path.join(configDir, 'cache-here')).length > 0, 'entries beside the config');
  const off = await runCli(['check', corpus, '--config', config, '--no-cache'], { cwd: tmpdir() });
  assert.is(reused(off.stderr), undefined, off.stderr);
});

test('--prune-cache deletes the entries a run did not use, and keeps those it reused', async () => {
  const { corpus, cache } = setup();
  await runCli(['check', corpus, '--cache', cache]);
  const before = entries(cache);
  assert.is(before.length, 4, 'a sample and a result per story');
  // As if the last run were yesterday's (a run keeps what it touched since two seconds before it began).
  const yesterday = new Date(Date.now() - 86_400_000);
  for (const f of before) utimesSync(f, yesterday, yesterday);
  const file = path.join(corpus, 'quake-hokkaido/copies/north-coast-news.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace('magnitude 6.1 quake', 'magnitude 5.1 quake'));
  const r = await runCli(['check', corpus, '--cache', cache, '--prune-cache']);
  assert.match(r.stderr, /wirediff: 1 of 2 stories reused from the cache .*; 2 unused entries pruned\n/);
  const after = entries(cache);
  assert.is(after.length, 4, 'the edited story\'s old sample and result are gone, its new ones written');
  assert.is(after.filter((f) => before.includes(f)).length, 2, 'the unchanged story\'s entries are kept');
  assert.equal(reused((await runCli(['check', corpus, '--cache', cache])).stderr), [2, 2]);

  const without = await runCli(['check', corpus, '--prune-cache']);
  assert.is(without.code, 2);
  assert.is(without.stderr, 'wirediff: --prune-cache — needs a cache: give --cache, or check.cache in the config (WD_BAD_OPTION)\n');
});

test('cacheKey: parts are length-prefixed, so moving a boundary changes the key', () => {
  assert.is.not(cacheKey(['ab', 'c']), cacheKey(['a', 'bc']));
  assert.is(cacheKey(['ab', new TextEncoder().encode('c')]), cacheKey(['ab', 'c']));
});

test.run();
