/**
 * Word lists that say which category an edit falls in. Lower-case comparison keys (see
 * tokenKey). Kept as data so that a reviewer can read and extend them without the code;
 * CATEGORY_LISTS below gives each its example and near-miss, and the style rules are in
 * style-rules.ts.
 */
import type { EditCategory } from '../types.js';
/**
 * Spelled numbers, ordinals, quantity words, currencies and units: "sixth" becoming "fifth",
 * "$5 million" becoming "$5 billion", "10 km" becoming "10 miles" are number edits.
 */
export declare const NUMBER_WORDS: ReadonlySet<string>;
/** Units of the style rules ("yard", "foot", "knots"): a number edit right after a number only ("Scotland Yard" is a name). */
export declare const UNIT_WORDS: ReadonlySet<string>;
/** Digits with the letters a number takes ("21st", "1990s", "3pm", "500m", "5bn", "35C"); other letters and digits make a code. */
export declare const NUMBER_WITH_SUFFIX: RegExp;
/** Spelled numbers that style guides write either way ("six" / "6"): the same word for style. */
export declare const SMALL_NUMBERS: ReadonlyMap<string, string>;
/** Words that mark a claim as unproven: dropping one turns an allegation into a fact. */
export declare const HEDGE_WORDS: ReadonlySet<string>;
/** Reporting verbs that hedge in the passive: "is said to have fled", "was thought to be". */
export declare const PASSIVE_REPORTING: ReadonlySet<string>;
/** Words that say who said something: "said X", "according to X", "X told reporters". */
export declare const ATTRIBUTION_WORDS: ReadonlySet<string>;
/** Words that flip a statement. */
export declare const NEGATION_WORDS: ReadonlySet<string>;
/** Dates and times. "May" counts only when capitalized mid-sentence (else it is a hedge). */
export declare const DATE_WORDS: ReadonlySet<string>;
/** Months (abbreviations fold to them): a day beside one is a date. */
export declare const MONTH_WORDS: ReadonlySet<string>;
/** Words that tell the hour: a number before them is a time. */
export declare const TIME_WORDS: ReadonlySet<string>;
/** Capitalized words that are not names even in mid-sentence. */
export declare const NOT_NAMES: ReadonlySet<string>;
/** One category word list, with a real-looking pair that must get the category and one that must not. */
export interface CategoryList {
    id: string;
    category: EditCategory;
    description: string;
    words: ReadonlySet<string>;
    /** [reference, copy] whose edit must include the category. */
    example: readonly [string, string];
    /** [reference, copy] that looks alike and must not get the category. */
    nearMiss: readonly [string, string];
}
/** The category word lists as a table (test/diff/edit-lexicon.test.ts holds each to its pairs). */
export declare const CATEGORY_LISTS: readonly CategoryList[];
//# sourceMappingURL=edit-lexicon.d.ts.map