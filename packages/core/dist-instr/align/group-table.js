/** An empty table for `refCount` reference blocks and `copyCount` copy blocks. */
export function createGroupTable(refCount, copyCount) {
    const refGroup = new Array(refCount).fill(-1);
    const copyGroup = new Array(copyCount).fill(-1);
    const all = [];
    const absorb = (into, from) => {
        const gone = all[from];
        for (const r of gone.reference)
            refGroup[r] = into;
        for (const c of gone.copy)
            copyGroup[c] = into;
        all[into].reference.push(...gone.reference);
        all[into].copy.push(...gone.copy);
        all[from] = null;
    };
    return {
        refGroup,
        copyGroup,
        join(r, c) {
            const gr = refGroup[r];
            const gc = copyGroup[c];
            if (gr >= 0 && gc >= 0) {
                if (gr !== gc)
                    absorb(Math.min(gr, gc), Math.max(gr, gc));
            }
            else if (gr >= 0) {
                all[gr].copy.push(c);
                copyGroup[c] = gr;
            }
            else if (gc >= 0) {
                all[gc].reference.push(r);
                refGroup[r] = gc;
            }
            else {
                refGroup[r] = copyGroup[c] = all.push({ reference: [r], copy: [c] }) - 1;
            }
        },
        members: (group) => all[group],
        groups: () => all.flatMap((g) => (g ? [{ reference: [...g.reference].sort((a, b) => a - b), copy: [...g.copy].sort((a, b) => a - b) }] : [])),
    };
}
//# sourceMappingURL=group-table.js.map