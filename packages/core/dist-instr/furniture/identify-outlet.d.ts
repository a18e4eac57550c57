import type { Article } from '../types.js';
/** Where a copy came from, when known, and the reference it is a copy of. */
export interface OutletClues {
    /** The path or URL the copy was read from; only an http(s) URL says anything. */
    source?: string;
    /** The story's reference: a canonical link pointing at its host is not the outlet's own. */
    reference?: Article;
}
/**
 * Names the outlet that published a copy, so text it repeats around different stories can be
 * learned as its furniture: the host of the URL it was read from, else the host of its
 * canonical link, else its site name (lower-cased), else null (the copy is left out of
 * learning). A canonical link to the reference's own host names the agency, not the outlet:
 * syndication partners often point their canonical link at the original, so it is skipped.
 *
 * @example identifyOutlet(copy, { source: 'https://www.example.com/a' }) // => 'example.com'
 */
export declare function identifyOutlet(copy: Article, clues?: OutletClues): string | null;
//# sourceMappingURL=identify-outlet.d.ts.map