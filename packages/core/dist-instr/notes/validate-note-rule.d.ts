import { type NoteRule } from './note-catalogue.js';
/** Options of validateNoteRule. */
export interface ValidateNoteOptions {
    /**
     * Ids already taken (by the built-in catalogue and earlier additions).
     * @default the ids of NOTE_CATALOGUE
     */
    taken?: ReadonlySet<string>;
    /**
     * A clock in milliseconds. When given, the pattern is also timed on ~16 KB of adversarial
     * input and refused when it takes more than its share of the built-in budget.
     * @default undefined (no timing: only the static audit)
     */
    now?: () => number;
}
/**
 * Checks one note rule written by a user (for example in a configuration file) as the
 * built-in rules are checked, and returns it frozen with its defaults filled in: known keys
 * and category, a kebab-case id not already taken, agencies wirediff knows, flags among `imsu`
 * with `u`, a pattern that compiles, has no backreference or nested repetition (and, with a
 * clock, scans adversarial input in linear time), matches its example and not its near-miss.
 *
 * @param label How the message names the entry, e.g. 'notes[2]'.
 * @throws WirediffError `WD_BAD_OPTION`, one line naming the entry and what is wrong with it.
 */
export declare function validateNoteRule(entry: unknown, label: string, options?: ValidateNoteOptions): NoteRule;
//# sourceMappingURL=validate-note-rule.d.ts.map