import type { Article, Finding } from '../types.js';
import { normalizeText } from '../segment/normalize-text.js';

/** One line of the side-by-side view: reference blocks beside the copy blocks they became. */
export interface StoryRow {
  /** Reference block positions (empty for copy-only blocks). */
  reference: number[];
  /** Copy block positions (empty for reference-only blocks). */
  copy: number[];
}

const key = (text: string) => normalizeText(text).toLowerCase();

/**
 * Lays a reference and a copy side by side for display: pairs from the findings (changed and
 * moved blocks, and a caption whose note or credit changed), identical blocks paired in order,
 * the rest on one side only. Each copy-only block is placed after the row of the copy block
 * before it. Linear in the number of blocks.
 */
export function layoutRows(reference: Article, copy: Article, findings: readonly Finding[]): StoryRow[] {
  const copyOf = new Map<number, number[]>();
  const paired = new Set<number>();
  for (const f of findings) {
    if ((f.kind !== 'changed' && f.kind !== 'moved') || f.reference.blocks.length === 0) continue;
    const first = f.reference.blocks[0]!;
    if (!copyOf.has(first)) copyOf.set(first, [...f.copy.blocks]);
    for (const r of f.reference.blocks.slice(1)) if (!copyOf.has(r)) copyOf.set(r, []);
    for (const c of f.copy.blocks) paired.add(c);
  }
  // A caption whose note or credit the copy reworded (or that moved with it) is one block on
  // each side of a note-changed or credit-changed finding: paired, so its words can be diffed.
  for (const f of findings) {
    if (f.kind !== 'note-changed' && f.kind !== 'credit-changed') continue;
    if (f.reference.blocks.length !== 1 || f.copy.blocks.length !== 1) continue;
    const [r, c] = [f.reference.blocks[0]!, f.copy.blocks[0]!];
    if (copyOf.has(r) || paired.has(c) || reference.blocks[r]!.role !== copy.blocks[c]!.role) continue;
    if (key(reference.blocks[r]!.text) === key(copy.blocks[c]!.text)) continue; // paired as identical below
    copyOf.set(r, [c]);
    paired.add(c);
  }
  const waiting = new Map<string, number[]>();
  for (const b of copy.blocks) {
    if (paired.has(b.index)) continue;
    const list = waiting.get(key(b.text));
    if (list) list.push(b.index);
    else waiting.set(key(b.text), [b.index]);
  }
  const rows: StoryRow[] = [];
  const rowOfCopy = new Map<number, number>();
  for (const b of reference.blocks) {
    let copies = copyOf.get(b.index);
    if (copies === undefined) {
      const same = waiting.get(key(b.text))?.shift();
      copies = same === undefined ? [] : [same];
    }
    for (const c of copies) rowOfCopy.set(c, rows.length);
    rows.push({ reference: [b.index], copy: copies });
  }
  // Copy-only blocks go after the row holding the nearest earlier copy block.
  const after = new Map<number, number[]>();
  let anchor = -1;
  for (const b of copy.blocks) {
    const row = rowOfCopy.get(b.index);
    if (row !== undefined) {
      anchor = row;
      continue;
    }
    const list = after.get(anchor);
    if (list) list.push(b.index);
    else after.set(anchor, [b.index]);
  }
  const out: StoryRow[] = (after.get(-1) ?? []).map((c) => ({ reference: [], copy: [c] }));
  rows.forEach((row, k) => {
    out.push(row);
    for (const c of after.get(k) ?? []) out.push({ reference: [], copy: [c] });
  });
  return out;
}
