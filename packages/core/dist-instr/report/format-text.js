import { SEVERITY_RANK } from '../flag/severity.js';
const STYLES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22], green: [32, 39] };
const SEVERITY_STYLE = { high: 'red', medium: 'yellow', low: 'cyan', info: 'dim' };
/**
 * The report for a terminal: per copy a summary line, then findings, gravest first, each with
 * its id and the exact words. Plain text unless `color` is set.
 */
export function formatText(report, options = {}) {
    const paint = (style, text) => {
        if (!options.color)
            return text;
        const [on, off] = STYLES[style];
        return `\u001b[${on}m${text}\u001b[${off}m`;
    };
    const floor = SEVERITY_RANK[options.minSeverity ?? 'info'];
    const lines = [];
    const ref = report.reference;
    lines.push(paint('bold', `reference: ${ref.source}`) + describeSource(ref));
    if (report.referenceChoice)
        lines.push(`  chosen as the reference: ${report.referenceChoice.reason}`);
    for (const copy of report.copies) {
        lines.push('');
        lines.push(paint('bold', `copy: ${copy.source}`) + describeSource(copy));
        lines.push(`  ${countsLine(copy)}`);
        const shown = [...copy.findings]
            .filter((f) => SEVERITY_RANK[f.severity] >= floor)
            .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
        for (const f of shown)
            lines.push(...findingLines(f, paint));
    }
    lines.push('');
    const s = report.summary;
    lines.push(paint('bold', `${s.total} finding${s.total === 1 ? '' : 's'} in ${s.copies} cop${s.copies === 1 ? 'y' : 'ies'}: `) +
        `${s.bySeverity.high} high, ${s.bySeverity.medium} medium, ${s.bySeverity.low} low, ${s.bySeverity.info} info`);
    return `${lines.join('\n')}\n`;
}
function describeSource(doc) {
    const parts = [doc.siteName, doc.title ? `"${doc.title}"` : null, doc.byline ? `by ${doc.byline}` : null].filter(Boolean);
    return parts.length > 0 ? ` — ${parts.join(', ')}` : '';
}
function countsLine(copy) {
    const s = copy.summary.bySeverity;
    if (copy.summary.total === 0)
        return 'no differences found';
    return `${s.high} high, ${s.medium} medium, ${s.low} low, ${s.info} info`;
}
function findingLines(f, paint) {
    const label = paint(SEVERITY_STYLE[f.severity], f.severity.toUpperCase().padEnd(6));
    const lines = [`  ${label} ${f.kind.padEnd(14)} ${f.message}  ${paint('dim', `[${f.id}]`)}`];
    for (const edit of f.edits ?? []) {
        if (edit.categories.length === 1 && edit.categories[0] === 'style' && f.severity !== 'low')
            continue;
        const removed = edit.removed ? paint('red', `[-${edit.removed}-]`) : '';
        const added = edit.added ? paint('green', `{+${edit.added}+}`) : '';
        lines.push(`         ${removed}${removed && added ? ' ' : ''}${added}  ${paint('dim', `(${edit.categories.join(', ')})`)}`);
    }
    return lines;
}
//# sourceMappingURL=format-text.js.map