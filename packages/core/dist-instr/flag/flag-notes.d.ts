import type { Article, Finding, NoteHit } from '../types.js';
/**
 * Compares the editor notes of the reference and a copy. A note the copy lacks is
 * `note-missing`; one it keeps but weakened (another rule of the same category, "UNABLE TO
 * VERIFY" for "UNABLE TO INDEPENDENTLY VERIFY"), moved (out of the caption into the body), or
 * whose sentence survives in an aligned body paragraph without it, is `note-changed`; a note
 * only the copy has is `note-added`.
 *
 * @param alignedCopyBlocks For a reference block position, the copy blocks aligned with it.
 */
export declare function flagNotes(reference: Article, referenceNotes: readonly NoteHit[], copy: Article, copyNotes: readonly NoteHit[], alignedCopyBlocks: ReadonlyMap<number, readonly number[]>): Finding[];
//# sourceMappingURL=flag-notes.d.ts.map