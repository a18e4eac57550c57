// Users add editor-note rules through a configuration file, without code: `--config FILE` or
// ./wirediff.config.json. A bad entry stops the run with one line naming the file and the entry.
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from './helpers.js';
import type { Report } from '../packages/core/src/types.js';

const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-config-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

// An outlet's own caveat, which no built-in rule knows.
const RULE = {
  id: 'ledger-not-confirmed',
  category: 'verification',
  pattern: String.raw`\bThe\s+Ledger\s+has\s+not\s+confirmed\b`,
  flags: 'iu',
  description: 'The Ledger could not confirm a claim.',
  example: 'The Ledger has not confirmed the account.',
  nearMiss: 'The Ledger has confirmed the account.',
};
const reference = write('reference.txt', 'Port strike spreads\n\nDockers walked out at three more ports on Monday, the union said.\n\nThe union said 4,000 members had joined the strike. The Ledger has not confirmed the figure.\n');
const copy = write('copy.txt', 'Port strike spreads\n\nDockers walked out at three more ports on Monday, the union said.\n\nThe union said 4,000 members had joined the strike.\n');

test('a configured note rule is found, and its loss reported like a built-in caveat', async () => {
  const config = write('good.json', JSON.stringify({ notes: [RULE] }));
  const run = await runCli(['compare', reference, copy, '--config', config, '--format', 'json', '--fail-on', 'none']);
  assert.is(run.stderr, `wirediff: read the configuration ${config} (1 note rule added)\n`, 'a note on stderr names the file read');
  assert.is(run.code, 0);
  const report = JSON.parse(run.stdout) as Report;
  assert.equal(report.reference.notes.map((n) => n.ruleId), ['ledger-not-confirmed']);
  const finding = report.copies[0]!.findings.find((f) => f.note?.ruleId === 'ledger-not-confirmed');
  assert.is(finding?.severity, 'high');
  assert.ok(finding?.kind === 'note-changed' || finding?.kind === 'note-missing', finding?.kind);
});

test('wirediff.config.json in the working directory is read without --config', async () => {
  write('wirediff.config.json', JSON.stringify({ notes: [RULE] }));
  const run = await runCli(['compare', reference, copy, '--format', 'json', '--fail-on', 'none'], { cwd: dir });
  // Read without being named, so said: on stderr, never in the report on stdout.
  assert.is(run.stderr, 'wirediff: read the configuration wirediff.config.json (1 note rule added)\n');
  assert.equal((JSON.parse(run.stdout) as Report).reference.notes.map((n) => n.ruleId), ['ledger-not-confirmed']);
  const quiet = await runCli(['compare', reference, copy, '--format', 'json', '--fail-on', 'none', '--quiet'], { cwd: dir });
  assert.is(quiet.stderr, '', '--quiet says nothing of it');
  assert.is(quiet.stdout, run.stdout);
  rmSync(path.join(dir, 'wirediff.config.json'));
});

test('without a configuration file the configured rule is unknown', async () => {
  const run = await runCli(['compare', reference, copy, '--format', 'json', '--fail-on', 'none'], { cwd: dir });
  assert.equal((JSON.parse(run.stdout) as Report).reference.notes, []);
});

const refused = async (name: string, config: unknown) => {
  const file = write(name, typeof config === 'string' ? config : JSON.stringify(config));
  const run = await runCli(['compare', reference, copy, '--config', file]);
  assert.is(run.code, 2);
  assert.is(run.stdout, '');
  assert.is(run.stderr.split('\n').filter(Boolean).length, 1, run.stderr);
  return run.stderr.replace(dir + path.sep, '');
};

test('an entry whose example does not match is refused in one line naming the file and entry', async () => {
  assert.is(await refused('bad-example.json', { notes: [{ ...RULE, example: 'The Ledger could not confirm it.' }] }),
    'wirediff: bad-example.json — notes[0] ("ledger-not-confirmed"): "pattern" does not match its example (WD_BAD_OPTION)\n');
});

test('an entry whose near-miss matches, or whose pattern does not compile, is refused', async () => {
  assert.match(await refused('bad-near.json', { notes: [{ ...RULE, nearMiss: 'The Ledger has not confirmed either.' }] }), /notes\[0\] \("ledger-not-confirmed"\): "pattern" matches its near-miss \(WD_BAD_OPTION\)/);
  assert.match(await refused('bad-re.json', { notes: [RULE, { ...RULE, id: 'second', pattern: '([a-z' }] }), /notes\[1\] \("second"\): "pattern" does not compile/);
});

test('a pattern that could take exponential time is refused before it runs', async () => {
  const slow = { ...RULE, pattern: String.raw`(?:\w+\s?)+has not confirmed`, example: 'The Ledger has not confirmed', nearMiss: 'The Ledger has confirmed' };
  assert.match(await refused('slow.json', { notes: [slow] }), /"pattern" could take more than linear time: unbounded repetition/);
});

test('a file that is not JSON, or has unknown keys, is refused; a missing --config file is named', async () => {
  assert.match(await refused('not-json.json', '{ notes: [ }'), /^wirediff: not-json\.json — not valid JSON: .* \(WD_BAD_OPTION\)\n$/);
  assert.match(await refused('unknown.json', { rules: [] }), /unknown key "rules" \(expected "notes"/);
  const run = await runCli(['compare', reference, copy, '--config', path.join(dir, 'nowhere.json')]);
  assert.is(run.code, 2);
  assert.match(run.stderr, /nowhere\.json — no such configuration file \(WD_INPUT_NOT_FOUND\)\n$/);
});

test('the configuration example in the README is accepted and its rule is found', async () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const json = /Adding rules without code[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(json, 'README has a json example under "Adding rules without code"');
  const config = write('readme.json', json);
  const run = await runCli(['compare', reference, copy, '--config', config, '--format', 'json', '--fail-on', 'none']);
  assert.is(run.stderr, `wirediff: read the configuration ${config} (1 note rule added)\n`);
  assert.equal((JSON.parse(run.stdout) as Report).reference.notes.map((n) => n.ruleId), ['ledger-not-confirmed']);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
