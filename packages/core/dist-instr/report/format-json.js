/**
 * The report as JSON (see schema/report.schema.json): two-space indented, newline-terminated.
 * Byte-identical for the same inputs: every object is built with a fixed key order and no
 * clock or path of the machine goes in.
 */
export function formatJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
//# sourceMappingURL=format-json.js.map