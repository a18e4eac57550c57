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
/**
 * Aligns the reference's blocks with a copy's: identical blocks first (as anchors), then edited
 * ones by bigram similarity, then pieces of split or merged blocks by containment, and last,
 * for blocks that still match nothing whole, sentence by sentence (a re-cut paragraph joins the
 * groups of the blocks that hold its sentences). Groups the
 * copy took out of order are marked moved (the longest run in order stays put); reference
 * blocks after the last aligned one are the truncated tail.
 *
 * @param reference The reference blocks' texts, in reading order.
 * @param copy The copy blocks' texts, in reading order.
 * @example alignBlocks(['a b c', 'd e f'], ['d e f', 'a b c']).groups[1].moved // => true
 */
export declare function alignBlocks(reference: readonly string[], copy: readonly string[], options?: AlignOptions): Alignment;
/** Fills in the defaults of AlignOptions and checks each value, naming the one that is wrong. */
export declare function resolveAlignOptions(options?: AlignOptions): Required<AlignOptions>;
//# sourceMappingURL=align-blocks.d.ts.map