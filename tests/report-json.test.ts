// The JSON report is a contract: it validates against the published schema and is
// byte-identical from run to run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli, SEED, STORY } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'packages/core/schema/report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const COPIES = readdirSync(path.join(STORY, 'copies')).sort().map((f) => path.join(STORY, 'copies', f));
const ARGS = ['compare', path.join(STORY, 'reference.html'), ...COPIES, '--format', 'json', '--fail-on', 'none'];

test('the fixture story report validates against report.schema.json', async () => {
  const report = JSON.parse((await runCli(ARGS)).stdout) as { summary: { total: number } };
  assert.ok(report.summary.total > 20, 'the report has findings to validate');
  assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
});

test('the seed report validates against report.schema.json', async () => {
  const report = JSON.parse((await runCli(['compare', path.join(SEED, 'foxbusiness-2017-09-06-nato-north-korea.txt'), path.join(SEED, 'foxbusiness-later-nato-north-korea.txt'), '--format', 'json'])).stdout);
  assert.ok(validate(report), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
});

test('the schema rejects a report with an unknown finding kind', async () => {
  const report = JSON.parse((await runCli(ARGS)).stdout);
  report.copies[0].findings[0].kind = 'rewritten';
  assert.not.ok(validate(report));
});

test('two runs give byte-identical JSON', async () => {
  const [a, b] = await Promise.all([runCli(ARGS), runCli(ARGS)]);
  assert.ok(a.stdout.length > 1000);
  assert.is(a.stdout, b.stdout);
});

test('the order of the copies on the command line changes nothing in each copy\'s findings', async () => {
  const forward = JSON.parse((await runCli(ARGS)).stdout);
  const reversed = JSON.parse((await runCli(['compare', path.join(STORY, 'reference.html'), ...[...COPIES].reverse(), '--format', 'json', '--fail-on', 'none'])).stdout);
  const bySource = (r: { copies: { source: string }[] }) => Object.fromEntries(r.copies.map((c) => [c.source, JSON.stringify(c)]));
  assert.equal(bySource(reversed), bySource(forward));
});

test('finding ids stay the same when the reference gains a block before them', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-ids-'));
  const html = readFileSync(path.join(STORY, 'reference.html'), 'utf8');
  const shifted = path.join(dir, 'reference.html');
  // An extra heading-free paragraph at the top renumbers every block after it.
  const shiftedHtml = html.replace(/(<p[^>]*>BRUSSELS)/, '<p>Diplomats gathered in Brussels on Wednesday for a second day of talks on the crisis.</p>$1');
  assert.is.not(shiftedHtml, html, 'the reference was shifted');
  writeFileSync(shifted, shiftedHtml);
  const copy = path.join(STORY, 'copies/carraway-valley-times.html');
  const ids = async (ref: string) => JSON.parse((await runCli(['compare', ref, copy, '--format', 'json', '--fail-on', 'none'])).stdout)
    .copies[0].findings.filter((f: { kind: string }) => f.kind === 'changed').map((f: { id: string }) => f.id);
  const before = await ids(path.join(STORY, 'reference.html'));
  assert.ok(before.length >= 4);
  assert.equal(await ids(shifted), before);
});

test.run();
