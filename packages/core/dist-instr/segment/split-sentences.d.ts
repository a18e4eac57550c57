/**
 * Sentences: the unit that survives republication. Outlets re-cut paragraphs freely (split,
 * merge, one sentence per paragraph, the whole body run together), but rarely a sentence.
 */
/**
 * Splits text into sentences, as character ranges `[start, end)` with the white space between
 * them left out. Ranges cover every character that is not white space, in order. A full stop
 * after an abbreviation or an initial ("Mr. Kim", "the U.S. envoy", "John F. Kennedy") ends no
 * sentence; the same text always splits the same way, which is what alignment needs.
 *
 * @example splitSentences('He left. She stayed.') // => [[0, 8], [9, 20]]
 */
export declare function splitSentences(text: string): [number, number][];
//# sourceMappingURL=split-sentences.d.ts.map