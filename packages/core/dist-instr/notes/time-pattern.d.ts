import type { PatternEntry } from '../segment/compile-pattern.js';
/**
 * Milliseconds a pattern takes to find every match in the adversarial inputs of `size`
 * characters built from `example`. The clock goes in as an argument: the core keeps none.
 * Run it only on a pattern that auditPattern passes, or it may not return. With `stopAfterMs`,
 * it stops after the first input that takes the total past it.
 */
export declare function timePattern(entry: PatternEntry, example: string, size: number, now: () => number, stopAfterMs?: number): number;
//# sourceMappingURL=time-pattern.d.ts.map