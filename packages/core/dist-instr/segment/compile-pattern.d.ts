/** A table entry whose pattern is a regular expression source with flags. */
export interface PatternEntry {
    id: string;
    pattern: string;
    flags: string;
}
/**
 * Compiles a table entry's pattern once and keeps it; `extraFlags` adds flags such as 'g'.
 * Throws a SyntaxError naming the entry when the pattern is not a valid expression.
 */
export declare function compilePattern(entry: PatternEntry, extraFlags?: string): RegExp;
/**
 * False when the entry's pattern cannot match `text`: the text lacks every word the pattern
 * requires (see literalGate). True means only "run the pattern to know".
 */
export declare function mayMatch(entry: PatternEntry, text: string): boolean;
/**
 * The entries of a table that may match `text`, in table order: one lookup per word the text
 * holds instead of a gate check per entry (most blocks call up none of a table's entries).
 * The table's array is the key of its index: pass the same array each time.
 */
export declare function candidatesIn<T extends PatternEntry>(table: readonly T[], text: string): T[];
/** True when some entry of a table matches somewhere in `text` (see candidatesIn). */
export declare function anyMatches(table: readonly PatternEntry[], text: string): boolean;
/** Every match of an entry's pattern in `text`, with its offsets. */
export declare function matchAll(entry: PatternEntry, text: string): {
    text: string;
    start: number;
    end: number;
}[];
/** matchAll for an entry candidatesIn gave for `text`: its gate is not asked again. */
export declare function matchCandidate(entry: PatternEntry, text: string): {
    text: string;
    start: number;
    end: number;
}[];
//# sourceMappingURL=compile-pattern.d.ts.map