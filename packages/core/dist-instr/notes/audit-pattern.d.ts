/**
 * Why a pattern could take more than linear time, read from its source alone: backreferences
 * and repetition nested inside repetition ("(a+)+", "(?:\w+\s?)*"), the shapes that make a
 * backtracking engine try exponentially many ways to split its input. Built-in tables are held
 * to this in tests; patterns a user configures are refused when it finds anything.
 */
export declare function auditPattern(source: string): string[];
//# sourceMappingURL=audit-pattern.d.ts.map