/**
 * Which blocks of the reference and the copy belong together. Joining two blocks that already
 * sit in different groups merges the groups, so a block is never in two groups at once.
 */
export interface GroupTable {
    /** For each reference position, its group id, or -1. */
    readonly refGroup: number[];
    /** For each copy position, its group id, or -1. */
    readonly copyGroup: number[];
    /** Puts reference block `r` and copy block `c` in one group. */
    join(r: number, c: number): void;
    /** The reference and copy positions of one group. */
    members(group: number): {
        reference: readonly number[];
        copy: readonly number[];
    };
    /** The live groups, positions ascending. */
    groups(): {
        reference: number[];
        copy: number[];
    }[];
}
/** An empty table for `refCount` reference blocks and `copyCount` copy blocks. */
export declare function createGroupTable(refCount: number, copyCount: number): GroupTable;
//# sourceMappingURL=group-table.d.ts.map