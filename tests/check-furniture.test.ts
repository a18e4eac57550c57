// Learned furniture in `wirediff check` and `wirediff compare`: a line one outlet inserts
// around two different stories, which no pattern knows, is reported as furniture (info) and not
// as added content; a line it adds to one story only stays added.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './helpers.js';
import { buildFurnitureCorpus, checkFindings, FEED_LINE, QUAKE } from './furniture-corpus.js';

const OWN_LINE = 'Harbour officials in our county said ferries would run as normal on Friday.';

/** Two stories; the outlet Daily Feed runs both and adds its feed line to each, and its own line to one. */
const buildCorpus = () => buildFurnitureCorpus([...QUAKE.slice(0, 2), FEED_LINE, ...QUAKE.slice(2), OWN_LINE]);
const findingsOf = checkFindings;
type Finding = { kind: string; severity: string };

test('check learns the line Daily Feed repeats around two stories as furniture; its own line stays added', async () => {
  const corpus = buildCorpus();
  const table = path.join(corpus, '..', 'furniture.json');
  const r = await runCli(['check', corpus, '--format', 'json', '--fail-on', 'none', '--write-furniture', table]);
  assert.is(r.code, 0, r.stderr);
  const found = findingsOf(r.stdout);
  assert.ok(found.includes(`quake/copies/daily-feed.html: furniture info ${FEED_LINE}`), found.join('\n'));
  assert.ok(found.includes(`rates/copies/daily-feed.html: furniture info ${FEED_LINE}`), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith(`quake/copies/daily-feed.html: added `) && f.endsWith(OWN_LINE)), 'a line in one story only is still added');
  assert.ok(found.some((f) => f.startsWith(`quake/copies/other-paper.html: added `) && f.endsWith(FEED_LINE)), 'another outlet\'s copy of the line is its own addition');
  assert.not.ok(found.some((f) => f.includes(' added ') && f.startsWith('rates/copies/daily-feed.html')));

  const learned = JSON.parse(readFileSync(table, 'utf8'));
  assert.equal(learned.outlets, { 'dailyfeed.example': [{ text: FEED_LINE, stories: 2 }] });
  assert.is(learned.stories, 2);
});

test('without learning, the repeated line is reported as added content', async () => {
  const r = await runCli(['check', buildCorpus(), '--format', 'json', '--fail-on', 'none', '--no-learn-furniture']);
  assert.is(r.code, 0, r.stderr);
  const found = findingsOf(r.stdout);
  assert.ok(found.some((f) => f.startsWith('rates/copies/daily-feed.html: added ') && f.endsWith(FEED_LINE)), found.join('\n'));
  assert.not.ok(found.some((f) => f.includes(' furniture ')));
});

test('with learning, output is byte-identical whatever --jobs is', async () => {
  const corpus = buildCorpus();
  const [one, two] = [await runCli(['check', corpus, '--jobs', '1', '--format', 'json']), await runCli(['check', corpus, '--jobs', '2', '--format', 'json'])];
  assert.ok(one.stdout.includes('"kind": "furniture"'));
  assert.is(two.stdout, one.stdout);
});

test('a shard given the whole corpus\'s table reports as the whole run; alone it learns nothing and says so', async () => {
  const corpus = buildCorpus();
  const table = path.join(corpus, '..', 'furniture.json');
  const whole = await runCli(['check', corpus, '--format', 'json', '--fail-on', 'none', '--write-furniture', table]);
  const shards = [];
  for (const i of [1, 2]) shards.push(await runCli(['check', corpus, '--shard', `${i}/2`, '--format', 'json', '--fail-on', 'none', '--furniture', table]));
  const merged = [...shards.flatMap((s) => findingsOf(s.stdout))].sort();
  assert.equal(merged, [...findingsOf(whole.stdout)].sort());
  const alone = await runCli(['check', corpus, '--shard', '1/2', '--format', 'json', '--fail-on', 'none']);
  assert.match(alone.stderr, /learning furniture from this shard's stories only/);
});

test('compare --furniture applies a table to the copies; a bad table is one clear error', async () => {
  const corpus = buildCorpus();
  const table = path.join(corpus, '..', 'furniture.json');
  await runCli(['check', corpus, '--fail-on', 'none', '--write-furniture', table]);
  const args = ['compare', path.join(corpus, 'rates/reference.html'), path.join(corpus, 'rates/copies/daily-feed.html'), '--format', 'json', '--fail-on', 'low'];
  const plain = JSON.parse((await runCli(args)).stdout).copies[0].findings.map((f: Finding) => f.kind);
  assert.equal(plain, ['added']);
  const r = await runCli([...args, '--furniture', table]);
  assert.is(r.code, 0, 'furniture is info, under --fail-on low');
  assert.equal(JSON.parse(r.stdout).copies[0].findings.map((f: Finding) => `${f.kind} ${f.severity}`), ['furniture info']);

  writeFileSync(table, '{"kind":"wirediff-baseline"}');
  const bad = await runCli([...args, '--furniture', table]);
  assert.is(bad.code, 2);
  assert.is(bad.stdout, '');
  assert.match(bad.stderr, /^wirediff: .*furniture\.json — not a wirediff furniture table: "kind" must be "wirediff-furniture" \(WD_FURNITURE_INVALID\)\n$/);
});

test.run();
