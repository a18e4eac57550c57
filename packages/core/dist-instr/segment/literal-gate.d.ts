/**
 * Words a pattern cannot match without, read from its syntax tree (so user rules get gates as
 * well as built-in tables): clauses that every match satisfies, each clause a list of words one
 * of which occurs in it. Most blocks fail some clause of nearly every rule, and a word search
 * costs far less than running the rule.
 */
export interface LiteralGate {
    /** Compare against the text lower-cased (the pattern ignores case). */
    folded: boolean;
    /** Every clause holds in any text the pattern matches: one of its words occurs there. */
    clauses: readonly (readonly string[])[];
}
/**
 * The literal gate of a pattern, or null when none can be read (every branch may start with a
 * class, say) and the pattern must always run.
 *
 * @example literalGate(String.raw`\bunable\s+to\s+(?:verify|confirm)\b`, 'iu')
 *   // => { folded: true, clauses: [['unable'], ['confirm', 'verify'], ['to']] }
 */
export declare function literalGate(pattern: string, flags: string): LiteralGate | null;
/**
 * The indexed gate words that occur in `text`: exact ones in it as written, folded ones in it
 * lower-cased. Null when the text is too long to index (search per gate then).
 */
export declare function indexedWordsIn(text: string): {
    exact: ReadonlySet<string>;
    folded: ReadonlySet<string>;
} | null;
/** True when a gate's strongest clause is wholly indexed, so indexedWordsIn finds its words. */
export declare function strongestClauseIndexed(gate: LiteralGate): boolean;
/** False when `text` holds none of the gate's words, so the pattern cannot match it. */
export declare function passesGate(gate: LiteralGate | null, text: string): boolean;
//# sourceMappingURL=literal-gate.d.ts.map