import type { Article, Finding } from '../types.js';
/**
 * One `info` finding for each piece of furniture one page has and the other does not: the
 * copy's outlet inserted it ("Continue Reading Below" between paragraphs), so it is seen as
 * furniture and never reported as added content; or the reference carries it (a reference that
 * is itself a web page: "Register now for FREE unlimited access to Reuters.com"), so the reader
 * of the report sees it was recognised and left out of the comparison, not lost from the copy.
 * Furniture both pages carry is the same page chrome and says nothing.
 */
export declare function flagFurniture(reference: Article, copy: Article): Finding[];
//# sourceMappingURL=flag-furniture.d.ts.map