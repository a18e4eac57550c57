import { alignFingerprints } from './align-fingerprints.js';
import { longestIncreasing } from './longest-increasing.js';
import { dice, sharedShingles } from './similarity.js';
// Dice of word bigrams at which a reference paragraph and a copy paragraph that stand alone
// in the same place, between the same kept paragraphs, are one paragraph rewritten (a lede
// updated with a new toll) rather than one removed and another added. Unrelated paragraphs of
// one story share a few bigrams ("the ferry", "of the"); a rewrite keeps a third of them.
const GAP_MIN_SIMILARITY = 0.3;
/**
 * Pairs whole the blocks whose sentences paired with nothing: first as the block aligner pairs
 * paragraphs (similar, split, merged), then, among those still alone, a reference block and a
 * copy block that stand between the same passages and are still somewhat alike.
 *
 * @param drafts The passages so far.
 * @param refUsed, copyUsed Blocks those passages hold.
 */
export function pairLeftovers(ref, copy, settings, drafts, refUsed, copyUsed) {
    const refLeft = blocksLeft(ref, refUsed);
    const copyLeft = blocksLeft(copy, copyUsed);
    if (refLeft.length === 0 || copyLeft.length === 0)
        return [];
    const paired = [];
    const refTaken = new Set();
    const copyTaken = new Set();
    const { groups } = alignFingerprints(refLeft.map((b) => ref.blockPrint(b)), copyLeft.map((b) => copy.blockPrint(b)), settings);
    for (const g of groups) {
        const reference = g.reference.map((k) => refLeft[k]);
        const copyBlocks = g.copy.map((k) => copyLeft[k]);
        reference.forEach((b) => refTaken.add(b));
        copyBlocks.forEach((b) => copyTaken.add(b));
        paired.push({ reference, units: unitsOf(copy, copyBlocks) });
    }
    const gaps = gapsBetween(copy, drafts);
    const candidates = [];
    for (const r of refLeft) {
        if (refTaken.has(r))
            continue;
        const [lo, hi] = gaps(r);
        const print = ref.blockPrint(r);
        for (const c of copyLeft) {
            if (copyTaken.has(c) || c <= lo || c >= hi)
                continue;
            const other = copy.blockPrint(c);
            const score = dice(sharedShingles(print, other), print, other);
            if (score >= GAP_MIN_SIMILARITY)
                candidates.push({ r, c, score });
        }
    }
    candidates.sort((a, b) => b.score - a.score || a.r - b.r || a.c - b.c);
    for (const { r, c } of candidates) {
        if (refTaken.has(r) || copyTaken.has(c))
            continue;
        refTaken.add(r);
        copyTaken.add(c);
        paired.push({ reference: [r], units: unitsOf(copy, [c]) });
    }
    return paired;
}
function blocksLeft(side, used) {
    const blocks = [];
    for (let b = 0; b < side.texts.length; b++)
        if (!used[b] && side.firstUnit[b + 1] > side.firstUnit[b])
            blocks.push(b);
    return blocks;
}
function unitsOf(side, blocks) {
    const units = [];
    for (const b of blocks)
        for (let u = side.firstUnit[b]; u < side.firstUnit[b + 1]; u++)
            units.push(u);
    return units;
}
// For a reference block, the copy blocks strictly between which its counterpart must stand:
// those of the kept passages (in the copy's order) before and after it in the reference.
function gapsBetween(copy, drafts) {
    const sorted = [...drafts].sort((a, b) => a.reference[0] - b.reference[0]);
    const kept = longestIncreasing(sorted.map((d) => d.units[0]));
    const anchors = sorted.filter((_, k) => kept.has(k)).map((d) => ({
        refFirst: d.reference[0],
        refLast: d.reference[d.reference.length - 1],
        copyFirst: copy.units[d.units[0]].block,
        copyLast: copy.units[d.units[d.units.length - 1]].block,
    }));
    return (r) => {
        let lo = -1;
        let hi = copy.texts.length;
        for (const a of anchors) {
            if (a.refLast < r)
                lo = Math.max(lo, a.copyLast);
            else if (a.refFirst > r) {
                hi = a.copyFirst;
                break;
            }
        }
        return [lo, hi];
    };
}
//# sourceMappingURL=pair-leftovers.js.map