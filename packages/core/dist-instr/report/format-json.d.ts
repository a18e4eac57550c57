import type { Report } from '../types.js';
/**
 * The report as JSON (see schema/report.schema.json): two-space indented, newline-terminated.
 * Byte-identical for the same inputs: every object is built with a fixed key order and no
 * clock or path of the machine goes in.
 */
export declare function formatJson(report: Report): string;
//# sourceMappingURL=format-json.d.ts.map