import { forEachToken } from '../segment/tokenize-words.js';
const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", ')']);
const OPENS_SENTENCE = /^[\p{Lu}\p{N}]/u;
/** The distinct word bigrams of a run of words (its one word when it has only one). */
export function shinglesOf(words) {
    const shingles = new Set();
    if (words.length === 1)
        shingles.add(words[0]);
    for (let i = 1; i < words.length; i++)
        shingles.add(`${words[i - 1]} ${words[i]}`);
    return shingles;
}
/**
 * Builds the fingerprint of one block's text. A sentence starts after ".", "!" or "?" (and any
 * closing quote) when the next word opens with a capital, a digit or a quotation mark; an
 * abbreviation ("the U.S. envoy") is then no boundary. Shingles cost more than the key, so they wait.
 */
export function fingerprint(text) {
    const words = [];
    const sentenceStarts = [0];
    let ended = false;
    let quoteOpens = false;
    forEachToken(text, (word, key, isWord) => {
        if (!isWord) {
            if (SENTENCE_END.has(key))
                ended = true;
            else if (ended && key === '"')
                quoteOpens = true;
            else if (!CLOSERS.has(key))
                ended = false;
            return;
        }
        if (ended && words.length > 0 && (quoteOpens || OPENS_SENTENCE.test(word)))
            sentenceStarts.push(words.length);
        ended = false;
        quoteOpens = false;
        words.push(key);
    });
    let shingles;
    return {
        key: words.join(' '),
        words,
        sentenceStarts,
        get shingles() {
            shingles ??= shinglesOf(words);
            return shingles;
        },
    };
}
/** How many shingles two sets share. */
export function sharedCount(a, b) {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let n = 0;
    for (const s of small)
        if (large.has(s))
            n++;
    return n;
}
/** How many shingles two fingerprints share. */
export function sharedShingles(a, b) {
    return sharedCount(a.shingles, b.shingles);
}
/** Dice coefficient of two shingle sets, given their overlap: 1 for the same words, 0 for none shared. */
export function dice(overlap, a, b) {
    const total = a.shingles.size + b.shingles.size;
    return total === 0 ? 0 : (2 * overlap) / total;
}
/** Share of `part`'s shingles found in the other block: near 1 when `part` is a piece of it. */
export function containment(overlap, part) {
    return part.shingles.size === 0 ? 0 : overlap / part.shingles.size;
}
//# sourceMappingURL=similarity.js.map