import type { EditCategory } from '../types.js';
import type { Token } from '../segment/tokenize-words.js';
/** A token with what classification needs to know about where it stands. */
export interface ContextToken extends Token {
    /** Inside a pair of double quotation marks (the marks themselves excluded). */
    inQuote: boolean;
    /** A sentence starts with it, so a capital there does not make a name. */
    sentenceStart: boolean;
    /** Part of a web address ("http://bit.ly/2BUze4K"). */
    inUrl: boolean;
    /** Part of a stock code in brackets ("(TSLA.O)", "(NASDAQ: TSLA)"). */
    inTicker: boolean;
    /** The first token of its paragraph (texts of several blocks are joined by line breaks). */
    lineStart: boolean;
}
/** One hunk of a word diff: ref[r0, r1) became copy[c0, c1), with the texts around it. */
export interface EditHunk {
    ref: readonly ContextToken[];
    copy: readonly ContextToken[];
    r0: number;
    r1: number;
    c0: number;
    c1: number;
}
/**
 * Says which categories apply to one word-level edit, in a fixed order: `number` (digits,
 * spelled numbers, money, percentages, units), `quote` (words inside quotation marks, or the
 * marks themselves), `negation`, `attribution` (who said it), `hedge` (allegedly, said to,
 * appears), `name` (a capitalized word mid-sentence, or a code), `date` (dates, weekdays,
 * times), `style` (the same thing written differently, by STYLE_RULES: then nothing else). An
 * edit that is none of these is `wording`.
 *
 * @example classifyEdit(hunkOf('All 29 ambassadors', 'All 28 ambassadors')) // => ['number']
 */
export declare function classifyEdit(hunk: EditHunk): EditCategory[];
//# sourceMappingURL=classify-edit.d.ts.map