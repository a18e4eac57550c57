import type { Article } from '../types.js';
/**
 * Makes a test of whether a copy's block is the story's own text, edited or not: at least half
 * its word pairs (or its one word) occur in the reference. Such a block is never furniture,
 * however often an outlet repeats it (one copy filed under two stories, a story and its
 * update), since marking it would hide an edit. The bench:check corpus, whose copies repeat
 * one story's paragraphs around many references that differ by a number, motivated it.
 *
 * @returns A predicate over a block's furnitureKey.
 * @example recognizeStoryText(reference)('all 28 ambassadors of the alliance') // => true
 */
export declare function recognizeStoryText(reference: Article): (key: string) => boolean;
//# sourceMappingURL=recognize-story-text.d.ts.map