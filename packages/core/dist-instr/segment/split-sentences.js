/**
 * Sentences: the unit that survives republication. Outlets re-cut paragraphs freely (split,
 * merge, one sentence per paragraph, the whole body run together), but rarely a sentence.
 */
// A full stop, "!" or "?" (a run of them), any closing quotation marks or brackets, white space,
// and a sentence opening: a capital, a digit, or an opening mark before one.
const BOUNDARY = /[.!?]+["'\u201D\u2019)\]]*(?=\s+["'\u201C\u2018(\[]?[\p{Lu}\p{N}])/gu;
// Words that a full stop follows without ending the sentence: "Mr. Kim", "Gen. Milley",
// "Jan. 5", "No. 2", "St. Petersburg". Lower case; matched on the word before the stop.
const ABBREVIATIONS = new Set(`mr mrs ms dr prof gen col lt maj sgt capt cmdr adm gov sen rep rev fr st mt ft jr sr inc corp co ltd bros
  no nos vs approx est dept univ jan feb mar apr jun jul aug sep sept oct nov dec ave blvd`.split(/\s+/));
// "U.S.", "U.N.", "a.m.", "B." (an initial): letters with stops between them, or one letter.
const DOTTED = /(?:^|[^\p{L}\p{N}])(?:\p{L}\.)*\p{L}$/u;
const WORD_BEFORE = /[\p{L}\p{N}]+$/u;
/**
 * Splits text into sentences, as character ranges `[start, end)` with the white space between
 * them left out. Ranges cover every character that is not white space, in order. A full stop
 * after an abbreviation or an initial ("Mr. Kim", "the U.S. envoy", "John F. Kennedy") ends no
 * sentence; the same text always splits the same way, which is what alignment needs.
 *
 * @example splitSentences('He left. She stayed.') // => [[0, 8], [9, 20]]
 */
export function splitSentences(text) {
    const ranges = [];
    let start = skipSpace(text, 0);
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
        const end = m.index + m[0].length;
        if (m[0][0] === '.' && m[0].length === 1 && !endsSentence(text.slice(Math.max(start, m.index - 40), m.index)))
            continue;
        if (end > start)
            ranges.push([start, end]);
        start = skipSpace(text, end);
    }
    const last = trimEnd(text, start);
    if (last > start)
        ranges.push([start, last]);
    return ranges;
}
// Whether a lone full stop after `before` ends a sentence: not after an abbreviation or initial.
function endsSentence(before) {
    if (DOTTED.test(before) && !/[\p{L}]{2}$/u.test(before))
        return false; // "U.S", "F", "a.m"
    const word = WORD_BEFORE.exec(before)?.[0];
    return word === undefined || !ABBREVIATIONS.has(word.toLowerCase());
}
function skipSpace(text, at) {
    while (at < text.length && /\s/.test(text[at]))
        at++;
    return at;
}
function trimEnd(text, floor) {
    let end = text.length;
    while (end > floor && /\s/.test(text[end - 1]))
        end--;
    return end;
}
//# sourceMappingURL=split-sentences.js.map