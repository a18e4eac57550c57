// `-` for standard input: any one page of compare or extract, read once, bounded by
// --max-bytes while reading, and named `stdin` in reports and errors.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, runOnTerminal, STORY, type CliResult } from './helpers.js';

const REF = path.join(STORY, 'reference.html');
const PORTWELL = path.join(STORY, 'copies/portwell-ledger.html');
const LATER = path.join(STORY, 'copies/foxbusiness-later.html');

/** Exit 2, nothing on stdout, one line on stderr carrying the code and naming the input. */
function failedCleanly(r: CliResult, code: string, mentions: string): void {
  assert.is(r.code, 2, `exit code; stderr: ${r.stderr}`);
  assert.is(r.stdout, '', 'nothing on stdout');
  const lines = r.stderr.trimEnd().split('\n');
  assert.is(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.ok(lines[0]!.startsWith(`wirediff: ${mentions} — `), `names ${mentions}: ${lines[0]}`);
  assert.ok(lines[0]!.endsWith(`(${code})`), `carries ${code}: ${lines[0]}`);
}

const json = (r: CliResult) => JSON.parse(r.stdout) as { reference: { source: string }; copies: { source: string; findings: { id: string }[] }[] };

test('compare reads a copy given as - from stdin and reports it as stdin, as it reports the file', async () => {
  const piped = await runCli(['compare', REF, '-', '--format', 'json', '--fail-on', 'low'], { stdin: readFileSync(PORTWELL) });
  const named = await runCli(['compare', REF, PORTWELL, '--format', 'json', '--fail-on', 'low']);
  assert.is(piped.code, 1, piped.stderr);
  assert.is(piped.stderr, '');
  const [a, b] = [json(piped), json(named)];
  assert.equal(a.copies.map((c) => c.source), ['stdin']);
  assert.ok(a.copies[0]!.findings.length > 0);
  assert.equal(a.copies[0]!.findings.map((f) => f.id), b.copies[0]!.findings.map((f) => f.id));
});

test('compare takes stdin for the reference, between files, in the order given', async () => {
  const r = await runCli(['compare', '-', LATER, PORTWELL, '--format', 'json', '--fail-on', 'none'], { stdin: readFileSync(REF) });
  assert.is(r.code, 0, r.stderr);
  assert.is(json(r).reference.source, 'stdin');
  assert.equal(json(r).copies.map((c) => c.source), [LATER, PORTWELL]);
  const middle = await runCli(['compare', REF, LATER, '-', PORTWELL, '--format', 'json', '--fail-on', 'none'], { stdin: readFileSync(PORTWELL) });
  assert.equal(json(middle).copies.map((c) => c.source), [LATER, 'stdin', PORTWELL]);
});

test('the text report names the copy read from stdin', async () => {
  const r = await runCli(['compare', REF, '-', '--fail-on', 'none'], { stdin: readFileSync(PORTWELL) });
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /^copy: stdin — The Portwell Ledger/m);
  assert.match(r.stdout, /1 copy/);
});

test('extract - reads the page from stdin', async () => {
  const r = await runCli(['extract', '-', '--format', 'json'], { stdin: readFileSync(REF) });
  assert.is(r.code, 0, r.stderr);
  const file = await runCli(['extract', REF, '--format', 'json']);
  assert.equal(JSON.parse(r.stdout), JSON.parse(file.stdout));
});

test('plain text on stdin is read as text, as the same file is', async () => {
  const file = path.join(STORY, 'seed/foxbusiness-later-nato-north-korea.txt');
  const r = await runCli(['extract', '-'], { stdin: readFileSync(file) });
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /^\[paragraph 1\] NATO urged all countries to step up efforts/m);
  assert.is(r.stdout, (await runCli(['extract', file])).stdout);
});

test('stdin over --max-bytes is refused while it is read, in one line naming stdin', async () => {
  const page = readFileSync(REF);
  failedCleanly(await runCli(['extract', '-', '--max-bytes', '1000'], { stdin: page }), 'WD_INPUT_TOO_LARGE', 'stdin');
  // More than any pipe buffer: the CLI stops reading rather than taking it all in.
  const big = Buffer.concat([page, Buffer.alloc(4 * 1024 * 1024, 'a')]);
  failedCleanly(await runCli(['compare', REF, '-', '--max-bytes', String(page.length)], { stdin: big }), 'WD_INPUT_TOO_LARGE', 'stdin');
  assert.is((await runCli(['extract', '-', '--max-bytes', String(page.length)], { stdin: page })).code, 0, 'a page of exactly the limit is read');
});

test('empty stdin is an empty input named stdin, not a page of nothing', async () => {
  failedCleanly(await runCli(['extract', '-']), 'WD_INPUT_EMPTY', 'stdin');
  failedCleanly(await runCli(['compare', REF, '-', '--fail-on', 'low']), 'WD_INPUT_EMPTY', 'stdin');
});

test('- with stdin a terminal is refused at once rather than waiting for a page to be typed', () => {
  const r = runOnTerminal(['extract', '-']);
  assert.is(r.code, 2, r.output);
  assert.is(r.output.replace(/\r\n/g, '\n'), 'wirediff: stdin — is a terminal: pipe or redirect a page into it (wirediff extract - < page.html) (WD_INPUT_UNREADABLE)\n');
});

test('- given for two inputs is refused: stdin is read once', async () => {
  failedCleanly(await runCli(['compare', '-', '-'], { stdin: readFileSync(REF) }), 'WD_BAD_OPTION', '-');
  failedCleanly(await runCli(['compare', REF, '-', LATER, '-'], { stdin: readFileSync(REF) }), 'WD_BAD_OPTION', '-');
});

test('--output - is stdout', async () => {
  const r = await runCli(['compare', REF, PORTWELL, '--format', 'json', '--output', '-', '--fail-on', 'none']);
  assert.is(r.code, 0, r.stderr);
  assert.equal(json(r).copies.map((c) => c.source), [PORTWELL]);
});

test.run();
