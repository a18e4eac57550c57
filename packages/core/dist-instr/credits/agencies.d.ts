/**
 * The news agencies wirediff recognises in credits, as data: each entry says how the agency's
 * name is written, with a real example that must match and a near-miss that must not.
 * Patterns follow the rules of notes/note-catalogue.ts (linear time, `u` always, `i` only where
 * case carries no meaning) and are checked by test/credits/credit-patterns.test.ts.
 */
/** One news agency and how its name appears in credits. */
export interface Agency {
    /** Stable id, used in `CreditHit.agencies` and `NoteRule.agencies`: 'reuters', 'ap', … */
    id: string;
    /** The agency's name as a reader knows it. */
    name: string;
    /** JavaScript RegExp source matching the name as written in a credit. */
    pattern: string;
    /** Always includes 'u'. */
    flags: string;
    /** A real credit that must match. */
    example: string;
    /** Real-looking text that must not match. */
    nearMiss: string;
}
/**
 * The agencies wirediff recognises, frozen. Code walks this table to say which agencies a
 * credit names; users extend it through configuration.
 *
 * @example
 * AGENCIES.filter((a) => new RegExp(a.pattern, a.flags).test('KCNA/via REUTERS')).map((a) => a.id);
 * // ['reuters', 'kcna']
 */
export declare const AGENCIES: readonly Agency[];
//# sourceMappingURL=agencies.d.ts.map