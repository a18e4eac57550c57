// Learning furniture from wirediff.config.json: `check.learnFurniture` turns it off or on (the
// flag wins), `furniture.minStories` / `furniture.maxWords` are the options it learns with, and
// a wrong value is refused in one line naming the file and the key.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from './helpers.js';
import { buildFurnitureCorpus, checkFindings, FEED_LINE } from './furniture-corpus.js';

/** A new corpus with this wirediff.config.json in its folder. */
function corpusWith(config: unknown): string {
  const corpus = buildFurnitureCorpus();
  writeFileSync(path.join(corpus, 'wirediff.config.json'), JSON.stringify(config));
  return corpus;
}

const check = (corpus: string, ...flags: string[]) => runCli(['check', corpus, '--format', 'json', '--fail-on', 'none', '--jobs', '1', ...flags]);
const FEED_AS_FURNITURE = `rates/copies/daily-feed.html: furniture info ${FEED_LINE}`;
const isFeedAdded = (f: string) => f.startsWith('rates/copies/daily-feed.html: added ') && f.endsWith(FEED_LINE);

test('check.learnFurniture false in the config: the repeated line is added, not furniture', async () => {
  const r = await check(corpusWith({ check: { learnFurniture: false } }));
  assert.is(r.code, 0, r.stderr);
  const found = checkFindings(r.stdout);
  assert.ok(found.some(isFeedAdded), found.join('\n'));
  assert.not.ok(found.some((f) => f.includes(' furniture ')), found.join('\n'));
});

test('--learn-furniture overrides check.learnFurniture false; --no-learn-furniture overrides true', async () => {
  const off = corpusWith({ check: { learnFurniture: false } });
  const flagOn = checkFindings((await check(off, '--learn-furniture')).stdout);
  assert.ok(flagOn.includes(FEED_AS_FURNITURE), flagOn.join('\n'));
  const on = corpusWith({ check: { learnFurniture: true } });
  assert.ok(checkFindings((await check(on)).stdout).includes(FEED_AS_FURNITURE));
  assert.ok(checkFindings((await check(on, '--no-learn-furniture')).stdout).some(isFeedAdded));
});

test('furniture.minStories and furniture.maxWords are the options learning uses', async () => {
  // The feed line is in two stories and nine words long.
  const corpus = corpusWith({ furniture: { minStories: 3 } });
  const table = path.join(corpus, '..', 'furniture.json');
  const three = await check(corpus, '--write-furniture', table);
  assert.is(three.code, 0, three.stderr);
  assert.ok(checkFindings(three.stdout).some(isFeedAdded), 'seen in two stories, not three');
  const learned = JSON.parse(readFileSync(table, 'utf8'));
  assert.equal([learned.minStories, learned.maxWords, learned.outlets], [3, 40, {}]);

  assert.ok(checkFindings((await check(corpusWith({ furniture: { maxWords: 8 } }))).stdout).some(isFeedAdded), 'nine words is over eight');
  assert.ok(checkFindings((await check(corpusWith({ furniture: { minStories: 2, maxWords: 9 } }))).stdout).includes(FEED_AS_FURNITURE));
});

/** Asserts the config is refused in one line naming it, and returns that line. */
async function refused(config: unknown, flags: (corpus: string) => string[] = () => []): Promise<string> {
  const corpus = corpusWith(config);
  const r = await check(corpus, ...flags(corpus));
  assert.is(r.code, 2, r.stderr);
  assert.is(r.stdout, '');
  assert.is(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
  return r.stderr;
}

test('a wrong type or value is refused in one line naming the config file and the key', async () => {
  assert.is(await refused({ check: { learnFurniture: 'no' } }),
    'wirediff: wirediff.config.json — check.learnFurniture must be true or false, not "no" (WD_BAD_OPTION)\n');
  assert.is(await refused({ furniture: { minStories: 1 } }),
    'wirediff: wirediff.config.json — furniture.minStories must be a whole number of at least 2, not 1 (WD_BAD_OPTION)\n');
  assert.is(await refused({ furniture: { maxWords: '20' } }),
    'wirediff: wirediff.config.json — furniture.maxWords must be a whole number of at least 1, not "20" (WD_BAD_OPTION)\n');
  assert.is(await refused({ furniture: { maxWords: 2.5 } }),
    'wirediff: wirediff.config.json — furniture.maxWords must be a whole number of at least 1, not 2.5 (WD_BAD_OPTION)\n');
  assert.is(await refused({ furniture: { minStory: 3 } }),
    'wirediff: wirediff.config.json — furniture has an unknown key "minStory" (expected minStories, maxWords) (WD_BAD_OPTION)\n');
  assert.match(await refused({ furniture: [3] }), /— "furniture" must be an object/);
});

test('a bad furniture value is refused even when the flag turns learning off', async () => {
  assert.match(await refused({ furniture: { minStories: 0 } }, () => ['--no-learn-furniture']), /furniture\.minStories must be a whole number of at least 2, not 0/);
});

test('--write-furniture with learning off in the config is refused, naming the config', async () => {
  const line = await refused({ check: { learnFurniture: false } }, (corpus) => ['--write-furniture', path.join(corpus, '..', 'furniture.json')]);
  assert.is(line, 'wirediff: wirediff.config.json — --write-furniture needs furniture to write, but check.learnFurniture is false: pass --learn-furniture, or give --furniture (WD_BAD_OPTION)\n');
});

test('the check configuration example in the README is accepted and learns furniture', async () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const json = /```json\n(\{\n  "check"[\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(json, 'README has a json example with a "check" section');
  const r = await check(corpusWith(JSON.parse(json!)));
  assert.is(r.code, 0, r.stderr);
  assert.ok(checkFindings(r.stdout).includes(FEED_AS_FURNITURE));
});

test.run();
