import type { Article, Block, NoteHit, Place } from '../types.js';
import { candidatesIn, matchCandidate } from '../segment/compile-pattern.js';
import type { BlockMemo } from '../segment/block-memo.js';
import { NOTE_CATALOGUE, type NoteRule } from './note-catalogue.js';

/** Where a block's role puts what is found in it. */
export function placeOf(block: Block): Place {
  if (block.form === 'alt') return 'alt';
  return block.role;
}

/**
 * Finds every editor note of the catalogue in an article: in each block (body, captions, image
 * alt text, credit and note blocks) and in the title and description metadata.
 *
 * @param catalogue The rules to look for; the built-in catalogue plus any configured additions.
 * @default catalogue NOTE_CATALOGUE
 * @param memo Shared by the pages of one story, so a text they repeat is scanned once.
 * @example findNotes(article).map((n) => n.ruleId) // => ['unable-to-independently-verify', …]
 */
export function findNotes(article: Article, catalogue: readonly NoteRule[] = NOTE_CATALOGUE, memo?: BlockMemo): NoteHit[] {
  const hits: NoteHit[] = [];
  for (const block of article.blocks) {
    if (block.role === 'furniture') continue;
    const found = memo ? memo.remember(catalogue, block.text, () => notesIn(block.text, catalogue)) : notesIn(block.text, catalogue);
    for (const n of found) hits.push(hit(n, block.index, placeOf(block)));
  }
  for (const text of [article.title, article.description]) {
    if (text) for (const n of notesIn(text, catalogue)) hits.push(hit(n, null, 'metadata'));
  }
  return hits;
}

type FoundNote = Pick<NoteHit, 'ruleId' | 'category' | 'text' | 'start' | 'end'>;

// Fields in the order reports print them.
const hit = (n: FoundNote, block: number | null, place: Place): NoteHit =>
  ({ ruleId: n.ruleId, category: n.category, text: n.text, block, place, start: n.start, end: n.end });

// The notes in one text, in catalogue order: what a block yields whatever its place.
function notesIn(text: string, catalogue: readonly NoteRule[]): FoundNote[] {
  const found: FoundNote[] = [];
  for (const rule of candidatesIn(catalogue, text)) {
    for (const m of matchCandidate(rule, text)) found.push({ ruleId: rule.id, category: rule.category, text: m.text, start: m.start, end: m.end });
  }
  return found;
}
