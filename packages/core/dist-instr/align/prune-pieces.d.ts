import type { Fingerprint } from './similarity.js';
/** A group of aligned positions on each side. */
export interface UnitGroup {
    reference: number[];
    copy: number[];
}
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
export declare function prunePieces(groups: readonly UnitGroup[], ref: readonly Fingerprint[], copy: readonly Fingerprint[]): UnitGroup[];
//# sourceMappingURL=prune-pieces.d.ts.map