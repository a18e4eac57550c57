import type { EditCategory } from '../types.js';
import type { Token } from '../segment/tokenize-words.js';
import { ATTRIBUTION_WORDS, DATE_WORDS, HEDGE_WORDS, NEGATION_WORDS, NOT_NAMES, NUMBER_WORDS } from './edit-lexicon.js';

/** One hunk of a word diff, with the context classification needs. */
export interface EditHunk {
  /** Reference tokens the copy lacks. */
  removed: readonly Token[];
  /** Copy tokens the reference lacks. */
  added: readonly Token[];
  /** True when the hunk lies inside quotation marks on the reference or the copy side. */
  insideQuote: boolean;
  /** For each removed/added token: is it inside quotation marks? (speech verbs there are quoted words) */
  removedInQuote: readonly boolean[];
  addedInQuote: readonly boolean[];
  /** For each removed/added token: does a sentence start with it? (capitals there are not names) */
  removedSentenceStart: readonly boolean[];
  addedSentenceStart: readonly boolean[];
}

const ORDER: readonly EditCategory[] = ['number', 'quote', 'negation', 'attribution', 'hedge', 'name', 'date', 'style', 'wording'];

const isQuoteMark = (t: Token): boolean => t.key === '"';
const isNumber = (t: Token): boolean => /\d/.test(t.key) || NUMBER_WORDS.has(t.key);
const isDate = (t: Token): boolean =>
  (DATE_WORDS.has(t.key) && (t.key !== 'may' || t.text === 'May')) ||
  /^(?:1[89]|20)\d\d$/.test(t.key) ||
  /^\d{1,2}[:.]\d{2}$/.test(t.key);
const isHedge = (t: Token): boolean => HEDGE_WORDS.has(t.key) && !(t.key === 'may' && t.text === 'May');
const isNegation = (t: Token): boolean => NEGATION_WORDS.has(t.key) || t.key.endsWith("n't");

function hasName(tokens: readonly Token[], sentenceStart: readonly boolean[], otherKeys: ReadonlySet<string>): boolean {
  return tokens.some(
    (t, i) =>
      t.isWord &&
      /^\p{Lu}/u.test(t.text) &&
      !sentenceStart[i] &&
      !NOT_NAMES.has(t.key) &&
      !DATE_WORDS.has(t.key) &&
      !otherKeys.has(t.key),
  );
}

// Spelling and punctuation only: the words, glued together without punctuation, are the same
// ("per cent" / "percent", "e-mail" / "email", a serial comma, a dash for a comma).
function isStyleOnly(hunk: EditHunk): boolean {
  if (hunk.removed.some(isQuoteMark) || hunk.added.some(isQuoteMark)) return false;
  const glue = (tokens: readonly Token[]) => tokens.filter((t) => t.isWord).map((t) => t.key).join('');
  return glue(hunk.removed) === glue(hunk.added);
}

/**
 * Says which categories apply to one word-level edit, in a fixed order. An edit that is none
 * of the specific categories and not style is `wording`.
 *
 * @example classifyEdit(hunkOf('All 29 ambassadors', 'All 28 ambassadors')) // => ['number']
 */
export function classifyEdit(hunk: EditHunk): EditCategory[] {
  if (isStyleOnly(hunk)) return ['style'];
  const found = new Set<EditCategory>();
  const both = [...hunk.removed, ...hunk.added];
  if (both.some(isNumber)) found.add('number');
  if (hunk.insideQuote || both.some(isQuoteMark)) found.add('quote');
  if (both.some(isNegation)) found.add('negation');
  const isSpeechVerb = (t: Token, i: number, inQuote: readonly boolean[]) => !inQuote[i] && ATTRIBUTION_WORDS.has(t.key);
  if (hunk.removed.some((t, i) => isSpeechVerb(t, i, hunk.removedInQuote)) ||
    hunk.added.some((t, i) => isSpeechVerb(t, i, hunk.addedInQuote))) {
    found.add('attribution');
  }
  if (both.some(isHedge)) found.add('hedge');
  if (both.some(isDate)) found.add('date');
  const removedKeys = new Set(hunk.removed.map((t) => t.key));
  const addedKeys = new Set(hunk.added.map((t) => t.key));
  if (
    hasName(hunk.removed, hunk.removedSentenceStart, addedKeys) ||
    hasName(hunk.added, hunk.addedSentenceStart, removedKeys)
  ) {
    found.add('name');
  }
  if (found.size === 0) found.add('wording');
  return ORDER.filter((c) => found.has(c));
}
