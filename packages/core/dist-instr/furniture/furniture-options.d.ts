/** Options of learning furniture (learnFurniture, sampleFurniture). */
export interface FurnitureOptions {
    /**
     * A text is furniture when one outlet's copies carry it in at least this many different
     * stories. At least 2: text seen around one story only is that copy's own addition.
     * @default 2
     */
    minStories?: number;
    /**
     * The longest block, in words as written, that can be learned as furniture. Prompts and labels are
     * short ("This story was automatically generated from a syndicated feed." is 9 words); a
     * longer paragraph repeated across stories is a boilerplate background paragraph, which the
     * reader should see as added.
     * @default 40
     */
    maxWords?: number;
}
/** The defaults of FurnitureOptions. */
export declare const FURNITURE_DEFAULTS: Readonly<Required<FurnitureOptions>>;
/**
 * Fills in the defaults and checks the values.
 * @throws WirediffError WD_BAD_OPTION naming the option.
 */
export declare function resolveFurnitureOptions(options?: FurnitureOptions): Required<FurnitureOptions>;
//# sourceMappingURL=furniture-options.d.ts.map