/**
 * Work done on a block's text, remembered for the other pages of one story: copies repeat the
 * reference's paragraphs letter for letter, so scanning each distinct text once saves most of
 * the scanning of a story. Results must depend on the key and the scope alone. One memo per
 * story (compareStory makes one); it holds a bounded number of entries, so memory stays bounded
 * however many pages share it.
 */
export class BlockMemo {
    #scopes = new Map();
    /** The value for `key` within `scope` (a rule table, say), made by `make` the first time. */
    remember(scope, key, make) {
        let entries = this.#scopes.get(scope);
        if (!entries)
            this.#scopes.set(scope, (entries = new Map()));
        if (entries.has(key))
            return entries.get(key);
        if (entries.size >= MAX_ENTRIES)
            entries.clear();
        const value = make();
        entries.set(key, value);
        return value;
    }
}
const MAX_ENTRIES = 10_000; // per scope: the blocks of a long story and its copies, many times over
//# sourceMappingURL=block-memo.js.map