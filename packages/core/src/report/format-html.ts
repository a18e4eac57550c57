import { diffWords } from 'diff';
import type { Article, BlockName, CopyReport, Finding, FindingKind, Report, Severity } from '../types.js';
import { anchorId, escapeHtml as esc } from './escape-html.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { layoutRows } from './story-rows.js';
import { blockLabel } from '../flag/describe.js';
import { SEVERITY_RANK } from '../flag/severity.js';
import { numberBlocks } from '../segment/number-blocks.js';

/** The articles behind a report, for the side-by-side view (the report holds only findings). */
export interface HtmlSources {
  reference: Article;
  /** In the order of `report.copies`. */
  copies: readonly Article[];
}

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];
const BADGE_KINDS: ReadonlySet<FindingKind> = new Set(['note-missing', 'note-changed', 'note-added', 'credit-missing', 'credit-changed', 'credit-added', 'removed', 'added', 'moved', 'truncated', 'furniture']);
const TOP_ORDER: readonly FindingKind[] = ['note-missing', 'note-changed', 'credit-missing', 'credit-changed', 'changed', 'truncated', 'removed', 'added'];

/** Where a story sits on the page: its anchor prefix and the heading level of its copies. */
interface Place {
  prefix: string;
  level: number;
}

const findingAnchor = (at: Place, copy: number, f: Finding) => anchorId(`${at.prefix}c`, copy + 1, f.id);
const rowAnchor = (at: Place, copy: number, side: 'r' | 'c', block: number) => anchorId(`${at.prefix}c`, copy + 1, side, block + 1);

/** One story of a page: its report, the articles behind it when known, a heading when there are several. */
export interface HtmlStory {
  heading?: string;
  /** A line under the heading, e.g. why a story could not be read. */
  note?: string;
  report: Report;
  sources?: HtmlSources;
  /**
   * Per copy (in the order of `report.copies`), the ids of findings the baseline has not
   * accepted (`wirediff check`): marked "new" and filterable. Absent: no baseline to tell.
   */
  news?: readonly (readonly string[])[];
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
export function formatHtml(report: Report, sources?: HtmlSources): string {
  return formatHtmlStories([{ report, ...(sources ? { sources } : {}) }], `wirediff report: ${report.reference.title ?? report.reference.source}`);
}

/**
 * Several stories on one page (the result of `wirediff check`, the versions of `history`): the
 * gravest findings of all first, then a section per story, headed by its `heading`.
 */
export function formatHtmlStories(stories: readonly HtmlStory[], title: string): string {
  const several = stories.length > 1 || stories.some((st) => st.heading !== undefined);
  const places = stories.map((_, i): Place => (several ? { prefix: `s${i + 1}-`, level: 3 } : { prefix: '', level: 2 }));
  const all = stories.flatMap((st) => st.report.copies.flatMap((c) => c.findings));
  const kinds = [...new Set(all.map((f) => f.kind))].sort();
  const baseline = stories.some((st) => st.news !== undefined);
  const newCount = stories.reduce((n, st) => n + (st.news ?? []).reduce((m, ids) => m + ids.length, 0), 0);
  const count = (v: Severity) => all.filter((f) => f.severity === v).length;
  const intro = several
    ? `${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}, ${stories.reduce((n, st) => n + st.report.copies.length, 0)} copies`
    : `Reference: ${describe(stories[0]!.report.reference)}. ${stories[0]!.report.copies.length} cop${stories[0]!.report.copies.length === 1 ? 'y' : 'ies'} compared`;
  const body = stories.map((st, i) => {
    const sections = st.report.copies.map((copy, k) => copySection(copy, k, places[i]!, st.sources?.reference, st.sources?.copies[k], st.news ? new Set(st.news[k]) : null)).join('\n');
    if (!several) return sections;
    return `<section aria-labelledby="${places[i]!.prefix}story"><h2 id="${places[i]!.prefix}story">${esc(st.heading ?? st.report.reference.source)}</h2>
<p class="meta">${st.note ? `<strong>${esc(st.note)}</strong>` : `Reference: ${describe(st.report.reference)}`}</p>
${sections}</section>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p class="meta">${intro}; ${all.length} finding${all.length === 1 ? '' : 's'}: ${SEVERITIES.map((v) => `${count(v)} ${v}`).join(', ')}.</p>
${summaryTable(stories, several)}
${topFindings(stories, places)}
<form id="filters" aria-label="Filter findings">
<fieldset><legend>Severity</legend>${SEVERITIES.map((v) => `<label><input type="checkbox" name="severity" value="${v}" checked> ${v}</label>`).join('')}</fieldset>
${baseline ? `<label><input type="checkbox" name="new" value="new"> only new since the baseline (${newCount})</label>` : ''}
<label for="kind"><strong>Kind</strong></label> <select id="kind" name="kind"><option value="all">all kinds</option>${kinds.map((k) => `<option value="${k}">${k}</option>`).join('')}</select>
<span role="status" aria-live="polite">Showing <span id="shown">${all.length}</span> of ${all.length} findings</span>
</form>
${body.join('\n')}
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

function topFindings(stories: readonly HtmlStory[], places: readonly Place[]): string {
  const top = stories
    .flatMap((st, i) => st.report.copies.flatMap((copy, k) => copy.findings.filter((f) => f.severity === 'high').map((f) => ({ f, k, copy, at: places[i]!, story: st.heading }))))
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => TOP_ORDER.indexOf(a.f.kind) - TOP_ORDER.indexOf(b.f.kind) || a.order - b.order);
  if (top.length === 0) return '<h2>Most important</h2><p>No high-severity findings.</p>';
  return `<h2>Most important</h2>
<ol class="top">${top.map(({ f, k, copy, at, story }) => `<li>${sevBadge(f.severity)} <a href="#${findingAnchor(at, k, f)}">${story ? `${esc(story)}, ` : ''}Copy ${k + 1}${copy.siteName ? ` (${esc(copy.siteName)})` : ''}: <span class="kind">${f.kind}</span> — ${esc(f.message)}</a></li>`).join('')}</ol>`;
}

function copySection(copy: CopyReport, k: number, at: Place, reference: Article | undefined, article: Article | undefined, news: ReadonlySet<string> | null): string {
  const h = `h${at.level}`;
  const h2 = `h${at.level + 1}`;
  const id = anchorId(`${at.prefix}c`, k + 1);
  // Gravest first, then in reading order (the findings come in reading order; the sort is stable).
  const ordered = [...copy.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const counts = SEVERITIES.filter((v) => copy.summary.bySeverity[v] > 0).map((v) => `${copy.summary.bySeverity[v]} ${v}`).join(', ');
  const fresh = news === null ? '' : `; ${copy.findings.filter((f) => news.has(f.id)).length} new since the baseline`;
  return `<section aria-labelledby="${id}">
<${h} id="${id}">Copy ${k + 1}: ${esc(copy.title ?? copy.source)}</${h}>
<p class="meta">${describe(copy)}. ${copy.summary.total === 0 ? 'No findings' : `${copy.summary.total} finding${copy.summary.total === 1 ? '' : 's'}: ${counts}${fresh}`}.</p>
<${h2}>Findings</${h2}>
${copy.findings.length === 0 ? '<p>No differences found.</p>' : `<ol class="findings">${ordered.map((f) => findingItem(f, k, at, news)).join('')}</ol>`}
${article && reference ? sideBySide(copy, k, at, reference, article) : ''}
</section>`;
}

/**
 * The one severity summary of the page: a row per copy (per story and copy for several
 * stories), and the total. Headers are whole words that do not break on a phone.
 */
function summaryTable(stories: readonly HtmlStory[], several: boolean): string {
  const rows = stories.flatMap((st) => st.report.copies.map((copy, k) => {
    const name = `${several ? `${esc(st.heading ?? st.report.reference.source)}, ` : ''}copy ${k + 1}${copy.siteName ? ` (${esc(copy.siteName)})` : ''}`;
    return `<tr><th scope="row">${name}</th>${SEVERITIES.map((v) => `<td>${copy.summary.bySeverity[v]}</td>`).join('')}<td>${copy.summary.total}</td></tr>`;
  }));
  if (rows.length === 0) return '';
  const all = stories.flatMap((st) => st.report.copies);
  const total = (v: Severity) => all.reduce((n, c) => n + c.summary.bySeverity[v], 0);
  return `<div class="scroll"><table class="summary"><caption>Findings by severity</caption>
<thead><tr><th scope="col">copy</th>${SEVERITIES.map((v) => `<th scope="col">${v}</th>`).join('')}<th scope="col">total</th></tr></thead>
<tbody>${rows.join('')}</tbody>${all.length > 1 ? `<tfoot><tr><th scope="row">all copies</th>${SEVERITIES.map((v) => `<td>${total(v)}</td>`).join('')}<td>${all.reduce((n, c) => n + c.summary.total, 0)}</td></tr></tfoot>` : ''}</table></div>`;
}

function findingItem(f: Finding, k: number, at: Place, news: ReadonlySet<string> | null): string {
  const words = [
    f.reference.words ? `<del>${esc(f.reference.words)}</del>` : '',
    f.copy.words ? `<ins>${esc(f.copy.words)}</ins>` : '',
  ].filter(Boolean).join(' ');
  const where = [
    f.reference.blocks.length ? `<a href="#${rowAnchor(at, k, 'r', f.reference.blocks[0]!)}">reference ${blockLabel(f.reference.at)}</a>` : '',
    f.copy.blocks.length ? `<a href="#${rowAnchor(at, k, 'c', f.copy.blocks[0]!)}">copy ${blockLabel(f.copy.at)}</a>` : '',
  ].filter(Boolean).join(' · ');
  const isNew = news?.has(f.id) ?? false;
  return `<li id="${findingAnchor(at, k, f)}" data-finding data-severity="${f.severity}" data-kind="${f.kind}"${news ? ` data-new="${isNew}"` : ''}>${sevBadge(f.severity)}${isNew ? ' <span class="new">NEW</span>' : ''} <span class="kind">${f.kind}</span>${f.categories.length ? ` <span class="kind">(${esc(f.categories.join(', '))})</span>` : ''} ${esc(f.message)} <a class="id" href="#${findingAnchor(at, k, f)}" aria-label="link to finding ${f.id}">#${esc(f.id)}</a>${words ? `<span class="words">${words}</span>` : ''}${where ? `<span class="words">${where}</span>` : ''}</li>`;
}

// Unchanged rows are folded away in runs longer than this: a reader looks at what changed.
const MIN_FOLDED_ROWS = 2;

function sideBySide(copy: CopyReport, k: number, at: Place, reference: Article, article: Article): string {
  const badgesFor = (side: 'reference' | 'copy', blocks: readonly number[]) =>
    copy.findings
      .filter((f) => BADGE_KINDS.has(f.kind) && f[side].blocks.some((b) => blocks.includes(b)))
      .map((f) => `<a class="badge sev-${f.severity}" href="#${findingAnchor(at, k, f)}">${f.kind}${f.categories.length ? `: ${esc(f.categories.join(', '))}` : ''}</a>`)
      .join('');
  const names = { reference: numberBlocks(reference), copy: numberBlocks(article) };
  const touched = new Set(copy.findings.flatMap((f) => f.reference.blocks.map((b) => `r${b}`).concat(f.copy.blocks.map((b) => `c${b}`))));
  const rows = layoutRows(reference, article, copy.findings).map((row) => {
    const refText = row.reference.map((b) => reference.blocks[b]!.text).join('\n');
    const copyText = row.copy.map((b) => article.blocks[b]!.text).join('\n');
    // A pair whose words differ (edited, or moved and reworded, as a caption with its note) is marked word by word.
    const paired = row.reference.length > 0 && row.copy.length > 0;
    const [left, right] = paired && refText !== copyText ? markWords(refText, copyText) : [esc(refText), esc(copyText)];
    const same = paired && refText === copyText && !row.reference.some((b) => touched.has(`r${b}`)) && !row.copy.some((b) => touched.has(`c${b}`));
    const id = row.reference.length > 0 ? rowAnchor(at, k, 'r', row.reference[0]!) : rowAnchor(at, k, 'c', row.copy[0]!);
    const extraIds = row.copy.filter((c) => id !== rowAnchor(at, k, 'c', c)).map((c) => `<span id="${rowAnchor(at, k, 'c', c)}"></span>`).join('');
    const cell = (side: 'reference' | 'copy', blocks: number[], html: string, label: string) =>
      `<td data-side="${label}">${blocks.length === 0 ? `<span class="only">not in the ${side}</span>` : `<span class="role">${esc(nameOf(names[side], blocks))}</span>${html}`}${badgesFor(side, blocks)}</td>`;
    return { same, html: `<tr id="${id}">${cell('reference', row.reference, left, 'Reference')}${cell('copy', row.copy, `${extraIds}${right}`, 'Copy')}</tr>` };
  });
  // Runs of unchanged rows go in a body of their own, folded on screen (the script adds the
  // button; without it, and on paper, every row shows).
  const bodies: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length && rows[j]!.same === rows[i]!.same) j++;
    const run = rows.slice(i, j).map((r) => r.html).join('\n');
    bodies.push(rows[i]!.same && j - i >= MIN_FOLDED_ROWS ? `<tbody class="same" data-rows="${j - i}">${run}</tbody>` : `<tbody>${run}</tbody>`);
    i = j;
  }
  const h = `h${at.level + 1}`;
  return `<${h}>Side by side</${h}>
<table class="side"><caption>Reference and copy ${k + 1}, paragraph by paragraph</caption><thead><tr><th scope="col">Reference</th><th scope="col">Copy</th></tr></thead>${bodies.join('\n')}</table>`;
}

/** "paragraph 3", "caption 1": a row's blocks as people count them. */
function nameOf(names: readonly BlockName[], blocks: readonly number[]): string {
  return blockLabel(blocks.map((b) => names[b]!));
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
