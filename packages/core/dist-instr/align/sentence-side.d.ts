import { type Fingerprint } from './similarity.js';
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
export declare function prepareSentences(texts: readonly string[], known?: SentenceSide): SentenceSide;
/** The text of one unit. */
export declare function unitText(side: SentenceSide, unit: number): string;
//# sourceMappingURL=sentence-side.d.ts.map