import { collapseSpace } from './normalize-text.js';
// Credits that sit inside prose and captions; they are compared as credits, not as words.
const INLINE_CREDITS = new Set(['photo', 'dateline', 'credit-line', 'copyright']);
// Agency picture ids ("- RTX3A3V0", "RC1A2B3C4D5E") are filing codes, not words of the caption.
const PICTURE_ID = /(?:\s-\s*)?\b(?:RTX[0-9A-Z]{3,8}|RC[0-9A-Z]{8,12})\b/g;
// Agency notes are written in capitals; a weakened note ("REUTERS IS UNABLE TO VERIFY THIS
// IMAGE") may match a rule only in part. The capitals around the match belong to the note.
// What comes before is found by capitalsBefore; this is what it finds.
export const CAPS_BEFORE = /(?:[A-Z][A-Z'’]*[ ,]{1,2}){1,12}$/;
const CAPS_AFTER = /^(?:[ ,]{1,2}[A-Z][A-Z'’]*){1,12}/;
function widenToCapitals(text, start, end) {
    const matched = text.slice(start, end);
    if (matched !== matched.toUpperCase())
        return [start, end];
    const after = CAPS_AFTER.exec(text.slice(end, end + 200));
    return [capitalsBefore(text, start), end + (after?.[0].length ?? 0)];
}
const isCapital = (c) => c >= 65 && c <= 90;
const isSeparator = (c) => c === 32 || c === 44; // space, comma
const isApostrophe = (c) => c === 39 || c === 0x2019;
/**
 * Where the capital words before `start` begin: what CAPS_BEFORE (its specification) matches at
 * the end of the 200 characters before it, found by walking back word by word. The expression
 * with its `$` is tried at every position of the slice, which made it most of a copy's cost.
 */
export function capitalsBefore(text, start) {
    const floor = Math.max(0, start - 200);
    let at = start;
    for (let words = 0; words < 12; words++) {
        // One or two separators, then a word: a capital and capitals or apostrophes after it.
        let q = at;
        while (q > floor && at - q < 2 && isSeparator(text.charCodeAt(q - 1)))
            q--;
        if (q === at)
            break;
        let r = q;
        while (r > floor && (isCapital(text.charCodeAt(r - 1)) || isApostrophe(text.charCodeAt(r - 1))))
            r--;
        while (r < q && !isCapital(text.charCodeAt(r)))
            r++; // a word starts with its first capital
        if (r === q)
            break;
        at = r;
    }
    return at;
}
// A note's closing full stop and a credit's brackets go with it: a caption that loses "The
// content … cannot be independently verified." or "(… via AP)" is not also left with "." or "( )".
function widenToPunctuation(text, start, end) {
    if (text[start - 1] === '(' && text[end] === ')')
        return [start - 1, end + 1];
    const stop = /^\s{0,2}[.;]/.exec(text.slice(end, end + 3));
    return [start, end + (stop?.[0].length ?? 0)];
}
// The dashes, slashes and quotes that join caption codes ("… Bali. - RESTRICTED TO EDITORIAL USE -
// MANDATORY CREDIT "AFP PHOTO / BNPB" - NO MARKETING …") go with the codes they join.
const SEPARATORS_AFTER = /^[\s\-–—/"“”]+/u;
const SEPARATORS_BEFORE = /[\s\-–—/"“”]+$/u;
function trimSeparators(gap, afterSpan, beforeSpan) {
    let out = afterSpan ? gap.replace(SEPARATORS_AFTER, '') : gap;
    if (beforeSpan)
        out = out.replace(SEPARATORS_BEFORE, '');
    return out;
}
// A dateline without an agency tag ("SEOUL, South Korea —", "JAKARTA -") opens a paragraph of a
// copy that stripped the tag; it is a credit that was lost (reported as such), not story words.
const PLAIN_DATELINE = /^\p{Lu}[\p{Lu}.'’\- ]{2,40}(?:\/\p{Lu}[\p{Lu}.'’\- ]{2,40}){0,3}(?:,\s[^—–\n]{1,40}?)?\s(?:—|–|--?)\s/u;
// An outlet's label before its caption ("Photo: A view shows …", "Pictured: …") announces the
// picture, it is not a word of the caption; the agency's own "FILE PHOTO:" is, and stays.
const CAPTION_LABEL = /^(?:photo(?:graph)?s?|pictured?|pictures|images?|foto|bild)\s?:\s+/iu;
/** The stretches of a block's text that are not its words: its notes and inline credits. */
export function removedSpans(block, notes, credits) {
    const spans = [];
    for (const n of notes)
        if (n.block === block.index)
            spans.push([n.start, n.end]);
    for (const c of credits)
        if (c.block === block.index && INLINE_CREDITS.has(c.type))
            spans.push([c.start, c.end]);
    return spans;
}
/** Whether a credit of this type sits inside prose and is taken out of its words. */
export const isInlineCredit = (type) => INLINE_CREDITS.has(type);
/**
 * The words of a block that alignment and the word diff compare: its text without the editor
 * notes, inline credits and picture ids found in it, which have their own findings, and without
 * an outlet's "Photo:" label before a caption. A caption that loses its note is then one missing
 * note, not also an edited caption; one that carries its credit and notes inline compares equal
 * to one whose credit stands in its own element.
 */
export function contentText(block, notes, credits) {
    return contentOf(block, removedSpans(block, notes, credits));
}
/** contentText given the spans to take out (see removedSpans): it depends on these, the text and the role alone. */
export function contentOf(block, removed) {
    const spans = removed
        .map(([start, end]) => widenToCapitals(block.text, start, end))
        .map(([start, end]) => widenToPunctuation(block.text, start, end))
        .sort((a, b) => a[0] - b[0]);
    let out = '';
    let at = 0;
    for (const [start, end] of spans) {
        if (start > at)
            out += `${trimSeparators(block.text.slice(at, start), at > 0, true)} `;
        at = Math.max(at, end);
    }
    out += trimSeparators(block.text.slice(at), at > 0, false);
    if (block.role === 'body')
        out = out.replace(PLAIN_DATELINE, '');
    else if (block.role === 'caption')
        out = out.replace(CAPTION_LABEL, '');
    return collapseSpace(out.includes('RTX') || out.includes('RC') ? out.replace(PICTURE_ID, ' ') : out);
}
//# sourceMappingURL=content-text.js.map