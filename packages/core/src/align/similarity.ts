import { tokenizeWords } from '../segment/tokenize-words.js';

/** A block as alignment sees it: its words' comparison keys, and shingles made when needed. */
export interface Fingerprint {
  /** Word keys joined by one space: equal for blocks that differ only in style. */
  key: string;
  /** The word keys, in order. */
  words: readonly string[];
  /** Distinct word bigrams (unigrams for one-word blocks), built on first use. */
  readonly shingles: ReadonlySet<string>;
}

/** Builds the fingerprint of one block's text. Shingles cost more than the key, so they wait. */
export function fingerprint(text: string): Fingerprint {
  const words = tokenizeWords(text)
    .filter((t) => t.isWord)
    .map((t) => t.key);
  let shingles: Set<string> | undefined;
  return {
    key: words.join(' '),
    words,
    get shingles() {
      if (!shingles) {
        shingles = new Set<string>();
        if (words.length === 1) shingles.add(words[0]!);
        for (let i = 1; i < words.length; i++) shingles.add(`${words[i - 1]} ${words[i]}`);
      }
      return shingles;
    },
  };
}

/** How many shingles two fingerprints share. */
export function sharedShingles(a: Fingerprint, b: Fingerprint): number {
  const [small, large] = a.shingles.size <= b.shingles.size ? [a.shingles, b.shingles] : [b.shingles, a.shingles];
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n;
}

/** Dice coefficient of two shingle sets, given their overlap: 1 for the same words, 0 for none shared. */
export function dice(overlap: number, a: Fingerprint, b: Fingerprint): number {
  const total = a.shingles.size + b.shingles.size;
  return total === 0 ? 0 : (2 * overlap) / total;
}

/** Share of `part`'s shingles found in the other block: near 1 when `part` is a piece of it. */
export function containment(overlap: number, part: Fingerprint): number {
  return part.shingles.size === 0 ? 0 : overlap / part.shingles.size;
}
