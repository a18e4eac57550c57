// A --furniture file that cannot be used stops `compare` and `check` before any comparison, with
// one line naming the file and what is wrong (WD_FURNITURE_INVALID), exit 2 and nothing on stdout.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from './helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-furniture-table-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};

const STORY = 'Port strike spreads\n\nDockers walked out at three more ports on Monday, the union said.\n\nThe union said 4,000 members had joined the strike.\n';
const reference = write('corpus/strike/reference.txt', STORY);
const copy = write('corpus/strike/copies/daily.txt', `${STORY}\nSign up for our morning briefing.\n`);
const corpus = path.join(dir, 'corpus');

/** Runs the command with `--furniture table`, asserts the one-line refusal and returns it with the folder left out. */
async function refused(args: readonly string[], table: string): Promise<string> {
  const run = await runCli([...args, '--furniture', table]);
  assert.is(run.code, 2, run.stderr);
  assert.is(run.stdout, '');
  assert.is(run.stderr.split('\n').filter(Boolean).length, 1, run.stderr);
  assert.not.match(run.stderr, /internal error|\n\s+at /);
  return run.stderr.replace(dir + path.sep, '');
}
const compare = ['compare', reference, copy];

test('a missing furniture table is named, with its own code', async () => {
  assert.is(await refused(compare, path.join(dir, 'missing.json')), 'wirediff: missing.json — no such furniture table (WD_FURNITURE_INVALID)\n');
});

test('a furniture table that is a folder cannot be read', async () => {
  mkdirSync(path.join(dir, 'folder.json'), { recursive: true });
  assert.is(await refused(compare, path.join(dir, 'folder.json')), 'wirediff: folder.json — cannot read the furniture table (EISDIR) (WD_FURNITURE_INVALID)\n');
});

test('a furniture table that is not JSON is refused in one line, however many lines it holds', async () => {
  const table = write('broken.json', '{\n  "kind": wirediff-furniture,\n  "outlets": {}\n}\n');
  assert.match(await refused(compare, table), /^wirediff: broken\.json — not valid JSON: [^\n]+ \(WD_FURNITURE_INVALID\)\n$/);
});

test('a JSON file that is not a furniture table says what is wrong with it', async () => {
  assert.is(await refused(compare, write('baseline.json', '{"kind":"wirediff-baseline","schemaVersion":1,"accepted":{}}')),
    'wirediff: baseline.json — not a wirediff furniture table: "kind" must be "wirediff-furniture" (WD_FURNITURE_INVALID)\n');
  const table = { kind: 'wirediff-furniture', schemaVersion: 1, minStories: 2, maxWords: 40, stories: 2, outlets: { 'daily.example': ['Sign up for our morning briefing.'] } };
  assert.is(await refused(compare, write('strings.json', JSON.stringify(table))),
    'wirediff: strings.json — not a wirediff furniture table: outlets["daily.example"] must be a list of { "text": "…", "stories": n } (WD_FURNITURE_INVALID)\n');
});

test('check refuses a bad table the same way, before comparing any story', async () => {
  assert.is(await refused(['check', corpus, '--format', 'json'], path.join(dir, 'missing.json')), 'wirediff: missing.json — no such furniture table (WD_FURNITURE_INVALID)\n');
  assert.match(await refused(['check', corpus], write('broken.json', '{')), /^wirediff: broken\.json — not valid JSON: .* \(WD_FURNITURE_INVALID\)\n$/);
  assert.match(await refused(['check', corpus], write('empty-object.json', '{}')), /^wirediff: empty-object\.json — not a wirediff furniture table: "kind" must be "wirediff-furniture" \(WD_FURNITURE_INVALID\)\n$/);
});

test.run();
