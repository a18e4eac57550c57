/**
 * The data that flows through the pipeline: an article extracted from a page, the blocks it
 * is made of, the notes and credits found in it, and the findings of a comparison.
 * Everything here is plain, JSON-serialisable data.
 */
export {};
//# sourceMappingURL=types.js.map