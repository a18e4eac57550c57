/** Where a page's title may come from, most trusted first. */
export interface TitleSources {
    /** A title the page declares for the story: JSON-LD headline, Dublin Core, OpenGraph, Twitter. */
    declared: string | null;
    /** The <title> element, which sites end with their own name ("Story - Site"). */
    element: string | null;
    /** The texts of the page's first <h1> elements (at most two are collected). */
    headings: readonly string[];
    /** The site's declared name (og:site_name), stripped from either title. */
    siteName: string | null;
}
/**
 * The story's title: the declared title without the site's name; else the <title> element
 * without what follows its last separator; the page's one <h1> when there is no <title>, or
 * when the <title> is too short or too long to be a headline and the <h1> reads as one.
 *
 * @example chooseTitle({ declared: null, element: 'New Zealand - Wikipedia', headings: [], siteName: null }) // => 'New Zealand'
 */
export declare function chooseTitle(sources: TitleSources): string | null;
//# sourceMappingURL=choose-title.d.ts.map