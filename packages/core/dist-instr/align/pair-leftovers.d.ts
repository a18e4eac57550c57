import type { AlignOptions } from './align-blocks.js';
import type { SentenceSide } from './sentence-side.js';
/** Reference blocks and copy units (in copy order) on their way to a passage. */
export interface Draft {
    reference: number[];
    units: number[];
    /** The copy block, for a block that is its reference block's twin. */
    twin?: number;
}
/**
 * Pairs whole the blocks whose sentences paired with nothing: first as the block aligner pairs
 * paragraphs (similar, split, merged), then, among those still alone, a reference block and a
 * copy block that stand between the same passages and are still somewhat alike.
 *
 * @param drafts The passages so far.
 * @param refUsed, copyUsed Blocks those passages hold.
 */
export declare function pairLeftovers(ref: SentenceSide, copy: SentenceSide, settings: Required<AlignOptions>, drafts: readonly Draft[], refUsed: Uint8Array, copyUsed: Uint8Array): Draft[];
//# sourceMappingURL=pair-leftovers.d.ts.map