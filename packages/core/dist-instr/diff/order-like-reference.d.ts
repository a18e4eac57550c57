import type { Token } from '../segment/tokenize-words.js';
/**
 * The copy's text with its sentences put back in the reference's order, when the copy moved
 * them (merged paragraphs in another order, a sentence moved within a paragraph): a reordering
 * changes no fact, so the word diff should not see one. Each copy sentence goes where its match
 * in the reference is; a sentence with no match stays after the one it followed. Returns the
 * copy text unchanged when its sentences are already in order.
 */
export declare function orderLikeReference(refTokens: readonly Token[], copyText: string, copyTokens: readonly Token[]): string;
//# sourceMappingURL=order-like-reference.d.ts.map