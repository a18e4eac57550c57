// Substantive word edits as republishers make them, on real paragraphs: a number changed, a
// word of a quotation cut or swapped, a hedge dropped or added, an attribution cut, a "not"
// dropped or added, a name retyped, a weekday or month changed. Each works on what the
// paragraph already says (a number that is in it, an actual "said") and returns the edited
// text with the words before and after, one word of context either side, for the truth.
import { OTHER_SURNAMES, MONTH_NAMES } from './newsroom-data.js';
import type { Rng } from './agency-reference.js';

/** An edit of one paragraph: its new text and the words that changed, with context. */
export interface WordEdit {
  text: string;
  before: string;
  after: string;
}

/** The first `n` words of a text: how the truth names a paragraph. */
export const firstWords = (text: string, n = 8) => text.split(/\s+/).slice(0, n).join(' ');

export type WordOp = 'number' | 'quote' | 'hedge' | 'attribution' | 'negation' | 'name' | 'date';

const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|[.,](?=\p{N}))*`;
const PREVIOUS_WORD = new RegExp(`(${WORD})([^\\p{L}\\p{N}]*)$`, 'u');
const NEXT_WORD = new RegExp(`^([^\\p{L}\\p{N}]*)(${WORD})`, 'u');

/** Replaces text[start, end) and reports the change with one word of context either side (not across a sentence end). */
export function replaceSpan(text: string, start: number, end: number, replacement: string): WordEdit {
  const out = text.slice(0, start) + replacement + text.slice(end);
  let from = start;
  const left = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 80), start));
  if (left && !/[.!?]/.test(left[2]!)) from = start - left[0].length;
  let to = end;
  const right = NEXT_WORD.exec(text.slice(end, end + 80));
  if (right && !/[.!?]/.test(right[1]!)) to = end + right[0].length;
  else to = end + (/^[^\s\p{L}\p{N}]*/u.exec(text.slice(end))?.[0].length ?? 0); // keep the closing marks
  const delta = replacement.length - (end - start);
  return { text: out, before: text.slice(from, to).trim(), after: out.slice(from, to + delta).trim() };
}

/** [start, end) of every double-quoted passage: straight marks pair in turn, curly ones say which they are. */
export function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (const m of text.matchAll(/["“”]/g)) {
    const opens = m[0] === '“' || (m[0] === '"' && open < 0);
    if (opens && open < 0) open = m.index + 1;
    else if (!opens && open >= 0) {
      spans.push([open, m.index]);
      open = -1;
    }
  }
  return spans;
}

export const insideQuote = (text: string, at: number) => quoteSpans(text).some(([a, b]) => at >= a && at < b);

/** Every match of `re` (global) outside quotations, in order. */
function matchesOutsideQuotes(text: string, re: RegExp): RegExpExecArray[] {
  const spans = quoteSpans(text);
  return [...text.matchAll(re)].filter((m) => !spans.some(([a, b]) => m.index >= a - 1 && m.index <= b));
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SPELLED = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const NOT_A_NAME = new Set(['The', 'A', 'An', 'I', 'He', 'She', 'It', 'We', 'They', 'But', 'And', 'In', 'On', 'At', 'For', 'Mr', 'Mrs', 'Ms', 'Dr',
  'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Our', 'If', 'When', 'As', 'After', 'Before', 'While', 'With', 'From', 'By', 'Of',
  ...MONTH_NAMES, ...WEEKDAYS, 'President', 'Minister', 'Prime', 'Secretary', 'General', 'Police', 'State', 'National', 'North', 'South', 'East', 'West',
  // Words that end the names of bodies, not of people ("City Council", "Food Trust").
  'Council', 'Trust', 'Government', 'Republican', 'Republicans', 'Democratic', 'Democrat', 'Democrats', 'Party', 'Committee', 'Agency', 'Department',
  'Office', 'Ministry', 'University', 'County', 'City', 'Street', 'Court', 'Company', 'Group', 'News', 'One', 'Times', 'Post', 'House', 'Senate',
  'Congress', 'Association', 'Service', 'Center', 'Centre', 'Institute', 'Foundation', 'Board', 'Bank', 'Union', 'Island', 'Islands', 'Airlines']);

function changeNumber(text: string, rng: Rng): WordEdit | null {
  // A count, not a year, a day beside a month, an hour or part of a name ("Hwasong-14").
  const re = /(?<![\p{L}\p{N}.,$:\/\-])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\p{N}:\-]|,\d|\.\d|\s?(?:a\.m|p\.m|am\b|pm\b|GMT))/gu;
  const months = new RegExp(`(?:${MONTH_NAMES.join('|')}|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.? $`);
  const candidates = [...text.matchAll(re)].filter((m) => !months.test(text.slice(0, m.index)) && !/^ (?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 11)));
  if (candidates.length > 0) {
    const m = candidates[Math.floor(rng() * candidates.length)]!;
    const digits = m[1]!;
    let next: string;
    if (digits.includes('.')) next = digits.replace(/\d$/, (d) => String((Number(d) + 1 + Math.floor(rng() * 7)) % 10));
    else {
      const n = Number(digits.replace(/,/g, ''));
      const changed = n < 10 ? n + 1 : rng() < 0.5 ? n + 1 + Math.floor(rng() * 9) : Math.round(n * (1.2 + rng() * 0.5));
      next = digits.includes(',') ? changed.toLocaleString('en-US') : String(changed);
    }
    return replaceSpan(text, m.index, m.index + digits.length, next);
  }
  const spelled = new RegExp(`\\b(${SPELLED.join('|')}|dozens|hundreds|thousands)\\b`).exec(text);
  if (!spelled) return null;
  const word = spelled[1]!;
  const next = word === 'dozens' ? 'hundreds' : word === 'hundreds' ? 'thousands' : word === 'thousands' ? 'millions' : SPELLED[(SPELLED.indexOf(word) + 1) % SPELLED.length]!;
  return replaceSpan(text, spelled.index, spelled.index + word.length, next);
}

const SYNONYMS: Readonly<Record<string, string>> = {
  important: 'vital', difficult: 'hard', very: 'really', big: 'huge', happy: 'glad', terrible: 'awful', great: 'good',
  believe: 'think', want: 'wish', help: 'support', problem: 'issue', angry: 'upset', safe: 'secure', quickly: 'soon',
  never: 'rarely', always: 'often', everyone: 'many', definitely: 'probably', all: 'some', huge: 'large', clear: 'obvious',
};

function changeQuote(text: string, rng: Rng): WordEdit | null {
  const spans = quoteSpans(text).filter(([a, b]) => text.slice(a, b).split(/\s+/).length >= 5);
  if (spans.length === 0) return null;
  const [a, b] = spans[Math.floor(rng() * spans.length)]!;
  const inner = text.slice(a, b);
  const words = [...inner.matchAll(/\p{L}+/gu)];
  const swappable = words.filter((w) => SYNONYMS[w[0]] !== undefined);
  if (swappable.length > 0 && rng() < 0.6) {
    const w = swappable[Math.floor(rng() * swappable.length)]!;
    return replaceSpan(text, a + w.index, a + w.index + w[0].length, SYNONYMS[w[0]]!);
  }
  // Cut a word from the middle, or the last words before the closing mark ("from home" cut).
  const middle = words.slice(1, -1).filter((w) => /^\p{Ll}{4,}$/u.test(w[0]));
  if (middle.length > 0 && rng() < 0.5) {
    const w = middle[Math.floor(rng() * middle.length)]!;
    return replaceSpan(text, a + w.index, a + w.index + w[0].length + 1, '');
  }
  const tail = /(\s+[\p{L}\p{N}'’\-]+){2}([,.!?]?)$/u.exec(inner);
  if (!tail || tail.index < 10) return null;
  return replaceSpan(text, a + tail.index, b - tail[2]!.length, '');
}

function changeHedge(text: string, rng: Rng): WordEdit | null {
  const hedge = matchesOutsideQuotes(text, /\b(?:allegedly|reportedly|apparently|purportedly|possibly|suspected) /g)[0];
  if (hedge) return replaceSpan(text, hedge.index, hedge.index + hedge[0].length, '');
  const verbs = matchesOutsideQuotes(text, /\b(?:was|were|has|had|is|are|have) (?=\p{Ll}{3,}(?:ed|en)\b)/gu);
  if (verbs.length === 0) return null;
  const m = verbs[Math.floor(rng() * verbs.length)]!;
  const word = /\b(?:police|arrest|charged|court|accused|crime|stole|attack)/i.test(text) ? 'allegedly' : 'reportedly';
  const at = m.index + m[0].length;
  return replaceSpan(text, at, at, `${word} `);
}

function changeAttribution(text: string): WordEdit | null {
  const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
    [/,(["”]) (?:he|she|they|[A-Z][\p{L}'’\-]+(?: [A-Z][\p{L}'’\-]+)?|the [\p{L} ]{2,30}?) (?:said|says|told [\p{L} ]{2,20}?)\.(?=\s|$)/u, (m) => `.${m[1]!}`],
    [/, (?:[\p{L}'’\- ]{2,50}?) (?:said|says)\.(?=\s|$)/u, () => '.'],
    [/, (?:said|says|according to) [^"“”,.]{2,60}\.(?=\s|$)/u, () => '.'],
  ];
  for (const [re, by] of patterns) {
    const m = re.exec(text);
    if (m && !insideQuote(text, m.index + 2)) return replaceSpan(text, m.index, m.index + m[0].length, by(m));
  }
  const lead = /^According to [^,"“”]{2,60}, (\p{Ll})/u.exec(text);
  if (lead) {
    const edit = replaceSpan(text, 0, lead[0].length, lead[1]!.toUpperCase());
    return edit;
  }
  return null;
}

function changeNegation(text: string, rng: Rng): WordEdit | null {
  const not = matchesOutsideQuotes(text, /\b(?:is|was|are|were|will|would|could|did|does|do|has|have|had|should|can) (not) /g)[0];
  if (not) {
    const at = not.index + not[0].length - 4;
    return replaceSpan(text, at, at + 4, '');
  }
  const nt = matchesOutsideQuotes(text, /\b(?:did|does|do|is|was|are|were|has|have|had|could|would|should)(n['’]t)\b/g)[0];
  if (nt) {
    const at = nt.index + nt[0].length - nt[1]!.length;
    return replaceSpan(text, at, at + nt[1]!.length, '');
  }
  const verbs = matchesOutsideQuotes(text, /\b(?:is|was|will|would|has|had|are|were|could) (?=\p{Ll}{3,})/gu)
    .filter((m) => !/^(?:not|never|also|still|the|a|an|to|rather|already|now|then|so)\b/.test(text.slice(m.index + m[0].length)));
  if (verbs.length === 0) return null;
  const m = verbs[Math.floor(rng() * verbs.length)]!;
  return replaceSpan(text, m.index + m[0].length, m.index + m[0].length, 'not ');
}

/**
 * Surnames of people the story names: a capitalised word that follows a first name once
 * ("Usman Hasib") and stands alone elsewhere ("Hasib said"), as news writing names people.
 */
export function surnamesIn(paragraphs: readonly string[]): Set<string> {
  const all = paragraphs.join('\n');
  const out = new Set<string>();
  for (const m of all.matchAll(/\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{2,})\b(?! \p{Lu})/gu)) {
    const surname = m[2]!;
    if (NOT_A_NAME.has(m[1]!) || NOT_A_NAME.has(surname)) continue;
    const alone = new RegExp(`(?<!\\p{Lu}\\p{Ll}+ )\\b${surname}\\b`, 'u');
    if (alone.test(all.slice(0, m.index) + all.slice(m.index + m[0].length))) out.add(surname);
  }
  return out;
}

function changeName(text: string, rng: Rng, surnames: ReadonlySet<string>): WordEdit | null {
  const found = [...text.matchAll(/\b\p{Lu}\p{Ll}{2,}\b/gu)].filter((m) => surnames.has(m[0]));
  if (found.length === 0) return null;
  const m = found[Math.floor(rng() * found.length)]!;
  const other = OTHER_SURNAMES.filter((s) => !text.includes(s));
  return replaceSpan(text, m.index, m.index + m[0].length, other[Math.floor(rng() * other.length)]!);
}

function changeDate(text: string, rng: Rng): WordEdit | null {
  const names = [...WEEKDAYS, ...MONTH_NAMES.filter((m) => m !== 'May' && m !== 'March')];
  const found = [...text.matchAll(new RegExp(`\\b(${names.join('|')})\\b`, 'g'))];
  if (found.length === 0) return null;
  const m = found[Math.floor(rng() * found.length)]!;
  const list = WEEKDAYS.includes(m[1]!) ? WEEKDAYS : MONTH_NAMES;
  const next = list[(list.indexOf(m[1]!) + 1 + Math.floor(rng() * 2)) % list.length]!;
  return replaceSpan(text, m.index, m.index + m[1]!.length, next);
}

/**
 * Plants one substantive edit of the given kind in a paragraph, or says it has nothing to edit
 * (null). `surnames` (see surnamesIn) are the people a name edit may retype.
 */
export function editWords(text: string, op: WordOp, rng: Rng, surnames: ReadonlySet<string> = new Set()): WordEdit | null {
  switch (op) {
    case 'number': return changeNumber(text, rng);
    case 'quote': return changeQuote(text, rng);
    case 'hedge': return changeHedge(text, rng);
    case 'attribution': return changeAttribution(text);
    case 'negation': return changeNegation(text, rng);
    case 'name': return changeName(text, rng, surnames);
    case 'date': return changeDate(text, rng);
  }
}
