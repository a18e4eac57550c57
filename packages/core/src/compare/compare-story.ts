import type { CopyReport, DocumentSummary, Finding, FindingCounts, Report, Severity } from '../types.js';
import { compareCopy, readArticle, type CompareOptions, type ReadArticle } from './compare-copy.js';
import type { Article, ReferenceChoice } from '../types.js';
import { chooseReference } from './choose-reference.js';
import { BlockMemo } from '../segment/block-memo.js';
import { numberBlocks } from '../segment/number-blocks.js';

/** An article and where it came from (a path or URL, as the user named it). */
export interface SourcedArticle {
  source: string;
  article: Article;
}

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** Counts findings by severity and kind. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  const byKind: FindingCounts['byKind'] = {};
  for (const f of findings) {
    bySeverity[f.severity]++;
    byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  }
  const sortedKinds = Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { total: findings.length, bySeverity, byKind: sortedKinds };
}

function summarize(source: string, read: ReadArticle): DocumentSummary {
  const a = read.article;
  const names = numberBlocks(a);
  const at = (block: number | null) => (block === null ? null : names[block]!);
  return {
    source,
    title: a.title,
    byline: a.byline,
    publishedTime: a.publishedTime,
    siteName: a.siteName,
    canonicalUrl: a.canonicalUrl,
    blocks: a.blocks.length,
    notes: read.notes.map((n) => ({ ...n, at: at(n.block) })),
    credits: read.credits.map((c) => ({ ...c, at: at(c.block) })),
  };
}

/**
 * Compares every copy with the reference and builds the report: per copy its findings and
 * counts, and a summary over all copies. Copies keep the order given.
 *
 * @example
 * const report = compareStory({ source: 'reuters.html', article: ref }, [{ source: 'fox.html', article: copy }]);
 * report.copies[0].findings.filter((f) => f.severity === 'high');
 */
export function compareStory(reference: SourcedArticle, copies: readonly SourcedArticle[], options: CompareOptions = {}): Report {
  return buildReport(reference, copies, options);
}

/**
 * Compares pages of one story when no reference is named: chooses it (see chooseReference),
 * compares the others with it, and says in the report which page was chosen and why.
 *
 * @example compareStoryChoosingReference([fox, reuters, ap]).referenceChoice?.reason
 */
export function compareStoryChoosingReference(pages: readonly SourcedArticle[], options: CompareOptions = {}): Report {
  const { index, source, reason } = chooseReference(pages);
  return buildReport(pages[index]!, pages.filter((_, k) => k !== index), options, { source, reason });
}

function buildReport(reference: SourcedArticle, copies: readonly SourcedArticle[], given: CompareOptions, choice?: ReferenceChoice): Report {
  // The copies repeat the reference's blocks: each distinct text is scanned once per story.
  const options = { ...given, memo: given.memo ?? new BlockMemo() };
  const ref = readArticle(reference.article, options);
  const copyReports: CopyReport[] = copies.map(({ source, article }) => {
    const read = readArticle(article, options);
    const findings = compareCopy(ref, read, options);
    return { ...summarize(source, read), summary: countFindings(findings), findings };
  });
  const all = copyReports.flatMap((c) => c.findings);
  const counts = countFindings(all);
  return {
    schemaVersion: 2,
    reference: summarize(reference.source, ref),
    ...(choice ? { referenceChoice: choice } : {}),
    copies: copyReports,
    summary: { ...counts, copies: copyReports.length, highest: SEVERITIES.find((s) => counts.bySeverity[s] > 0) ?? null },
  };
}
