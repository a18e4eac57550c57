import type { Alignment, AlignOptions } from './align-blocks.js';
import { createGroupTable, type GroupTable } from './group-table.js';
import { longestIncreasing } from './longest-increasing.js';
import { containment, dice, sharedCount, sharedShingles, shinglesOf, type Fingerprint } from './similarity.js';

const MIN_SENTENCE_WORDS = 4; // shorter sentences ("He declined.") match anywhere by chance
const MIN_SENTENCE_COVERAGE = 0.5; // most of a block must be found, sentence by sentence, to join it

/**
 * The alignment itself, on fingerprints (see alignBlocks): callers that compare one reference
 * with many copies fingerprint the reference once.
 *
 * @param settings Resolved options, all present.
 */
export function alignFingerprints(refPrints: readonly Fingerprint[], copyPrints: readonly Fingerprint[], settings: Required<AlignOptions>): Alignment {
  const table = createGroupTable(refPrints.length, copyPrints.length);
  pairIdentical(refPrints, copyPrints, table);
  // Only blocks left unpaired by the anchors are searched: near-linear on long documents.
  pairSimilar(refPrints, copyPrints, table, settings);
  attachPieces(refPrints, copyPrints, table, settings);
  attachSentences(refPrints, copyPrints, table, settings);

  const ordered = table.groups().sort((a, b) => a.reference[0]! - b.reference[0]!);
  const inOrder = longestIncreasing(ordered.map((g) => g.copy[0]!));
  const lastAligned = ordered.reduce((last, g) => Math.max(last, g.reference[g.reference.length - 1]!), -1);
  const unmatchedRef = table.refGroup.flatMap((g, r) => (g < 0 && refPrints[r]!.key !== '' ? [r] : []));
  return {
    groups: ordered.map((g, k) => ({ ...g, moved: !inOrder.has(k) })),
    removed: unmatchedRef.filter((r) => r < lastAligned),
    added: table.copyGroup.flatMap((g, c) => (g < 0 && copyPrints[c]!.key !== '' ? [c] : [])),
    truncated: unmatchedRef.filter((r) => r > lastAligned),
  };
}

// Identical text (after folding) pairs first, in order: the patience-diff anchors.
function pairIdentical(ref: readonly Fingerprint[], copy: readonly Fingerprint[], table: GroupTable): void {
  const waiting = new Map<string, number[]>();
  copy.forEach((p, c) => {
    if (p.key === '') return;
    const list = waiting.get(p.key);
    if (list) list.push(c);
    else waiting.set(p.key, [c]);
  });
  ref.forEach((p, r) => {
    const c = waiting.get(p.key)?.shift();
    if (c !== undefined) table.join(r, c);
  });
}

// Shingle -> positions, over the blocks `include` admits.
function indexShingles(prints: readonly Fingerprint[], include: (at: number) => boolean, maxPostings: number): Map<string, number[]> {
  const index = new Map<string, number[]>();
  prints.forEach((p, at) => {
    if (p.key === '' || !include(at)) return;
    for (const s of p.shingles) {
      const list = index.get(s);
      if (list) list.push(at);
      else index.set(s, [at]);
    }
  });
  for (const [s, list] of index) if (list.length > maxPostings) index.delete(s);
  return index;
}

function overlaps(shingles: ReadonlySet<string>, index: Map<string, number[]>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of shingles) for (const c of index.get(s) ?? []) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

// Edited blocks: the most similar unpaired blocks pair first, ties by position, so the result
// does not depend on iteration order.
function pairSimilar(ref: readonly Fingerprint[], copy: readonly Fingerprint[], table: GroupTable, settings: Required<AlignOptions>): void {
  const { refGroup, copyGroup } = table;
  if (!refGroup.some((g, r) => g < 0 && ref[r]!.key !== '')) return;
  const index = indexShingles(copy, (c) => copyGroup[c]! < 0, settings.maxPostings);
  const candidates: { r: number; c: number; score: number }[] = [];
  ref.forEach((print, r) => {
    if (refGroup[r]! >= 0 || print.key === '') return;
    for (const [c, overlap] of overlaps(print.shingles, index)) {
      const score = dice(overlap, print, copy[c]!);
      if (score >= settings.minSimilarity) candidates.push({ r, c, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.r - b.r || a.c - b.c);
  for (const { r, c } of candidates) if (refGroup[r]! < 0 && copyGroup[c]! < 0) table.join(r, c);
}

/** One side of the table as the pieces phases see it: its prints, its groups, the other side's. */
interface Side {
  prints: readonly Fingerprint[];
  own: readonly number[];
  others: readonly Fingerprint[];
  otherGroup: readonly number[];
  /** The other side's members of a group. */
  otherMembers: (group: number) => readonly number[];
  pair: (at: number, other: number) => void;
}

function sides(ref: readonly Fingerprint[], copy: readonly Fingerprint[], table: GroupTable): [Side, Side] {
  return [
    // Copy pieces of one reference block (a split) first, then reference pieces merged into one copy block.
    { prints: copy, own: table.copyGroup, others: ref, otherGroup: table.refGroup, otherMembers: (g) => table.members(g).reference, pair: (c, r) => table.join(r, c) },
    { prints: ref, own: table.refGroup, others: copy, otherGroup: table.copyGroup, otherMembers: (g) => table.members(g).copy, pair: (r, c) => table.join(r, c) },
  ];
}

// Splits and merges: a block still unpaired whose words sit mostly inside one block of the
// other side joins that block's group (or makes one with it). Candidates are the unpaired
// blocks of the other side and the groups of the block's neighbours, since a split piece
// stands next to the rest of its paragraph.
function attachPieces(ref: readonly Fingerprint[], copy: readonly Fingerprint[], table: GroupTable, settings: Required<AlignOptions>): void {
  for (const side of sides(ref, copy, table)) {
    if (!side.own.some((g, at) => g < 0 && side.prints[at]!.key !== '')) continue;
    const unpairedOthers = indexShingles(side.others, (at) => side.otherGroup[at]! < 0, settings.maxPostings);
    side.prints.forEach((print, at) => {
      if (side.own[at]! >= 0 || print.key === '') return;
      const candidates = new Set<number>(overlaps(print.shingles, unpairedOthers).keys());
      for (const near of [at - 1, at + 1]) {
        const g = side.own[near];
        if (g !== undefined && g >= 0) for (const other of side.otherMembers(g)) candidates.add(other);
      }
      let best = -1;
      let bestScore = settings.minContainment;
      for (const other of [...candidates].sort((a, b) => a - b)) {
        const score = containment(sharedShingles(print, side.others[other]!), print);
        if (score > bestScore || (score === bestScore && best < 0)) {
          best = other;
          bestScore = score;
        }
      }
      if (best >= 0) side.pair(at, best);
    });
  }
}

// The sentence-level fallback: a block that still matches nothing whole (its paragraph was
// re-cut, so it holds the end of one reference paragraph and the start of the next) is looked
// up sentence by sentence. When most of its words are found so, it joins the groups of the
// blocks that hold them; the groups merge into one. Candidates stay few, so long documents stay
// near-linear: unpaired blocks of the other side, the groups of its neighbours (a re-cut
// paragraph sits between the two it was cut from), and blocks holding one of its sentences verbatim.
function attachSentences(ref: readonly Fingerprint[], copy: readonly Fingerprint[], table: GroupTable, settings: Required<AlignOptions>): void {
  for (const side of sides(ref, copy, table)) {
    const waiting = side.prints.flatMap((p, at) => (side.own[at]! < 0 && p.words.length >= MIN_SENTENCE_WORDS ? [at] : []));
    if (waiting.length === 0) continue;
    const unpairedOthers = indexShingles(side.others, (at) => side.otherGroup[at]! < 0, settings.maxPostings);
    const sentenceHome = new Map<string, number>();
    // One-sentence blocks are found whole: through the unpaired index or a neighbour's group.
    side.others.forEach((p, at) => {
      if (p.sentenceStarts.length < 2) return;
      for (const [start, end] of sentenceRanges(p)) {
        const key = p.words.slice(start, end).join(' ');
        if (!sentenceHome.has(key)) sentenceHome.set(key, at);
      }
    });
    for (const at of waiting) {
      if (side.own[at]! >= 0) continue;
      const print = side.prints[at]!;
      const sentences = sentenceRanges(print).filter(([start, end]) => end - start >= MIN_SENTENCE_WORDS);
      const candidates = new Set<number>(overlaps(print.shingles, unpairedOthers).keys());
      for (const near of [at - 1, at + 1]) {
        const g = side.own[near];
        if (g !== undefined && g >= 0) for (const other of side.otherMembers(g)) candidates.add(other);
      }
      for (const [start, end] of sentences) {
        const home = sentenceHome.get(print.words.slice(start, end).join(' '));
        if (home !== undefined) candidates.add(home);
      }
      const ordered = [...candidates].sort((a, b) => a - b);
      const found = new Set<number>();
      let covered = 0;
      for (const [start, end] of sentences) {
        const shingles = shinglesOf(print.words.slice(start, end));
        let best = -1;
        let bestScore = settings.minContainment;
        for (const other of ordered) {
          const score = sharedCount(shingles, side.others[other]!.shingles) / shingles.size;
          if (score > bestScore || (score === bestScore && best < 0)) {
            best = other;
            bestScore = score;
          }
        }
        if (best < 0) continue;
        found.add(best);
        covered += end - start;
      }
      if (found.size > 0 && covered / print.words.length >= MIN_SENTENCE_COVERAGE) for (const other of found) side.pair(at, other);
    }
  }
}

function sentenceRanges(print: Fingerprint): [number, number][] {
  const starts = print.sentenceStarts;
  return starts.map((s, k) => [s, k + 1 < starts.length ? starts[k + 1]! : print.words.length]);
}
