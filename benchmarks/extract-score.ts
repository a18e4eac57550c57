// Scoring helpers for benchmarks/extract.ts: trafilatura's evaluation scheme and metadata
// agreement. Kept apart so the benchmark reads as a list of measurements.

/** Runs of white space become one space, trimmed: trafilatura's normalization. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Summed counts over a corpus. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/**
 * Adds one page to the counts: a `with` snippet found in the extracted text is a true
 * positive, else a false negative; a `without` snippet found is a false positive, else a true
 * negative. Nothing extracted (null) makes every `with` a false negative.
 */
export function scorePage(counts: Counts, text: string | null, keep: readonly string[], drop: readonly string[]): void {
  const hay = squash(text ?? '');
  for (const snippet of keep) {
    if (text !== null && hay.includes(squash(snippet))) counts.tp++;
    else counts.fn++;
  }
  for (const snippet of drop) {
    if (text !== null && hay.includes(squash(snippet))) counts.fp++;
    else counts.tn++;
  }
}

/** Precision, recall and F1 from summed counts, as trafilatura computes them. */
export function figures(c: Counts): { precision: number; recall: number; f1: number } {
  return {
    precision: c.tp / (c.tp + c.fp || 1),
    recall: c.tp / (c.tp + c.fn || 1),
    f1: (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1),
  };
}

/** Metadata fields compared with Readability's expected-metadata.json. */
export type MetaField = 'title' | 'byline' | 'publishedTime';
export type MetaValues = Record<MetaField, string | null>;

/**
 * Whether an extracted value agrees with the expected one: titles and bylines after white space
 * and case folding (and a leading "By "), times as the same instant when both parse as dates.
 * Both absent agrees; one absent does not.
 */
export function agrees(field: MetaField, got: string | null | undefined, want: string | null | undefined): boolean {
  const g = got == null || squash(got) === '' ? null : squash(got);
  const w = want == null || squash(want) === '' ? null : squash(want);
  if (g === null || w === null) return g === w;
  if (field === 'publishedTime') {
    const a = Date.parse(g);
    const b = Date.parse(w);
    return g === w || (!Number.isNaN(a) && a === b);
  }
  const fold = (s: string) => s.toLowerCase().replace(/^by\s+/, '');
  return fold(g) === fold(w);
}
