/**
 * The ways copies restyle a wire story without changing what it tells a reader, as data: each
 * rule has an id, what it does, the forms it reads, a real-looking example pair (reference,
 * copy) that must compare as `style` only (or not at all), and a near-miss pair that looks alike
 * but changes the story and must stay above style. test/diff/style-rules.test.ts holds every
 * rule to both through diffBlocks.
 *
 * How a rule's data is read depends on its kind:
 * - `key`: a fold of one word's comparison key (tokenKey): `folds` are [gate, pattern,
 *   replacement] rewrites run when the key contains the gate, `words` whole words given
 *   another's key ([from, to]), `letters` single letters folded alike;
 * - `same`: each class of `forms` is one thing said several ways; every form, one word or a
 *   phrase, is compared as the first form of its class (foldTokens);
 * - `contractions`: word endings and whole words written out ("haven't" is "have not");
 * - `units`: units of measure by dimension with their size, for converted quantities;
 * - `words`: a word list a rule of the diff reads (honorifics, function words, pronouns);
 * - `code`: done by the diff itself; `forms` says what it compares.
 */
/** A fold of one word's comparison key: [gate the key must contain, pattern, replacement]. */
export type KeyFold = readonly [gate: string, pattern: string, replacement: string];
interface RuleBase {
    /** Stable kebab-case id. */
    id: string;
    /** One line: what the copy did and why it changes nothing. */
    description: string;
    /** [reference, copy] that must compare as style only, or as no edit at all. */
    example: readonly [string, string];
    /** [reference, copy] that looks alike but changes what a reader is told. */
    nearMiss: readonly [string, string];
}
/** One style rule: how copies write the same thing differently. */
export type StyleRule = RuleBase & ({
    kind: 'key';
    folds?: readonly KeyFold[];
    words?: readonly (readonly [string, string])[];
    letters?: readonly (readonly [string, string])[];
} | {
    kind: 'same';
    forms: readonly (readonly string[])[];
} | {
    kind: 'contractions';
    endings: readonly (readonly [string, string])[];
    whole: readonly (readonly [string, string])[];
    isAfter: readonly string[];
    hasBefore: readonly string[];
} | {
    kind: 'units';
    units: readonly Unit[];
} | {
    kind: 'words';
    words: readonly string[];
} | {
    kind: 'code';
    forms: readonly string[];
});
/** A unit of measure: its dimension, its size in the dimension's base unit, its names. */
export interface Unit {
    dimension: 'length' | 'area' | 'mass' | 'volume' | 'speed' | 'temperature';
    /** Base units per unit (metres, square metres, kilograms, litres, m/s, kelvin steps). */
    size: number;
    /** Added before scaling: temperature scales start elsewhere (°F − 32). */
    offset?: number;
    /** Names compared as one (the first is the key), and letters read only right after digits ("35C"). */
    names: readonly string[];
    suffixes?: readonly string[];
}
/** Every style rule, in reading order. */
export declare const STYLE_RULES: readonly StyleRule[];
/** The rule with this id and kind (for the code that reads it); throws when the table lacks it. */
export declare function styleRule<K extends StyleRule['kind']>(id: string, kind: K): Extract<StyleRule, {
    kind: K;
}>;
export {};
//# sourceMappingURL=style-rules.d.ts.map