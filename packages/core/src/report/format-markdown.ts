import type { Finding, Report, Severity } from '../types.js';
import { SEVERITY_RANK } from '../flag/severity.js';

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

// Markdown inline text: escape what would turn into markup.
const md = (text: string) => text.replace(/\s+/g, ' ').replace(/([\\`*_[\]|<>#])/g, '\\$1').trim();
const quote = (text: string) => `“${md(text.length > 160 ? `${text.slice(0, 157)}…` : text)}”`;

/**
 * A Markdown summary for pasting into a fact-check: per copy a line of counts and its findings
 * at or above `minSeverity`, gravest first, with the exact words and the finding ids.
 *
 * @param options.minSeverity Leave out findings below this. @default 'low'
 */
export function formatMarkdown(report: Report, options: { minSeverity?: Severity } = {}): string {
  const floor = SEVERITY_RANK[options.minSeverity ?? 'low'];
  const ref = report.reference;
  const lines = [
    `# wirediff: ${md(ref.title ?? ref.source)}`,
    '',
    `Reference: \`${ref.source}\`${ref.siteName ? ` (${md(ref.siteName)})` : ''}. ${report.summary.copies} cop${report.summary.copies === 1 ? 'y' : 'ies'} compared, ${report.summary.total} finding${report.summary.total === 1 ? '' : 's'}.`,
    '',
    '| copy | high | medium | low | info |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...report.copies.map((c) => `| \`${c.source.replace(/\|/g, '\\|')}\` | ${SEVERITIES.map((s) => c.summary.bySeverity[s]).join(' | ')} |`),
  ];
  for (const copy of report.copies) {
    lines.push('', `## ${md(copy.title ?? copy.source)}`, '', `\`${copy.source}\`${copy.siteName ? ` — ${md(copy.siteName)}` : ''}`, '');
    const shown = copy.findings
      .filter((f) => SEVERITY_RANK[f.severity] >= floor)
      .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    if (shown.length === 0) lines.push('No findings at this level.');
    for (const f of shown) lines.push(...findingLines(f));
  }
  return `${lines.join('\n')}\n`;
}

function findingLines(f: Finding): string[] {
  // The message names the categories already ("paragraph 3 changed (number)", "verification note missing").
  const out = [`- **${f.severity.toUpperCase()}** \`${f.kind}\`: ${md(f.message)} — \`${f.id}\``];
  if (f.reference.words) out.push(`  - reference: ${quote(f.reference.words)}`);
  if (f.copy.words) out.push(`  - copy: ${quote(f.copy.words)}`);
  return out;
}
