import type { Article, Report } from '../types.js';
/** The articles behind a report, for the side-by-side view (the report holds only findings). */
export interface HtmlSources {
    reference: Article;
    /** In the order of `report.copies`. */
    copies: readonly Article[];
}
/** One story of a page: its report, the articles behind it when known, a heading when there are several. */
export interface HtmlStory {
    heading?: string;
    /** A line under the heading, e.g. why a story could not be read. */
    note?: string;
    report: Report;
    sources?: HtmlSources;
}
/**
 * The report as one self-contained HTML page: no network requests, no external scripts or
 * fonts. The gravest findings of all copies first; then per copy a summary by severity and
 * kind, its findings (each with an anchor), and the reference and the copy side by side with
 * word-level changes marked by text decoration and brackets, never by colour alone. A filter by
 * severity and kind narrows the lists; the page prints whole and reads on a phone.
 *
 * @param sources The extracted articles, for the side-by-side text; without them the page has
 *   the findings only.
 */
export declare function formatHtml(report: Report, sources?: HtmlSources): string;
/**
 * Several stories on one page (the result of `wirediff check`, the versions of `history`): the
 * gravest findings of all first, then a section per story, headed by its `heading`.
 */
export declare function formatHtmlStories(stories: readonly HtmlStory[], title: string): string;
//# sourceMappingURL=format-html.d.ts.map