import { furnitureKey } from './furniture-key.js';
import { recognizeStoryText } from './recognize-story-text.js';
// Learned tables are plain data that nothing mutates: their lookup sets go with them.
const KEYS = new WeakMap();
function keysOf(learned, outlet) {
    let byOutlet = KEYS.get(learned);
    if (!byOutlet)
        KEYS.set(learned, (byOutlet = new Map()));
    let keys = byOutlet.get(outlet);
    if (!keys && Object.hasOwn(learned.outlets, outlet)) {
        byOutlet.set(outlet, (keys = new Set(learned.outlets[outlet].map((e) => furnitureKey(e.text)))));
    }
    return keys;
}
/**
 * Marks the outlet's learned furniture in a copy: each body block whose text (folded, see
 * furnitureKey) the table lists for that outlet gets the role 'furniture', so comparison leaves
 * it out of alignment and reports it as furniture at info, never as added content.
 *
 * @param outlet The copy's outlet (see identifyOutlet); null marks nothing.
 * @returns A new article when a block changed role; the same article when none did. The input
 *   is never mutated.
 * @example applyLearnedFurniture(copy, 'example.com', learned, { reference })
 */
export function applyLearnedFurniture(article, outlet, learned, options = {}) {
    const keys = outlet === null ? undefined : keysOf(learned, outlet);
    if (!keys || keys.size === 0)
        return article;
    let isStoryText = null;
    let changed = false;
    const blocks = article.blocks.map((block) => {
        if (block.role !== 'body')
            return block;
        const key = furnitureKey(block.text);
        if (!keys.has(key))
            return block;
        isStoryText ??= options.reference ? recognizeStoryText(options.reference) : () => false;
        if (isStoryText(key))
            return block;
        changed = true;
        return { ...block, role: 'furniture' };
    });
    return changed ? { ...article, blocks } : article;
}
//# sourceMappingURL=apply-learned-furniture.js.map