import { diffArrays } from 'diff';
import { tokenizeWords } from '../segment/tokenize-words.js';
import { classifyEdit } from './classify-edit.js';
import { dropReorderings } from './drop-reorderings.js';
import { foldTokens } from './fold-tokens.js';
import { markCodes } from './mark-codes.js';
import { orderLikeReference } from './order-like-reference.js';
const SENTENCE_END = new Set(['.', '!', '?', '"', ':', ';']);
const TERMINAL = new Set(['.', '!', '?']);
const OPENING = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSING = new Set(['\u201D', '\u00BB']);
// Each token with whether it is inside a pair of double quotation marks (the marks themselves
// excluded) and whether a sentence starts with it.
function inContext(text, tokens) {
    const { inUrl, inTicker } = markCodes(text, tokens);
    let open = false;
    const multiline = text.includes('\n');
    const out = new Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        // A closing quotation mark ends a sentence only after a full stop, "!" or "?" inside it:
        // in '"… depleted," Lee said' the speaker's name stands mid-sentence.
        const before = tokens[i - 1];
        const sentenceStart = i === 0 || (SENTENCE_END.has(before.key) && (before.key !== '"' || i < 2 || TERMINAL.has(tokens[i - 2].key)));
        // Blocks of a split or merge are joined by line breaks; a quotation left open at the end of
        // a paragraph runs on only when the next one opens with a quotation mark.
        if (open && multiline && i > 0 && t.key !== '"' && text.slice(tokens[i - 1].end, t.start).includes('\n'))
            open = false;
        let inQuote = open;
        if (t.key === '"') {
            // Curly marks say which way they face; a quotation running on from the previous
            // paragraph opens again without having closed. Straight marks open and close by turns.
            open = OPENING.has(t.text) ? true : CLOSING.has(t.text) ? false : !open;
            inQuote = false;
        }
        const lineStart = i === 0 || (multiline && text.slice(tokens[i - 1].end, t.start).includes('\n'));
        out[i] = { text: t.text, key: t.key, isWord: t.isWord, start: t.start, end: t.end, inQuote, sentenceStart, inUrl: inUrl?.[i] === 1, inTicker: inTicker?.[i] === 1, lineStart };
    }
    return out;
}
// The exact words as written: from the first token's start to the last token's end.
function quoteWords(text, tokens) {
    if (tokens.length === 0)
        return '';
    return text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s*\n\s*/g, ' ');
}
/**
 * Word-level diff of two aligned texts with jsdiff, on comparison keys (so curly and straight
 * quotes, U.S. and American, travelled and traveled, haven't and have not compare equal; see
 * STYLE_RULES), each edit classified. Tokens that compare equal but are written differently
 * come back as one `style` edit per run. Sentences the copy put in another order are compared
 * in the reference's order, and words moved within them (a clause, an attribution put after
 * its quotation) are not edits, or only style.
 *
 * @param referenceText The reference block(s), as written.
 * @param givenCopyText The copy block(s), as written.
 * @returns The edits in reading order; empty when the texts are the same word for word.
 * @example diffBlocks('All 29 ambassadors', 'All 28 ambassadors')
 *   // => [{ removed: '29', added: '28', categories: ['number'] }]
 */
export function diffBlocks(referenceText, givenCopyText) {
    const refTokens = tokenizeWords(referenceText);
    const givenTokens = tokenizeWords(givenCopyText);
    const copyText = orderLikeReference(refTokens, givenCopyText, givenTokens);
    const ref = inContext(referenceText, foldTokens(referenceText, refTokens));
    const copy = inContext(copyText, foldTokens(copyText, copyText === givenCopyText ? givenTokens : tokenizeWords(copyText)));
    const changes = diffArrays(ref.map((t) => t.key), copy.map((t) => t.key));
    const spans = mergeNearbySpans(dropReorderings(changedSpans(changes, ref, copy), ref, copy), ref, copy);
    return spans.map(({ r0, r1, c0, c1, restyled }) => ({
        removed: quoteWords(referenceText, ref.slice(r0, r1)),
        added: quoteWords(copyText, copy.slice(c0, c1)),
        categories: restyled ? ['style'] : classifyEdit({ ref, copy, r0, r1, c0, c1 }),
    }));
}
// Hunks where the keys differ, plus runs whose keys agree but whose spelling on the page does not.
function changedSpans(changes, ref, copy) {
    const spans = [];
    let i = 0;
    let j = 0;
    let pending = null;
    for (const change of changes) {
        const n = change.count ?? change.value.length;
        if (change.removed || change.added) {
            pending ??= { r0: i, r1: i, c0: j, c1: j, restyled: false };
            if (change.removed)
                pending.r1 = i += n;
            else
                pending.c1 = j += n;
            continue;
        }
        if (pending)
            spans.push(pending);
        pending = null;
        let runStart = -1;
        for (let k = 0; k <= n; k++) {
            const differs = k < n && ref[i + k].text !== copy[j + k].text;
            if (differs && runStart < 0)
                runStart = k;
            if (!differs && runStart >= 0) {
                spans.push({ r0: i + runStart, r1: i + k, c0: j + runStart, c1: j + k, restyled: true });
                runStart = -1;
            }
        }
        i += n;
        j += n;
    }
    if (pending)
        spans.push(pending);
    return spans;
}
// jsdiff happily keeps a lone comma or "to" in common between two edits; a reader sees one
// edit there ("Guinea-Bissau, to Malaysia, to China" cut as a whole), so glue such spans.
const MAX_GLUE_TOKENS = 2;
const GLUE_WORDS = new Set(['to', 'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'that', 'is', 'was', 'with', 'by', 'at']);
function mergeNearbySpans(spans, ref, copy) {
    const merged = [];
    // Two spans inside one written word ("haven't" is have + not) are one edit.
    const splitsWord = (tokens, end, start) => end === start && end > 0 && start < tokens.length && tokens[end - 1].start === tokens[start].start;
    for (const span of spans) {
        const last = merged[merged.length - 1];
        const gap = last ? span.r0 - last.r1 : Infinity;
        // A restyled run stays apart from a real edit beside it: glued, the style would read as substance.
        const near = last && gap <= MAX_GLUE_TOKENS && span.c0 - last.c1 === gap && last.restyled === span.restyled &&
            ref.slice(last.r1, span.r0).every((t) => !t.isWord || GLUE_WORDS.has(t.key));
        if (last && (near || splitsWord(ref, last.r1, span.r0) || splitsWord(copy, last.c1, span.c0))) {
            last.r1 = span.r1;
            last.c1 = span.c1;
            last.restyled &&= span.restyled;
        }
        else {
            merged.push({ ...span });
        }
    }
    return merged;
}
//# sourceMappingURL=diff-blocks.js.map