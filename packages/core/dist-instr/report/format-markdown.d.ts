import type { Report, Severity } from '../types.js';
/**
 * A Markdown summary for pasting into a fact-check: per copy a line of counts and its findings
 * at or above `minSeverity`, gravest first, with the exact words and the finding ids.
 *
 * @param options.minSeverity Leave out findings below this. @default 'low'
 */
export declare function formatMarkdown(report: Report, options?: {
    minSeverity?: Severity;
}): string;
//# sourceMappingURL=format-markdown.d.ts.map