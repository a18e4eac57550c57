import type { AlignOptions } from './align-blocks.js';
import type { SentenceSide, SentenceUnit } from './sentence-side.js';
import { type Cut } from './find-cut.js';
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
    /** The copy's words for these reference blocks: ranges of its blocks (its sentences, or a
     * block whole), in copy order. */
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
    /** Runs of copy sentences the copy put between two reference paragraphs, inside a block that
     * holds sentences of both (a body run together): added as a paragraph is. */
    inserted: SentenceUnit[][];
    /** Reference blocks after the copy's end, wholly lost. */
    truncated: number[];
    /** Where the copy stops inside a reference block; that block's text from there on is lost too. */
    cut: Cut | null;
    /** Where a reference cut off mid-sentence (an excerpt) stops: its block and the end of its
     * words. The copy's words for that sentence stop at the same place. */
    excerptEnd: {
        block: number;
        end: number;
    } | null;
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
export declare function alignPassages(ref: SentenceSide, copy: SentenceSide, settings: Required<AlignOptions>): PassageAlignment;
//# sourceMappingURL=align-passages.d.ts.map