import type { ContextToken, EditHunk } from './classify-edit.js';
import { ATTRIBUTION_WORDS, NUMBER_WORDS, SMALL_NUMBERS } from './edit-lexicon.js';
import { isSameQuantity } from './same-quantity.js';
import { isSameSpeaker, midSentence } from './same-speaker.js';
import { styleRule } from './style-rules.js';

const FUNCTION_WORDS = new Set(styleRule('function-words', 'words').words);
const HONORIFICS = new Set(styleRule('honorifics', 'words').words);
const PRONOUNS = new Set(styleRule('speaker-pronouns', 'words').words);
const ACRONYM_GLUE = new Set(styleRule('acronyms', 'words').words);
const CONNECTIVES = new Set(styleRule('connectives', 'words').words);
const ACRONYM = /^\p{Lu}{2,}$/u;
const MAX_ACRONYM_WORDS = 8; // "the International Atomic Energy Agency (IAEA)"
const SPEAKER_REACH = 8; // tokens from a pronoun to its "said": "his children Lucy, Robert and Tim said"

type Tokens = readonly ContextToken[];
const isQuoteMark = (t: ContextToken): boolean => t.key === '"' || t.key === "'";
const marks = (tokens: Tokens) => tokens.reduce((n, t) => n + (isQuoteMark(t) ? 1 : 0), 0);
// A block's quotation marks, counted once however many of its edits ask.
const BLOCK_MARKS = new WeakMap<Tokens, number>();
const blockMarks = (tokens: Tokens) => {
  let n = BLOCK_MARKS.get(tokens);
  if (n === undefined) BLOCK_MARKS.set(tokens, (n = marks(tokens)));
  return n;
};
// The words of a run glued together, with the signs that say what a number counts ("%", "$").
const glue = (tokens: Tokens, skip?: ReadonlySet<string>) =>
  tokens.filter((t) => (t.isWord || NUMBER_WORDS.has(t.key)) && !skip?.has(t.key)).map((t) => SMALL_NUMBERS.get(t.key) ?? t.key).join('');
const wordAfter = (tokens: Tokens, i: number) => {
  for (let k = i; k < tokens.length; k++) if (tokens[k]!.isWord) return tokens[k];
  return undefined;
};
const isNumberWord = (t: ContextToken | undefined) => t !== undefined && (/\d/.test(t.key) || NUMBER_WORDS.has(t.key));

// Spelling and punctuation only: the words, glued together without punctuation, are the same
// ("per cent" / "percent", "e-mail" / "email", a serial comma, a dash for a comma, "six" / "6",
// single quotation marks for double), and no quotation mark came or went — or one moved with
// its sentence, no word with it, and the block keeps as many.
function isSameWords(hunk: EditHunk, removed: Tokens, added: Tokens): boolean {
  if (marks(removed) !== marks(added)) {
    return !removed.some((t) => t.isWord) && !added.some((t) => t.isWord) && blockMarks(hunk.ref) === blockMarks(hunk.copy);
  }
  return glue(removed) === glue(added);
}

// Inside a web address, or a stock code in brackets cut or added whole (another symbol is a
// name edit, so both sides having words is not style).
function isLinkOrTicker(removed: Tokens, added: Tokens): boolean {
  const words = [...removed, ...added].filter((t) => t.isWord);
  if (words.length === 0) return false;
  if (words.every((t) => t.inUrl)) return true;
  const oneSided = !removed.some((t) => t.isWord) || !added.some((t) => t.isWord);
  return oneSided && [...removed, ...added].every((t) => t.inTicker || t.key === ',');
}

// "Joint Chiefs of Staff (JCS)": the capitalized words before a bracketed acronym whose
// initials it is, with the brackets; [start, end) of the group or null.
function acronymGroup(tokens: Tokens, i: number): [number, number] | null {
  let open = i;
  while (open < tokens.length && open < i + MAX_ACRONYM_WORDS * 2 && tokens[open]!.key !== '(') open++;
  const acronym = tokens[open + 1];
  if (tokens[open]?.key !== '(' || tokens[open + 2]?.key !== ')' || !acronym || !/^[A-Z]{2,6}$/.test(acronym.text.replace(/\./g, ''))) return null;
  const letters = acronym.text.replace(/\./g, '');
  let start = open;
  let k = letters.length;
  while (k > 0 && start > 0) {
    const t = tokens[start - 1]!;
    if (!t.isWord) return null;
    if (/^\p{Lu}/u.test(t.text)) {
      if (t.text[0] !== letters[k - 1]) return null;
      k--;
    } else if (!ACRONYM_GLUE.has(t.key)) return null;
    start--;
  }
  return k === 0 && start <= i ? [start, open + 3] : null;
}

// An acronym's spelled-out name, or the acronym, cut with the brackets while the other stays:
// nothing a reader loses.
function isAcronymSpelled(hunk: EditHunk, removed: Tokens, added: Tokens): boolean {
  const [tokens, from, to, other] = added.length === 0 ? [hunk.ref, hunk.r0, hunk.r1, hunk.copy] : removed.length === 0 ? [hunk.copy, hunk.c0, hunk.c1, hunk.ref] : [null, 0, 0, []];
  if (!tokens || !tokens.slice(from, to).some((t) => t.isWord)) return false;
  // The other text still has the acronym, or the whole name, word for word.
  const keeps = (keys: readonly string[]) => other.some((_, i) => keys.every((k, n) => other[i + n]?.key === k));
  // Only near a bracketed word.
  const near = tokens.slice(Math.max(0, from - 1), to + 1);
  if (!near.some((t) => t.key === '(' || t.key === ')')) return false;
  for (let i = Math.max(0, from - MAX_ACRONYM_WORDS * 2); i <= from; i++) {
    const group = acronymGroup(tokens, i);
    if (!group) continue;
    const [start, end] = group;
    const open = end - 3;
    // Within the group, and the acronym or the whole name still stands in the other text.
    const name = tokens.slice(start, open).map((t) => t.key);
    if (start <= from && to <= end && (keeps([tokens[open + 1]!.key]) || keeps(name))) return true;
  }
  return false;
}

// Words said outside any quotation: a quotation's words are the speaker's, never style.
function isOutsideQuotes(hunk: EditHunk, removed: Tokens, added: Tokens): boolean {
  const { ref, r0, r1 } = hunk;
  const insertedInQuote = r0 === r1 && ref[r0]?.inQuote === true && ref[r0 - 1]?.inQuote === true;
  return !insertedInQuote && !removed.some((t) => t.inQuote) && !added.some((t) => t.inQuote) && marks(removed) === marks(added);
}

// "Mr Kim" / "Kim" / "Mr. Kim": an honorific alone put in or left off before a name.
function isHonorific(hunk: EditHunk, removed: Tokens, added: Tokens): boolean {
  const [tokens, end, words] = added.length === 0 ? [hunk.ref, hunk.r1, removed] : removed.length === 0 ? [hunk.copy, hunk.c1, added] : [null, 0, []];
  if (!tokens || !words.some((t) => t.isWord) || !words.every((t) => (t.isWord ? HONORIFICS.has(t.key) : t.key === '.'))) return false;
  const name = wordAfter(tokens, end);
  return name !== undefined && /^\p{Lu}/u.test(name.text);
}

// An article or preposition put in or left out, or one for another ("late Tuesday" / "late on
// Tuesday", "but" / "and"): never before a number ("over 100" is not "100").
function isFunctionWords(hunk: EditHunk, removed: Tokens, added: Tokens): boolean {
  const changed = [...removed, ...added].filter((t) => t.isWord && FUNCTION_WORDS.has(t.key));
  if (changed.length === 0 || glue(removed, FUNCTION_WORDS) !== glue(added, FUNCTION_WORDS)) return false;
  const beforeNumber = (tokens: Tokens, from: number, to: number) => {
    for (let i = from; i < to; i++) if (tokens[i]!.isWord && FUNCTION_WORDS.has(tokens[i]!.key) && isNumberWord(wordAfter(tokens, i + 1))) return true;
    return false;
  };
  return !beforeNumber(hunk.ref, hunk.r0, hunk.r1) && !beforeNumber(hunk.copy, hunk.c0, hunk.c1);
}

// "also", "meanwhile", "respectively" put in, left out or one for another (see the connectives rule).
function isConnectives(removed: Tokens, added: Tokens): boolean {
  const changed = [...removed, ...added].some((t) => t.isWord && CONNECTIVES.has(t.key));
  return changed && glue(removed, CONNECTIVES) === glue(added, CONNECTIVES);
}

// "PILs" / "PIL": the same words, an acronym among them in the plural on one side only.
function isAcronymPlural(removed: Tokens, added: Tokens): boolean {
  const cut = removed.filter((t) => t.isWord);
  const put = added.filter((t) => t.isWord);
  if (cut.length === 0 || cut.length !== put.length) return false;
  let plural = false;
  for (let k = 0; k < cut.length; k++) {
    const [a, b] = [cut[k]!.text, put[k]!.text];
    if (a === b) continue;
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (long !== `${short}s` || !ACRONYM.test(short)) return false;
    plural = true;
  }
  return plural;
}

// "she said" / "Karnawati said", "his children … said" / "Hawking's children … said": the
// speaker's pronoun replaced by the speaker's name, or the reverse, next to what they said.
function isSpeakerNamed(hunk: EditHunk, removed: Tokens, added: Tokens): boolean {
  const cut = removed.filter((t) => t.isWord && !FUNCTION_WORDS.has(t.key));
  const put = added.filter((t) => t.isWord && !FUNCTION_WORDS.has(t.key));
  if (!cut.some((t) => PRONOUNS.has(t.key)) && !put.some((t) => PRONOUNS.has(t.key))) return false;
  if (!isSameSpeaker(cut, put, (t) => midSentence(hunk.ref)(t) || midSentence(hunk.copy)(t))) return false;
  const speaks = (tokens: Tokens, from: number, to: number) => {
    if (ATTRIBUTION_WORDS.has(tokens[from - 1]?.key ?? '')) return true; // "said she"
    for (let i = to; i < tokens.length && i < to + SPEAKER_REACH; i++) {
      const t = tokens[i]!;
      if (t.key === '.' || t.inQuote || isQuoteMark(t)) return false;
      if (ATTRIBUTION_WORDS.has(t.key)) return true;
    }
    return false;
  };
  return speaks(hunk.ref, hunk.r0, hunk.r1) && speaks(hunk.copy, hunk.c0, hunk.c1);
}

// "it's" is "it is" or "it has", "she'd" "she would" or "she had": a copy that wrote out the
// other reading wrote the same contraction.
const READINGS: ReadonlyMap<string, string> = new Map([['is', 'has'], ['has', 'is'], ['would', 'had'], ['had', 'would']]);
function isOtherReading(removed: Tokens, added: Tokens): boolean {
  const cut = removed.filter((t) => t.isWord);
  const put = added.filter((t) => t.isWord);
  if (cut.length !== put.length) return false;
  let differ = 0;
  for (let i = 0; i < cut.length; i++) {
    const [a, b] = [cut[i]!, put[i]!];
    if (a.key === b.key) continue;
    const contracted = a.text.includes("'") || a.text.includes('\u2019') ? a : b.text.includes("'") || b.text.includes('\u2019') ? b : null;
    if (!contracted || READINGS.get(a.key) !== b.key) return false;
    differ++;
  }
  return differ > 0;
}

/**
 * Whether one edit of a word diff changes how the story is written, not what it says, by the
 * rules of STYLE_RULES: the same words in another spelling or punctuation, a web address or
 * stock code, one quantity in other units, the other reading of "it's", and — outside
 * quotations — an honorific, a function word, the speaker's pronoun for the speaker's name, or
 * a name or its bracketed initials left off. (Moved words are found before, by dropReorderings.)
 *
 * @example isStyleEdit(hunkOf('late Tuesday', 'late on Tuesday')) // => true
 */
// A quotation that runs on into a new paragraph opens it with a quotation mark again, without
// having closed: a copy that splits a quoted paragraph adds that mark, one that merges the
// paragraphs drops it. Only marks, at a paragraph's start, where the other side is quoting.
function isContinuedQuotation(hunk: EditHunk, removed: readonly ContextToken[], added: readonly ContextToken[]): boolean {
  const [marks, other, at] = removed.length === 0 ? [added, hunk.ref, hunk.r0] : added.length === 0 ? [removed, hunk.copy, hunk.c0] : [[], hunk.ref, 0];
  if (marks.length === 0 || !marks.every((t) => t.key === '"' || t.key === "'") || !marks[0]!.lineStart) return false;
  return other[at]?.inQuote === true || other[at - 1]?.inQuote === true;
}

export function isStyleEdit(hunk: EditHunk): boolean {
  const removed = hunk.ref.slice(hunk.r0, hunk.r1);
  const added = hunk.copy.slice(hunk.c0, hunk.c1);
  if (isSameWords(hunk, removed, added) || isLinkOrTicker(removed, added) || isSameQuantity(hunk) || isOtherReading(removed, added) ||
    isAcronymPlural(removed, added)) return true;
  if (isContinuedQuotation(hunk, removed, added)) return true;
  if (!isOutsideQuotes(hunk, removed, added)) return false;
  return isHonorific(hunk, removed, added) || isFunctionWords(hunk, removed, added) || isConnectives(removed, added) || isSpeakerNamed(hunk, removed, added) ||
    isAcronymSpelled(hunk, removed, added);
}
