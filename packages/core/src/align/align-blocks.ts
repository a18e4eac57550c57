import { containment, dice, fingerprint, sharedShingles, type Fingerprint } from './similarity.js';

/** Blocks of the reference and the copy that carry the same text (several for a split or merge). */
export interface AlignedGroup {
  /** Positions in the reference list, ascending. */
  reference: number[];
  /** Positions in the copy list, ascending. */
  copy: number[];
  /** True when the copy placed this group out of the reference's order. */
  moved: boolean;
}

/** How a copy's blocks correspond to the reference's. Positions index the lists given. */
export interface Alignment {
  /** Groups in reference order. */
  groups: AlignedGroup[];
  /** Reference positions with no counterpart, the lost tail excluded. */
  removed: number[];
  /** Copy positions with no counterpart. */
  added: number[];
  /** Reference positions after the last aligned block: the copy stops before them. */
  truncated: number[];
}

/** Options of alignBlocks. */
export interface AlignOptions {
  /**
   * Dice similarity of word bigrams at which two blocks are taken as the same block, edited.
   * @default 0.5
   */
  minSimilarity?: number;
  /**
   * Share of a block's bigrams that must occur in a block of the other side for it to count as
   * a piece of it (a split or a merge).
   * @default 0.7
   */
  minContainment?: number;
  /**
   * Bigrams shared by more blocks than this are too common to say anything ("of the"); they
   * are left out of candidate search, which keeps alignment near-linear on long documents.
   * @default 64
   */
  maxPostings?: number;
}

const DEFAULTS: Readonly<Required<AlignOptions>> = Object.freeze({
  minSimilarity: 0.5,
  minContainment: 0.7,
  maxPostings: 64,
});

/**
 * Aligns the reference's blocks with a copy's: identical blocks first (as anchors), then edited
 * ones by bigram similarity, then pieces of split or merged blocks by containment. Groups the
 * copy took out of order are marked moved (the longest run in order stays put); reference
 * blocks after the last aligned one are the truncated tail.
 *
 * @param reference The reference blocks' texts, in reading order.
 * @param copy The copy blocks' texts, in reading order.
 * @example alignBlocks(['a b c', 'd e f'], ['d e f', 'a b c']).groups[1].moved // => true
 */
export function alignBlocks(reference: readonly string[], copy: readonly string[], options: AlignOptions = {}): Alignment {
  const settings = resolveOptions(options);
  const refPrints = reference.map(fingerprint);
  const copyPrints = copy.map(fingerprint);
  const refGroup = new Array<number>(reference.length).fill(-1);
  const copyGroup = new Array<number>(copy.length).fill(-1);
  const groups: { reference: number[]; copy: number[] }[] = [];
  const join = (r: number, c: number) => {
    const g = refGroup[r]! >= 0 ? refGroup[r]! : copyGroup[c]!;
    if (g >= 0) {
      if (refGroup[r]! < 0) groups[g]!.reference.push(r);
      if (copyGroup[c]! < 0) groups[g]!.copy.push(c);
      refGroup[r] = copyGroup[c] = g;
    } else {
      refGroup[r] = copyGroup[c] = groups.push({ reference: [r], copy: [c] }) - 1;
    }
  };

  pairIdentical(refPrints, copyPrints, join);
  // Only blocks left unpaired by the anchors are searched: near-linear on long documents.
  const unpairedCopy = indexShingles(copyPrints, copyGroup, settings.maxPostings);
  pairSimilar(refPrints, copyPrints, unpairedCopy, refGroup, copyGroup, settings, join);
  attachPieces(refPrints, copyPrints, refGroup, copyGroup, groups, settings, join);

  const ordered = groups
    .map((g) => ({ reference: [...g.reference].sort((a, b) => a - b), copy: [...g.copy].sort((a, b) => a - b) }))
    .sort((a, b) => a.reference[0]! - b.reference[0]!);
  const inOrder = longestIncreasing(ordered.map((g) => g.copy[0]!));
  const lastAligned = ordered.reduce((last, g) => Math.max(last, g.reference[g.reference.length - 1]!), -1);
  const unmatchedRef = refGroup.flatMap((g, r) => (g < 0 && refPrints[r]!.key !== '' ? [r] : []));
  return {
    groups: ordered.map((g, k) => ({ ...g, moved: !inOrder.has(k) })),
    removed: unmatchedRef.filter((r) => r < lastAligned),
    added: copyGroup.flatMap((g, c) => (g < 0 && copyPrints[c]!.key !== '' ? [c] : [])),
    truncated: unmatchedRef.filter((r) => r > lastAligned),
  };
}

function resolveOptions(options: AlignOptions): Required<AlignOptions> {
  const settings = { ...DEFAULTS, ...options };
  for (const name of ['minSimilarity', 'minContainment'] as const) {
    const value = settings[name];
    if (!(value > 0 && value <= 1)) throw new RangeError(`alignBlocks: ${name} must be in (0, 1], got ${value}`);
  }
  return settings;
}

// Identical text (after folding) pairs first, in order: the patience-diff anchors.
function pairIdentical(ref: readonly Fingerprint[], copy: readonly Fingerprint[], join: (r: number, c: number) => void): void {
  const waiting = new Map<string, number[]>();
  copy.forEach((p, c) => {
    if (p.key === '') return;
    const list = waiting.get(p.key);
    if (list) list.push(c);
    else waiting.set(p.key, [c]);
  });
  ref.forEach((p, r) => {
    const c = waiting.get(p.key)?.shift();
    if (c !== undefined) join(r, c);
  });
}

// Shingle -> positions, over the blocks no group holds yet.
function indexShingles(prints: readonly Fingerprint[], grouped: readonly number[], maxPostings: number): Map<string, number[]> {
  const index = new Map<string, number[]>();
  prints.forEach((p, at) => {
    if (grouped[at]! >= 0 || p.key === '') return;
    for (const s of p.shingles) {
      const list = index.get(s);
      if (list) list.push(at);
      else index.set(s, [at]);
    }
  });
  for (const [s, list] of index) if (list.length > maxPostings) index.delete(s);
  return index;
}

function overlaps(print: Fingerprint, index: Map<string, number[]>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of print.shingles) for (const c of index.get(s) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

// Edited blocks: the most similar unpaired blocks pair first, ties by position, so the result
// does not depend on iteration order.
function pairSimilar(
  ref: readonly Fingerprint[],
  copy: readonly Fingerprint[],
  index: Map<string, number[]>,
  refGroup: readonly number[],
  copyGroup: readonly number[],
  settings: Required<AlignOptions>,
  join: (r: number, c: number) => void,
): void {
  const candidates: { r: number; c: number; score: number }[] = [];
  ref.forEach((print, r) => {
    if (refGroup[r]! >= 0) return;
    for (const [c, overlap] of overlaps(print, index)) {
      if (copyGroup[c]! >= 0) continue;
      const score = dice(overlap, print, copy[c]!);
      if (score >= settings.minSimilarity) candidates.push({ r, c, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.r - b.r || a.c - b.c);
  const takenRef = new Set<number>();
  const takenCopy = new Set<number>();
  for (const { r, c } of candidates) {
    if (takenRef.has(r) || takenCopy.has(c)) continue;
    takenRef.add(r);
    takenCopy.add(c);
    join(r, c);
  }
}

// Splits and merges: a block still unpaired whose words sit mostly inside one block of the
// other side joins that block's group (or makes one with it). Candidates are the unpaired
// blocks of the other side and the groups of the block's neighbours, since a split piece
// stands next to the rest of its paragraph.
function attachPieces(
  ref: readonly Fingerprint[],
  copy: readonly Fingerprint[],
  refGroup: readonly number[],
  copyGroup: readonly number[],
  groups: readonly { reference: number[]; copy: number[] }[],
  settings: Required<AlignOptions>,
  join: (r: number, c: number) => void,
): void {
  const attach = (
    prints: readonly Fingerprint[],
    own: readonly number[],
    others: readonly Fingerprint[],
    otherGroup: readonly number[],
    side: 'reference' | 'copy',
    pair: (at: number, other: number) => void,
  ) => {
    const unpairedOthers = indexShingles(others, otherGroup, settings.maxPostings);
    prints.forEach((print, at) => {
      if (own[at]! >= 0 || print.key === '') return;
      const candidates = new Set<number>(overlaps(print, unpairedOthers).keys());
      for (const near of [at - 1, at + 1]) {
        const g = own[near];
        if (g !== undefined && g >= 0) for (const other of groups[g]![side === 'reference' ? 'copy' : 'reference']) candidates.add(other);
      }
      let best = -1;
      let bestScore = settings.minContainment;
      for (const other of [...candidates].sort((a, b) => a - b)) {
        const score = containment(sharedShingles(print, others[other]!), print);
        if (score > bestScore || (score === bestScore && best < 0)) {
          best = other;
          bestScore = score;
        }
      }
      if (best >= 0) pair(at, best);
    });
  };
  // Copy pieces of one reference block (a split), then reference pieces merged into one copy block.
  attach(copy, copyGroup, ref, refGroup, 'copy', (c, r) => join(r, c));
  attach(ref, refGroup, copy, copyGroup, 'reference', (r, c) => join(r, c));
}

// Indices (into `values`) of one longest strictly increasing subsequence, in O(n log n).
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((v, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) keep.add(k);
  return keep;
}
