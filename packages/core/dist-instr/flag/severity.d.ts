import type { CreditType, EditCategory, NoteCategory, Severity, WordEdit } from '../types.js';
/**
 * Severity of a `changed` finding from its categories (and edits): the worst that applies; style
 * alone is low; a name replaced by another name is high. Any `wording` edit is medium, however short: an article or preposition alone put in or
 * left out is already `style` (STYLE_RULES `function-words`), and a shorter rewrite of content
 * words ("met resistance" for "run into opposition") still tells the reader something else.
 */
export declare function severityOfEdit(categories: readonly EditCategory[], edits?: readonly WordEdit[]): Severity;
/** How much a missing note of each category matters to a reader. */
export declare const NOTE_MISSING_SEVERITY: Readonly<Record<NoteCategory, Severity>>;
/** A weakened or moved note: as grave as losing it for caveats and corrections, else medium. */
export declare function severityOfNoteChange(category: NoteCategory): Severity;
/** A note the copy adds: a correction matters, anything else is low. */
export declare function severityOfNoteAdded(category: NoteCategory): Severity;
/** How much a missing credit of each type matters. */
export declare const CREDIT_MISSING_SEVERITY: Readonly<Record<CreditType, Severity>>;
export declare const SEVERITY_RANK: Readonly<Record<Severity, number>>;
//# sourceMappingURL=severity.d.ts.map