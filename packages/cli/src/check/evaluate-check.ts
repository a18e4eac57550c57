import { SEVERITY_RANK, type Severity } from '@wirediff/core';
import type { Baseline } from './baseline.js';
import { buildCheckResult, type CheckResult, type NewFinding, type StoryResult } from './check-result.js';

/**
 * Sets the results against the baseline: which findings at or above `failOn` are new, and which
 * accepted findings no longer occur. Stories not checked in this run (another shard's) are not
 * counted as resolved.
 */
export function evaluateCheck(stories: StoryResult[], baseline: Baseline, failOn: Severity | 'none'): CheckResult {
  const floor = failOn === 'none' ? Infinity : SEVERITY_RANK[failOn];
  const newFindings: NewFinding[] = [];
  const resolved: CheckResult['resolved'] = [];
  for (const r of stories) {
    if (r.status !== 'ok') continue;
    const verdict = evaluateStory(r, baseline.accepted[r.story] ?? {}, floor);
    newFindings.push(...verdict.news);
    resolved.push(...verdict.resolved);
  }
  return buildCheckResult(failOn, stories, newFindings, resolved);
}

/**
 * One story against the findings its baseline accepts (by copy): its findings at or above the
 * severity rank `floor` that are not accepted, and accepted ones that no longer occur.
 */
export function evaluateStory(r: Extract<StoryResult, { status: 'ok' }>, accepted: Baseline['accepted'][string], floor: number): { news: NewFinding[]; resolved: CheckResult['resolved'] } {
  const news: NewFinding[] = [];
  const resolved: CheckResult['resolved'] = [];
  // An accepted finding that no longer occurs, named by the message it had when accepted.
  const gone = (copy: string, id: string, message: string) => resolved.push({ story: r.story, copy, id, ...(message ? { message } : {}) });
  for (const copy of r.copies) {
    const known = accepted[copy.source] ?? {};
    const seen = new Set(copy.findings.map((f) => f.id));
    for (const f of copy.findings) {
      if (!Object.hasOwn(known, f.id) && SEVERITY_RANK[f.severity] >= floor) news.push({ story: r.story, copy: copy.source, finding: f });
    }
    for (const [id, message] of Object.entries(known)) if (!seen.has(id)) gone(copy.source, id, message);
  }
  for (const [copy, ids] of Object.entries(accepted)) {
    if (!r.copies.some((c) => c.source === copy)) for (const [id, message] of Object.entries(ids)) gone(copy, id, message);
  }
  return { news, resolved };
}

/** Exit code as for compare: 2 when a story could not be read, else 1 for new findings, else 0. */
export function checkExitCode(summary: CheckResult['summary']): number {
  if (summary.errors > 0) return 2;
  return summary.newFindings > 0 ? 1 : 0;
}
