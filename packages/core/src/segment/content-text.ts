import type { Block, CreditHit, CreditType, NoteHit } from '../types.js';
import { collapseSpace } from './normalize-text.js';

// Credits that sit inside prose and captions; they are compared as credits, not as words.
const INLINE_CREDITS: ReadonlySet<CreditType> = new Set(['photo', 'dateline', 'credit-line', 'copyright']);
// Agency picture ids ("- RTX3A3V0", "RC1A2B3C4D5E") are filing codes, not words of the caption.
const PICTURE_ID = /(?:\s-\s*)?\b(?:RTX[0-9A-Z]{3,8}|RC[0-9A-Z]{8,12})\b/g;

// Agency notes are written in capitals; a weakened note ("REUTERS IS UNABLE TO VERIFY THIS
// IMAGE") may match a rule only in part. The capitals around the match belong to the note.
const CAPS_BEFORE = /(?:[A-Z][A-Z'’]*[ ,]{1,2}){1,12}$/;
const CAPS_AFTER = /^(?:[ ,]{1,2}[A-Z][A-Z'’]*){1,12}/;

function widenToCapitals(text: string, start: number, end: number): readonly [number, number] {
  const matched = text.slice(start, end);
  if (matched !== matched.toUpperCase()) return [start, end];
  const before = CAPS_BEFORE.exec(text.slice(Math.max(0, start - 200), start));
  const after = CAPS_AFTER.exec(text.slice(end, end + 200));
  return [start - (before?.[0].length ?? 0), end + (after?.[0].length ?? 0)];
}

// A note's closing full stop and a credit's brackets go with it: a caption that loses "The
// content … cannot be independently verified." or "(… via AP)" is not also left with "." or "( )".
function widenToPunctuation(text: string, start: number, end: number): readonly [number, number] {
  if (text[start - 1] === '(' && text[end] === ')') return [start - 1, end + 1];
  const stop = /^\s{0,2}[.;]/.exec(text.slice(end, end + 3));
  return [start, end + (stop?.[0].length ?? 0)];
}

// The dashes, slashes and quotes that join caption codes ("… Bali. - RESTRICTED TO EDITORIAL USE -
// MANDATORY CREDIT "AFP PHOTO / BNPB" - NO MARKETING …") go with the codes they join.
const SEPARATORS_AFTER = /^[\s\-–—/"“”]+/u;
const SEPARATORS_BEFORE = /[\s\-–—/"“”]+$/u;
function trimSeparators(gap: string, afterSpan: boolean, beforeSpan: boolean): string {
  let out = afterSpan ? gap.replace(SEPARATORS_AFTER, '') : gap;
  if (beforeSpan) out = out.replace(SEPARATORS_BEFORE, '');
  return out;
}

// A dateline without an agency tag ("SEOUL, South Korea —", "JAKARTA -") opens a paragraph of a
// copy that stripped the tag; it is a credit that was lost (reported as such), not story words.
const PLAIN_DATELINE = /^\p{Lu}[\p{Lu}.'’\- ]{2,40}(?:\/\p{Lu}[\p{Lu}.'’\- ]{2,40}){0,3}(?:,\s[^—–\n]{1,40}?)?\s(?:—|–|--?)\s/u;

/**
 * The words of a block that alignment and the word diff compare: its text without the editor
 * notes, inline credits and picture ids found in it, which have their own findings. A caption
 * that loses its note is then one missing note, not also an edited caption.
 */
export function contentText(block: Block, notes: readonly NoteHit[], credits: readonly CreditHit[]): string {
  const spans = [
    ...notes.filter((n) => n.block === block.index),
    ...credits.filter((c) => c.block === block.index && INLINE_CREDITS.has(c.type)),
  ]
    .map((s) => widenToCapitals(block.text, s.start, s.end))
    .map(([start, end]) => widenToPunctuation(block.text, start, end))
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) out += `${trimSeparators(block.text.slice(at, start), at > 0, true)} `;
    at = Math.max(at, end);
  }
  out += trimSeparators(block.text.slice(at), at > 0, false);
  if (block.role === 'body') out = out.replace(PLAIN_DATELINE, '');
  return collapseSpace(out.includes('RTX') || out.includes('RC') ? out.replace(PICTURE_ID, ' ') : out);
}
