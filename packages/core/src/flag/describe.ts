import type { BlockName, BlockPart, CreditType, NoteCategory } from '../types.js';

/** Shortens a quoted text for a one-line message: at most `max` characters, cut at a word. */
export function excerpt(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * An excerpt in quotation marks for a message: double ones, or single curly ones when the words
 * hold a double quotation mark themselves (an edit to a quote's punctuation: ‘," said’).
 */
export function quote(text: string, max = 60): string {
  const words = excerpt(text, max);
  return /["\u201C\u201D\u201E\u00AB\u00BB]/.test(words) ? `\u2018${words}\u2019` : `"${words}"`;
}

const plural = (part: BlockPart, n: number) => (n === 1 ? part : `${part}s`);

/**
 * "paragraph 3", "paragraphs 3–4", or for blocks apart "paragraphs 3 and 7" / "paragraphs 2–3,
 * 5 and 9"; other parts by their names ("caption 1", "paragraph 9 and caption 2"). Numbers as
 * people count (see numberBlocks); runs of neighbours as ranges, so a label never claims a
 * paragraph in between.
 */
export function blockLabel(names: readonly BlockName[]): string {
  if (names.length === 0) return 'no block';
  const byPart = new Map<BlockPart, Set<number>>();
  for (const { part, number } of names) {
    const set = byPart.get(part);
    if (set) set.add(number);
    else byPart.set(part, new Set([number]));
  }
  const labels = [...byPart].map(([part, set]) => {
    const sorted = [...set].sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
      runs.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
      i = j + 1;
    }
    return `${plural(part, sorted.length)} ${runs.length === 1 ? runs[0] : `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`}`;
  });
  return labels.join(' and ');
}

/** How many blocks of each part: "2 paragraphs", "1 paragraph and 1 caption". */
export function countLabel(names: readonly BlockName[]): string {
  const counts = new Map<BlockPart, number>();
  for (const { part } of names) counts.set(part, (counts.get(part) ?? 0) + 1);
  return [...counts].map(([part, n]) => `${n} ${plural(part, n)}`).join(' and ');
}

const CREDIT_NAMES: Record<CreditType, string> = {
  byline: 'byline',
  'credit-line': 'credit line',
  photo: 'photo credit', // "photo missing" read as the picture gone, not its credit
  dateline: 'dateline',
  copyright: 'copyright line',
  source: 'source label',
};

/** A credit type in words: "photo credit", "credit line". */
export const creditName = (type: CreditType): string => CREDIT_NAMES[type];

/** A note category in words: "verification note", "editor's note". */
export const noteName = (category: NoteCategory): string => (category === 'editors-note' ? "editor's note" : `${category} note`);

/** A phrase with its indefinite article: "a byline", "an editor's note", "an update note". */
export const withArticle = (phrase: string): string => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
