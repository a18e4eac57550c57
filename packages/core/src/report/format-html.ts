import { diffWords } from 'diff';
import type { Article, CopyReport, Finding, FindingKind, Report, Severity } from '../types.js';
import { anchorId, escapeHtml as esc } from './escape-html.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { layoutRows } from './story-rows.js';

/** The articles behind a report, for the side-by-side view (the report holds only findings). */
export interface HtmlSources {
  reference: Article;
  /** In the order of `report.copies`. */
  copies: readonly Article[];
}

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];
const BADGE_KINDS: ReadonlySet<FindingKind> = new Set(['note-missing', 'note-changed', 'note-added', 'credit-missing', 'credit-changed', 'credit-added', 'removed', 'added', 'moved', 'truncated', 'furniture']);
const TOP_ORDER: readonly FindingKind[] = ['note-missing', 'note-changed', 'credit-missing', 'credit-changed', 'changed', 'truncated', 'removed', 'added'];

const findingAnchor = (copy: number, f: Finding) => anchorId('c', copy + 1, f.id);
const rowAnchor = (copy: number, side: 'r' | 'c', block: number) => anchorId('c', copy + 1, side, block + 1);

/**
 * The report as one self-contained HTML page: no network requests, no external scripts or
 * fonts. The gravest findings of all copies first; then per copy a summary by severity and
 * kind, its findings (each with an anchor), and the reference and the copy side by side with
 * word-level changes marked by text decoration and brackets, never by colour alone. A filter by
 * severity and kind narrows the lists; the page prints whole and reads on a phone.
 *
 * @param sources The extracted articles, for the side-by-side text.
 */
export function formatHtml(report: Report, sources: HtmlSources): string {
  const title = report.reference.title ?? report.reference.source;
  const kinds = [...new Set(report.copies.flatMap((c) => c.findings.map((f) => f.kind)))].sort();
  const s = report.summary;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>wirediff: ${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>wirediff report: ${esc(title)}</h1>
<p class="meta">Reference: ${describe(report.reference)}. ${s.copies} cop${s.copies === 1 ? 'y' : 'ies'} compared; ${s.total} finding${s.total === 1 ? '' : 's'}: ${SEVERITIES.map((v) => `${s.bySeverity[v]} ${v}`).join(', ')}.</p>
${topFindings(report)}
<form id="filters" aria-label="Filter findings">
<fieldset><legend>Severity</legend>${SEVERITIES.map((v) => `<label><input type="checkbox" name="severity" value="${v}" checked> ${v}</label>`).join('')}</fieldset>
<label for="kind"><strong>Kind</strong></label> <select id="kind" name="kind"><option value="all">all kinds</option>${kinds.map((k) => `<option value="${k}">${k}</option>`).join('')}</select>
<span role="status" aria-live="polite">Showing <span id="shown">${s.total}</span> of ${s.total} findings</span>
</form>
${report.copies.map((copy, k) => copySection(copy, k, sources.reference, sources.copies[k])).join('\n')}
</main>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

function describe(doc: { source: string; siteName: string | null; byline: string | null }): string {
  const parts = [doc.siteName, doc.byline ? `by ${doc.byline}` : null].filter(Boolean).join(', ');
  return `<span class="kind">${esc(doc.source)}</span>${parts ? ` (${esc(parts)})` : ''}`;
}

const sevBadge = (severity: Severity) => `<span class="sev sev-${severity}">${severity.toUpperCase()}</span>`;

function topFindings(report: Report): string {
  const top = report.copies
    .flatMap((copy, k) => copy.findings.filter((f) => f.severity === 'high').map((f) => ({ f, k, copy })))
    .sort((a, b) => TOP_ORDER.indexOf(a.f.kind) - TOP_ORDER.indexOf(b.f.kind) || a.k - b.k);
  if (top.length === 0) return '<h2>Most important</h2><p>No high-severity findings.</p>';
  return `<h2>Most important</h2>
<ol class="top">${top.map(({ f, k, copy }) => `<li>${sevBadge(f.severity)} <a href="#${findingAnchor(k, f)}">Copy ${k + 1}${copy.siteName ? ` (${esc(copy.siteName)})` : ''}: <span class="kind">${f.kind}</span> — ${esc(f.message)}</a></li>`).join('')}</ol>`;
}

function copySection(copy: CopyReport, k: number, reference: Article, article: Article | undefined): string {
  const byKind = Object.entries(copy.summary.byKind);
  return `<section aria-labelledby="${anchorId('c', k + 1)}">
<h2 id="${anchorId('c', k + 1)}">Copy ${k + 1}: ${esc(copy.title ?? copy.source)}</h2>
<p class="meta">${describe(copy)}</p>
<table class="summary"><caption>Findings by severity</caption><thead><tr><th scope="col">copy</th>${SEVERITIES.map((v) => `<th scope="col">${v}</th>`).join('')}<th scope="col">total</th></tr></thead>
<tbody><tr><td>${esc(copy.source)}</td>${SEVERITIES.map((v) => `<td>${copy.summary.bySeverity[v]}</td>`).join('')}<td>${copy.summary.total}</td></tr></tbody></table>
${byKind.length > 0 ? `<p class="meta">By kind: ${byKind.map(([kind, n]) => `<span class="kind">${kind}</span> ${n}`).join(', ')}</p>` : ''}
<h3>Findings</h3>
${copy.findings.length === 0 ? '<p>No differences found.</p>' : `<ol class="findings">${copy.findings.map((f) => findingItem(f, k)).join('')}</ol>`}
${article ? sideBySide(copy, k, reference, article) : ''}
</section>`;
}

function findingItem(f: Finding, k: number): string {
  const words = [
    f.reference.words ? `<del>${esc(f.reference.words)}</del>` : '',
    f.copy.words ? `<ins>${esc(f.copy.words)}</ins>` : '',
  ].filter(Boolean).join(' ');
  const where = [
    f.reference.blocks.length ? `<a href="#${rowAnchor(k, 'r', f.reference.blocks[0]!)}">reference block ${f.reference.blocks[0]! + 1}</a>` : '',
    f.copy.blocks.length ? `<a href="#${rowAnchor(k, 'c', f.copy.blocks[0]!)}">copy block ${f.copy.blocks[0]! + 1}</a>` : '',
  ].filter(Boolean).join(' · ');
  return `<li id="${findingAnchor(k, f)}" data-finding data-severity="${f.severity}" data-kind="${f.kind}">${sevBadge(f.severity)} <span class="kind">${f.kind}</span>${f.categories.length ? ` <span class="kind">(${esc(f.categories.join(', '))})</span>` : ''} ${esc(f.message)} <a class="id" href="#${findingAnchor(k, f)}" aria-label="link to finding ${f.id}">#${esc(f.id)}</a>${words ? `<span class="words">${words}</span>` : ''}${where ? `<span class="words">${where}</span>` : ''}</li>`;
}

function sideBySide(copy: CopyReport, k: number, reference: Article, article: Article): string {
  const badgesFor = (side: 'reference' | 'copy', blocks: readonly number[]) =>
    copy.findings
      .filter((f) => BADGE_KINDS.has(f.kind) && f[side].blocks.some((b) => blocks.includes(b)))
      .map((f) => `<a class="badge sev-${f.severity}" href="#${findingAnchor(k, f)}">${f.kind}${f.categories.length ? `: ${esc(f.categories.join(', '))}` : ''}</a>`)
      .join('');
  const changedAt = new Map(copy.findings.filter((f) => f.kind === 'changed').map((f) => [f.reference.blocks[0], f]));
  const rows = layoutRows(reference, article, copy.findings).map((row) => {
    const refText = row.reference.map((b) => reference.blocks[b]!.text).join('\n');
    const copyText = row.copy.map((b) => article.blocks[b]!.text).join('\n');
    const changed = row.reference.length > 0 && row.copy.length > 0 && changedAt.has(row.reference[0]);
    const [left, right] = changed ? markWords(refText, copyText) : [esc(refText), esc(copyText)];
    const id = row.reference.length > 0 ? rowAnchor(k, 'r', row.reference[0]!) : rowAnchor(k, 'c', row.copy[0]!);
    const extraIds = row.copy.filter((c) => id !== rowAnchor(k, 'c', c)).map((c) => `<span id="${rowAnchor(k, 'c', c)}"></span>`).join('');
    const cell = (side: 'reference' | 'copy', blocks: number[], html: string, label: string) =>
      `<td data-side="${label}">${blocks.length === 0 ? `<span class="only">not in the ${side}</span>` : `<span class="role">${esc(roleOf(side === 'reference' ? reference : article, blocks))}</span>${html}`}${badgesFor(side, blocks)}</td>`;
    return `<tr id="${id}">${cell('reference', row.reference, left, 'Reference')}${cell('copy', row.copy, `${extraIds}${right}`, 'Copy')}</tr>`;
  });
  return `<h3>Side by side</h3>
<table class="side"><caption>Reference and copy ${k + 1}, block by block</caption><thead><tr><th scope="col">Reference</th><th scope="col">Copy</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function roleOf(article: Article, blocks: readonly number[]): string {
  return `${blocks.map((b) => article.blocks[b]!.role).filter((r, i, all) => all.indexOf(r) === i).join(', ')} ${blocks.map((b) => b + 1).join('+')}`;
}

// Word-level marks for the two sides of a changed pair, from jsdiff's word diff.
function markWords(before: string, after: string): [string, string] {
  let left = '';
  let right = '';
  for (const part of diffWords(before, after)) {
    const text = esc(part.value);
    if (part.removed) left += `<del>${text}</del>`;
    else if (part.added) right += `<ins>${text}</ins>`;
    else {
      left += text;
      right += text;
    }
  }
  return [left, right];
}
