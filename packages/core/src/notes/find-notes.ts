import type { Article, Block, NoteHit, Place } from '../types.js';
import { matchAll } from '../segment/compile-pattern.js';
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
 * @example findNotes(article).map((n) => n.ruleId) // => ['unable-to-independently-verify', …]
 */
export function findNotes(article: Article, catalogue: readonly NoteRule[] = NOTE_CATALOGUE): NoteHit[] {
  const hits: NoteHit[] = [];
  for (const block of article.blocks) {
    if (block.role === 'furniture') continue;
    for (const rule of catalogue) {
      for (const m of matchAll(rule, block.text)) {
        hits.push({ ruleId: rule.id, category: rule.category, text: m.text, block: block.index, place: placeOf(block), start: m.start, end: m.end });
      }
    }
  }
  for (const text of [article.title, article.description]) {
    if (!text) continue;
    for (const rule of catalogue) {
      for (const m of matchAll(rule, text)) {
        hits.push({ ruleId: rule.id, category: rule.category, text: m.text, block: null, place: 'metadata', start: m.start, end: m.end });
      }
    }
  }
  return hits;
}
