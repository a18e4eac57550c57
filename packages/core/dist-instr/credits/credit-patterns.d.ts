/**
 * The credits wirediff tracks, as data: bylines, credit lines, photo credits, datelines and
 * copyright lines. Each pattern matches the credit itself (the match is what gets reported),
 * with a real example that must match and a realistic near-miss that must not.
 * Patterns follow the rules of notes/note-catalogue.ts (linear time, `u` always, `i` only where
 * case carries no meaning) and are checked by test/credits/credit-patterns.test.ts.
 */
import type { CreditType } from '../types.js';
/** One credit form, as data. */
export interface CreditRule {
    /** Stable kebab-case id. */
    id: string;
    type: CreditType;
    /** JavaScript RegExp source; the match is the credit as reported. */
    pattern: string;
    /** Always includes 'u'; 'm' where the credit must start (or fill) a line. */
    flags: string;
    /** One line: what the credit says. */
    description: string;
    /** A real credit that must match. */
    example: string;
    /** Real-looking text that must not match. */
    nearMiss: string;
    /**
     * Agencies the form itself stands for, whatever its words name: AFP's desk slug
     * ("burs-abc/xyz") names no agency but is AFP's. Agencies the words name are found as well.
     * @default []
     */
    agencies?: readonly string[];
}
/**
 * Every credit form wirediff knows, frozen. Code walks this table; users extend it through
 * configuration.
 *
 * @example
 * const rule = CREDIT_PATTERNS.find((r) => r.id === 'photo-via-agency');
 * new RegExp(rule!.pattern, rule!.flags).exec('in Pyongyang July 5, 2017. KCNA/via REUTERS')?.[0]; // 'KCNA/via REUTERS'
 */
export declare const CREDIT_PATTERNS: readonly CreditRule[];
//# sourceMappingURL=credit-patterns.d.ts.map