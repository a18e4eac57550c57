import type { Report, Severity } from '../types.js';
/** Options of formatText. */
export interface TextOptions {
    /**
     * Colour with ANSI escapes. The CLI turns it on for a terminal unless NO_COLOR is set.
     * @default false
     */
    color?: boolean;
    /**
     * Leave out findings below this severity (they still count in the summary lines).
     * @default 'info'
     */
    minSeverity?: Severity;
}
/**
 * The report for a terminal: per copy a summary line, then findings, gravest first, each with
 * its id and the exact words. Plain text unless `color` is set.
 */
export declare function formatText(report: Report, options?: TextOptions): string;
//# sourceMappingURL=format-text.d.ts.map