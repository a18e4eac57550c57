import type { WordEdit } from '../types.js';
/**
 * Word-level diff of two aligned texts with jsdiff, on comparison keys (so curly and straight
 * quotes, U.S. and American, travelled and traveled, haven't and have not compare equal; see
 * STYLE_RULES), each edit classified. Tokens that compare equal but are written differently
 * come back as one `style` edit per run. Sentences the copy put in another order are compared
 * in the reference's order, and words moved within them (a clause, an attribution put after
 * its quotation) are not edits, or only style.
 *
 * @param referenceText The reference block(s), as written.
 * @param givenCopyText The copy block(s), as written.
 * @returns The edits in reading order; empty when the texts are the same word for word.
 * @example diffBlocks('All 29 ambassadors', 'All 28 ambassadors')
 *   // => [{ removed: '29', added: '28', categories: ['number'] }]
 */
export declare function diffBlocks(referenceText: string, givenCopyText: string): WordEdit[];
//# sourceMappingURL=diff-blocks.d.ts.map