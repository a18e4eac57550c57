import type { Token } from '../segment/tokenize-words.js';
/** "TSLA.O", "005930.KS", "BRKa.N": a symbol, a point and the exchange, as Reuters writes them. */
export declare const RIC: RegExp;
/**
 * Which tokens belong to a web address and which to a stock code in brackets ("(TSLA.O)",
 * "(NASDAQ: TSLA)"): digits there are not numbers, and outlets rewrite both freely.
 *
 * @returns A flag per token for each (1: inside), or null when the text cannot hold one.
 * @example markCodes('See http://bit.ly/2BUze4K', tokens).inUrl // => [0, 1, 1, 1, 1, 1, 1]
 */
export declare function markCodes(text: string, tokens: readonly Token[]): {
    inUrl: Uint8Array | null;
    inTicker: Uint8Array | null;
};
//# sourceMappingURL=mark-codes.d.ts.map