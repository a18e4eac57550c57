import type { Block } from '../types.js';
/**
 * Splits the agency dateline ("BRUSSELS (Reuters) -") off the start of the story into a block
 * of its own, so that a copy which drops it shows one missing credit, not an edited paragraph.
 * In a plain paragraph (no markup) the dateline may follow a caption or a note a text copy ran
 * into the lede: the paragraph is split there too, the lede going on as body.
 * Returns new blocks, renumbered; the input is not changed.
 */
export declare function splitDateline(blocks: readonly Block[]): Block[];
//# sourceMappingURL=split-dateline.d.ts.map