// The Markdown and HTML reports as a fact-checker uses them: pasted into a document, opened
// offline. (tests/browser.test.ts checks the HTML page in a real browser.)
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, STORY } from './helpers.js';

const REF = path.join(STORY, 'reference.html');
const LATER = path.join(STORY, 'copies/foxbusiness-later.html');

test('--format md gives a counts table and the vanished note with its words and id', async () => {
  const r = await runCli(['compare', REF, LATER, '--format', 'md', '--fail-on', 'none']);
  assert.is(r.code, 0);
  assert.match(r.stdout, /^\| copy \| high \| medium \| low \| info \|$/m);
  assert.match(r.stdout, /^- \*\*HIGH\*\* `note-missing`: verification note missing from the copy: .*— `note-missing-[0-9a-f]{10}`$/m);
  // Each finding says its categories once, in its message.
  assert.not.match(r.stdout, /\(verification\).*verification|\(restriction\).*restriction/);
  assert.match(r.stdout, /^ {2}- reference: “REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE”$/m);
  assert.not.match(r.stdout, /INFO/, 'info findings are left out of the paste-ready summary');
});

test('--format html is one self-contained page: no external script, style, font or image', async () => {
  const r = await runCli(['compare', REF, LATER, '--format', 'html', '--fail-on', 'none']);
  assert.is(r.code, 0);
  assert.match(r.stdout, /^<!doctype html>/);
  assert.not.match(r.stdout, /\s(?:src|href)="(?:https?:)?\/\//i);
  assert.not.match(r.stdout, /@import|url\(/i);
  assert.match(r.stdout, /Content-Security-Policy" content="default-src 'none'/);
});

test('--format html escapes page text, so a copy cannot inject markup into the report', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-html-'));
  const evil = path.join(dir, 'evil.txt');
  writeFileSync(evil, 'A title\n\nNATO urged all countries &lt;b&gt; to <script>alert(1)</script> step up efforts to enforce sanctions on North Korea, diplomats said on Wednesday.\n');
  const r = await runCli(['compare', REF, evil, '--format', 'html', '--fail-on', 'none']);
  assert.is(r.code, 0, r.stderr);
  assert.not.match(r.stdout, /<script>alert/);
  assert.match(r.stdout, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('--choose-reference picks the agency original among the pages given, and says why', async () => {
  const r = await runCli(['compare', '--choose-reference', LATER, REF, '--format', 'json', '--fail-on', 'none']);
  assert.is(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.is(report.reference.source, REF);
  assert.is(report.referenceChoice.source, REF);
  assert.match(report.referenceChoice.reason, /agency dateline/);
  assert.equal(report.copies.map((c: { source: string }) => c.source), [LATER]);
});

test.run();
