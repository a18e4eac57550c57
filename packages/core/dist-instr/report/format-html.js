import { diffWords } from 'diff';
import { anchorId, escapeHtml as esc } from './escape-html.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { layoutRows } from './story-rows.js';
const SEVERITIES = ['high', 'medium', 'low', 'info'];
const BADGE_KINDS = new Set(['note-missing', 'note-changed', 'note-added', 'credit-missing', 'credit-changed', 'credit-added', 'removed', 'added', 'moved', 'truncated', 'furniture']);
const TOP_ORDER = ['note-missing', 'note-changed', 'credit-missing', 'credit-changed', 'changed', 'truncated', 'removed', 'added'];
const findingAnchor = (at, copy, f) => anchorId(`${at.prefix}c`, copy + 1, f.id);
const rowAnchor = (at, copy, side, block) => anchorId(`${at.prefix}c`, copy + 1, side, block + 1);
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
export function formatHtml(report, sources) {
    return formatHtmlStories([{ report, ...(sources ? { sources } : {}) }], `wirediff report: ${report.reference.title ?? report.reference.source}`);
}
/**
 * Several stories on one page (the result of `wirediff check`, the versions of `history`): the
 * gravest findings of all first, then a section per story, headed by its `heading`.
 */
export function formatHtmlStories(stories, title) {
    const several = stories.length > 1 || stories.some((st) => st.heading !== undefined);
    const places = stories.map((_, i) => (several ? { prefix: `s${i + 1}-`, level: 3 } : { prefix: '', level: 2 }));
    const all = stories.flatMap((st) => st.report.copies.flatMap((c) => c.findings));
    const kinds = [...new Set(all.map((f) => f.kind))].sort();
    const count = (v) => all.filter((f) => f.severity === v).length;
    const intro = several
        ? `${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}, ${stories.reduce((n, st) => n + st.report.copies.length, 0)} copies`
        : `Reference: ${describe(stories[0].report.reference)}. ${stories[0].report.copies.length} cop${stories[0].report.copies.length === 1 ? 'y' : 'ies'} compared`;
    const body = stories.map((st, i) => {
        const sections = st.report.copies.map((copy, k) => copySection(copy, k, places[i], st.sources?.reference, st.sources?.copies[k])).join('\n');
        if (!several)
            return sections;
        return `<section aria-labelledby="${places[i].prefix}story"><h2 id="${places[i].prefix}story">${esc(st.heading ?? st.report.reference.source)}</h2>
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
${topFindings(stories, places)}
<form id="filters" aria-label="Filter findings">
<fieldset><legend>Severity</legend>${SEVERITIES.map((v) => `<label><input type="checkbox" name="severity" value="${v}" checked> ${v}</label>`).join('')}</fieldset>
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
function describe(doc) {
    const parts = [doc.siteName, doc.byline ? `by ${doc.byline}` : null].filter(Boolean).join(', ');
    return `<span class="kind">${esc(doc.source)}</span>${parts ? ` (${esc(parts)})` : ''}`;
}
const sevBadge = (severity) => `<span class="sev sev-${severity}">${severity.toUpperCase()}</span>`;
function topFindings(stories, places) {
    const top = stories
        .flatMap((st, i) => st.report.copies.flatMap((copy, k) => copy.findings.filter((f) => f.severity === 'high').map((f) => ({ f, k, copy, at: places[i], story: st.heading }))))
        .map((entry, order) => ({ ...entry, order }))
        .sort((a, b) => TOP_ORDER.indexOf(a.f.kind) - TOP_ORDER.indexOf(b.f.kind) || a.order - b.order);
    if (top.length === 0)
        return '<h2>Most important</h2><p>No high-severity findings.</p>';
    return `<h2>Most important</h2>
<ol class="top">${top.map(({ f, k, copy, at, story }) => `<li>${sevBadge(f.severity)} <a href="#${findingAnchor(at, k, f)}">${story ? `${esc(story)}, ` : ''}Copy ${k + 1}${copy.siteName ? ` (${esc(copy.siteName)})` : ''}: <span class="kind">${f.kind}</span> — ${esc(f.message)}</a></li>`).join('')}</ol>`;
}
function copySection(copy, k, at, reference, article) {
    const byKind = Object.entries(copy.summary.byKind);
    const h = `h${at.level}`;
    const h2 = `h${at.level + 1}`;
    const id = anchorId(`${at.prefix}c`, k + 1);
    return `<section aria-labelledby="${id}">
<${h} id="${id}">Copy ${k + 1}: ${esc(copy.title ?? copy.source)}</${h}>
<p class="meta">${describe(copy)}</p>
<table class="summary"><caption>Findings by severity</caption><thead><tr><th scope="col">copy</th>${SEVERITIES.map((v) => `<th scope="col">${v}</th>`).join('')}<th scope="col">total</th></tr></thead>
<tbody><tr><td>${esc(copy.source)}</td>${SEVERITIES.map((v) => `<td>${copy.summary.bySeverity[v]}</td>`).join('')}<td>${copy.summary.total}</td></tr></tbody></table>
${byKind.length > 0 ? `<p class="meta">By kind: ${byKind.map(([kind, n]) => `<span class="kind">${kind}</span> ${n}`).join(', ')}</p>` : ''}
<${h2}>Findings</${h2}>
${copy.findings.length === 0 ? '<p>No differences found.</p>' : `<ol class="findings">${copy.findings.map((f) => findingItem(f, k, at)).join('')}</ol>`}
${article && reference ? sideBySide(copy, k, at, reference, article) : ''}
</section>`;
}
function findingItem(f, k, at) {
    const words = [
        f.reference.words ? `<del>${esc(f.reference.words)}</del>` : '',
        f.copy.words ? `<ins>${esc(f.copy.words)}</ins>` : '',
    ].filter(Boolean).join(' ');
    const where = [
        f.reference.blocks.length ? `<a href="#${rowAnchor(at, k, 'r', f.reference.blocks[0])}">reference block ${f.reference.blocks[0] + 1}</a>` : '',
        f.copy.blocks.length ? `<a href="#${rowAnchor(at, k, 'c', f.copy.blocks[0])}">copy block ${f.copy.blocks[0] + 1}</a>` : '',
    ].filter(Boolean).join(' · ');
    return `<li id="${findingAnchor(at, k, f)}" data-finding data-severity="${f.severity}" data-kind="${f.kind}">${sevBadge(f.severity)} <span class="kind">${f.kind}</span>${f.categories.length ? ` <span class="kind">(${esc(f.categories.join(', '))})</span>` : ''} ${esc(f.message)} <a class="id" href="#${findingAnchor(at, k, f)}" aria-label="link to finding ${f.id}">#${esc(f.id)}</a>${words ? `<span class="words">${words}</span>` : ''}${where ? `<span class="words">${where}</span>` : ''}</li>`;
}
function sideBySide(copy, k, at, reference, article) {
    const badgesFor = (side, blocks) => copy.findings
        .filter((f) => BADGE_KINDS.has(f.kind) && f[side].blocks.some((b) => blocks.includes(b)))
        .map((f) => `<a class="badge sev-${f.severity}" href="#${findingAnchor(at, k, f)}">${f.kind}${f.categories.length ? `: ${esc(f.categories.join(', '))}` : ''}</a>`)
        .join('');
    const changedAt = new Map(copy.findings.filter((f) => f.kind === 'changed').map((f) => [f.reference.blocks[0], f]));
    const rows = layoutRows(reference, article, copy.findings).map((row) => {
        const refText = row.reference.map((b) => reference.blocks[b].text).join('\n');
        const copyText = row.copy.map((b) => article.blocks[b].text).join('\n');
        const changed = row.reference.length > 0 && row.copy.length > 0 && changedAt.has(row.reference[0]);
        const [left, right] = changed ? markWords(refText, copyText) : [esc(refText), esc(copyText)];
        const id = row.reference.length > 0 ? rowAnchor(at, k, 'r', row.reference[0]) : rowAnchor(at, k, 'c', row.copy[0]);
        const extraIds = row.copy.filter((c) => id !== rowAnchor(at, k, 'c', c)).map((c) => `<span id="${rowAnchor(at, k, 'c', c)}"></span>`).join('');
        const cell = (side, blocks, html, label) => `<td data-side="${label}">${blocks.length === 0 ? `<span class="only">not in the ${side}</span>` : `<span class="role">${esc(roleOf(side === 'reference' ? reference : article, blocks))}</span>${html}`}${badgesFor(side, blocks)}</td>`;
        return `<tr id="${id}">${cell('reference', row.reference, left, 'Reference')}${cell('copy', row.copy, `${extraIds}${right}`, 'Copy')}</tr>`;
    });
    const h = `h${at.level + 1}`;
    return `<${h}>Side by side</${h}>
<table class="side"><caption>Reference and copy ${k + 1}, block by block</caption><thead><tr><th scope="col">Reference</th><th scope="col">Copy</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}
function roleOf(article, blocks) {
    return `${blocks.map((b) => article.blocks[b].role).filter((r, i, all) => all.indexOf(r) === i).join(', ')} ${blocks.map((b) => b + 1).join('+')}`;
}
// Word-level marks for the two sides of a changed pair, from jsdiff's word diff.
function markWords(before, after) {
    let left = '';
    let right = '';
    for (const part of diffWords(before, after)) {
        const text = esc(part.value);
        if (part.removed)
            left += `<del>${text}</del>`;
        else if (part.added)
            right += `<ins>${text}</ins>`;
        else {
            left += text;
            right += text;
        }
    }
    return [left, right];
}
//# sourceMappingURL=format-html.js.map