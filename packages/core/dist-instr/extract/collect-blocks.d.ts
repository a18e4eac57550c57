import type { Element } from 'domhandler';
import type { BlockForm } from '../types.js';
import type { SiteRule } from './site-rules.js';
/** A block as found in markup, before roles are assigned. */
export interface RawBlock {
    text: string;
    form: BlockForm;
    /** Markup says it is a byline or credit (class "byline", rel=author). */
    creditHint: boolean;
    /** Inside the body container (not only in the surrounding article region). */
    inBody: boolean;
    /** Share of the text inside links: high for navigation and related-story lists. */
    linkShare: number;
}
/**
 * Walks the article region in reading order and cuts it into raw blocks: every block-level
 * element starts and ends a block, inline markup joins its text, two <br> in a row end a
 * paragraph. Boxes that are not the story are skipped, except that a skipped box whose whole
 * text is furniture ("Continue Reading Below" in an ad slot) is kept as such.
 *
 * @param region The element to walk: the body container or the <article> around it.
 * @param body The body containers; text outside them is marked so the caller can be strict.
 * @param noise Boxes found to be navigation, sharing, comments and the like.
 * @param rule The site rule of the page, whose byline and caption selectors mark those blocks.
 */
export declare function collectBlocks(region: Element, body: ReadonlySet<Element>, noise: ReadonlySet<Element>, rule?: SiteRule): RawBlock[];
//# sourceMappingURL=collect-blocks.d.ts.map