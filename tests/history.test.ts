// wirediff history: the seed's two stored versions of the Fox Business copy, served as one URL
// that changed between two fetches. The vanished verification note must be reported exactly
// as compare reports it for the two files.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, SEED } from './helpers.js';
import { startServer, type TestServer } from './fetch-server.js';
import type { Finding, Report } from '../packages/core/src/types.js';

const FIRST = path.join(SEED, 'foxbusiness-2017-09-06-nato-north-korea.txt');
const LATER = path.join(SEED, 'foxbusiness-later-nato-north-korea.txt');
const store = path.join(mkdtempSync(path.join(tmpdir(), 'wirediff-history-')), 'evidence');

let s: TestServer;
let served = FIRST;
test.before(async () => {
  s = await startServer({ '/nato': (_q, r) => void r.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(readFileSync(served)) });
});
test.after(() => s.close());

interface History { url: string; versions: { version: number }[]; changes: { from: number; to: number; report: Report }[] }

test('history compares the two versions of the page and reports the vanished note as compare does', async () => {
  const url = `${s.base}/nato`;
  assert.is((await runCli(['fetch', url, '--store', store])).stdout, `added     v1  ${url}\n`);
  served = LATER;
  assert.is((await runCli(['fetch', url, '--store', store])).stdout, `added     v2  ${url}\n`);
  assert.is((await runCli(['fetch', url, '--store', store])).stdout, `unchanged v2  ${url}\n`, 'a third fetch of the same page adds nothing');

  const r = await runCli(['history', url, '--store', store, '--format', 'json']);
  assert.is(r.code, 1, r.stderr);
  const history = JSON.parse(r.stdout) as History;
  assert.equal(history.versions.map((v) => v.version), [1, 2]);
  assert.is(history.changes.length, 1);
  const findings = history.changes[0]!.report.copies[0]!.findings;
  assert.ok(findings.some((f: Finding) => f.kind === 'note-missing' && f.severity === 'high' && f.reference.words.includes('UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE')),
    findings.map((f) => f.message).join('\n'));

  const direct = JSON.parse((await runCli(['compare', FIRST, LATER, '--format', 'json'])).stdout) as Report;
  assert.equal(findings.map((f) => f.id), direct.copies[0]!.findings.map((f) => f.id), 'the same findings, by id, as compare of the two files');
});

test('history as text heads each change with its versions', async () => {
  const r = await runCli(['history', `${s.base}/nato`, '--store', store, '--fail-on', 'none']);
  assert.is(r.code, 0);
  assert.match(r.stdout, /^http:\/\/127\.0\.0\.1:\d+\/nato: 2 versions stored\n\n== version 1 → version 2\n/);
  assert.match(r.stdout, /HIGH\s+note-missing\s+verification note missing/);
});

test('history as HTML is one page with a section per change, the vanished note first', async () => {
  const r = await runCli(['history', `${s.base}/nato`, '--store', store, '--format', 'html', '--fail-on', 'none']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /^<!doctype html>/);
  assert.match(r.stdout, /<h2 id="s1-story">Version 1 → version 2<\/h2>/);
  assert.match(r.stdout, /<ol class="top"><li>.*note-missing<\/span> — verification note missing/);
});

test('history of a URL the store lacks is one line and exit 2', async () => {
  const r = await runCli(['history', `${s.base}/never`, '--store', store]);
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /^wirediff: http:\/\/127\.0\.0\.1:\d+\/never — not in the store .* \(WD_STORE_MISSING\)\n$/);
});

test.run();
