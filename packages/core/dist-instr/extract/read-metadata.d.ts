import type { Document } from 'domhandler';
import type { ArticleMeta } from '../types.js';
/**
 * Reads title, byline, times, site name, canonical URL, publisher and original-source
 * statements from JSON-LD, OpenGraph, meta tags and byline markup, in that order of trust,
 * with the story text the page carries as data (JSON-LD or microdata articleBody) when there is one.
 */
export declare function readMetadata(doc: Document): ArticleMeta & {
    articleBody: string | null;
    pageByline: string | null;
};
//# sourceMappingURL=read-metadata.d.ts.map