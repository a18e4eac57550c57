import type { Block } from '../types.js';
/**
 * Splits off the furniture a scraper ran into the story's paragraphs: an ad label glued to a
 * paragraph's start ("Hide AdIn a statement, his children said …"), a labelled date before the
 * first one ("date 2022-03-28 CAIRO (Reuters) - …"), a sentence that is furniture ("… the
 * soldiers. We apologize, but this video has failed to load."). The furniture becomes blocks of
 * its own; the rest of the paragraph keeps its words, so it compares equal to the reference's.
 * Only rules marked `glued` and the GLUED_LABELS are looked for inside a paragraph.
 *
 * @returns New blocks, renumbered; the input is not changed.
 * @example splitGluedFurniture([hideAdBlock]).map((b) => b.role) // => ['furniture', 'body']
 */
export declare function splitGluedFurniture(blocks: readonly Block[]): Block[];
//# sourceMappingURL=split-glued-furniture.d.ts.map