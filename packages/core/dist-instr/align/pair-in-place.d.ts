import type { SentenceSide } from './sentence-side.js';
/**
 * Reference block -> copy block, for a paragraph the copy edited where it stood: the only one
 * left, on each side, between two paragraphs kept letter for letter and in order (the way most
 * edits come), with as many sentences, each still alike its counterpart. Such a pair needs no
 * sentence search. Anything else (a merge, a split, a sentence replaced) is left to the search,
 * as are paragraphs before the first kept one or after the last, where a copy or excerpt stops.
 *
 * @param twins Reference block -> copy block of the paragraphs kept letter for letter.
 */
export declare function pairInPlace(ref: SentenceSide, copy: SentenceSide, twins: ReadonlyMap<number, number>): Map<number, number>;
//# sourceMappingURL=pair-in-place.d.ts.map