import { ATTRIBUTION_WORDS, DATE_WORDS, HEDGE_WORDS, NEGATION_WORDS, NOT_NAMES, NUMBER_WITH_SUFFIX, NUMBER_WORDS, PASSIVE_REPORTING, TIME_WORDS, MONTH_WORDS, UNIT_WORDS, } from './edit-lexicon.js';
import { mayNameABody } from './same-speaker.js';
import { isStyleEdit } from './style-edit.js';
const ORDER = ['number', 'quote', 'negation', 'attribution', 'hedge', 'name', 'date', 'style', 'wording'];
const isQuoteMark = (t) => t.key === '"' || t.key === "'";
// The word without a possessive: "Tuesday's" is a weekday, "Putin's" a name.
const bare = (t) => t.key.replace(/'s$/, '');
// A month by name: "15 October" is a date, "10-year" and "15 years" are numbers.
const isMonth = (t) => t !== undefined && MONTH_WORDS.has(bare(t)) && (bare(t) !== 'may' || t.text.startsWith('May'));
const isClock = (t) => t !== undefined && (TIME_WORDS.has(t.key) || (/^[ap]m$/.test(t.key) && t.text.includes('.')));
// A word of the sequence, skipping punctuation, `step` words away from position i.
function wordAt(tokens, i, step) {
    for (let k = i; k >= 0 && k < tokens.length; k += step)
        if (tokens[k].isWord)
            return tokens[k];
    return undefined;
}
// Digits that are part of a date or a time: a year, a day beside a month, an hour before "a.m."
// or a colon. Those are date edits, not number edits.
function isDatePart(tokens, i) {
    const t = tokens[i];
    if (!/^\d/.test(t.key))
        return false;
    if (/^(?:1[89]|20)\d\d$/.test(t.key))
        return true;
    if (/^\d{1,2}(?:[:.]\d\d)?$/.test(t.key)) {
        const before = wordAt(tokens, i - 1, -1);
        const after = wordAt(tokens, i + 1, 1);
        if (isMonth(before) || isMonth(after) || isClock(after))
            return true;
        if (tokens[i + 1]?.key === ':' && /^\d\d$/.test(tokens[i + 2]?.key ?? ''))
            return true;
        if (tokens[i - 1]?.key === ':' && /^\d{1,2}$/.test(tokens[i - 2]?.key ?? ''))
            return true;
    }
    return false;
}
// A code mixes letters and digits ("MH17", "2BUze4K", "RTX3A3V0"); "21st", "1990s", "500m" and
// "5bn" are numbers with their suffix.
const isCode = (t) => /\p{L}/u.test(t.key) && /\d/.test(t.key) && !NUMBER_WITH_SUFFIX.test(t.key);
const isNumber = (tokens, i) => {
    const t = tokens[i];
    if (t.inUrl || t.inTicker || isCode(t))
        return false;
    if (UNIT_WORDS.has(t.key) && !NUMBER_WORDS.has(t.key)) {
        const before = tokens[i - 1]?.key === '-' ? tokens[i - 2] : tokens[i - 1];
        return before !== undefined && (/^\d/.test(before.key) || NUMBER_WORDS.has(before.key));
    }
    return ((/\d/.test(t.key) && !isDatePart(tokens, i)) || NUMBER_WORDS.has(t.key));
};
const isDate = (tokens, i) => {
    const t = tokens[i];
    return isMonth(t) || isClock(t) || (DATE_WORDS.has(bare(t)) && bare(t) !== 'may') || isDatePart(tokens, i);
};
const isNegation = (t) => NEGATION_WORDS.has(t.key) || t.key.endsWith("n't");
// "said to", "is said to have": a report at second hand, a hedge rather than an attribution.
function isReportedSpeech(tokens, i) {
    return PASSIVE_REPORTING.has(tokens[i].key) && wordAt(tokens, i + 1, 1)?.key === 'to' &&
        ['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(wordAt(tokens, i - 1, -1)?.key ?? '');
}
const isHedge = (tokens, i) => {
    const t = tokens[i];
    return (HEDGE_WORDS.has(t.key) && !(t.key === 'may' && t.text === 'May')) || isReportedSpeech(tokens, i);
};
const isSpeechWord = (tokens, i) => !tokens[i].inQuote && ATTRIBUTION_WORDS.has(tokens[i].key) && !isReportedSpeech(tokens, i);
// The source of a statement changed: the hunk stands right after "said", "told" or "according
// to" (an article between), or right before "said"/"told" ("Officials said" -> "Analysts said").
function touchesAttribution(tokens, start, end) {
    let before = start - 1;
    while (before >= 0 && (!tokens[before].isWord || ['the', 'a', 'an', 'to'].includes(tokens[before].key)))
        before--;
    let after = end;
    while (after < tokens.length && !tokens[after].isWord)
        after++;
    const speech = (k) => k >= 0 && k < tokens.length && isSpeechWord(tokens, k) && tokens[k].key !== 'statement';
    return speech(before) || speech(after);
}
function hasName(tokens, start, end, otherKeys) {
    for (let i = start; i < end; i++) {
        const t = tokens[i];
        if (t.isWord && /^\p{Lu}/u.test(t.text) && (!t.sentenceStart || isOpeningName(tokens, t)) && !NOT_NAMES.has(t.key) &&
            !DATE_WORDS.has(bare(t)) && !otherKeys.has(t.key) && !isNumber(tokens, i))
            return true;
    }
    return false;
}
// A capital opening a sentence names someone when the text never writes the word in lower case
// and it is no plural or body of people ("Analysts said", "Police said").
const isOpeningName = (tokens, t) => !writtenLowerCase(tokens).has(t.key) && !mayNameABody(bare(t));
// The words a text writes in lower case somewhere. A capital opening a sentence says nothing,
// but a word the text never writes in lower case is a name there too ("Nakamura prefers"),
// and one it does is not ("Hydrangeas prefer" in a story about hydrangeas). Made once a text.
const LOWER_CASE_WORDS = new WeakMap();
function writtenLowerCase(tokens) {
    let words = LOWER_CASE_WORDS.get(tokens);
    if (!words) {
        const made = new Set();
        for (const t of tokens)
            if (t.isWord && !/^\p{Lu}/u.test(t.text))
                made.add(t.key);
        LOWER_CASE_WORDS.set(tokens, (words = made));
    }
    return words;
}
/**
 * Says which categories apply to one word-level edit, in a fixed order: `number` (digits,
 * spelled numbers, money, percentages, units), `quote` (words inside quotation marks, or the
 * marks themselves), `negation`, `attribution` (who said it), `hedge` (allegedly, said to,
 * appears), `name` (a capitalized word mid-sentence, or a code), `date` (dates, weekdays,
 * times), `style` (the same thing written differently, by STYLE_RULES: then nothing else). An
 * edit that is none of these is `wording`.
 *
 * @example classifyEdit(hunkOf('All 29 ambassadors', 'All 28 ambassadors')) // => ['number']
 */
export function classifyEdit(hunk) {
    if (isStyleEdit(hunk))
        return ['style'];
    const { ref, copy, r0, r1, c0, c1 } = hunk;
    const found = new Set();
    const insertedInQuote = r0 === r1 && ref[r0]?.inQuote === true && ref[r0 - 1]?.inQuote === true;
    const sides = [[ref, r0, r1], [copy, c0, c1]];
    const any = (test) => sides.some(([tokens, start, end]) => {
        for (let i = start; i < end; i++)
            if (test(tokens, i))
                return true;
        return false;
    });
    if (any(isNumber))
        found.add('number');
    // Words cut from a quotation, or put into one. Where the copy only inserted, the reference
    // says whether that place is inside a quotation (the copy may have merged away the paragraph
    // break that closed it).
    const quoted = (tokens, start, end) => tokens.slice(start, end).some((t) => t.inQuote);
    // Quotation marks that came or went; a mark restyled ("”" / '"') is not one.
    const marks = (tokens, start, end) => tokens.slice(start, end).filter(isQuoteMark).length;
    if (marks(ref, r0, r1) !== marks(copy, c0, c1) || quoted(ref, r0, r1) || (r0 < r1 && quoted(copy, c0, c1)) || insertedInQuote)
        found.add('quote');
    if (any((tokens, i) => isNegation(tokens[i])))
        found.add('negation');
    // Words only inserted, with no quotation mark of their own, are quoted when the reference
    // is quoted at that place (the copy's own marks may be unbalanced by a split or merge).
    const insertion = r0 === r1 && !copy.slice(c0, c1).some(isQuoteMark);
    const speech = (tokens, i) => tokens === copy && insertion ? !insertedInQuote && ATTRIBUTION_WORDS.has(tokens[i].key) && !isReportedSpeech(tokens, i) : isSpeechWord(tokens, i);
    if (any(speech))
        found.add('attribution');
    if (any(isHedge))
        found.add('hedge');
    if (any(isDate))
        found.add('date');
    const removedKeys = new Set(ref.slice(r0, r1).map((t) => t.key));
    const addedKeys = new Set(copy.slice(c0, c1).map((t) => t.key));
    if (hasName(ref, r0, r1, addedKeys) || hasName(copy, c0, c1, removedKeys))
        found.add('name');
    // A changed source ("according to the ministry" -> "according to the army") is attribution,
    // when nothing more specific (a number) already says what changed; a name swapped beside
    // "said" is another speaker, attribution as well as a name.
    if ((found.size === 0 || (found.size === 1 && found.has('name'))) && r0 < r1 && c0 < c1 && touchesAttribution(ref, r0, r1))
        found.add('attribution');
    if (found.size === 0)
        found.add('wording');
    return ORDER.filter((c) => found.has(c));
}
//# sourceMappingURL=classify-edit.js.map