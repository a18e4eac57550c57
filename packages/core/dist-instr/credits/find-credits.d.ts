import type { Article, CreditHit } from '../types.js';
import type { BlockMemo } from '../segment/block-memo.js';
/** Ids of the agencies a text names, sorted. */
export declare function findAgencies(text: string): string[];
/**
 * Ids of the agencies an article names anywhere: in any block but furniture, the title, the
 * byline, the publisher, the site name, isBasedOn or the description. Sorted. A memo shared by
 * the pages of a story looks a repeated block up once.
 */
export declare function namedAgencies(article: Article, memo?: BlockMemo): string[];
/**
 * Finds every credit in an article: bylines, agency credit lines, photo credits, the dateline's
 * agency tag, copyright lines, source labels, and the byline and isBasedOn metadata. The
 * publisher is the outlet on every copy, so it is no credit (flagCredits reads it for the agency).
 * The same credit seen twice (a byline in markup and in JSON-LD) is kept once, markup first.
 * A memo shared by the pages of one story scans a text they repeat once.
 */
export declare function findCredits(article: Article, memo?: BlockMemo): CreditHit[];
//# sourceMappingURL=find-credits.d.ts.map