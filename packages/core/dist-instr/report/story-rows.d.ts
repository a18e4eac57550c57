import type { Article, Finding } from '../types.js';
/** One line of the side-by-side view: reference blocks beside the copy blocks they became. */
export interface StoryRow {
    /** Reference block positions (empty for copy-only blocks). */
    reference: number[];
    /** Copy block positions (empty for reference-only blocks). */
    copy: number[];
}
/**
 * Lays a reference and a copy side by side for display: pairs from the findings (changed and
 * moved blocks), identical blocks paired in order, the rest on one side only. Each copy-only
 * block is placed after the row of the copy block before it. Linear in the number of blocks.
 */
export declare function layoutRows(reference: Article, copy: Article, findings: readonly Finding[]): StoryRow[];
//# sourceMappingURL=story-rows.d.ts.map