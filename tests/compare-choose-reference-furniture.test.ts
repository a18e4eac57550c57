// `compare --choose-reference --furniture table`: the table is applied to the copies only, never
// to the page wirediff chooses as the reference, and the chosen page guards its story text in
// the copies, as a reference named on the command line does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding, Report } from '../packages/core/src/types.js';
import { runCli } from './helpers.js';
import { FEED_LINE, RATES, storyPage } from './furniture-corpus.js';

// A line of the agency's own page that a table learned elsewhere lists for the agency's host
// (where the agency's site ran others' copies, say): it is story text here, and must align.
const AGENCY_LINE = 'Figures in this story are from the central bank\'s own statement.';

const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-choose-furniture-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const reference = write('reference.html', storyPage('Agency', 'https://agency.example/rates', [...RATES, AGENCY_LINE]));
// Daily Feed trims a paragraph and the agency's line, and adds its feed line.
const copy = write('daily-feed.html', storyPage('Daily Feed', 'https://www.dailyfeed.example/rates', [RATES[0]!, RATES[2]!, RATES[3]!, FEED_LINE]));
const table = write('furniture.json', JSON.stringify({
  kind: 'wirediff-furniture', schemaVersion: 1, minStories: 2, maxWords: 40, stories: 3,
  outlets: {
    'agency.example': [{ text: AGENCY_LINE, stories: 2 }],
    // The reference's last paragraph too (one copy filed under two stories): the guard keeps it.
    'dailyfeed.example': [{ text: FEED_LINE, stories: 3 }, { text: RATES[3]!, stories: 2 }],
  },
}));

const describe = (f: Finding) => `${f.kind} ${f.severity} ${f.copy?.text || f.reference?.text}`; // a removed block's copy text is ''
const compare = async (...args: string[]) => {
  const r = await runCli(['compare', ...args, '--furniture', table, '--format', 'json', '--fail-on', 'none']);
  assert.is(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Report;
};

test('the table is not applied to the page chosen as reference, and that page guards its text in the copies', async () => {
  const report = await compare('--choose-reference', copy, reference);
  assert.is(report.referenceChoice?.source, reference);
  assert.is(report.reference.blocks, RATES.length + 2, 'the agency\'s line is still a block of the reference (with the title)');
  assert.equal(report.copies[0]!.findings.map(describe).sort(), [
    `furniture info ${FEED_LINE}`,
    `removed medium ${RATES[1]}`,
    `truncated medium ${AGENCY_LINE}`, // the agency's closing line, missing from the copy
  ]);
});

test('choosing the reference finds what naming it finds', async () => {
  const chosen = await compare('--choose-reference', copy, reference);
  const named = await compare(reference, copy);
  assert.equal(chosen.copies, named.copies);
  assert.equal(chosen.reference, named.reference);
  assert.equal(Object.keys(chosen), ['schemaVersion', 'reference', 'referenceChoice', 'copies', 'summary']);
});

test.run();
