import type { CopyReport, Finding, Severity } from '@wirediff/core';

/** The outcome of checking one story: its copies' reports, or why it could not be read. */
export type StoryResult =
  | { story: string; status: 'ok'; reference: string; copies: CopyReport[] }
  | { story: string; status: 'error'; error: { code: string; input: string; message: string } };

/** A story that could not be read, or that a bug stopped. */
export type UnreadableStory = Extract<StoryResult, { status: 'error' }>;

/** A finding the baseline does not hold, with where it was found. */
export interface NewFinding {
  story: string;
  copy: string;
  finding: Finding;
  /**
   * The accepted finding this one most likely replaces: of its kind, in the same place of the
   * same copy (the message before its colon: "paragraph 3 changed"), and no longer found.
   */
  replaces?: { id: string; message: string };
}

/** A baseline entry that no longer occurs, with its message when accepted (where the baseline has it). */
export interface ResolvedEntry {
  story: string;
  copy: string;
  id: string;
  message?: string;
  /** The id of the new finding that most likely replaces it (see NewFinding.replaces). */
  replacedBy?: string;
}

/** The result of `wirediff check`, as JSON output and as input to `wirediff merge`. */
export interface CheckResult {
  schemaVersion: 1;
  kind: 'wirediff-check';
  failOn: Severity | 'none';
  /** Per story, sorted by story id. Copy sources are relative to the corpus folder. */
  stories: StoryResult[];
  /** Findings absent from the baseline at or above --fail-on. */
  newFindings: NewFinding[];
  /** Baseline entries that no longer occur. */
  resolved: ResolvedEntry[];
  summary: { stories: number; copies: number; errors: number; findings: number; newFindings: number; resolved: number };
}

const byStory = <T extends { story: string }>(a: T, b: T) => (a.story < b.story ? -1 : a.story > b.story ? 1 : 0);

/** The one order of resolved entries (by story, copy and id run together), whole runs, streamed runs and merges alike. */
export const byEntry = (a: CheckResult['resolved'][number], b: CheckResult['resolved'][number]) =>
  a.story + a.copy + a.id < b.story + b.copy + b.id ? -1 : 1;

/** Counts one story into a summary: how the summary derives from the stories, in one place. */
export function countStory(summary: CheckResult['summary'], story: StoryResult): void {
  summary.stories++;
  if (story.status === 'error') {
    summary.errors++;
    return;
  }
  summary.copies += story.copies.length;
  for (const c of story.copies) summary.findings += c.findings.length;
}

/**
 * Assembles a check result in its one canonical order (stories, then new findings by story,
 * then resolved entries by story, copy and id) with the summary derived from the parts, so a
 * whole run and a merge of its shards give the same bytes.
 */
export function buildCheckResult(
  failOn: CheckResult['failOn'],
  stories: readonly StoryResult[],
  newFindings: readonly NewFinding[],
  resolved: readonly CheckResult['resolved'][number][],
): CheckResult {
  const summary = { stories: 0, copies: 0, errors: 0, findings: 0, newFindings: newFindings.length, resolved: resolved.length };
  for (const st of stories) countStory(summary, st);
  return {
    schemaVersion: 1,
    kind: 'wirediff-check',
    failOn,
    stories: [...stories].sort(byStory),
    newFindings: [...newFindings].sort(byStory),
    resolved: [...resolved].sort(byEntry),
    summary,
  };
}

/**
 * JSON.stringify(value, null, 2) as it reads `depth` levels down in an enclosing document (a
 * story in the JSON output is at depth 2): stringified inside wrappers of that depth, which are
 * then cut off (cheaper than re-indenting). A result cached in this form is written out as is.
 */
export function jsonAtDepth(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Level k (1-based) opens with "[\n" and 2k spaces, and closes with "\n", 2(k-1) spaces and "]".
  return text.slice(2 * depth + depth * (depth + 1), text.length - (2 * depth + depth * (depth - 1)));
}
