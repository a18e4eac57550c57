import { alignFingerprints } from './align-fingerprints.js';
import { fingerprint } from './similarity.js';
const DEFAULTS = Object.freeze({
    minSimilarity: 0.5,
    minContainment: 0.7,
    maxPostings: 64,
});
/**
 * Aligns the reference's blocks with a copy's: identical blocks first (as anchors), then edited
 * ones by bigram similarity, then pieces of split or merged blocks by containment, and last,
 * for blocks that still match nothing whole, sentence by sentence (a re-cut paragraph joins the
 * groups of the blocks that hold its sentences). Groups the
 * copy took out of order are marked moved (the longest run in order stays put); reference
 * blocks after the last aligned one are the truncated tail.
 *
 * @param reference The reference blocks' texts, in reading order.
 * @param copy The copy blocks' texts, in reading order.
 * @example alignBlocks(['a b c', 'd e f'], ['d e f', 'a b c']).groups[1].moved // => true
 */
export function alignBlocks(reference, copy, options = {}) {
    return alignFingerprints(reference.map(fingerprint), copy.map(fingerprint), resolveAlignOptions(options));
}
/** Fills in the defaults of AlignOptions and checks each value, naming the one that is wrong. */
export function resolveAlignOptions(options = {}) {
    const settings = { ...DEFAULTS, ...options };
    for (const name of ['minSimilarity', 'minContainment']) {
        const value = settings[name];
        if (!(value > 0 && value <= 1))
            throw new RangeError(`alignBlocks: ${name} must be in (0, 1], got ${value}`);
    }
    return settings;
}
//# sourceMappingURL=align-blocks.js.map