import { readFile } from 'node:fs/promises';
import { WirediffError } from '@wirediff/core';

/** Accepted findings by story, then copy source, as sorted id lists. */
export interface Baseline {
  schemaVersion: 1;
  kind: 'wirediff-baseline';
  accepted: Record<string, Record<string, string[]>>;
}

/** An empty baseline: every finding is new. */
export const EMPTY_BASELINE: Baseline = Object.freeze({ schemaVersion: 1, kind: 'wirediff-baseline', accepted: {} }) as Baseline;

/** Reads a baseline file; a missing file is an empty baseline. */
export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_BASELINE;
    throw new WirediffError('WD_INPUT_UNREADABLE', `cannot read the baseline (${(error as NodeJS.ErrnoException).code})`, { input: file, cause: error });
  }
  let data: Partial<Baseline>;
  try {
    data = JSON.parse(text) as Partial<Baseline>;
  } catch (error) {
    throw new WirediffError('WD_BASELINE_INVALID', `not valid JSON (${(error as Error).message})`, { input: file, cause: error });
  }
  if (data.kind !== 'wirediff-baseline' || data.schemaVersion !== 1 || typeof data.accepted !== 'object' || data.accepted === null) {
    throw new WirediffError('WD_BASELINE_INVALID', 'not a wirediff baseline (expected kind "wirediff-baseline", schemaVersion 1)', { input: file });
  }
  return data as Baseline;
}

/**
 * The baseline that accepts `accepted` (finding ids by story and copy, from this run), keeping
 * entries of stories this run did not check (another shard's, or a story that failed to read)
 * as they were.
 */
export function acceptStories(accepted: Baseline['accepted'], previous: Baseline): Baseline {
  const all: Baseline['accepted'] = { ...previous.accepted, ...accepted };
  const sorted = Object.fromEntries(Object.keys(all).sort().map((story) => {
    const copies = all[story]!;
    return [story, Object.fromEntries(Object.keys(copies).sort().map((copy) => [copy, copies[copy]!]))];
  }));
  return { schemaVersion: 1, kind: 'wirediff-baseline', accepted: sorted };
}

/** Serialises a baseline: sorted, indented, newline-terminated, so it diffs well in review. */
export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
