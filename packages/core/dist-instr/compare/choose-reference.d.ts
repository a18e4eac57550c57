import type { ReferenceChoice } from '../types.js';
import type { SourcedArticle } from './compare-story.js';
/**
 * Chooses the reference among pages of one story when none is named: the page carrying most of
 * the agency's marks — its dateline tag ("BRUSSELS (Reuters) -"), its credit line ("(Reporting
 * by …)"), the byline and the agency's photo credits, which republishers strip — the weightier
 * marks deciding between pages with as many (dateline, then credit line, byline, photo credit);
 * else the most complete (most body words), ties going to the earliest published, then to the
 * order given. Says why in words, naming what the next best page lacks.
 *
 * @returns The position of the chosen page in `pages` and the reason.
 * @example chooseReference([fox, reuters]) // => { index: 1, source: 'reuters.html', reason: 'it alone carries the agency dateline and the agency credit line' }
 */
export declare function chooseReference(pages: readonly SourcedArticle[]): ReferenceChoice & {
    index: number;
};
//# sourceMappingURL=choose-reference.d.ts.map