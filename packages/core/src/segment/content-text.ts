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
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) out += `${block.text.slice(at, start)} `;
    at = Math.max(at, end);
  }
  out += block.text.slice(at);
  return collapseSpace(out.replace(PICTURE_ID, ' '));
}
