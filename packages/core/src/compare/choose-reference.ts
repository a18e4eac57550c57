import { findCredits } from '../credits/find-credits.js';
import type { ReferenceChoice } from '../types.js';
import type { SourcedArticle } from './compare-story.js';

/** How one candidate scores as the agency's original. */
interface Candidate {
  at: number;
  agencyDateline: boolean;
  agencyCreditLine: boolean;
  words: number;
  published: string | null;
}

const wordCount = (a: SourcedArticle): number =>
  a.article.blocks.filter((b) => b.role === 'body').reduce((n, b) => n + b.text.split(/\s+/).length, 0);

/**
 * Chooses the reference among pages of one story when none is named: the page carrying the
 * agency's dateline ("BRUSSELS (Reuters) -") and its credit line ("(Reporting by …)") — the
 * agency's own copy, which republishers trim — else the most complete (most body words), ties
 * going to the earliest published, then to the order given. Says why in words.
 *
 * @returns The position of the chosen page in `pages` and the reason.
 * @example chooseReference([fox, reuters]) // => { index: 1, source: 'reuters.html', reason: 'carries the agency dateline and credit line' }
 */
export function chooseReference(pages: readonly SourcedArticle[]): ReferenceChoice & { index: number } {
  if (pages.length === 0) throw new RangeError('chooseReference: no pages to choose from');
  const candidates: Candidate[] = pages.map((page, at) => {
    const credits = findCredits(page.article);
    const agencyOf = (type: string) => credits.some((c) => c.type === type && c.agencies.length > 0 && c.block !== null);
    return {
      at,
      agencyDateline: agencyOf('dateline'),
      agencyCreditLine: credits.some((c) => c.type === 'credit-line' && c.block !== null),
      words: wordCount(page),
      published: page.article.publishedTime,
    };
  });
  const score = (c: Candidate) => (c.agencyDateline ? 2 : 0) + (c.agencyCreditLine ? 1 : 0);
  const sorted = [...candidates].sort((a, b) =>
    score(b) - score(a) || b.words - a.words ||
    (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.at - b.at);
  const best = sorted[0]!;
  const marks = [best.agencyDateline ? 'the agency dateline' : '', best.agencyCreditLine ? 'the agency credit line' : ''].filter(Boolean);
  const others = sorted.slice(1);
  let reason: string;
  if (marks.length > 0 && others.every((o) => score(o) < score(best))) reason = `it alone carries ${marks.join(' and ')}`;
  else if (marks.length > 0) reason = `it carries ${marks.join(' and ')} and is the most complete of those that do (${best.words} words)`;
  else if (others.every((o) => o.words < best.words)) reason = `no page carries the agency dateline or credit line; it is the most complete (${best.words} words)`;
  else reason = `no page carries the agency dateline or credit line; it is the earliest of the most complete`;
  return { index: best.at, source: pages[best.at]!.source, reason };
}
