import { normalizeText } from '../segment/normalize-text.js';
import { furnitureKey } from './furniture-key.js';
import { resolveFurnitureOptions } from './furniture-options.js';
import { recognizeStoryText } from './recognize-story-text.js';
const SPACE = /\s/; // what normalizeText folds to one space (\s covers no-break and wide spaces)
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Samples one story for learning furniture: the short blocks of its reference (never to be
 * learned) and, per outlet, the short body blocks of its copies (candidates) that are not the
 * story's own text, edited or not (see recognizeStoryText). Only body blocks
 * are candidates: notes, credits and datelines have their own checks, blocks the pattern table
 * knows are furniture already, and captions belong to the photo they describe.
 *
 * @param options maxWords bounds both lists (see FurnitureOptions).
 * @example sampleFurniture({ reference, copies: [{ article: copy, outlet: 'example.com' }] })
 */
export function sampleFurniture(story, options = {}) {
    const { maxWords } = resolveFurnitureOptions(options);
    // Words as written, counted until there are too many: most blocks are long, and are left
    // before any folding. Folding only removes, so a text short as written is short folded.
    const isShort = (text) => {
        let words = 0;
        let inWord = false;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x1680 && SPACE.test(text[i]));
            if (!space && !inWord && ++words > maxWords)
                return false;
            inWord = !space;
        }
        return words > 0;
    };
    const reference = new Set();
    for (const block of story.reference.blocks) {
        if (isShort(block.text))
            reference.add(furnitureKey(block.text));
    }
    let isStoryText = null; // made when a copy has a short block of its own
    const byOutlet = new Map();
    for (const { article, outlet } of story.copies) {
        if (outlet === null)
            continue;
        const texts = byOutlet.get(outlet) ?? new Set();
        byOutlet.set(outlet, texts);
        for (const block of article.blocks) {
            if (block.role !== 'body')
                continue;
            if (!isShort(block.text))
                continue;
            const folded = normalizeText(block.text);
            const key = folded.toLowerCase();
            if (key === '' || reference.has(key))
                continue; // most copy blocks are the reference's as written
            isStoryText ??= recognizeStoryText(story.reference);
            if (!isStoryText(key))
                texts.add(folded);
        }
    }
    return {
        reference: [...reference].sort(compare),
        copies: [...byOutlet].sort(([a], [b]) => compare(a, b)).map(([outlet, texts]) => ({ outlet, texts: [...texts].sort(compare) })),
    };
}
//# sourceMappingURL=sample-furniture.js.map