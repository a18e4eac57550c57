import type { Block } from '../types.js';
import type { BlockMemo } from '../segment/block-memo.js';
/** Options of takeFullerBody. */
export interface FullerBodyOptions {
    /**
     * The standfirst found above the body (see findStandfirst): the data need not hold it.
     * @default null
     */
    standfirst?: string | null;
    /**
     * Shared by the pages of one story, so a paragraph they repeat is classified once.
     * @default none
     */
    memo?: BlockMemo;
}
/**
 * Replaces a teaser body with the full text a page carries as data (JSON-LD `articleBody`, a
 * microdata `articleBody`): when every paragraph the page shows as body is in the data's text
 * (the first words and a "…" are enough) and the data is fuller, the data's paragraphs become
 * the body, and the page's captions, credits, notes and furniture stay where they were, so
 * what a caption or a credit box says is still read from the markup.
 *
 * @param blocks The page's blocks with their roles, in reading order, before the dateline split.
 * @param articleBody The text the page's data holds.
 * @returns New blocks (indexes renumbered) with the data's body, or null when the page's own
 *   body is as full as the data or is not the data's text.
 * @example takeFullerBody(teaserBlocks, ld.articleBody)?.filter((b) => b.role === 'body').length // => 12
 */
export declare function takeFullerBody(blocks: readonly Block[], articleBody: string, options?: FullerBodyOptions): Block[] | null;
//# sourceMappingURL=take-fuller-body.d.ts.map