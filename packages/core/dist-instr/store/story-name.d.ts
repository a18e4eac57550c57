/** True when `story` can name a file in stories/. */
export declare const isStoryName: (story: string) => boolean;
/** Throws WD_BAD_OPTION unless `story` can name a file in stories/. */
export declare function checkStoryName(story: string): void;
//# sourceMappingURL=story-name.d.ts.map