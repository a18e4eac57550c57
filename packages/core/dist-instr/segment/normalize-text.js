/**
 * Typographic folding for comparison. Two texts that differ only in quote style, dash style,
 * spacing, soft hyphens or invisible characters fold to the same string. The original text is
 * kept everywhere for display; only comparisons use the folded form.
 */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, so never a difference.
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
// Anything collapseSpace would change: an invisible character, a space other than " ", two
// spaces in a row, or a space at either end.
// (Written out rather than as [^\S ] with the u flag: a plain class is several times faster.)
const NEEDS_COLLAPSE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]|  |^ | $/;
// Printable ASCII but the backtick (a quote mark to fold), words separated by single spaces.
const PLAIN = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;
/**
 * Folds `text` for comparison: Unicode NFC, curly quotes to straight, every dash to "-",
 * "…" to "...", invisible characters removed, runs of any space to one, trimmed.
 *
 * @example normalizeText('“It’s  29 — not 28”') // => '"It\'s 29 - not 28"'
 */
export function normalizeText(text) {
    if (PLAIN.test(text))
        return text; // nothing to fold: most text of English-language copies
    return text
        .normalize('NFC')
        .replace(INVISIBLE, '')
        .replace(SINGLE_QUOTES, "'")
        .replace(DOUBLE_QUOTES, '"')
        .replace(DASHES, '-')
        .replace(/\u2026/g, '...')
        .replace(SPACES, ' ')
        .trim();
}
/** Collapses runs of white space (including no-break spaces) to one space and trims: display form. */
export function collapseSpace(text) {
    // Most text arrives collapsed already (extraction collapses it): a test costs less than two replaces.
    if (!NEEDS_COLLAPSE.test(text))
        return text;
    return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}
//# sourceMappingURL=normalize-text.js.map