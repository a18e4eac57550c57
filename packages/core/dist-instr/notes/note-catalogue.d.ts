/**
 * The editor notes wirediff knows, as data: each entry is one phrasing an agency uses to tell
 * editors and readers something about a story or picture, with a real example that must match
 * and a real-looking near-miss that must not.
 *
 * Rules for a pattern (checked by test/notes/note-catalogue.test.ts):
 * - it runs in linear time: no backreferences, no unbounded quantifier over a group that itself
 *   repeats, every repetition bounded or over a class disjoint from what follows it;
 * - white space is `\s+` / `\s*` only between literal words;
 * - it matches the note itself, not the sentence around it;
 * - within a category, no two rules match the same words, so a weakened copy of a note
 *   ("UNABLE TO VERIFY" for "UNABLE TO INDEPENDENTLY VERIFY") hits a different rule id;
 * - `i` is set only where case carries no meaning; slugs and all-capitals codes
 *   ("CORRECTED", "UPDATE 2", "SOUTH KOREA OUT") are matched as written, because the same
 *   words in lower case are ordinary prose.
 */
import type { NoteCategory } from '../types.js';
/** One editor-note phrasing, as data. */
export interface NoteRule {
    /** Stable kebab-case id, e.g. 'unable-to-independently-verify'. */
    id: string;
    category: NoteCategory;
    /** Agency ids the phrasing is typical of ('reuters' | 'ap' | 'afp'); [] for any. */
    agencies: string[];
    /** JavaScript RegExp source. */
    pattern: string;
    /** Always includes 'u'; 'i' only where case does not carry the meaning; 'm' where anchored. */
    flags: string;
    /** One line: what the note tells a reader. */
    description: string;
    /** A real phrasing that must match. */
    example: string;
    /** Real-looking text that must not match. */
    nearMiss: string;
}
/**
 * Every editor-note phrasing wirediff knows, frozen. Code walks this table; users extend it
 * through configuration.
 *
 * @example
 * const rule = NOTE_CATALOGUE.find((r) => r.id === 'unable-to-independently-verify');
 * new RegExp(rule!.pattern, rule!.flags).test('REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE'); // true
 */
export declare const NOTE_CATALOGUE: readonly NoteRule[];
//# sourceMappingURL=note-catalogue.d.ts.map