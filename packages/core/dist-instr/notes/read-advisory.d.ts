/**
 * What a correction or update advisory says about the passage it concerns, read from its words:
 * the paragraphs it names, the earlier wording it says was wrong, the wording that replaced it,
 * whether it concerns the headline, and whether it says paragraphs were added. Agencies write
 * these in a few fixed shapes:
 *
 * - Reuters: "(Corrects paragraph 3 to say July, not August)", "(Corrects spelling of NATO
 *   spokesman's name in paragraph 9)", "(Corrects death toll from 12 to 21 in paragraph 1)",
 *   "(Adds comments from NATO diplomat in paragraphs 5-6)", "(Updates death toll in 1st par)";
 * - AP: "This version corrects the spelling of the region to Tuva, not Tyva.", "This story has
 *   been corrected to show that NATO has 29 members, not 28.", "An earlier version of this
 *   story misspelled the name of the spokesman as Lungescu.";
 * - AFP: "CORRECTS name in 3rd par", "(ADDS details in paras 4-5)".
 *
 * Every expression here is bounded, so reading runs in linear time.
 */
/** What an advisory says about its passage. */
export interface Advisory {
    /** Body paragraphs named, counted from 1 as agencies count them; sorted, unique. */
    paragraphs: number[];
    /** Words the advisory says an earlier version had ("…, not Tyva" → "Tyva"). */
    earlier: string[];
    /** Words the advisory says the corrected version has ("to Tuva, not Tyva" → "Tuva"). */
    corrected: string[];
    /** The advisory concerns the headline. */
    headline: boolean;
    /** The advisory says this version adds paragraphs ("Adds …", "Inserts …"). */
    adds: boolean;
}
/**
 * Reads a correction or update advisory.
 *
 * @example
 * readAdvisory('This version corrects the spelling of the region to Tuva, not Tyva.')
 * // => { paragraphs: [], earlier: ['Tyva'], corrected: ['Tuva'], headline: false, adds: false }
 */
export declare function readAdvisory(text: string): Advisory;
//# sourceMappingURL=read-advisory.d.ts.map