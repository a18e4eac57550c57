import { SEVERITY_RANK, type Severity } from '@wirediff/core';
import type { Baseline } from './baseline.js';
import { buildCheckResult, type CheckResult, type NewFinding, type ResolvedEntry, type StoryResult } from './check-result.js';

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
 * severity rank `floor` that are not accepted, and accepted ones that no longer occur, each new
 * finding paired with the accepted one it most likely replaces (see pairReplacements).
 */
export function evaluateStory(r: Extract<StoryResult, { status: 'ok' }>, accepted: Baseline['accepted'][string], floor: number): { news: NewFinding[]; resolved: ResolvedEntry[] } {
  const news: NewFinding[] = [];
  const resolved: ResolvedEntry[] = [];
  // An accepted finding that no longer occurs, named by the message it had when accepted.
  const gone = (copy: string, id: string, message: string): ResolvedEntry => ({ story: r.story, copy, id, ...(message ? { message } : {}) });
  for (const copy of r.copies) {
    const known = accepted[copy.source] ?? {};
    const seen = new Set(copy.findings.map((f) => f.id));
    const mine: NewFinding[] = [];
    for (const f of copy.findings) {
      if (!Object.hasOwn(known, f.id) && SEVERITY_RANK[f.severity] >= floor) mine.push({ story: r.story, copy: copy.source, finding: f });
    }
    const lost = Object.entries(known).filter(([id]) => !seen.has(id)).map(([id, message]) => gone(copy.source, id, message));
    pairReplacements(mine, lost);
    news.push(...mine);
    resolved.push(...lost);
  }
  for (const [copy, ids] of Object.entries(accepted)) {
    if (!r.copies.some((c) => c.source === copy)) for (const [id, message] of Object.entries(ids)) resolved.push(gone(copy, id, message));
  }
  return { news, resolved };
}

// A finding id is its kind and a hash of its words ("changed-bd25889a59", ".2" when repeated).
const kindOf = (id: string) => /^(.+)-[0-9a-f]{10}(?:\.\d+)?$/.exec(id)?.[1] ?? null;
// Where a finding is, as its message says before the colon, less any parenthesis: "paragraph 3
// changed (number): …" is at "paragraph 3 changed", "credit-line missing from the copy: …" at that.
const placeOf = (message: string) => message.split(':', 1)[0]!.replace(/\s*\([^)]*\)\s*$/, '');

/**
 * Pairs new findings of one copy with accepted findings of it that no longer occur, of the same
 * kind and at the same place: most likely one finding changed again since it was reviewed (the
 * copy now says "2.75" where "2.5" was accepted), so the reviewer is shown what was accepted
 * there. One to one, new findings in their order, accepted ones by id; an entry accepted
 * without its message (a version-1 baseline) is not paired.
 */
export function pairReplacements(news: NewFinding[], lost: ResolvedEntry[]): void {
  if (news.length === 0 || lost.length === 0) return;
  const open = new Map<string, ResolvedEntry[]>();
  for (const entry of [...lost].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const kind = kindOf(entry.id);
    if (kind === null || !entry.message) continue;
    const key = `${kind}\u0000${placeOf(entry.message)}`;
    const list = open.get(key);
    if (list) list.push(entry);
    else open.set(key, [entry]);
  }
  for (const n of news) {
    const entry = open.get(`${n.finding.kind}\u0000${placeOf(n.finding.message)}`)?.shift();
    if (entry === undefined) continue;
    n.replaces = { id: entry.id, message: entry.message! };
    entry.replacedBy = n.finding.id;
  }
}

/** Exit code as for compare: 2 when a story could not be read, else 1 for new findings, else 0. */
export function checkExitCode(summary: CheckResult['summary']): number {
  if (summary.errors > 0) return 2;
  return summary.newFindings > 0 ? 1 : 0;
}
