import { appendFileSync } from 'node:fs';
import type { CheckResult, NewFinding, UnreadableStory } from './check-result.js';

/** GitHub shows a step summary of at most 1 MiB; past it, the summary is not shown at all. */
const SUMMARY_BYTES = 1024 * 1024;
const FOOTER_BYTES = 4 * 1024; // kept free for the lines that follow the table

// A table cell: one line, no column break, no markup from the page's own text.
const cell = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * The Markdown a check appends to `$GITHUB_STEP_SUMMARY`, shown on the run's page: the summary,
 * then every new finding in a table (where GitHub annotates only ten), unreadable stories and
 * accepted findings gone, cut with a count of the rest where GitHub's 1 MiB would be passed.
 * Rows are taken as findings stream past; memory is bounded by that size.
 */
export class StepSummary {
  private readonly rows: string[] = [];
  private bytes = 0;
  private left = 0;

  /** Takes one new finding, in the order the table lists them. */
  add(n: NewFinding): void {
    const f = n.finding;
    const replaces = n.replaces ? `<br>replaces accepted \`${n.replaces.id}\`: ${cell(n.replaces.message)}` : '';
    const row = `| ${f.severity} | ${cell(n.story)} | ${cell(n.copy)} | ${f.kind}: ${cell(f.message)}${replaces} | \`${f.id}\` |\n`;
    const size = Buffer.byteLength(row);
    if (this.left > 0 || this.bytes + size > SUMMARY_BYTES - FOOTER_BYTES) {
      this.left++;
      return;
    }
    this.rows.push(row);
    this.bytes += size;
  }

  /** The whole summary, once every new finding has been added. */
  markdown(summaryLine: string, errors: readonly UnreadableStory[], resolved: CheckResult['resolved']): string {
    const parts = [`### ${cell(summaryLine)}\n\n`];
    if (this.rows.length > 0) {
      parts.push('| Severity | Story | Copy | New finding | Id |\n|---|---|---|---|---|\n', ...this.rows);
      if (this.left > 0) parts.push(`\n…and ${this.left} more new findings, past what a step summary may hold: the JUnit report lists them all.\n`);
      parts.push('\n');
    }
    // The lists have what the table left, less a margin for their headings and counts.
    let budget = SUMMARY_BYTES - 1024 - parts.reduce((n, p) => n + Buffer.byteLength(p), 0);
    const listed = (heading: string, lines: string[]) => {
      if (lines.length === 0) return;
      parts.push(`${heading}\n\n`);
      let shown = 0;
      for (const line of lines) {
        const size = Buffer.byteLength(line);
        if (size > budget) break;
        parts.push(line);
        budget -= size;
        shown++;
      }
      if (shown < lines.length) parts.push(`- …and ${lines.length - shown} more\n`);
      parts.push('\n');
    };
    listed('**Unreadable stories**', errors.map((s) => `- ${cell(s.story)}: ${cell(s.error.input)} — ${cell(s.error.message)} (${s.error.code})\n`));
    listed('**Accepted findings that no longer occur**', resolved.map((r) => `- ${cell(r.story)} / ${cell(r.copy)}: ${r.message ? `${cell(r.message)} ` : ''}\`${r.id}\`${r.replacedBy ? ` (replaced by \`${r.replacedBy}\`)` : ''}\n`));
    return parts.join('');
  }
}

/**
 * Appends a step summary to `file` (GitHub's `$GITHUB_STEP_SUMMARY`). A file that cannot be
 * written costs the run its summary, not its result: one warning line on stderr.
 */
export function appendStepSummary(file: string, markdown: string): void {
  try {
    appendFileSync(file, markdown);
  } catch (error) {
    process.stderr.write(`wirediff: ${file} — cannot write the step summary (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the annotations and exit code stand\n`);
  }
}

/** Where GitHub Actions reads this step's summary, when the run is one of its steps. */
export const stepSummaryFile = (env: NodeJS.ProcessEnv = process.env): string | undefined => env.GITHUB_STEP_SUMMARY || undefined;
