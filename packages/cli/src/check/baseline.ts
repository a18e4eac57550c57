import { readFile } from 'node:fs/promises';
import { WirediffError } from '@wirediff/core';
import { isRecord } from '../is-record.js';

/**
 * Accepted findings by story, then copy source, then finding id, each with the message it had
 * when accepted, so that a baseline's diff in review shows what is being accepted, and a finding
 * that no longer occurs can be named. The message is '' for entries read from a version 1
 * baseline, which held ids only.
 */
export interface Baseline {
  schemaVersion: 2;
  kind: 'wirediff-baseline';
  accepted: Record<string, Record<string, Record<string, string>>>;
}

/** An empty baseline: every finding is new. */
export const EMPTY_BASELINE: Baseline = Object.freeze({ schemaVersion: 2, kind: 'wirediff-baseline', accepted: {} }) as Baseline;

/** Reads a baseline file (version 2, or version 1's id lists); a missing file is an empty baseline. */
export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_BASELINE;
    throw new WirediffError('WD_INPUT_UNREADABLE', `cannot read the baseline (${(error as NodeJS.ErrnoException).code})`, { input: file, cause: error });
  }
  let data: { kind?: unknown; schemaVersion?: unknown; accepted?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch (error) {
    throw new WirediffError('WD_BASELINE_INVALID', `not valid JSON (${(error as Error).message})`, { input: file, cause: error });
  }
  if (!isRecord(data) || data.kind !== 'wirediff-baseline' || (data.schemaVersion !== 1 && data.schemaVersion !== 2) || !isRecord(data.accepted)) {
    throw new WirediffError('WD_BASELINE_INVALID', 'not a wirediff baseline (expected kind "wirediff-baseline", schemaVersion 1 or 2)', { input: file });
  }
  const version = data.schemaVersion;
  const accepted = Object.fromEntries(Object.entries(data.accepted).map(([story, copies]) => {
    if (!isRecord(copies)) throw invalidEntry(file, story);
    return [story, Object.fromEntries(Object.entries(copies).map(([copy, entries]) => {
      const ids = acceptedIds(version, entries);
      if (ids === null) throw invalidEntry(file, `${story} / ${copy}`);
      return [copy, ids];
    }))];
  }));
  return { schemaVersion: 2, kind: 'wirediff-baseline', accepted };
}

// A copy's entry: version 2 maps ids to messages; version 1 listed ids, whose messages are not known.
function acceptedIds(version: 1 | 2, entries: unknown): Record<string, string> | null {
  if (version === 1) return Array.isArray(entries) && entries.every((id) => typeof id === 'string') ? Object.fromEntries(entries.map((id) => [id, ''])) : null;
  return isRecord(entries) && Object.values(entries).every((m) => typeof m === 'string') ? (entries as Record<string, string>) : null;
}

const invalidEntry = (file: string, where: string) =>
  new WirediffError('WD_BASELINE_INVALID', `the entry for ${where} is not a list of accepted findings`, { input: file });

/**
 * The baseline that accepts `accepted` (findings by story and copy, from this run), keeping
 * entries of stories this run did not check (another shard's, or a story that failed to read)
 * as they were. Stories, copies and ids are sorted, so the file diffs well in review.
 */
export function acceptStories(accepted: Baseline['accepted'], previous: Baseline): Baseline {
  const all: Baseline['accepted'] = { ...previous.accepted, ...accepted };
  const sorted = <T>(record: Record<string, T>, each: (value: T) => T) =>
    Object.fromEntries(Object.keys(record).sort().map((key) => [key, each(record[key]!)]));
  return { schemaVersion: 2, kind: 'wirediff-baseline', accepted: sorted(all, (copies) => sorted(copies, (ids) => sorted(ids, (message) => message))) };
}

/** A story's accepted findings by copy with `added` accepted too, each copy's ids joined. */
export function acceptInto(story: Baseline['accepted'][string], added: Baseline['accepted'][string]): Baseline['accepted'][string] {
  return { ...story, ...Object.fromEntries(Object.entries(added).map(([copy, ids]) => [copy, { ...story[copy], ...ids }])) };
}

/** The baseline with `added` (findings by story and copy) accepted on top of what it accepts. */
export function acceptFindings(added: Baseline['accepted'], previous: Baseline): Baseline {
  return acceptStories(Object.fromEntries(Object.entries(added).map(([story, copies]) => [story, acceptInto(previous.accepted[story] ?? {}, copies)])), previous);
}

/** How a rewritten baseline differs from the one it replaces: findings newly accepted, accepted ones dropped, and all it accepts. */
export function baselineChanges(previous: Baseline, next: Baseline): { added: number; dropped: number; accepted: number } {
  const ids = (b: Baseline) => new Set(Object.entries(b.accepted).flatMap(([story, copies]) =>
    Object.entries(copies).flatMap(([copy, found]) => Object.keys(found).map((id) => JSON.stringify([story, copy, id])))));
  const before = ids(previous);
  const after = ids(next);
  let added = 0;
  for (const id of after) if (!before.has(id)) added++;
  return { added, dropped: before.size - (after.size - added), accepted: after.size };
}

/** Serialises a baseline: sorted, indented, newline-terminated, so it diffs well in review. */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
