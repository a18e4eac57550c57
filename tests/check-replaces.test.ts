// A new finding is paired with the accepted finding it most likely replaces, so a reviewer sees
// what was accepted there before: same copy, same kind, same place; one to one; never a guess
// across kinds or places, and never from an entry the baseline holds without its message.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding, Severity } from '@wirediff/core';
import type { NewFinding, ResolvedEntry } from '../packages/cli/src/check/check-result.js';
import { pairReplacements } from '../packages/cli/src/check/evaluate-check.js';

const copy = 'story/copies/outlet.html';
const fresh = (id: string, message: string, severity: Severity = 'high'): NewFinding => ({
  story: 'story',
  copy,
  finding: { id, kind: id.replace(/-[0-9a-f]{10}(\.\d+)?$/, ''), severity, message } as Finding,
});
const lost = (id: string, message?: string): ResolvedEntry => ({ story: 'story', copy, id, ...(message === undefined ? {} : { message }) });

test('a changed block edited again replaces the accepted change of that block, whatever its categories', () => {
  const news = [fresh('changed-1111111111', 'paragraph 3 changed (number, wording): "2.25" became "2.75 percent"')];
  const gone = [lost('changed-2222222222', 'paragraph 3 changed (number): "2.25" became "2.5"')];
  pairReplacements(news, gone);
  assert.equal(news[0]!.replaces, { id: 'changed-2222222222', message: 'paragraph 3 changed (number): "2.25" became "2.5"' });
  assert.is(gone[0]!.replacedBy, 'changed-1111111111');
});

test('another place, another kind, or an entry without its message is not paired', () => {
  const news = [
    fresh('changed-1111111111', 'paragraph 4 changed (number): "3" became "4"'),
    fresh('removed-3333333333', 'paragraph 3 removed: "The bank said…"'),
    fresh('changed-4444444444', 'paragraph 7 changed (quote): "a" became "b"'),
  ];
  const gone = [
    lost('changed-2222222222', 'paragraph 3 changed (number): "2.25" became "2.5"'),
    lost('changed-5555555555'), // a version 1 baseline: only the id
  ];
  pairReplacements(news, gone);
  assert.ok(news.every((n) => n.replaces === undefined));
  assert.ok(gone.every((e) => e.replacedBy === undefined));
});

test('pairs are one to one: new findings in their order take accepted ones in id order', () => {
  const news = [
    fresh('credit-missing-1111111111', 'credit line missing from the copy: "(Reporting by A)"'),
    fresh('credit-missing-1111111111.2', 'credit line missing from the copy: "(Reporting by B)"'),
    fresh('credit-missing-6666666666', 'credit line missing from the copy: "(Reporting by C)"'),
  ];
  const gone = [
    lost('credit-missing-9999999999', 'credit line missing from the copy: "(Reporting by Z)"'),
    lost('credit-missing-0000000000', 'credit line missing from the copy: "(Reporting by Y)"'),
  ];
  pairReplacements(news, gone);
  assert.equal(news.map((n) => n.replaces?.id), ['credit-missing-0000000000', 'credit-missing-9999999999', undefined]);
  assert.equal(gone.map((e) => e.replacedBy), ['credit-missing-1111111111.2', 'credit-missing-1111111111']);
});

test.run();
