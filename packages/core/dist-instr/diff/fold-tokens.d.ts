import { type Token } from '../segment/tokenize-words.js';
/**
 * The tokens of a text as the diff compares them: encoding slips mended, contractions written
 * out ("haven't" as two tokens, have and not), and every form of a `same` style rule given its
 * class's key ("United States", "U.S." and "American" compare alike; "per cent" is one token).
 * A folded token keeps the words as written, so a restyled form is still a `style` edit.
 *
 * @param text The text the tokens came from (for the words of a merged token).
 * @param tokens Its tokens, from tokenizeWords.
 * @example foldTokens("haven't", tokenizeWords("haven't")).map((t) => t.key) // => ['have', 'not']
 */
export declare function foldTokens(text: string, tokens: readonly Token[]): readonly Token[];
//# sourceMappingURL=fold-tokens.d.ts.map