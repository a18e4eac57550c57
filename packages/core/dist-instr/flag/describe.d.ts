/** Shortens a quoted text for a one-line message: at most `max` characters, cut at a word. */
export declare function excerpt(text: string, max?: number): string;
/**
 * An excerpt in quotation marks for a message: double ones, or single curly ones when the words
 * hold a double quotation mark themselves (an edit to a quote's punctuation: ‘," said’).
 */
export declare function quote(text: string, max?: number): string;
/**
 * "block 3", "blocks 3–4", or for blocks apart "blocks 3 and 7" / "blocks 2–3, 5 and 9": counted
 * from 1 for people, runs of neighbours as ranges, so a label never claims a block in between.
 */
export declare function blockLabel(blocks: readonly number[]): string;
//# sourceMappingURL=describe.d.ts.map