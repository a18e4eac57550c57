import { splitSentences } from '../segment/split-sentences.js';
import { fingerprint, type Fingerprint } from './similarity.js';

/** A sentence of one block: the range `[start, end)` of the block's text. */
export interface SentenceUnit {
  /** Position of the block in the side's list. */
  block: number;
  start: number;
  end: number;
}

/** One side of a comparison cut into sentences: what passage alignment reads. */
export interface SentenceSide {
  /** The blocks' texts, in reading order. */
  readonly texts: readonly string[];
  /** Every block's sentences, in reading order. */
  readonly units: readonly SentenceUnit[];
  /** The fingerprint of each unit. */
  readonly prints: readonly Fingerprint[];
  /** For each block, the position of its first unit in `units` (and one past the last at the end). */
  readonly firstUnit: readonly number[];
  /** The fingerprint of a whole block, made on first use. */
  blockPrint(block: number): Fingerprint;
}

/**
 * Cuts blocks into sentences and fingerprints each. A copy's block that repeats a block of
 * `known` (the reference) letter for letter, as most do, takes that block's sentences and
 * fingerprints rather than making its own.
 *
 * @param texts The blocks' texts (notes and inline credits already taken out).
 * @param known The reference side, when preparing a copy.
 */
export function prepareSentences(texts: readonly string[], known?: SentenceSide): SentenceSide {
  const units: SentenceUnit[] = [];
  const prints: Fingerprint[] = [];
  const firstUnit: number[] = [];
  const knownAt = known ? blockIndex(known) : undefined;
  texts.forEach((text, block) => {
    firstUnit.push(units.length);
    const same = knownAt?.get(text);
    if (same !== undefined && known) {
      for (let u = known.firstUnit[same]!; u < known.firstUnit[same + 1]!; u++) {
        const { start, end } = known.units[u]!;
        units.push({ block, start, end });
        prints.push(known.prints[u]!);
      }
      return;
    }
    for (const [start, end] of splitSentences(text)) {
      units.push({ block, start, end });
      prints.push(fingerprint(text.slice(start, end)));
    }
  });
  firstUnit.push(units.length);
  const blockPrints = new Map<number, Fingerprint>();
  return {
    texts,
    units,
    prints,
    firstUnit,
    blockPrint(block) {
      let print = blockPrints.get(block);
      if (!print) blockPrints.set(block, (print = fingerprint(texts[block]!)));
      return print;
    },
  };
}

// The reference's blocks by text, made once per reference and kept with it.
const BLOCK_INDEXES = new WeakMap<SentenceSide, ReadonlyMap<string, number>>();

function blockIndex(side: SentenceSide): ReadonlyMap<string, number> {
  let index = BLOCK_INDEXES.get(side);
  if (!index) {
    const made = new Map<string, number>();
    side.texts.forEach((text, block) => {
      if (!made.has(text)) made.set(text, block);
    });
    BLOCK_INDEXES.set(side, (index = made));
  }
  return index;
}

/** The text of one unit. */
export function unitText(side: SentenceSide, unit: number): string {
  const { block, start, end } = side.units[unit]!;
  return side.texts[block]!.slice(start, end);
}
