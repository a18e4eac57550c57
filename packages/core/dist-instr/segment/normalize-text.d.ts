/**
 * Typographic folding for comparison. Two texts that differ only in quote style, dash style,
 * spacing, soft hyphens or invisible characters fold to the same string. The original text is
 * kept everywhere for display; only comparisons use the folded form.
 */
/**
 * Folds `text` for comparison: Unicode NFC, curly quotes to straight, every dash to "-",
 * "…" to "...", invisible characters removed, runs of any space to one, trimmed.
 *
 * @example normalizeText('“It’s  29 — not 28”') // => '"It\'s 29 - not 28"'
 */
export declare function normalizeText(text: string): string;
/** Collapses runs of white space (including no-break spaces) to one space and trims: display form. */
export declare function collapseSpace(text: string): string;
//# sourceMappingURL=normalize-text.d.ts.map