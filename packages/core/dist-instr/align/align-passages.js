import { alignFingerprints } from './align-fingerprints.js';
import { longestIncreasing } from './longest-increasing.js';
import { findCut, findExcerptEnd } from './find-cut.js';
import { pairLeftovers } from './pair-leftovers.js';
import { pairInPlace } from './pair-in-place.js';
import { prunePieces } from './prune-pieces.js';
/**
 * Aligns a copy with the reference sentence by sentence, then reads the result paragraph by
 * paragraph: each reference block (or blocks one copy sentence joins) gets the copy's sentences
 * paired with its own, and the copy's unpaired sentences that stand between them. A split, a
 * merge, a re-wrap or a whole body run together then changes no passage's words. Blocks whose
 * sentences pair with nothing are paired whole where they are still alike (every sentence of
 * a paragraph edited); the rest are removed, added or the lost ending.
 *
 * @param settings Resolved alignment options, all present.
 */
export function alignPassages(ref, copy, settings) {
    const refBlockCount = ref.texts.length;
    const copyBlockCount = copy.texts.length;
    const refPaired = new Uint8Array(ref.units.length);
    const copyPartner = new Int32Array(copy.units.length).fill(-1); // the last reference unit of its group
    const same = new Uint8Array(copy.units.length);
    const refUsed = new Uint8Array(refBlockCount);
    const copyUsed = new Uint8Array(copyBlockCount);
    // Blocks of as many sentences, paired sentence by sentence in step.
    const pairInStep = (r, c) => {
        const units = [];
        for (let u = copy.firstUnit[c], k = ref.firstUnit[r]; u < copy.firstUnit[c + 1]; u++, k++) {
            refPaired[k] = 1;
            copyPartner[u] = k;
            same[u] = ref.prints[k].key === copy.prints[u].key ? 1 : 0;
            units.push(u);
        }
        refUsed[r] = copyUsed[c] = 1;
        return units;
    };
    // A block whose text stands once on each side pairs with its twin without a search: most
    // blocks of most copies. So does a paragraph edited in place, alone between two kept ones.
    // Only the other blocks' sentences are aligned.
    const twins = uniqueTwins(ref, copy.texts);
    const drafts = [];
    for (const [r, c] of twins)
        drafts.push({ reference: [r], units: pairInStep(r, c), twin: c });
    for (const [r, c] of pairInPlace(ref, copy, twins))
        drafts.push({ reference: [r], units: pairInStep(r, c) });
    let inserted = [];
    if (drafts.length < refBlockCount && drafts.length < copyBlockCount) {
        const rest = alignRest(ref, copy, settings, { refUsed, copyUsed, refPaired, copyPartner, same });
        drafts.push(...rest.drafts);
        inserted = rest.inserted;
    }
    for (const d of drafts) {
        for (const r of d.reference)
            refUsed[r] = 1;
        for (const u of d.units)
            copyUsed[copy.units[u].block] = 1;
    }
    for (const d of pairLeftovers(ref, copy, settings, drafts, refUsed, copyUsed)) {
        for (const r of d.reference)
            refUsed[r] = 1;
        drafts.push(d);
    }
    drafts.sort((a, b) => a.reference[0] - b.reference[0]);
    const lastRef = drafts.reduce((last, d) => Math.max(last, d.reference[d.reference.length - 1]), -1);
    // A reference that is itself an excerpt, cut mid-sentence, ends there; the copy does not.
    const excerpt = findExcerptEnd(ref, copy, copyPartner);
    const cut = excerpt ? null : findCut(ref, copy, drafts, lastRef, copyPartner, refPaired);
    const inOrder = longestIncreasing(drafts.map((d) => d.units[0]));
    const passages = drafts.map((d, k) => toPassage(d, copy, same, !inOrder.has(k), cut, excerpt));
    const inPassage = new Uint8Array(copyBlockCount);
    for (const p of passages)
        for (const b of p.copy)
            inPassage[b] = 1;
    const removed = [];
    const truncated = [];
    for (let b = 0; b < refBlockCount; b++) {
        if (refUsed[b] || ref.firstUnit[b + 1] === ref.firstUnit[b])
            continue;
        (b < lastRef ? removed : truncated).push(b);
    }
    const added = [];
    for (let b = 0; b < copyBlockCount; b++)
        if (!inPassage[b] && copy.firstUnit[b + 1] > copy.firstUnit[b])
            added.push(b);
    return {
        passages, removed, added, inserted, truncated,
        cut: cut === null ? null : { block: cut.block, start: cut.start },
        excerptEnd: excerpt === null ? null : { block: excerpt.block, end: excerpt.end },
    };
}
// A draft as a passage: its copy units as ranges, shortened where the copy stops mid-word or
// the reference, an excerpt, stops mid-sentence.
function toPassage(d, copy, same, moved, cut, excerpt) {
    if (d.twin !== undefined) {
        const range = { block: d.twin, start: 0, end: copy.texts[d.twin].length, same: true };
        return { reference: d.reference, copy: [d.twin], ranges: [range], whole: true, moved };
    }
    const beyond = excerpt && d.units.includes(excerpt.copyUnit) ? excerpt.copyUnit : Infinity;
    const units = d.units.filter((c) => c <= beyond);
    const ranges = units.map((c) => {
        const { block, start, end } = copy.units[c];
        return { block, start, end: c === beyond ? excerpt.copyEnd : end, same: same[c] === 1 };
    });
    const stump = cut?.copyEnd !== undefined && units[units.length - 1] === cut.copyUnit;
    if (stump)
        ranges[ranges.length - 1].end = cut.copyEnd;
    const blocks = [...new Set(ranges.map((r) => r.block))].sort((a, b) => a - b);
    let held = 0;
    for (const b of blocks)
        held += copy.firstUnit[b + 1] - copy.firstUnit[b];
    return { reference: d.reference, copy: blocks, ranges, whole: !stump && beyond === Infinity && held === units.length, moved };
}
// The sentences of the blocks that are not twins, aligned, and read as clusters: reference
// blocks joined by a copy sentence that pairs with sentences of both, each with the copy
// sentences paired with its own and the unpaired ones among them.
function alignRest(ref, copy, settings, marks) {
    const refRest = unitsOutside(ref, marks.refUsed);
    const copyRest = unitsOutside(copy, marks.copyUsed);
    if (refRest.length === 0 || copyRest.length === 0)
        return { drafts: [], inserted: [] };
    const refPrints = refRest.map((k) => ref.prints[k]);
    const copyPrints = copyRest.map((k) => copy.prints[k]);
    const groups = prunePieces(alignFingerprints(refPrints, copyPrints, settings).groups, refPrints, copyPrints);
    const parent = Array.from({ length: ref.texts.length }, (_, b) => b);
    const find = (b) => {
        while (parent[b] !== b)
            b = parent[b] = parent[parent[b]];
        return b;
    };
    const owner = new Int32Array(copy.units.length).fill(-1);
    const firstPartner = new Int32Array(copy.units.length).fill(-1); // the first reference unit of its group
    const keys = (prints, at) => at.map((u) => prints[u].key).join(' ');
    for (const g of groups) {
        const rs = g.reference.map((k) => refRest[k]);
        const cs = g.copy.map((k) => copyRest[k]);
        const unchanged = rs.length === 1 && cs.length === 1 ? ref.prints[rs[0]].key === copy.prints[cs[0]].key : keys(ref.prints, rs) === keys(copy.prints, cs);
        const first = find(ref.units[rs[0]].block);
        for (const r of rs) {
            marks.refPaired[r] = 1;
            const root = find(ref.units[r].block);
            if (root !== first)
                parent[root] = first;
        }
        for (const c of cs) {
            marks.same[c] = unchanged ? 1 : 0;
            owner[c] = first;
            firstPartner[c] = rs[0];
            marks.copyPartner[c] = rs[rs.length - 1];
        }
    }
    for (const c of copyRest)
        if (owner[c] >= 0)
            owner[c] = find(owner[c]);
    const clusters = new Map();
    for (let b = 0; b < ref.texts.length; b++) {
        if (marks.refUsed[b] || !hasPairedUnit(ref, b, marks.refPaired))
            continue;
        const root = find(b);
        const draft = clusters.get(root);
        if (draft)
            draft.reference.push(b);
        else
            clusters.set(root, { reference: [b], units: [] });
    }
    // A reference sentence next to `r` (step 1 after it, -1 before it), in its block, that the copy lacks.
    const lacksBeside = (r, step) => {
        const next = r + step;
        return next >= 0 && next < ref.units.length && ref.units[next].block === ref.units[r].block && !marks.refPaired[next];
    };
    const owners = assignUnpaired(copy, copyRest, owner, (before, after) => lacksBeside(marks.copyPartner[before], 1) ? 'before' : lacksBeside(firstPartner[after], -1) ? 'after' : 'neither');
    const inserted = [];
    for (const c of copyRest) {
        if (owners[c] >= 0)
            clusters.get(owners[c]).units.push(c);
        else if (owners[c] === INSERTED) {
            const run = inserted[inserted.length - 1];
            const last = run?.[run.length - 1];
            const unit = copy.units[c];
            if (run && last && last.block === unit.block && owners[c - 1] === INSERTED)
                run.push(unit);
            else
                inserted.push([unit]);
        }
    }
    return { drafts: [...clusters.values()], inserted };
}
// Positions of the units of blocks not yet used, in order.
function unitsOutside(side, used) {
    const at = [];
    for (let b = 0; b < side.texts.length; b++) {
        if (used[b])
            continue;
        for (let u = side.firstUnit[b]; u < side.firstUnit[b + 1]; u++)
            at.push(u);
    }
    return at;
}
// Texts that stand exactly once among the reference's blocks, made once per reference.
const SINGLE_TEXTS = new WeakMap();
function singleTexts(texts) {
    const seen = new Map();
    texts.forEach((t, k) => seen.set(t, seen.has(t) ? -1 : k));
    return seen;
}
// Reference block -> copy block, for texts that stand exactly once on each side.
function uniqueTwins(ref, copy) {
    let inRef = SINGLE_TEXTS.get(ref);
    if (!inRef)
        SINGLE_TEXTS.set(ref, (inRef = singleTexts(ref.texts)));
    const inCopy = singleTexts(copy);
    const twins = new Map();
    for (const [text, c] of inCopy) {
        const r = inRef.get(text);
        if (c >= 0 && r !== undefined && r >= 0)
            twins.set(r, c);
    }
    return twins;
}
function hasPairedUnit(side, block, paired) {
    for (let u = side.firstUnit[block]; u < side.firstUnit[block + 1]; u++)
        if (paired[u])
            return true;
    return false;
}
const INSERTED = -2; // the owner of a passage of the copy's own between two reference paragraphs
// A copy sentence that pairs with nothing belongs with the paired sentences around it in its
// block: an added clause or a rewritten sentence inside a paragraph. Between the sentences of
// two reference paragraphs (a body run together), it replaces a sentence one of them lacks
// there; where neither lacks one, the copy inserted it between them.
function assignUnpaired(copy, rest, paired, lacking) {
    const owners = Int32Array.from(paired);
    for (let k = 0; k < rest.length;) {
        const block = copy.units[rest[k]].block;
        let end = k;
        while (end < rest.length && copy.units[rest[end]].block === block)
            end++;
        let before = -1;
        for (let i = k; i < end; i++) {
            const c = rest[i];
            if (paired[c] >= 0) {
                before = c;
                continue;
            }
            let after = -1;
            for (let j = i + 1; j < end && after < 0; j++)
                if (paired[rest[j]] >= 0)
                    after = rest[j];
            if (before < 0 || after < 0)
                owners[c] = before < 0 ? (after < 0 ? -1 : paired[after]) : paired[before];
            else if (paired[before] === paired[after])
                owners[c] = paired[before];
            else {
                const side = lacking(before, after);
                owners[c] = side === 'before' ? paired[before] : side === 'after' ? paired[after] : INSERTED;
            }
        }
        k = end;
    }
    return owners;
}
//# sourceMappingURL=align-passages.js.map