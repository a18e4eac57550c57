import { normalizeText } from '../segment/normalize-text.js';
const key = (text) => normalizeText(text).toLowerCase();
/**
 * Lays a reference and a copy side by side for display: pairs from the findings (changed and
 * moved blocks), identical blocks paired in order, the rest on one side only. Each copy-only
 * block is placed after the row of the copy block before it. Linear in the number of blocks.
 */
export function layoutRows(reference, copy, findings) {
    const copyOf = new Map();
    const paired = new Set();
    for (const f of findings) {
        if ((f.kind !== 'changed' && f.kind !== 'moved') || f.reference.blocks.length === 0)
            continue;
        const first = f.reference.blocks[0];
        if (!copyOf.has(first))
            copyOf.set(first, [...f.copy.blocks]);
        for (const r of f.reference.blocks.slice(1))
            if (!copyOf.has(r))
                copyOf.set(r, []);
        for (const c of f.copy.blocks)
            paired.add(c);
    }
    const waiting = new Map();
    for (const b of copy.blocks) {
        if (paired.has(b.index))
            continue;
        const list = waiting.get(key(b.text));
        if (list)
            list.push(b.index);
        else
            waiting.set(key(b.text), [b.index]);
    }
    const rows = [];
    const rowOfCopy = new Map();
    for (const b of reference.blocks) {
        let copies = copyOf.get(b.index);
        if (copies === undefined) {
            const same = waiting.get(key(b.text))?.shift();
            copies = same === undefined ? [] : [same];
        }
        for (const c of copies)
            rowOfCopy.set(c, rows.length);
        rows.push({ reference: [b.index], copy: copies });
    }
    // Copy-only blocks go after the row holding the nearest earlier copy block.
    const after = new Map();
    let anchor = -1;
    for (const b of copy.blocks) {
        const row = rowOfCopy.get(b.index);
        if (row !== undefined) {
            anchor = row;
            continue;
        }
        const list = after.get(anchor);
        if (list)
            list.push(b.index);
        else
            after.set(anchor, [b.index]);
    }
    const out = (after.get(-1) ?? []).map((c) => ({ reference: [], copy: [c] }));
    rows.forEach((row, k) => {
        out.push(row);
        for (const c of after.get(k) ?? [])
            out.push({ reference: [], copy: [c] });
    });
    return out;
}
//# sourceMappingURL=story-rows.js.map