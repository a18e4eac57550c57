/** One phrasing of outlet furniture: text an outlet puts around any story. */
export interface FurnitureRule {
    id: string;
    /** Matched against the whole block, folded (see normalizeText), so it is anchored. */
    pattern: string;
    flags: string;
    description: string;
    example: string;
    nearMiss: string;
    /**
     * The heading of a list of links ("RELATED STORIES", "READ MORE:"): the headline lines right
     * after it are the list's, furniture too (see markLinkLists).
     * @default false
     */
    opensList?: boolean;
    /**
     * The page's own chrome (its date, its address, its print header): left out where it stands
     * outside the story's body, furniture where an outlet set it inside.
     * @default false
     */
    chrome?: boolean;
    /**
     * Scrapers run it into the story's paragraphs ("… the statement said. Advertisement The
     * minister …"): it is also found as a sentence of a paragraph and split off (see
     * splitGluedFurniture). Only furniture whose words end where the furniture ends.
     * @default false
     */
    glued?: boolean;
}
/** A label a scraper glues to the start of a paragraph ("Hide AdIn a statement, …"). */
export interface GluedLabel {
    id: string;
    /** Matched at the start of a sentence, folded (see normalizeText); the match is the label. */
    pattern: string;
    flags: string;
    description: string;
    /** A paragraph with the label glued to it: the label must match. */
    example: string;
    /** A paragraph opening with the same words as prose: nothing may match. */
    nearMiss: string;
}
/**
 * Outlet furniture, as data. Each pattern is anchored to the whole block and bounded, since
 * furniture is short; a sentence of the story that merely mentions reading or comments is not.
 */
export declare const FURNITURE_PATTERNS: readonly FurnitureRule[];
/**
 * Labels a scraper glues to the start of a paragraph or a sentence, as data: an ad label ("Hide
 * AdIn a statement, …"), a labelled date ("date 2022-03-28 CAIRO (Reuters) - …"), a section
 * label. splitGluedFurniture splits one off when what follows opens a sentence (a capital or a
 * quotation mark), so the paragraph compares equal to the reference's.
 */
export declare const GLUED_LABELS: readonly GluedLabel[];
//# sourceMappingURL=furniture-patterns.d.ts.map