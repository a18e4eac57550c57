import type { CopyReport, Finding, Severity } from '@wirediff/core';

/** The outcome of checking one story: its copies' reports, or why it could not be read. */
export type StoryResult =
  | { story: string; status: 'ok'; reference: string; copies: CopyReport[] }
  | { story: string; status: 'error'; error: { code: string; input: string; message: string } };

/** A finding the baseline does not hold, with where it was found. */
export interface NewFinding {
  story: string;
  copy: string;
  finding: Finding;
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
  /** Baseline entries that no longer occur (story, copy, id). */
  resolved: { story: string; copy: string; id: string }[];
  summary: { stories: number; copies: number; errors: number; findings: number; newFindings: number; resolved: number };
}
