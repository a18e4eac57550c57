// Every planted difference of every fixture story is found with the right kind, severity and
// categories, and nothing of medium or above is reported that the story's truth.json does not
// list. truth.json is written and reviewed by people; each entry says why it is expected.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli } from './helpers.js';
import type { Finding, Report } from '../packages/core/src/types.js';

interface Expectation {
  kind: string;
  severity?: string;
  categories?: string[];
  reference?: string;
  copy?: string;
  why: string;
}
interface Truth {
  story: string;
  reference: string;
  copies: { file: string; outlet: string; expect: Expectation[] }[];
}

const space = (s: string) => s.replace(/\s+/g, ' ').trim();
const holds = (side: Finding['reference'], snippet: string | undefined) =>
  snippet === undefined || space(side.text).includes(space(snippet)) || space(side.words).includes(space(snippet));

function matches(f: Finding, e: Expectation): boolean {
  return f.kind === e.kind &&
    (e.severity === undefined || f.severity === e.severity) &&
    (e.categories ?? []).every((c) => f.categories.includes(c)) &&
    holds(f.reference, e.reference) &&
    holds(f.copy, e.copy);
}

const storiesDir = path.join(ROOT, 'fixtures/stories');
for (const story of readdirSync(storiesDir).sort()) {
  const truthPath = path.join(storiesDir, story, 'truth.json');
  if (!existsSync(truthPath)) continue;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
  let report: Report;

  test(`${story}: wirediff compares the reference with every copy`, async () => {
    const dir = path.join(storiesDir, story);
    const result = await runCli(['compare', path.join(dir, truth.reference), ...truth.copies.map((c) => path.join(dir, c.file)), '--format', 'json', '--fail-on', 'none']);
    assert.is(result.stderr, '');
    assert.is(result.code, 0);
    report = JSON.parse(result.stdout) as Report;
    assert.is(report.copies.length, truth.copies.length);
  });

  truth.copies.forEach((copy, k) => {
    test(`${story}/${copy.file}: every planted difference is found`, () => {
      const findings = report.copies[k]!.findings;
      const missing = copy.expect.filter((e) => !findings.some((f) => matches(f, e)));
      assert.equal(missing.map((e) => `${e.kind} ${e.severity ?? ''} ${e.categories?.join('+') ?? ''} ${e.reference ?? e.copy} — ${e.why}`), [],
        `not found; wirediff said:\n${findings.map((f) => `${f.severity} ${f.kind} [${f.categories}] ${f.message}`).join('\n')}`);
    });

    test(`${story}/${copy.file}: nothing unplanned at medium or above`, () => {
      const unplanned = report.copies[k]!.findings.filter((f) =>
        (f.severity === 'high' || f.severity === 'medium') && !copy.expect.some((e) => matches(f, e)));
      assert.equal(unplanned.map((f) => `${f.severity} ${f.kind} [${f.categories}] ${f.message}`), []);
    });
  });
}

test.run();
