// A piece of a merge or split must bring words of its own: most of its bigrams must be found on
// the other side and covered by no piece kept before it. A headline whose words the copy's lede
// holds, printed above a lede that says the same, is no piece of it.
const MIN_PIECE_GAIN = 2;
const MIN_PIECE_GAIN_SHARE = 0.5;
/**
 * Sentences joined to a group as pieces of a merge (two reference sentences in one copy
 * sentence) or of a split, kept only while each adds words of the other side that the pieces
 * before it do not already cover; the rest leave the group, unpaired. Groups of one sentence a
 * side are kept as they are.
 *
 * A group of one short sentence a side paired with a long one is no pair at all.
 *
 * @returns The groups, pruned.
 */
export function prunePieces(groups, ref, copy) {
    return groups.flatMap((g) => {
        if (g.reference.length === 1 && g.copy.length === 1)
            return isStrayPiece(ref[g.reference[0]], copy[g.copy[0]]) ? [] : [g];
        return [{
                reference: g.reference.length > 1 ? keepGaining(g.reference, ref, g.copy, copy) : g.reference,
                copy: g.copy.length > 1 ? keepGaining(g.copy, copy, g.reference, ref) : g.copy,
            }];
    });
}
const MIN_PIECE_WORDS = 4; // "Forte said." stands in many sentences of a story: alone it pairs by chance
// A sentence of two or three words paired with another, longer sentence only because it
// stands inside it: the words of a quotation's speaker found in another quotation's attribution.
function isStrayPiece(a, b) {
    if (a.key === b.key)
        return false;
    return Math.min(a.words.length, b.words.length) < MIN_PIECE_WORDS && Math.max(a.words.length, b.words.length) >= 2 * MIN_PIECE_WORDS;
}
function keepGaining(pieces, prints, others, otherPrints) {
    const target = new Set();
    for (const o of others)
        for (const s of otherPrints[o].shingles)
            target.add(s);
    const covered = new Set();
    const gain = (p) => {
        let n = 0;
        for (const s of prints[p].shingles)
            if (target.has(s) && !covered.has(s))
                n++;
        return n;
    };
    // The piece covering most of the other side first: the sentence the group was made for.
    const order = [...pieces].sort((a, b) => gain(b) - gain(a) || a - b);
    const kept = [];
    for (const p of order) {
        // A short piece whose every bigram is new ("Forte said." split off its quotation) is one.
        const g = gain(p);
        if (kept.length > 0 && g < prints[p].shingles.size && g < Math.max(MIN_PIECE_GAIN, MIN_PIECE_GAIN_SHARE * prints[p].shingles.size))
            continue;
        kept.push(p);
        for (const s of prints[p].shingles)
            if (target.has(s))
                covered.add(s);
    }
    return kept.sort((a, b) => a - b);
}
//# sourceMappingURL=prune-pieces.js.map