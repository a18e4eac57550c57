import { normalizeText } from './normalize-text.js';

/** A word or punctuation mark of a block, with the key it is compared by. */
export interface Token {
  /** As written. */
  text: string;
  /**
   * What the token is compared by: typographic folding, lower case, and spelling variants that
   * news style guides differ on (U.S./US, -ise/-ize, -our/-or, -tre/-ter, 1,000/1000).
   */
  key: string;
  /** True for letters or digits; false for punctuation. */
  isWord: boolean;
  /** Offsets in the text it came from, so the exact words can be quoted as written. */
  start: number;
  end: number;
}

// A word is a run of letters and digits, joined across an apostrophe, a period or a comma
// only when letters or digits follow ("don't", "U.S", "1.5", "1,000"); a hyphen splits, so
// "U.S.-led" and "US-led" tokenize alike apart from punctuation.
// The first group captures words, so punctuation needs no second test.
const TOKEN = /([\p{L}\p{N}\p{M}]+(?:['\u2019.,][\p{L}\p{N}\p{M}]+)*)|[^\s\p{L}\p{N}\p{M}]/gu;

// British/American and agency-style spellings that mean the same word.
const SPELLING_VARIANTS: Readonly<Record<string, string>> = Object.freeze({
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  practise: 'practice',
  programme: 'program',
  programmes: 'programs',
  grey: 'gray',
  towards: 'toward',
  amongst: 'among',
  whilst: 'while',
  judgement: 'judgment',
  cheque: 'check',
  tyre: 'tire',
  aluminium: 'aluminum',
  pct: 'percent',
  '%': 'percent', // "5%" and "5 percent" say the same
  jan: 'january',
  feb: 'february',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
});

// Keys repeat endlessly across blocks and copies ("the", "said"); remember them. Cleared when
// full so memory stays bounded on any input.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 100_000;

/** The comparison key of one token. */
export function tokenKey(text: string): string {
  let key = KEY_CACHE.get(text);
  if (key === undefined) {
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    key = computeKey(text);
    KEY_CACHE.set(text, key);
  }
  return key;
}

function computeKey(text: string): string {
  let key = (/^[\x20-\x7e]*$/.test(text) ? text : normalizeText(text)).toLowerCase();
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(key)) key = key.replace(/\./g, ''); // U.S. -> us
  else if (/^\d{1,3}(?:,\d{3})+$/.test(key)) key = key.replace(/,/g, ''); // 1,000 -> 1000
  const variant = SPELLING_VARIANTS[key];
  if (variant !== undefined) return variant;
  return key
    .replace(/^(\p{L}{2,})is(e|es|ed|ing|ation|ations)$/u, '$1iz$2') // organise -> organize
    .replace(/^(\p{L}{3,})our(s|ed|ing|ite|ites|able)?$/u, '$1or$2') // favour -> favor
    .replace(/^(\p{L}{2,})tre(s)?$/u, '$1ter$2') // centre -> center
    .replace(/^(\p{L}{2,}[aeiou])ll(ed|ing|er|ers)$/u, '$1l$2'); // travelled -> traveled
}

/**
 * Calls `visit` for each word and punctuation token of `text`, in order, without building token
 * objects: the fast path for callers that need only keys (alignment fingerprints every block).
 */
export function forEachToken(text: string, visit: (text: string, key: string, isWord: boolean, start: number) => void): void {
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    visit(match[0], tokenKey(match[0]), match[1] !== undefined, match.index);
  }
}

/**
 * Splits text into word and punctuation tokens; white space separates tokens and is never one.
 *
 * @example tokenizeWords('All 29 ambassadors.').map((t) => t.text) // => ['All', '29', 'ambassadors', '.']
 */
export function tokenizeWords(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (word, key, isWord, start) => tokens.push({ text: word, key, isWord, start, end: start + word.length }));
  return tokens;
}
