import type { Document, Element } from 'domhandler';
import type { SiteRule } from './site-rules.js';
/** Where the story is: the region to walk and the parts of it that are the body. */
export interface ContentRoot {
    /** The element to walk for blocks: the body's container, which may hold captions and bylines. */
    region: Element;
    /** The elements that hold the story body, children (or the whole) of `region`. */
    body: ReadonlySet<Element>;
    /** Boxes inside the page that are not the story (navigation, sharing, comments…). */
    noise: ReadonlySet<Element>;
    /** Figures of every element walked (text length, link text), for later looks at the page. */
    stats: ReadonlyMap<Element, Stats>;
}
/** Elements whose text is never story text. */
export declare const NOT_PROSE: Set<string>;
/** Per-element figures from one walk. */
export interface Stats {
    chars: number;
    linkChars: number;
    score: number;
}
/**
 * True when a box's class or id marks it as not the story and nothing marks it as the body: a
 * strong hint (comments, related stories, cookie and newsletter prompts) always, a weak one
 * (sharing, navigation, footer, ad, sidebar) only for a small box, or a link-heavy one without
 * a story's worth of unlinked text, since page builders reuse those words for layout
 * ("with-navigation", "entry themeform share" around the story).
 */
export declare function isNoiseBox(el: Element, hints: string, s: Stats): boolean;
/**
 * Finds the story body by scoring, as Readability does but in one walk: every paragraph of 25
 * characters or more votes for its parent (full), grandparent (half) and great-grandparent
 * (a sixth) with 1 + its commas + one point per 100 characters (at most 3); containers start
 * from their tag and class/id words; the score is scaled by the share of text outside links.
 * A container marked as the article body (itemprop=articleBody, a body class) wins when it holds
 * a fair share of the scored text. Siblings of the winner that score a fifth of it, or that are
 * plain paragraphs, join the body. Boxes marked as navigation, sharing, comments and the like
 * are left out of the vote.
 *
 * With a site rule, the first of its body selectors that matches a container of story length
 * decides instead (all its matches when they are siblings: a story in chunks).
 *
 * @returns null when the page has no paragraph text at all.
 */
export declare function findContentRoot(doc: Document, rule?: SiteRule): ContentRoot | null;
//# sourceMappingURL=find-content-root.d.ts.map