import type { AlignOptions } from './align-blocks.js';
import { alignFingerprints } from './align-fingerprints.js';
import { longestIncreasing } from './longest-increasing.js';
import type { SentenceSide, SentenceUnit } from './sentence-side.js';
import { findCut, type Cut } from './find-cut.js';

/** A range of a copy block, and whether its words are the reference's, word for word. */
export interface PassageRange extends SentenceUnit {
  /** True when the sentence pairs with reference sentences of the same words. */
  same: boolean;
}

/** Reference blocks and the words of the copy that correspond to them. */
export interface Passage {
  /** Reference block positions, ascending (several when one copy sentence joins two of them). */
  reference: number[];
  /** Copy block positions that hold its words, ascending. */
  copy: number[];
  /** The copy's words for these reference blocks: ranges of its blocks, in copy order. */
  ranges: PassageRange[];
  /** True when the ranges are the copy blocks whole, so the blocks' own text is the passage. */
  whole: boolean;
  /** True when the copy placed this passage out of the reference's order. */
  moved: boolean;
}

/** How a copy's words correspond to the reference's, paragraph by paragraph. */
export interface PassageAlignment {
  /** In reference order. */
  passages: Passage[];
  /** Reference blocks the copy has nothing of, the lost ending excluded. */
  removed: number[];
  /** Copy blocks that correspond to no reference block. */
  added: number[];
  /** Reference blocks after the copy's end, wholly lost. */
  truncated: number[];
  /** Where the copy stops inside a reference block; that block's text from there on is lost too. */
  cut: Cut | null;
}

/**
 * Aligns a copy with the reference sentence by sentence, then reads the result paragraph by
 * paragraph: each reference block (or blocks one copy sentence joins) gets the copy's sentences
 * paired with its own, and the copy's unpaired sentences that stand between them. A split, a
 * merge, a re-wrap or a whole body run together then changes no passage's words. Blocks whose
 * sentences pair with nothing are paired whole where they are still alike (every sentence of
 * a paragraph edited); the rest are removed, added or the lost ending.
 *
 * @param settings Resolved alignment options, all present.
 */
export function alignPassages(ref: SentenceSide, copy: SentenceSide, settings: Required<AlignOptions>): PassageAlignment {
  const units = alignUnits(ref, copy, settings);
  const refBlockCount = ref.texts.length;
  const parent = Array.from({ length: refBlockCount }, (_, b) => b);
  const find = (b: number): number => {
    while (parent[b] !== b) b = parent[b] = parent[parent[b]!]!;
    return b;
  };
  const refPaired = new Uint8Array(ref.units.length);
  const copyOwner = new Int32Array(copy.units.length).fill(-1);
  const copyPartner = new Int32Array(copy.units.length).fill(-1); // the last reference unit of its group
  const same = new Uint8Array(copy.units.length);
  for (const g of units.groups) {
    const first = ref.units[g.reference[0]!]!.block;
    const keys = (prints: SentenceSide['prints'], at: readonly number[]) => at.map((u) => prints[u]!.key).join(' ');
    const unchanged = g.reference.length === 1 && g.copy.length === 1
      ? ref.prints[g.reference[0]!]!.key === copy.prints[g.copy[0]!]!.key
      : keys(ref.prints, g.reference) === keys(copy.prints, g.copy);
    for (const r of g.reference) {
      refPaired[r] = 1;
      const root = find(ref.units[r]!.block);
      if (root !== find(first)) parent[root] = find(first);
    }
    for (const c of g.copy) {
      same[c] = unchanged ? 1 : 0;
      copyOwner[c] = first;
      copyPartner[c] = g.reference[g.reference.length - 1]!;
    }
  }
  for (let c = 0; c < copyOwner.length; c++) if (copyOwner[c]! >= 0) copyOwner[c] = find(copyOwner[c]!);
  const lacking = new Set<number>(); // clusters with a sentence the copy did not pair
  ref.units.forEach((u, r) => {
    if (!refPaired[r] && hasPairedUnit(ref, u.block, refPaired)) lacking.add(find(u.block));
  });
  const owners = assignUnpaired(copy, copyOwner, lacking);

  // Passages of the clusters, then those paired whole among the blocks left over.
  const byRoot = new Map<number, { reference: number[]; units: number[] }>();
  for (let b = 0; b < refBlockCount; b++) {
    if (!hasPairedUnit(ref, b, refPaired)) continue;
    const root = find(b);
    const entry = byRoot.get(root);
    if (entry) entry.reference.push(b);
    else byRoot.set(root, { reference: [b], units: [] });
  }
  owners.forEach((root, c) => {
    if (root >= 0) byRoot.get(root)!.units.push(c);
  });
  const drafts = [...byRoot.values()];
  const usedCopy = new Set<number>();
  for (const d of drafts) for (const c of d.units) usedCopy.add(copy.units[c]!.block);
  drafts.push(...pairLeftovers(ref, copy, settings, new Set(drafts.flatMap((d) => d.reference)), usedCopy));
  drafts.sort((a, b) => a.reference[0]! - b.reference[0]!);

  const lastRef = drafts.reduce((last, d) => Math.max(last, d.reference[d.reference.length - 1]!), -1);
  const cut = findCut(ref, copy, drafts, lastRef, copyPartner, refPaired);
  const inOrder = longestIncreasing(drafts.map((d) => d.units[0]!));
  const passages = drafts.map((d, k): Passage => {
    const ranges = d.units.map((c) => ({ ...copy.units[c]!, same: same[c] === 1 }));
    if (cut?.copyEnd !== undefined && d.units[d.units.length - 1] === cut.copyUnit) ranges[ranges.length - 1]!.end = cut.copyEnd;
    const blocks = [...new Set(ranges.map((r) => r.block))].sort((a, b) => a - b);
    const whole = cut?.copyEnd === undefined || !d.units.includes(cut.copyUnit)
      ? blocks.reduce((n, b) => n + copy.firstUnit[b + 1]! - copy.firstUnit[b]!, 0) === d.units.length
      : false;
    return { reference: d.reference, copy: blocks, ranges, whole, moved: !inOrder.has(k) };
  });
  const aligned = new Set(drafts.flatMap((d) => d.reference));
  const unaligned = [...Array(refBlockCount).keys()].filter((b) => !aligned.has(b) && ref.firstUnit[b + 1]! > ref.firstUnit[b]!);
  const inPassage = new Set(passages.flatMap((p) => p.copy));
  return {
    passages,
    removed: unaligned.filter((b) => b < lastRef),
    added: [...Array(copy.texts.length).keys()].filter((b) => !inPassage.has(b) && copy.firstUnit[b + 1]! > copy.firstUnit[b]!),
    truncated: unaligned.filter((b) => b > lastRef),
    cut: cut === null ? null : { block: cut.block, start: cut.start },
  };
}

// Sentence pairs, as groups of unit positions. A block whose text stands once on each side is
// paired with its twin sentence by sentence without a search (most blocks of most copies);
// only the other blocks' sentences are aligned.
function alignUnits(ref: SentenceSide, copy: SentenceSide, settings: Required<AlignOptions>): { groups: { reference: number[]; copy: number[] }[] } {
  const twins = uniqueTwins(ref.texts, copy.texts);
  if (twins.size === 0) return alignFingerprints(ref.prints, copy.prints, settings);
  const groups: { reference: number[]; copy: number[] }[] = [];
  const twinOfCopy = new Set(twins.values());
  for (const [r, c] of twins) {
    const from = ref.firstUnit[r]!;
    for (let k = 0; k < ref.firstUnit[r + 1]! - from; k++) groups.push({ reference: [from + k], copy: [copy.firstUnit[c]! + k] });
  }
  const restOf = (side: SentenceSide, skip: (block: number) => boolean) => {
    const at: number[] = [];
    side.units.forEach((u, k) => {
      if (!skip(u.block)) at.push(k);
    });
    return at;
  };
  const refRest = restOf(ref, (b) => twins.has(b));
  const copyRest = restOf(copy, (b) => twinOfCopy.has(b));
  if (refRest.length > 0 && copyRest.length > 0) {
    const rest = alignFingerprints(refRest.map((k) => ref.prints[k]!), copyRest.map((k) => copy.prints[k]!), settings);
    for (const g of rest.groups) groups.push({ reference: g.reference.map((k) => refRest[k]!), copy: g.copy.map((k) => copyRest[k]!) });
  }
  return { groups };
}

// Reference block -> copy block, for texts that stand exactly once on each side.
function uniqueTwins(ref: readonly string[], copy: readonly string[]): Map<number, number> {
  const count = (texts: readonly string[]) => {
    const seen = new Map<string, number>();
    texts.forEach((t, k) => seen.set(t, seen.has(t) ? -1 : k));
    return seen;
  };
  const inCopy = count(copy);
  const twins = new Map<number, number>();
  for (const [text, r] of count(ref)) {
    const c = inCopy.get(text);
    if (r >= 0 && c !== undefined && c >= 0) twins.set(r, c);
  }
  return twins;
}

function hasPairedUnit(side: SentenceSide, block: number, paired: Uint8Array): boolean {
  for (let u = side.firstUnit[block]!; u < side.firstUnit[block + 1]!; u++) if (paired[u]) return true;
  return false;
}

// A copy sentence that pairs with nothing belongs with the paired sentences around it in its
// block: an added clause or a rewritten sentence inside a paragraph. Between two paragraphs'
// sentences (a body run together), it goes to the one that lacks a sentence, else the first.
function assignUnpaired(copy: SentenceSide, paired: Int32Array, lacking: ReadonlySet<number>): Int32Array {
  const owners = Int32Array.from(paired);
  for (let b = 0; b < copy.texts.length; b++) {
    const from = copy.firstUnit[b]!;
    const to = copy.firstUnit[b + 1]!;
    let before = -1;
    for (let c = from; c < to; c++) {
      if (paired[c]! >= 0) {
        before = paired[c]!;
        continue;
      }
      let after = -1;
      for (let k = c + 1; k < to && after < 0; k++) after = paired[k]!;
      owners[c] = before < 0 ? after : after < 0 || after === before || !lacking.has(after) || lacking.has(before) ? before : after;
    }
  }
  return owners;
}

// Blocks whose sentences paired with nothing may still be one paragraph rewritten in every
// sentence: paired whole as the block aligner pairs paragraphs (similar, split, merged).
function pairLeftovers(
  ref: SentenceSide, copy: SentenceSide, settings: Required<AlignOptions>, usedRef: ReadonlySet<number>, usedCopy: ReadonlySet<number>,
): { reference: number[]; units: number[] }[] {
  const nonEmpty = (side: SentenceSide, b: number) => side.firstUnit[b + 1]! > side.firstUnit[b]!;
  const refLeft = [...Array(ref.texts.length).keys()].filter((b) => !usedRef.has(b) && nonEmpty(ref, b));
  const copyLeft = [...Array(copy.texts.length).keys()].filter((b) => !usedCopy.has(b) && nonEmpty(copy, b));
  if (refLeft.length === 0 || copyLeft.length === 0) return [];
  const blocks = alignFingerprints(refLeft.map((b) => ref.blockPrint(b)), copyLeft.map((b) => copy.blockPrint(b)), settings);
  return blocks.groups.map((g) => {
    const copyBlocks = g.copy.map((k) => copyLeft[k]!);
    const units: number[] = [];
    for (const b of copyBlocks) for (let u = copy.firstUnit[b]!; u < copy.firstUnit[b + 1]!; u++) units.push(u);
    return { reference: g.reference.map((k) => refLeft[k]!), units };
  });
}
