const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", ')']);
const MIN_SIMILARITY = 0.5; // Dice of word bigrams at which an edited sentence is still the same one
// Sentences as token ranges: a sentence ends at ".", "!" or "?" (and closing marks) when the
// next word opens with a capital, a digit or a quotation mark ("the U.S. envoy" runs on).
function sentences(tokens) {
    const out = [];
    let start = 0;
    for (let i = 0; i < tokens.length; i++) {
        if (!SENTENCE_END.has(tokens[i].key))
            continue;
        let end = i + 1;
        while (end < tokens.length && CLOSERS.has(tokens[end].key) && tokens[end].start === tokens[end - 1].end)
            end++;
        const next = tokens[end];
        if (next && (next.key === '"' || /^[\p{Lu}\p{N}]/u.test(next.text))) {
            out.push([start, end]);
            start = end;
            i = end - 1;
        }
    }
    if (start < tokens.length)
        out.push([start, tokens.length]);
    return out;
}
function bigrams(tokens) {
    const words = tokens.filter((t) => t.isWord).map((t) => t.key);
    const set = new Set();
    if (words.length === 1)
        set.add(words[0]);
    for (let i = 1; i < words.length; i++)
        set.add(`${words[i - 1]} ${words[i]}`);
    return set;
}
function dice(a, b) {
    let shared = 0;
    for (const s of a)
        if (b.has(s))
            shared++;
    return a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size);
}
// As many sentences, each the reference's in its place but one at most (the one edited): in
// order, whatever that one says. Most paragraphs are so, and need no sentence matching.
function inPlace(refTokens, refRanges, copyTokens, copyRanges) {
    if (refRanges.length !== copyRanges.length)
        return false;
    let differing = 0;
    for (let k = 0; k < refRanges.length && differing <= 1; k++) {
        const [a, b] = refRanges[k];
        const [c, d] = copyRanges[k];
        let same = b - a === d - c;
        for (let i = 0; same && i < b - a; i++)
            same = refTokens[a + i].key === copyTokens[c + i].key;
        if (!same)
            differing++;
    }
    return differing <= 1;
}
/**
 * The copy's text with its sentences put back in the reference's order, when the copy moved
 * them (merged paragraphs in another order, a sentence moved within a paragraph): a reordering
 * changes no fact, so the word diff should not see one. Each copy sentence goes where its match
 * in the reference is; a sentence with no match stays after the one it followed. Returns the
 * copy text unchanged when its sentences are already in order.
 */
export function orderLikeReference(refTokens, copyText, copyTokens) {
    const copySentences = sentences(copyTokens);
    if (copySentences.length < 2)
        return copyText;
    const refRanges = sentences(refTokens);
    if (inPlace(refTokens, refRanges, copyTokens, copySentences))
        return copyText;
    const refSentences = refRanges.map(([a, b]) => bigrams(refTokens.slice(a, b)));
    const used = new Set();
    const rank = copySentences.map(([a, b]) => {
        const mine = bigrams(copyTokens.slice(a, b));
        let best = -1;
        let bestScore = MIN_SIMILARITY;
        refSentences.forEach((theirs, k) => {
            if (used.has(k))
                return;
            const score = dice(mine, theirs);
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        });
        if (best >= 0)
            used.add(best);
        return best;
    });
    // Unmatched sentences ride with the sentence before them.
    let carried = -1;
    const keys = rank.map((k, i) => {
        if (k >= 0)
            carried = k;
        return { key: carried, i };
    });
    const sorted = [...keys].sort((x, y) => x.key - y.key || x.i - y.i);
    if (sorted.every((s, i) => s.i === i))
        return copyText;
    return sorted.map(({ i }) => {
        const [a, b] = copySentences[i];
        return copyText.slice(copyTokens[a].start, copyTokens[b - 1].end);
    }).join(' ');
}
//# sourceMappingURL=order-like-reference.js.map