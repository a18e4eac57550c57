import type { Article, CreditHit, Finding } from '../types.js';
/**
 * Compares the credits of the reference and a copy, type by type: a credit the copy lacks is
 * `credit-missing`, one it words differently is `credit-changed` (low when only reformatted,
 * accents aside, high when the agency or the credited person is gone), one only the copy has is
 * `credit-added`. When the reference's story is an agency's and the copy names that agency
 * nowhere at all, one high `credit-missing` of type `agency` says so; an agency the copy's story
 * text cites and the reference's story neither cites nor is credited to (another agency's
 * reporting mixed in: "The AP reported") is a low `credit-added` of type `source`.
 *
 * @param copyAgencies The agencies the copy names anywhere (namedAgencies of the copy).
 */
export declare function flagCredits(reference: Article, referenceCredits: readonly CreditHit[], copy: Article, copyCredits: readonly CreditHit[], copyAgencies?: readonly string[]): Finding[];
/** The agencies whose story the reference is: named by its story credits or its metadata. */
export declare function storyAgencies(article: Article, credits: readonly CreditHit[]): string[];
//# sourceMappingURL=flag-credits.d.ts.map