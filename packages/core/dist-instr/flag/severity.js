/** Edit categories that change what a reader is told: high. */
const HIGH_EDITS = new Set(['number', 'quote', 'negation', 'attribution', 'hedge']);
/**
 * Severity of a `changed` finding from its categories (and edits): the worst that applies; style
 * alone is low; a name replaced by another name is high. Any `wording` edit is medium, however short: an article or preposition alone put in or
 * left out is already `style` (STYLE_RULES `function-words`), and a shorter rewrite of content
 * words ("met resistance" for "run into opposition") still tells the reader something else.
 */
export function severityOfEdit(categories, edits = []) {
    if (categories.some((c) => HIGH_EDITS.has(c)))
        return 'high';
    // A name replaced by another tells the reader of someone, or somewhere, else; one added to
    // or cut from a phrase ("police spokesman John Smith") is medium.
    if (edits.some((e) => e.categories.includes('name') && isNameSwapped(e)))
        return 'high';
    if (categories.some((c) => c !== 'style'))
        return 'medium';
    return 'low';
}
// Capitalized words of an edit's side, without a possessive: "South's" is "South".
const capitalized = (words) => new Set((words.match(/\p{Lu}[\p{L}\p{M}'’.-]*/gu) ?? []).map((w) => w.replace(/['’]s$/u, '').toLowerCase()));
// A name replaced by another: capitalized words on both sides and none in common ("Lee" /
// "Ferreira"), not the same name in another form ("the South's Navy" / "the South Korean Navy").
function isNameSwapped(edit) {
    const gone = capitalized(edit.removed);
    const come = capitalized(edit.added);
    return gone.size > 0 && come.size > 0 && [...gone].every((w) => !come.has(w));
}
/** How much a missing note of each category matters to a reader. */
export const NOTE_MISSING_SEVERITY = Object.freeze({
    verification: 'high', // readers lose the warning that the agency could not verify
    correction: 'high', // readers keep believing what the agency corrected
    'third-party': 'medium',
    update: 'medium',
    'editors-note': 'medium',
    warning: 'medium',
    restriction: 'low', // matters to licensees, not readers
    embargo: 'low',
});
/** A weakened or moved note: as grave as losing it for caveats and corrections, else medium. */
export function severityOfNoteChange(category) {
    return NOTE_MISSING_SEVERITY[category] === 'high' ? 'high' : 'medium';
}
/** A note the copy adds: a correction matters, anything else is low. */
export function severityOfNoteAdded(category) {
    return category === 'correction' ? 'medium' : 'low';
}
/** How much a missing credit of each type matters. */
export const CREDIT_MISSING_SEVERITY = Object.freeze({
    byline: 'medium',
    'credit-line': 'medium',
    photo: 'medium',
    dateline: 'medium',
    copyright: 'low',
    source: 'low',
});
export const SEVERITY_RANK = Object.freeze({ high: 3, medium: 2, low: 1, info: 0 });
//# sourceMappingURL=severity.js.map