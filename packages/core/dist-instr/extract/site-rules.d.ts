/**
 * Where the story sits on the sites that matter most to wire copy: the agencies and the big
 * republishers. Used only when a page matches (by the host of its URL, or of its canonical
 * URL for a saved page); the generic path finds the body without them, the rules
 * make it exact where a site's layout misleads the scorer (a summary box scoring like a story,
 * related-story teasers between paragraphs).
 *
 * Selectors are simple: `tag`, `.class`, `#id`, `[attr=value]`, `[attr*=value]`, or `tag.class`,
 * one compound per entry, no descendant combinators; a list tries each in turn.
 */
export interface SiteRule {
    id: string;
    /** Host names (the page's host or its canonical URL's), matched as a suffix: "reuters.com". */
    hosts: readonly string[];
    /** The container of the story body, most specific first. */
    body: readonly string[];
    /** Elements holding the byline. */
    byline?: readonly string[];
    /** Elements holding photo captions. */
    caption?: readonly string[];
    /** A real page of that site (as a URL) the rule was written from. */
    example: string;
}
export declare const SITE_RULES: readonly SiteRule[];
//# sourceMappingURL=site-rules.d.ts.map