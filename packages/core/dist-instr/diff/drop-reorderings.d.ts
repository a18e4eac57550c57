import type { ContextToken } from './classify-edit.js';
/** A stretch of tokens that differs: ref[r0, r1) became copy[c0, c1). */
export interface Span {
    r0: number;
    r1: number;
    c0: number;
    c1: number;
    /** The same words written or placed differently: a style edit whatever the words are. */
    restyled: boolean;
}
type Tokens = readonly ContextToken[];
/**
 * Spans that only move words drop out, or become style: words cut in one place and put back,
 * word for word, in another (a sentence or a clause of three words or more moved); and an
 * attribution moved from before a quotation to after it, inverted ("said Kim" / "Kim said"), or
 * with its pronoun replaced by the speaker's name. Neither changes who said what.
 *
 * @param spans The changed spans of a word diff, in reading order.
 * @param ref The reference's tokens.
 * @param copy The copy's tokens.
 * @returns The spans that still change words; moved attributions marked restyled.
 */
export declare function dropReorderings(spans: readonly Span[], ref: Tokens, copy: Tokens): Span[];
export {};
//# sourceMappingURL=drop-reorderings.d.ts.map