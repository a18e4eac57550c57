import { forEachToken } from '../segment/tokenize-words.js';

/** A block as alignment sees it: its words' comparison keys, and shingles made when needed. */
export interface Fingerprint {
  /** Word keys joined by one space: equal for blocks that differ only in style. */
  key: string;
  /** The word keys, in order. */
  words: readonly string[];
  /** Where each sentence starts in `words` (the first is 0); used when a block cannot align whole. */
  sentenceStarts: readonly number[];
  /** Distinct word bigrams (unigrams for one-word blocks), built on first use. */
  readonly shingles: ReadonlySet<string>;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", ')']);
const OPENS_SENTENCE = /^[\p{Lu}\p{N}]/u;

/** The distinct word bigrams of a run of words (its one word when it has only one). */
export function shinglesOf(words: readonly string[]): Set<string> {
  const shingles = new Set<string>();
  if (words.length === 1) shingles.add(words[0]!);
  for (let i = 1; i < words.length; i++) shingles.add(`${words[i - 1]} ${words[i]}`);
  return shingles;
}

/**
 * Builds the fingerprint of one block's text. A sentence starts after ".", "!" or "?" (and any
 * closing quote) when the next word opens with a capital, a digit or a quotation mark; an
 * abbreviation ("the U.S. envoy") is then no boundary. Shingles cost more than the key, so they wait.
 */
export function fingerprint(text: string): Fingerprint {
  const words: string[] = [];
  const sentenceStarts: number[] = [0];
  let ended = false;
  let quoteOpens = false;
  forEachToken(text, (word, key, isWord) => {
    if (!isWord) {
      if (SENTENCE_END.has(key)) ended = true;
      else if (ended && key === '"') quoteOpens = true;
      else if (!CLOSERS.has(key)) ended = false;
      return;
    }
    if (ended && words.length > 0 && (quoteOpens || OPENS_SENTENCE.test(word))) sentenceStarts.push(words.length);
    ended = false;
    quoteOpens = false;
    words.push(key);
  });
  let shingles: Set<string> | undefined;
  return {
    key: words.join(' '),
    words,
    sentenceStarts,
    get shingles() {
      shingles ??= shinglesOf(words);
      return shingles;
    },
  };
}

/** How many shingles two sets share. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n;
}

/** How many shingles two fingerprints share. */
export function sharedShingles(a: Fingerprint, b: Fingerprint): number {
  return sharedCount(a.shingles, b.shingles);
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
