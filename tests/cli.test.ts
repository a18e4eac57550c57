// The CLI as a new user meets it: exit codes, one clear line for each bad input, help with examples.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, STORY } from './helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'wirediff-cli-'));
const REF = path.join(STORY, 'reference.html');
const LATER = path.join(STORY, 'copies/foxbusiness-later.html');

async function failsCleanly(args: string[], code: string, mentions: string) {
  const r = await runCli(args);
  assert.is(r.code, 2, `exit code; stderr: ${r.stderr}`);
  assert.is(r.stdout, '', 'nothing on stdout');
  const lines = r.stderr.trimEnd().split('\n');
  assert.is(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.match(lines[0]!, /^wirediff: /);
  assert.ok(lines[0]!.includes(mentions), `names ${mentions}: ${lines[0]}`);
  assert.ok(lines[0]!.includes(`(${code})`), `carries ${code}: ${lines[0]}`);
  assert.not.match(r.stderr, /\bat .+:\d+:\d+\)/, 'no stack trace');
}

test('compare exits 1 when a finding is at or above --fail-on, 0 when none is', async () => {
  assert.is((await runCli(['compare', REF, LATER])).code, 1);
  assert.is((await runCli(['compare', REF, REF])).code, 0);
  assert.is((await runCli(['compare', REF, LATER, '--fail-on', 'none'])).code, 0);
});

test('compare of a page with itself finds nothing', async () => {
  const r = await runCli(['compare', REF, REF, '--format', 'json']);
  assert.is(JSON.parse(r.stdout).summary.total, 0);
});

test('compare --output writes the report to the file and nothing to stdout', async () => {
  const out = path.join(tmp, 'report.json');
  const r = await runCli(['compare', REF, LATER, '--format', 'json', '--output', out, '--fail-on', 'none']);
  assert.is(r.code, 0);
  assert.is(r.stdout, '');
  const { readFileSync } = await import('node:fs');
  assert.is(JSON.parse(readFileSync(out, 'utf8')).schemaVersion, 2);
});

test('a missing file gives one line naming it and exit 2', () => failsCleanly(['compare', REF, path.join(tmp, 'nope.html')], 'WD_INPUT_NOT_FOUND', 'nope.html'));

test('an empty file gives one line naming it and exit 2', () => {
  const empty = path.join(tmp, 'empty.html');
  writeFileSync(empty, '');
  return failsCleanly(['compare', REF, empty], 'WD_INPUT_EMPTY', 'empty.html');
});

test('a binary file gives one line naming it and exit 2', () => {
  const png = path.join(tmp, 'photo.png');
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  return failsCleanly(['compare', REF, png], 'WD_INPUT_BINARY', 'photo.png');
});

test('a directory gives one line naming it and exit 2', () => failsCleanly(['compare', REF, tmp], 'WD_INPUT_UNREADABLE', tmp));

test('a page with no article text gives one line naming it and exit 2', () => {
  const nav = path.join(tmp, 'nav.html');
  writeFileSync(nav, '<html><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><div><a href="/x">Markets</a></div></body></html>');
  return failsCleanly(['compare', REF, nav], 'WD_NO_ARTICLE', 'nav.html');
});

test('a file over --max-bytes gives one line and exit 2', () => failsCleanly(['extract', LATER, '--max-bytes', '1000'], 'WD_INPUT_TOO_LARGE', 'foxbusiness-later.html'));

test('an unreachable URL gives one line naming it and exit 2', async () => {
  // A port that was just open and is now closed: connection refused, on loopback only.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await failsCleanly(['compare', REF, `http://127.0.0.1:${port}/story`], 'WD_FETCH_FAILED', `http://127.0.0.1:${port}/story`);
});

test('usage errors give one line and exit 2', async () => {
  const r = await runCli(['compare', REF]);
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /^wirediff: usage — /);
  assert.is((await runCli(['compare', REF, LATER, '--format', 'yaml'])).code, 2);
  assert.is((await runCli(['frobnicate'])).code, 2);
});

test('--help of each command shows examples', async () => {
  for (const command of ['compare', 'extract']) {
    const r = await runCli([command, '--help']);
    assert.is(r.code, 0);
    assert.match(r.stdout, /Examples:/);
    assert.match(r.stdout, new RegExp(`wirediff ${command} `));
  }
});

test('--help wraps long lines between words, never inside one', async () => {
  // Folding the wrapped lines back into one must give each description as written: a word cut
  // in two ("edi" / "tor notes") would not match.
  const folded = (text: string) => text.replace(/\s+/g, ' ');
  const top = folded((await runCli(['--help'])).stdout);
  assert.ok(top.includes('See what changed when a wire story was republished: edits, dropped editor notes, changed credits.'), top);
  assert.ok(top.includes('Check every story of a corpus in parallel; fail on findings the baseline has not accepted'), top);
  const check = folded((await runCli(['check', '--help'])).stdout);
  assert.ok(check.includes('exit 1 when a new finding is at or above this severity'), check);
});

test('--version prints the version of the package installed', async () => {
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../packages/cli/package.json', import.meta.url), 'utf8')) as { version: string };
  const r = await runCli(['--version']);
  assert.is(r.code, 0);
  assert.is(r.stdout.trim(), version);
});

test('no command at all names every command in one usage line', async () => {
  const r = await runCli([]);
  assert.is(r.code, 2);
  assert.is(r.stderr.trimEnd().split('\n').length, 1);
  for (const command of ['compare', 'extract', 'check', 'merge', 'fetch', 'history', 'warc']) assert.ok(r.stderr.includes(command), `${command} in: ${r.stderr}`);
});

test('extract names blocks as findings do (paragraphs counted as agencies count them), and shows the notes and credits found', async () => {
  const r = await runCli(['extract', REF]);
  assert.is(r.code, 0);
  assert.match(r.stdout, /^\[caption 1\] North Korean leader/m);
  // The dateline stands as its own block before it, and the byline and furniture above: none is a paragraph.
  assert.match(r.stdout, /^\[dateline 1\] BRUSSELS \(Reuters\) -\n\[paragraph 1\] NATO urged all countries/m);
  assert.match(r.stdout, /^\[credit 2\] \(Reporting by Robin Emmott/m);
  assert.match(r.stdout, /note \(verification\) in caption: REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE/);
  assert.match(r.stdout, /credit \(dateline\) in dateline: BRUSSELS \(Reuters\) -/);
  const json = JSON.parse((await runCli(['extract', REF, '--format', 'json'])).stdout);
  assert.is(json.article.byline, 'Robin Emmott');
});

// Real HTTP on 127.0.0.1, started here: the copies served as a web server would.
let server: Server;
test('compare fetches http URLs and reports the same findings as for the files', async () => {
  const { readFileSync } = await import('node:fs');
  server = createServer((req, res) => {
    if (req.url === '/reuters') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(REF));
    if (req.url === '/moved') return void res.writeHead(301, { location: '/later' }).end();
    if (req.url === '/later') return void res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(LATER));
    if (req.url === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const online = JSON.parse((await runCli(['compare', `${base}/reuters`, `${base}/moved`, '--format', 'json'])).stdout);
  const offline = JSON.parse((await runCli(['compare', REF, LATER, '--format', 'json'])).stdout);
  assert.equal(online.copies[0].findings.map((f: { id: string }) => f.id), offline.copies[0].findings.map((f: { id: string }) => f.id));
  await failsCleanly(['compare', `${base}/reuters`, `${base}/gone`], 'WD_FETCH_STATUS', `${base}/gone`);
  await failsCleanly(['compare', `${base}/reuters`, `${base}/loop`], 'WD_FETCH_REDIRECTS', `${base}/loop`);
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test.run();
