import type { SentenceSide } from './sentence-side.js';
/** Where a copy stops inside a reference block: the block's text from `start` on is lost. */
export interface Cut {
    block: number;
    start: number;
}
/** A cut with the copy's side of it: its last sentence, shortened when it stops mid-word. */
export interface FoundCut extends Cut {
    copyUnit: number;
    /** Where the copy's last sentence really ends, without the stump of a cut word. */
    copyEnd?: number;
}
/**
 * Finds where the copy stops inside the last reference block it has: its last words pair with
 * a sentence of that block and the block's later sentences, or the rest of that sentence, are
 * missing. A copy cut off mid-sentence ("… surged far inland, swallowing e") stops there,
 * not with an edit. Null when the copy's words end where a reference block ends.
 *
 * @param drafts Passages so far: reference blocks and copy units, in copy order.
 * @param lastRef The last reference block any passage holds.
 * @param partner For each copy unit, the last reference unit it pairs with, or -1.
 * @param paired For each reference unit, 1 when some copy unit pairs with it.
 */
export declare function findCut(ref: SentenceSide, copy: SentenceSide, drafts: readonly {
    reference: readonly number[];
    units: readonly number[];
}[], lastRef: number, partner: Int32Array, paired: Uint8Array): FoundCut | null;
/** Where a reference that is itself an excerpt stops, and where the copy's words for it stop. */
export interface ExcerptEnd {
    /** The reference block it stops in, and where its words end (a stump of a word left out). */
    block: number;
    end: number;
    /** The copy unit paired with its last sentence, and where the copy's words for it end. */
    copyUnit: number;
    copyEnd: number;
}
/**
 * Finds where a reference cut off mid-sentence stops ("… taking people by surprise"), when its
 * last sentence pairs with a copy sentence that goes on: the copy's words after that point are
 * beyond the reference's end, neither added nor changed. Null for a reference that ends a
 * sentence, as an agency's original does.
 *
 * @param partner For each copy unit, the last reference unit it pairs with, or -1.
 */
export declare function findExcerptEnd(ref: SentenceSide, copy: SentenceSide, partner: Int32Array): ExcerptEnd | null;
//# sourceMappingURL=find-cut.d.ts.map