import { forEachToken } from '../segment/tokenize-words.js';
import type { SentenceSide } from './sentence-side.js';

/** Where a copy stops inside a reference block: the block's text from `start` on is lost. */
export interface Cut {
  block: number;
  start: number;
}

/** A cut with the copy's side of it: its last sentence, shortened when it stops mid-word. */
export interface FoundCut extends Cut {
  copyUnit: number;
  /** Where the copy's last sentence really ends, without the stump of a cut word. */
  copyEnd?: number;
}

const ENDS_SENTENCE = /[.!?"'\u201D\u2019)\]]$/u;

/**
 * Finds where the copy stops inside the last reference block it has: its last words pair with
 * a sentence of that block and the block's later sentences, or the rest of that sentence, are
 * missing. A copy cut off mid-sentence ("… surged far inland, swallowing e") stops there,
 * not with an edit. Null when the copy's words end where a reference block ends.
 *
 * @param drafts Passages so far: reference blocks and copy units, in copy order.
 * @param lastRef The last reference block any passage holds.
 * @param partner For each copy unit, the last reference unit it pairs with, or -1.
 * @param paired For each reference unit, 1 when some copy unit pairs with it.
 */
export function findCut(
  ref: SentenceSide, copy: SentenceSide, drafts: readonly { reference: readonly number[]; units: readonly number[] }[],
  lastRef: number, partner: Int32Array, paired: Uint8Array,
): FoundCut | null {
  let lastUnit = -1;
  let holder: (typeof drafts)[number] | null = null;
  for (const d of drafts) {
    const u = d.units[d.units.length - 1]!;
    if (u > lastUnit) [lastUnit, holder] = [u, d];
  }
  if (holder === null || !holder.reference.includes(lastRef)) return null;
  const r = partner[lastUnit]!;
  if (r < 0 || ref.units[r]!.block !== lastRef) return null;
  const inside = cutInsideSentence(ref, copy, r, lastUnit);
  if (inside) return { block: lastRef, start: inside.refStart, copyUnit: lastUnit, ...(inside.copyEnd === undefined ? {} : { copyEnd: inside.copyEnd }) };
  const end = ref.firstUnit[lastRef + 1]!;
  if (r + 1 === end) return null;
  for (let u = r + 1; u < end; u++) if (paired[u]) return null; // the copy has them elsewhere: moved, not lost
  return { block: lastRef, start: ref.units[r + 1]!.start, copyUnit: lastUnit };
}

interface Word {
  key: string;
  start: number;
  end: number;
}

function wordsOf(side: SentenceSide, unit: number): Word[] {
  const { block, start, end } = side.units[unit]!;
  const words: Word[] = [];
  forEachToken(side.texts[block]!.slice(start, end), (text, key, isWord, at) => {
    if (isWord) words.push({ key, start: start + at, end: start + at + text.length });
  });
  return words;
}

// The copy's last sentence is the start of the reference's, word for word, and stops without
// a sentence's end: the copy was cut there. A last word that only begins the reference's word
// is the stump of a cut word, left out of the copy's words.
function cutInsideSentence(ref: SentenceSide, copy: SentenceSide, r: number, c: number): { refStart: number; copyEnd?: number } | null {
  const { block, start, end } = copy.units[c]!;
  if (ENDS_SENTENCE.test(copy.texts[block]!.slice(start, end))) return null;
  const theirs = wordsOf(ref, r);
  const mine = wordsOf(copy, c);
  const n = mine.length;
  if (n < 2 || n >= theirs.length) return null;
  for (let k = 0; k < n - 1; k++) if (mine[k]!.key !== theirs[k]!.key) return null;
  const last = mine[n - 1]!;
  if (last.key === theirs[n - 1]!.key) return { refStart: theirs[n]!.start };
  if (!theirs[n - 1]!.key.startsWith(last.key)) return null;
  return { refStart: theirs[n - 1]!.start, copyEnd: trimmedEnd(copy.texts[block]!, mine[n - 2]!.end, last.start) };
}

// The end of the copy's words before a stump, with any punctuation that closes them kept.
function trimmedEnd(text: string, lastWordEnd: number, stumpStart: number): number {
  let end = stumpStart;
  while (end > lastWordEnd && /\s/.test(text[end - 1]!)) end--;
  return end;
}
