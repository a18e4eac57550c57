import { STYLE_RULES } from '../diff/style-rules.js';
import { normalizeText } from './normalize-text.js';
// A word is a run of letters and digits, joined across an apostrophe, a period or a comma
// only when letters or digits follow ("don't", "U.S", "1.5", "1,000"); a hyphen splits, so
// "U.S.-led" and "US-led" tokenize alike apart from punctuation. Any other character but
// white space is a token of its own. This is the expression the scanner below implements
// (kept as its specification; tests compare the two on random text):
export const TOKEN = /([\p{L}\p{N}\p{M}]+(?:['\u2019.,][\p{L}\p{N}\p{M}]+)*)|[^\s\p{L}\p{N}\p{M}]/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR = /\s/u;
var Kind;
(function (Kind) {
    Kind[Kind["Unknown"] = 0] = "Unknown";
    Kind[Kind["Word"] = 1] = "Word";
    Kind[Kind["Space"] = 2] = "Space";
    Kind[Kind["Other"] = 3] = "Other";
})(Kind || (Kind = {}));
// Character kinds of the Basic Multilingual Plane, filled in as characters are first seen.
const KINDS = new Uint8Array(0x10000);
function kindOf(code) {
    if (code < 0x10000) {
        let kind = KINDS[code];
        if (kind === Kind.Unknown) {
            const ch = String.fromCharCode(code);
            kind = WORD_CHAR.test(ch) ? Kind.Word : SPACE_CHAR.test(ch) ? Kind.Space : Kind.Other;
            KINDS[code] = kind;
        }
        return kind;
    }
    const ch = String.fromCodePoint(code);
    return WORD_CHAR.test(ch) ? Kind.Word : Kind.Other; // no white space lies outside the BMP
}
// Characters that join two runs of word characters into one word.
const isJoiner = (code) => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2c;
const width = (code) => (code > 0xffff ? 2 : 1);
// Spelling folds of the style rules (diff/style-rules.ts): whole words first, then the
// pattern rewrites, each run only when its gate is in the key, then letters no accent strip
// reaches ("ł", "ø").
const KEY_RULES = STYLE_RULES.flatMap((rule) => (rule.kind === 'key' ? [rule] : []));
const PATTERN_FOLDS = KEY_RULES.flatMap((rule) => rule.folds ?? []).map(([gate, pattern, to]) => [gate, new RegExp(pattern, 'u'), to]);
const foldByPattern = (key) => {
    for (const [gate, pattern, to] of PATTERN_FOLDS)
        if (key.includes(gate))
            key = key.replace(pattern, to);
    return key;
};
// A word's fold lands where the patterns take the other form ("spelt" -> "spelled" -> "speled");
// a word given itself ("timbre") is kept from the patterns.
const WORD_FOLDS = new Map(KEY_RULES.flatMap((rule) => rule.words ?? []).map(([from, to]) => [from, from === to ? to : foldByPattern(to)]));
const LETTER_FOLDS = new Map(KEY_RULES.flatMap((rule) => rule.letters ?? []));
const LETTERS_TO_FOLD = new RegExp(`[${[...LETTER_FOLDS.keys()].join('')}]`, 'gu');
const ACCENTS = /[\u0300-\u036f]/g; // combining marks of Latin, Greek and Cyrillic letters, after NFD
// Keys repeat endlessly across blocks and copies ("the", "said"); remember them. Cleared when
// full so memory stays bounded on any input.
const KEY_CACHE = new Map();
const KEY_CACHE_LIMIT = 100_000;
/** The comparison key of one token. */
export function tokenKey(text) {
    let key = KEY_CACHE.get(text);
    if (key === undefined) {
        if (KEY_CACHE.size >= KEY_CACHE_LIMIT)
            KEY_CACHE.clear();
        key = computeKey(text);
        KEY_CACHE.set(text, key);
    }
    return key;
}
function computeKey(text) {
    const ascii = /^[\x20-\x7e]*$/.test(text);
    let key = (ascii ? text : normalizeText(text)).toLowerCase();
    // "Maizière" and "Maiziere": copies drop accents their systems cannot print.
    if (!ascii)
        key = key.normalize('NFD').replace(ACCENTS, '').replace(LETTERS_TO_FOLD, (ch) => LETTER_FOLDS.get(ch)).normalize('NFC');
    if (/^(?:\p{L}\.)+\p{L}?$/u.test(key))
        key = key.replace(/\./g, ''); // U.S. -> us
    else if (/^\d{1,3}(?:,\d{3})+$/.test(key))
        key = key.replace(/,/g, ''); // 1,000 -> 1000
    return WORD_FOLDS.get(key) ?? foldByPattern(key);
}
/**
 * Calls `visit` for each word and punctuation token of `text`, in order, without building token
 * objects: the fast path for callers that need only keys (alignment fingerprints every block).
 */
export function forEachToken(text, visit) {
    const n = text.length;
    let i = 0;
    while (i < n) {
        const code = text.codePointAt(i);
        const kind = kindOf(code);
        if (kind === Kind.Space) {
            i += 1;
            continue;
        }
        const start = i;
        i += width(code);
        if (kind === Kind.Word) {
            while (i < n) {
                const next = text.codePointAt(i);
                if (kindOf(next) === Kind.Word)
                    i += width(next);
                else if (isJoiner(next) && i + 1 < n && kindOf(text.codePointAt(i + 1)) === Kind.Word)
                    i += 1;
                else
                    break;
            }
        }
        const token = text.slice(start, i);
        visit(token, tokenKey(token), kind === Kind.Word, start);
    }
}
/**
 * Splits text into word and punctuation tokens; white space separates tokens and is never one.
 *
 * @example tokenizeWords('All 29 ambassadors.').map((t) => t.text) // => ['All', '29', 'ambassadors', '.']
 */
export function tokenizeWords(text) {
    const tokens = [];
    forEachToken(text, (word, key, isWord, start) => tokens.push({ text: word, key, isWord, start, end: start + word.length }));
    return tokens;
}
//# sourceMappingURL=tokenize-words.js.map