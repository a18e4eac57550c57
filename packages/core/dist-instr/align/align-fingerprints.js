import { createGroupTable } from './group-table.js';
import { longestIncreasing } from './longest-increasing.js';
import { containment, dice, sharedCount, sharedShingles, shinglesOf } from './similarity.js';
const MIN_SENTENCE_WORDS = 4; // shorter sentences ("He declined.") match anywhere by chance
const MIN_STRAY_WORDS = 2; // a short sentence cut off a re-cut paragraph, found whole beside it
const MIN_SENTENCE_COVERAGE = 0.5; // most of a block must be found, sentence by sentence, to join it
/**
 * The alignment itself, on fingerprints (see alignBlocks): callers that compare one reference
 * with many copies fingerprint the reference once.
 *
 * @param settings Resolved options, all present.
 */
export function alignFingerprints(refPrints, copyPrints, settings) {
    const table = createGroupTable(refPrints.length, copyPrints.length);
    pairIdentical(refPrints, copyPrints, table);
    // Only blocks left unpaired by the anchors are searched: near-linear on long documents.
    const hints = pairSimilar(refPrints, copyPrints, table, settings);
    attachPieces(refPrints, copyPrints, table, settings, hints);
    attachSentences(refPrints, copyPrints, table, settings);
    const ordered = table.groups().sort((a, b) => a.reference[0] - b.reference[0]);
    const inOrder = longestIncreasing(ordered.map((g) => g.copy[0]));
    const lastAligned = ordered.reduce((last, g) => Math.max(last, g.reference[g.reference.length - 1]), -1);
    const unmatchedRef = table.refGroup.flatMap((g, r) => (g < 0 && refPrints[r].key !== '' ? [r] : []));
    return {
        groups: ordered.map((g, k) => ({ reference: g.reference, copy: g.copy, moved: !inOrder.has(k) })),
        removed: unmatchedRef.filter((r) => r < lastAligned),
        added: table.copyGroup.flatMap((g, c) => (g < 0 && copyPrints[c].key !== '' ? [c] : [])),
        truncated: unmatchedRef.filter((r) => r > lastAligned),
    };
}
// Identical text (after folding) pairs first, in order: the patience-diff anchors.
function pairIdentical(ref, copy, table) {
    const waiting = new Map();
    copy.forEach((p, c) => {
        if (p.key === '')
            return;
        const list = waiting.get(p.key);
        if (list)
            list.push(c);
        else
            waiting.set(p.key, [c]);
    });
    ref.forEach((p, r) => {
        const c = waiting.get(p.key)?.shift();
        if (c !== undefined)
            table.join(r, c);
    });
}
// Shingle -> positions, over the blocks `include` admits.
function indexShingles(prints, include, maxPostings) {
    const index = new Map();
    prints.forEach((p, at) => {
        if (p.key === '' || !include(at))
            return;
        for (const s of p.shingles) {
            const list = index.get(s);
            if (list)
                list.push(at);
            else
                index.set(s, [at]);
        }
    });
    for (const [s, list] of index)
        if (list.length > maxPostings)
            index.delete(s);
    return index;
}
function overlaps(shingles, index) {
    const counts = new Map();
    for (const s of shingles)
        for (const c of index.get(s) ?? [])
            counts.set(c, (counts.get(c) ?? 0) + 1);
    return counts;
}
// Edited blocks: the most similar unpaired blocks pair first, ties by position, so the result
// does not depend on iteration order. On the way, every pair where one block sits mostly inside
// the other is kept as a hint for the pieces phase: a block merged into one that pairs with
// another piece loses the contest here, and must still find its place.
function pairSimilar(ref, copy, table, settings) {
    const { refGroup, copyGroup } = table;
    const hints = { ref: new Map(), copy: new Map() };
    if (!refGroup.some((g, r) => g < 0 && ref[r].key !== ''))
        return hints;
    const index = indexShingles(copy, (c) => copyGroup[c] < 0, settings.maxPostings);
    const hint = (map, at, other) => {
        const list = map.get(at);
        if (list)
            list.push(other);
        else
            map.set(at, [other]);
    };
    const candidates = [];
    ref.forEach((print, r) => {
        if (refGroup[r] >= 0 || print.key === '')
            return;
        for (const [c, overlap] of overlaps(print.shingles, index)) {
            const score = dice(overlap, print, copy[c]);
            if (score >= settings.minSimilarity)
                candidates.push({ r, c, score });
            if (containment(overlap, print) >= settings.minContainment)
                hint(hints.ref, r, c);
            if (containment(overlap, copy[c]) >= settings.minContainment)
                hint(hints.copy, c, r);
        }
    });
    candidates.sort((a, b) => b.score - a.score || a.r - b.r || a.c - b.c);
    for (const { r, c } of candidates)
        if (refGroup[r] < 0 && copyGroup[c] < 0)
            table.join(r, c);
    return hints;
}
function sides(ref, copy, table) {
    return [
        // Copy pieces of one reference block (a split) first, then reference pieces merged into one copy block.
        { prints: copy, own: table.copyGroup, others: ref, otherGroup: table.refGroup, otherMembers: (g) => table.members(g).reference, ownMembers: (g) => table.members(g).copy, pair: (c, r) => table.join(r, c) },
        { prints: ref, own: table.refGroup, others: copy, otherGroup: table.copyGroup, otherMembers: (g) => table.members(g).copy, ownMembers: (g) => table.members(g).reference, pair: (r, c) => table.join(r, c) },
    ];
}
// Splits and merges: a block still unpaired whose words sit mostly inside one block of the
// other side joins that block's group (or makes one with it). Candidates are the unpaired
// blocks of the other side, the groups of the block's neighbours (a split piece stands next to
// the rest of its paragraph), and blocks whose group lacks words (a piece moved away from the
// rest of its paragraph). Of blocks holding the piece equally, one whose group lacks words
// takes it before one matched word for word: "Forte said." cut from the end of a quote and
// moved goes back to that quote, not to another paragraph that also ends "Forte said."
function attachPieces(ref, copy, table, settings, hints) {
    const names = ['copy', 'ref'];
    for (const [k, side] of sides(ref, copy, table).entries()) {
        const sideHints = hints[names[k]];
        if (!side.own.some((g, at) => g < 0 && side.prints[at].key !== ''))
            continue;
        const inexact = inexactGroups(ref, copy, table);
        const unpairedOthers = indexShingles(side.others, (at) => side.otherGroup[at] < 0, settings.maxPostings);
        const lackingOthers = indexShingles(side.others, (at) => inexact.has(side.otherGroup[at]), settings.maxPostings);
        side.prints.forEach((print, at) => {
            if (side.own[at] >= 0 || print.key === '')
                return;
            const found = [...overlaps(print.shingles, unpairedOthers).keys(), ...overlaps(print.shingles, lackingOthers).keys(), ...(sideHints.get(at) ?? [])];
            let best = -1;
            let bestScore = settings.minContainment;
            let bestWhole = true;
            for (const other of candidatesInOrder(side, at, found)) {
                const score = containment(sharedShingles(print, side.others[other]), print);
                const group = side.otherGroup[other];
                const whole = group >= 0 && !inexact.has(group); // matched word for word already
                if (whole && print.key === side.others[other].key)
                    continue; // a block printed twice repeats, it is no piece
                if (score > bestScore || (score === bestScore && (best < 0 || (bestWhole && !whole)))) {
                    best = other;
                    bestScore = score;
                    bestWhole = whole;
                }
            }
            if (best >= 0)
                side.pair(at, best);
        });
    }
}
// Groups whose two sides differ in words: a piece may be missing from them.
function inexactGroups(ref, copy, table) {
    const inexact = new Set();
    const keysOf = (prints, at) => at.map((k) => prints[k].key).join(' ');
    table.refGroup.forEach((g) => {
        if (g < 0 || inexact.has(g))
            return;
        const m = table.members(g);
        const differ = m.reference.length === 1 && m.copy.length === 1 ? ref[m.reference[0]].key !== copy[m.copy[0]].key
            : keysOf(ref, m.reference) !== keysOf(copy, m.copy);
        if (differ)
            inexact.add(g);
    });
    return inexact;
}
// The sentence-level fallback, for paragraphs the copy re-cut. A block that still matches
// nothing whole (it holds the end of one reference paragraph and the start of the next) is
// looked up sentence by sentence; when most of its words are found so, it joins the groups of
// the blocks that hold them, and those groups merge into one. A block already paired, but not
// word for word, may also hold a sentence its partner lacks and another block has (the copy
// moved the cut by one sentence): it joins that block's group too. Candidates stay few, so long
// documents stay near-linear: unpaired blocks of the other side, the groups of its neighbours,
// and blocks holding one of its sentences verbatim.
function attachSentences(ref, copy, table, settings) {
    const inexact = inexactGroups(ref, copy, table);
    for (const side of sides(ref, copy, table)) {
        const waiting = side.prints.flatMap((p, at) => {
            const g = side.own[at];
            if (g < 0)
                return p.words.length >= MIN_SENTENCE_WORDS ? [at] : [];
            return inexact.has(g) && p.sentenceStarts.length >= 2 ? [at] : [];
        });
        if (waiting.length === 0)
            continue;
        const unpairedOthers = indexShingles(side.others, (at) => side.otherGroup[at] < 0, settings.maxPostings);
        const sentenceHome = new Map();
        // One-sentence blocks are found whole: through the unpaired index or a neighbour's group.
        side.others.forEach((p, at) => {
            if (p.sentenceStarts.length < 2)
                return;
            for (const [start, end] of sentenceRanges(p)) {
                const key = p.words.slice(start, end).join(' ');
                if (!sentenceHome.has(key))
                    sentenceHome.set(key, at);
            }
        });
        const contains = (other, shingles) => sharedCount(shingles, side.others[other].shingles) / shingles.size;
        for (const at of waiting) {
            const print = side.prints[at];
            const grouped = side.own[at] >= 0;
            const sentences = sentenceRanges(print).filter(([start, end]) => end - start >= (grouped ? MIN_STRAY_WORDS : MIN_SENTENCE_WORDS));
            const verbatim = sentences.flatMap(([start, end]) => {
                const home = sentenceHome.get(print.words.slice(start, end).join(' '));
                return home === undefined ? [] : [home];
            });
            const ordered = candidatesInOrder(side, at, [...overlaps(print.shingles, unpairedOthers).keys(), ...verbatim]);
            const near = new Set(candidatesInOrder(side, at, []));
            const found = new Set();
            let covered = 0;
            for (const [start, end] of sentences) {
                const shingles = shinglesOf(print.words.slice(start, end));
                const words = print.words.slice(start, end);
                // A sentence its own group already holds is at home, unless the block holds it more
                // often than the group's other side does ("Forte said." moved onto a paragraph that
                // itself ends "Forte said.").
                if (grouped && side.otherMembers(side.own[at]).some((other) => contains(other, shingles) >= settings.minContainment) &&
                    !extraCopy(words, side.ownMembers(side.own[at]), side.prints, side.otherMembers(side.own[at]), side.others))
                    continue;
                // A short one ("It's very emotional.") counts only whole, and only in a neighbour's group
                // or where its verbatim home's group lacks it.
                const short = end - start < MIN_SENTENCE_WORDS;
                const home = sentenceHome.get(words.join(' '));
                const homeGroup = home === undefined ? -1 : side.otherGroup[home];
                const homeLacks = homeGroup >= 0 && extraCopy(words, side.otherMembers(homeGroup), side.others, side.ownMembers(homeGroup), side.prints);
                let best = -1;
                let bestScore = short ? 1 : settings.minContainment;
                const key = words.join(' ');
                for (const other of short ? [...near, ...(homeLacks ? [home] : [])] : ordered) {
                    // A sentence that is all of a block already matched word for word is printed twice.
                    const group = side.otherGroup[other];
                    if (!grouped && group >= 0 && !inexact.has(group) && side.others[other].key === key)
                        continue;
                    const score = contains(other, shingles);
                    if (score > bestScore || (score === bestScore && best < 0)) {
                        best = other;
                        bestScore = score;
                    }
                }
                if (best < 0)
                    continue;
                found.add(best);
                covered += end - start;
            }
            if (found.size === 0)
                continue;
            if (grouped || covered / print.words.length >= MIN_SENTENCE_COVERAGE)
                for (const other of found)
                    side.pair(at, other);
        }
    }
}
// Candidates in the order ties are settled: the blocks of the neighbours' groups first (a
// piece stands beside the rest of its paragraph: "Forte said." after the quote it closes), then
// the others by position.
// True when the blocks `mine` (of prints `mineSide`) hold the word run more often, verbatim,
// than the blocks `theirs` (of `theirSide`).
function extraCopy(run, mine, mineSide, theirs, theirSide) {
    const count = (blocks, prints) => blocks.reduce((n, b) => n + occurrences(prints[b].words, run), 0);
    return count(mine, mineSide) > count(theirs, theirSide);
}
function occurrences(words, run) {
    let n = 0;
    for (let i = 0; i + run.length <= words.length; i++) {
        let k = 0;
        while (k < run.length && words[i + k] === run[k])
            k++;
        if (k === run.length)
            n++;
    }
    return n;
}
function candidatesInOrder(side, at, others) {
    const near = new Set();
    for (const k of [at - 1, at + 1]) {
        const g = side.own[k];
        if (g !== undefined && g >= 0)
            for (const other of side.otherMembers(g))
                near.add(other);
    }
    const rest = new Set(others.filter((o) => !near.has(o)));
    return [...[...near].sort((a, b) => a - b), ...[...rest].sort((a, b) => a - b)];
}
function sentenceRanges(print) {
    const starts = print.sentenceStarts;
    return starts.map((s, k) => [s, k + 1 < starts.length ? starts[k + 1] : print.words.length]);
}
//# sourceMappingURL=align-fingerprints.js.map