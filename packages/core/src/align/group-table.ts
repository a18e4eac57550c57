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
  members(group: number): { reference: readonly number[]; copy: readonly number[] };
  /** The live groups, positions ascending. */
  groups(): { reference: number[]; copy: number[] }[];
}

/** An empty table for `refCount` reference blocks and `copyCount` copy blocks. */
export function createGroupTable(refCount: number, copyCount: number): GroupTable {
  const refGroup = new Array<number>(refCount).fill(-1);
  const copyGroup = new Array<number>(copyCount).fill(-1);
  const all: ({ reference: number[]; copy: number[] } | null)[] = [];
  const absorb = (into: number, from: number) => {
    const gone = all[from]!;
    for (const r of gone.reference) refGroup[r] = into;
    for (const c of gone.copy) copyGroup[c] = into;
    all[into]!.reference.push(...gone.reference);
    all[into]!.copy.push(...gone.copy);
    all[from] = null;
  };
  return {
    refGroup,
    copyGroup,
    join(r, c) {
      const gr = refGroup[r]!;
      const gc = copyGroup[c]!;
      if (gr >= 0 && gc >= 0) {
        if (gr !== gc) absorb(Math.min(gr, gc), Math.max(gr, gc));
      } else if (gr >= 0) {
        all[gr]!.copy.push(c);
        copyGroup[c] = gr;
      } else if (gc >= 0) {
        all[gc]!.reference.push(r);
        refGroup[r] = gc;
      } else {
        refGroup[r] = copyGroup[c] = all.push({ reference: [r], copy: [c] }) - 1;
      }
    },
    members: (group) => all[group]!,
    groups: () =>
      all.flatMap((g) => (g ? [{ reference: [...g.reference].sort((a, b) => a - b), copy: [...g.copy].sort((a, b) => a - b) }] : [])),
  };
}
