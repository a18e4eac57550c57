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
/** The distinct word bigrams of a run of words (its one word when it has only one). */
export declare function shinglesOf(words: readonly string[]): Set<string>;
/**
 * Builds the fingerprint of one block's text. A sentence starts after ".", "!" or "?" (and any
 * closing quote) when the next word opens with a capital, a digit or a quotation mark; an
 * abbreviation ("the U.S. envoy") is then no boundary. Shingles cost more than the key, so they wait.
 */
export declare function fingerprint(text: string): Fingerprint;
/** How many shingles two sets share. */
export declare function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number;
/** How many shingles two fingerprints share. */
export declare function sharedShingles(a: Fingerprint, b: Fingerprint): number;
/** Dice coefficient of two shingle sets, given their overlap: 1 for the same words, 0 for none shared. */
export declare function dice(overlap: number, a: Fingerprint, b: Fingerprint): number;
/** Share of `part`'s shingles found in the other block: near 1 when `part` is a piece of it. */
export declare function containment(overlap: number, part: Fingerprint): number;
//# sourceMappingURL=similarity.d.ts.map