import { longestIncreasing } from './longest-increasing.js';
import { dice, sharedShingles } from './similarity.js';
// Dice of word bigrams at which a sentence of the paragraph left between two kept ones is that
// sentence edited; as alignBlocks' minSimilarity, so a sentence replaced is not paired.
const MIN_IN_PLACE_SIMILARITY = 0.5;
/**
 * Reference block -> copy block, for a paragraph the copy edited where it stood: the only one
 * left, on each side, between two paragraphs kept letter for letter and in order (the way most
 * edits come), with as many sentences, each still alike its counterpart. Such a pair needs no
 * sentence search. Anything else (a merge, a split, a sentence replaced) is left to the search,
 * as are paragraphs before the first kept one or after the last, where a copy or excerpt stops.
 *
 * @param twins Reference block -> copy block of the paragraphs kept letter for letter.
 */
export function pairInPlace(ref, copy, twins) {
    const anchors = [...twins].sort((a, b) => a[0] - b[0]);
    const kept = longestIncreasing(anchors.map(([, c]) => c));
    const inOrder = anchors.filter((_, k) => kept.has(k));
    const pairs = new Map();
    for (let k = 1; k < inOrder.length; k++) {
        const [r0, c0] = inOrder[k - 1];
        const [r1, c1] = inOrder[k];
        if (r1 - r0 !== 2 || c1 - c0 !== 2)
            continue;
        const [r, c] = [r0 + 1, c0 + 1];
        if (twins.has(r) || [...twins.values()].includes(c))
            continue;
        if (inStep(ref, r, copy, c))
            pairs.set(r, c);
    }
    return pairs;
}
// As many sentences on each side, each alike the one in its place.
function inStep(ref, r, copy, c) {
    const from = ref.firstUnit[r];
    const n = ref.firstUnit[r + 1] - from;
    if (copy.firstUnit[c + 1] - copy.firstUnit[c] !== n)
        return false;
    for (let k = 0; k < n; k++) {
        const a = ref.prints[from + k];
        const b = copy.prints[copy.firstUnit[c] + k];
        if (a.key !== b.key && dice(sharedShingles(a, b), a, b) < MIN_IN_PLACE_SIMILARITY)
            return false;
    }
    return true;
}
//# sourceMappingURL=pair-in-place.js.map