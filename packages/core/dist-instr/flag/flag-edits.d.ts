import type { PassageAlignment } from '../align/align-passages.js';
import type { Block, Finding } from '../types.js';
/** A block with the words that are compared (notes and inline credits taken out). */
export interface ContentBlock {
    block: Block;
    content: string;
}
/**
 * Findings for the story's own words, passage by passage (see alignPassages): `changed` for a
 * reference paragraph whose words the copy changed (with the word edits and their categories),
 * `moved`, `removed`, `added`, and one `truncated` for a lost ending. A split, a merge or a
 * re-cut with the same words is not an edit and yields nothing.
 */
export declare function flagEdits(reference: readonly ContentBlock[], copy: readonly ContentBlock[], alignment: PassageAlignment): Finding[];
//# sourceMappingURL=flag-edits.d.ts.map