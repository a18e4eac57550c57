/**
 * Work done on a block's text, remembered for the other pages of one story: copies repeat the
 * reference's paragraphs letter for letter, so scanning each distinct text once saves most of
 * the scanning of a story. Results must depend on the key and the scope alone. One memo per
 * story (compareStory makes one); it holds a bounded number of entries, so memory stays bounded
 * however many pages share it.
 */
export declare class BlockMemo {
    #private;
    /** The value for `key` within `scope` (a rule table, say), made by `make` the first time. */
    remember<T>(scope: object, key: string, make: () => T): T;
}
//# sourceMappingURL=block-memo.d.ts.map