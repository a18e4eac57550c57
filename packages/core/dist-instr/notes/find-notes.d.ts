import type { Article, Block, NoteHit, Place } from '../types.js';
import type { BlockMemo } from '../segment/block-memo.js';
import { type NoteRule } from './note-catalogue.js';
/** Where a block's role puts what is found in it. */
export declare function placeOf(block: Block): Place;
/**
 * Finds every editor note of the catalogue in an article: in each block (body, captions, image
 * alt text, credit and note blocks) and in the title and description metadata.
 *
 * @param catalogue The rules to look for; the built-in catalogue plus any configured additions.
 * @default catalogue NOTE_CATALOGUE
 * @param memo Shared by the pages of one story, so a text they repeat is scanned once.
 * @example findNotes(article).map((n) => n.ruleId) // => ['unable-to-independently-verify', …]
 */
export declare function findNotes(article: Article, catalogue?: readonly NoteRule[], memo?: BlockMemo): NoteHit[];
//# sourceMappingURL=find-notes.d.ts.map