import { splitSentences } from '../segment/split-sentences.js';
import { fingerprint } from './similarity.js';
/**
 * Cuts blocks into sentences and fingerprints each. A copy's block that repeats a block of
 * `known` (the reference) letter for letter, as most do, takes that block's sentences and
 * fingerprints rather than making its own.
 *
 * @param texts The blocks' texts (notes and inline credits already taken out).
 * @param known The reference side, when preparing a copy.
 */
export function prepareSentences(texts, known) {
    const units = [];
    const prints = [];
    const firstUnit = [];
    const knownAt = known ? blockIndex(known) : undefined;
    texts.forEach((text, block) => {
        firstUnit.push(units.length);
        const same = knownAt?.get(text);
        if (same !== undefined && known) {
            for (let u = known.firstUnit[same]; u < known.firstUnit[same + 1]; u++) {
                const { start, end } = known.units[u];
                units.push({ block, start, end });
                prints.push(known.prints[u]);
            }
            return;
        }
        for (const [start, end] of splitSentences(text)) {
            units.push({ block, start, end });
            prints.push(fingerprint(text.slice(start, end)));
        }
    });
    firstUnit.push(units.length);
    const blockPrints = new Map();
    return {
        texts,
        units,
        prints,
        firstUnit,
        blockPrint(block) {
            let print = blockPrints.get(block);
            if (!print)
                blockPrints.set(block, (print = fingerprint(texts[block])));
            return print;
        },
    };
}
// The reference's blocks by text, made once per reference and kept with it.
const BLOCK_INDEXES = new WeakMap();
function blockIndex(side) {
    let index = BLOCK_INDEXES.get(side);
    if (!index) {
        const made = new Map();
        side.texts.forEach((text, block) => {
            if (!made.has(text))
                made.set(text, block);
        });
        BLOCK_INDEXES.set(side, (index = made));
    }
    return index;
}
/** The text of one unit. */
export function unitText(side, unit) {
    const { block, start, end } = side.units[unit];
    return side.texts[block].slice(start, end);
}
//# sourceMappingURL=sentence-side.js.map