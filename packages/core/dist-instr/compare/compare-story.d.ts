import type { Finding, FindingCounts, Report } from '../types.js';
import { type CompareOptions } from './compare-copy.js';
import type { Article } from '../types.js';
/** An article and where it came from (a path or URL, as the user named it). */
export interface SourcedArticle {
    source: string;
    article: Article;
}
/** Counts findings by severity and kind. */
export declare function countFindings(findings: readonly Finding[]): FindingCounts;
/**
 * Compares every copy with the reference and builds the report: per copy its findings and
 * counts, and a summary over all copies. Copies keep the order given.
 *
 * @example
 * const report = compareStory({ source: 'reuters.html', article: ref }, [{ source: 'fox.html', article: copy }]);
 * report.copies[0].findings.filter((f) => f.severity === 'high');
 */
export declare function compareStory(reference: SourcedArticle, copies: readonly SourcedArticle[], options?: CompareOptions): Report;
/**
 * Compares pages of one story when no reference is named: chooses it (see chooseReference),
 * compares the others with it, and says in the report which page was chosen and why.
 *
 * @example compareStoryChoosingReference([fox, reuters, ap]).referenceChoice?.reason
 */
export declare function compareStoryChoosingReference(pages: readonly SourcedArticle[], options?: CompareOptions): Report;
//# sourceMappingURL=compare-story.d.ts.map