import { collapseSpace } from './normalize-text.js';
const BLANK_LINE = /\n[ \t\u00A0]*\n/;
const ENDS_SENTENCE = /[.!?:"\u201D\u2019)\]]\s*$/u;
const OPENS_PARAGRAPH = /^["'\u201C\u2018(\[]?[\p{Lu}\p{N}]/u;
const MIN_WRAPPED_LINES = 3; // two lines say nothing about a wrap width
const MAX_WRAP_WIDTH = 100; // longer lines are paragraphs a browser would wrap, not hard wraps
const MIN_OPEN_SHARE = 0.4; // in wrapped text most lines stop mid-sentence; in one-per-line text few do
const SHORT_LINE_SHARE = 0.5; // a line under half the width that stops mid-sentence is a title or byline
const FULL_LINE_SHARE = 0.75; // a wrap fills most lines to near its width: captions and lists do not
/**
 * Splits plain text into paragraphs, white space collapsed. Blank lines separate paragraphs;
 * within a stretch without one, the lines say how: a text hard-wrapped at a fixed width (most
 * lines stop mid-sentence) joins its lines, a paragraph ending where a line ends a sentence
 * with room left for the next word, or where a short line stops (a title, a byline); any
 * other text has one paragraph per line (single line breaks, as web archives and JSON-LD
 * `articleBody` write them).
 *
 * @example splitParagraphs('One.\nTwo.') // => ['One.', 'Two.']
 * @example splitParagraphs('A ferry with 200 passengers\ncapsized on Monday.\nNo one died.')
 *   // => ['A ferry with 200 passengers capsized on Monday.', 'No one died.']
 */
export function splitParagraphs(text) {
    const paragraphs = [];
    for (const stretch of text.replace(/\r\n?/g, '\n').split(BLANK_LINE)) {
        const lines = stretch.split('\n').map((line) => line.trim()).filter((line) => line !== '');
        if (isHardWrapped(lines))
            paragraphs.push(...joinWrapped(lines));
        else
            paragraphs.push(...lines);
    }
    return paragraphs.map(collapseSpace).filter((p) => p !== '');
}
function isHardWrapped(lines) {
    if (lines.length < MIN_WRAPPED_LINES)
        return false;
    const width = Math.max(...lines.map((l) => l.length));
    if (width > MAX_WRAP_WIDTH)
        return false;
    const open = lines.slice(0, -1).filter((l) => !ENDS_SENTENCE.test(l)).length;
    const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
    const median = lengths[lengths.length >> 1];
    return open / (lines.length - 1) >= MIN_OPEN_SHARE && median >= width * FULL_LINE_SHARE;
}
// Words a line of prose may stop on only mid-sentence, never at a title's or a credit's end.
const CONTINUES = new Set('a an and as at but by for from in into is of on or that the to was were with'.split(' '));
// Greedy wrapping fills a line while the next word fits. A line its writer ended has room left
// for the next line's first word, and the next line opens like a paragraph (a capital, a digit
// or a quotation mark): after a sentence's end, or after a title, a byline or a credit line,
// which stop on a word a wrapped line would carry on from ("of", "the") only mid-sentence.
function joinWrapped(lines) {
    const width = Math.max(...lines.map((l) => l.length));
    const out = [];
    let current = [];
    lines.forEach((line, k) => {
        current.push(line);
        const next = lines[k + 1];
        if (next === undefined || !OPENS_PARAGRAPH.test(next))
            return;
        const roomLeft = line.length + 1 + next.split(/\s/, 1)[0].length <= width;
        const lastWord = /[\p{L}\p{N}]+$/u.exec(line)?.[0].toLowerCase();
        const ends = ENDS_SENTENCE.test(line)
            ? roomLeft
            : lastWord !== undefined && !CONTINUES.has(lastWord) && (roomLeft || line.length < width * SHORT_LINE_SHARE);
        if (ends) {
            out.push(current.join(' '));
            current = [];
        }
    });
    if (current.length > 0)
        out.push(current.join(' '));
    return out;
}
//# sourceMappingURL=split-paragraphs.js.map