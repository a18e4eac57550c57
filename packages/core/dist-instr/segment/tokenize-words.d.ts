/** A word or punctuation mark of a block, with the key it is compared by. */
export interface Token {
    /** As written. */
    text: string;
    /**
     * What the token is compared by: typographic folding, lower case, accents, and spelling
     * variants that news style guides differ on (U.S./US, -ise/-ize, -our/-or, -tre/-ter,
     * 1,000/1000), as the `key` rules of STYLE_RULES say.
     */
    key: string;
    /** True for letters or digits; false for punctuation. */
    isWord: boolean;
    /** Offsets in the text it came from, so the exact words can be quoted as written. */
    start: number;
    end: number;
}
export declare const TOKEN: RegExp;
/** The comparison key of one token. */
export declare function tokenKey(text: string): string;
/**
 * Calls `visit` for each word and punctuation token of `text`, in order, without building token
 * objects: the fast path for callers that need only keys (alignment fingerprints every block).
 */
export declare function forEachToken(text: string, visit: (text: string, key: string, isWord: boolean, start: number) => void): void;
/**
 * Splits text into word and punctuation tokens; white space separates tokens and is never one.
 *
 * @example tokenizeWords('All 29 ambassadors.').map((t) => t.text) // => ['All', '29', 'ambassadors', '.']
 */
export declare function tokenizeWords(text: string): Token[];
//# sourceMappingURL=tokenize-words.d.ts.map