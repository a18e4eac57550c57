// The Markdown summary a GitHub Actions step shows: one table row per new finding, safe whatever
// a page's text holds, and never past GitHub's 1 MiB (beyond which it shows nothing at all).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding } from '@wirediff/core';
import type { NewFinding } from '../packages/cli/src/check/check-result.js';
import { StepSummary } from '../packages/cli/src/check/step-summary.js';

const finding = (k: number, message: string): NewFinding => ({
  story: `story-${k}`,
  copy: `story-${k}/copies/outlet.html`,
  finding: { id: `changed-${String(k).padStart(10, '0')}`, kind: 'changed', severity: 'high', message } as Finding,
});

test("a page's text cannot break the table or add markup", () => {
  const summary = new StepSummary();
  summary.add(finding(1, 'paragraph 2 changed (quote): "a | b" became "<script>alert(1)</script>\nand &amp;"'));
  const markdown = summary.markdown('wirediff check: 1 story', [], []);
  const row = markdown.split('\n').find((l) => l.startsWith('| high'))!;
  assert.is(row, '| high | story-1 | story-1/copies/outlet.html | changed: paragraph 2 changed (quote): "a \\| b" became "&lt;script&gt;alert(1)&lt;/script&gt; and &amp;amp;" | `changed-0000000001` |');
  assert.is(row.split(/(?<!\\)\|/).length, 7, 'five cells, whatever the text');
});

test('a summary stays within 1 MiB, counting the findings it leaves out', () => {
  const summary = new StepSummary();
  const total = 20_000;
  for (let k = 0; k < total; k++) summary.add(finding(k, `block ${k} changed (wording): "${'x'.repeat(60)}" became "${'y'.repeat(60)}"`));
  const resolved = Array.from({ length: 5_000 }, (_, k) => ({ story: `story-${k}`, copy: 'c.html', id: `removed-${String(k).padStart(10, '0')}`, message: `block ${k} removed: "${'z'.repeat(80)}"` }));
  const markdown = summary.markdown('wirediff check: many', [], resolved);
  assert.ok(Buffer.byteLength(markdown) <= 1024 * 1024, `${Buffer.byteLength(markdown)} bytes`);
  const rows = markdown.split('\n').filter((l) => l.startsWith('| high')).length;
  const left = Number(/…and (\d+) more new findings/.exec(markdown)![1]);
  assert.ok(rows > 1000);
  assert.is(rows + left, total, 'every finding is a row or counted');
  assert.match(markdown, /\n- …and \d+ more\n/, 'the list of findings gone is cut with a count too');
});

test.run();
