import { forEachToken } from '../segment/tokenize-words.js';
const ENDS_SENTENCE = /[.!?"'\u201D\u2019)\]]$/u;
/**
 * Finds where the copy stops inside the last reference block it has: its last words pair with
 * a sentence of that block and the block's later sentences, or the rest of that sentence, are
 * missing. A copy cut off mid-sentence ("… surged far inland, swallowing e") stops there,
 * not with an edit. Null when the copy's words end where a reference block ends.
 *
 * @param drafts Passages so far: reference blocks and copy units, in copy order.
 * @param lastRef The last reference block any passage holds.
 * @param partner For each copy unit, the last reference unit it pairs with, or -1.
 * @param paired For each reference unit, 1 when some copy unit pairs with it.
 */
export function findCut(ref, copy, drafts, lastRef, partner, paired) {
    let lastUnit = -1;
    let holder = null;
    for (const d of drafts) {
        const u = d.units[d.units.length - 1];
        if (u > lastUnit)
            [lastUnit, holder] = [u, d];
    }
    if (holder === null || !holder.reference.includes(lastRef))
        return null;
    const r = partner[lastUnit];
    if (r < 0 || ref.units[r].block !== lastRef)
        return null;
    const inside = cutInsideSentence(ref, copy, r, lastUnit);
    if (inside)
        return { block: lastRef, start: inside.refStart, copyUnit: lastUnit, ...(inside.copyEnd === undefined ? {} : { copyEnd: inside.copyEnd }) };
    const end = ref.firstUnit[lastRef + 1];
    if (r + 1 === end)
        return null;
    for (let u = r + 1; u < end; u++)
        if (paired[u])
            return null; // the copy has them elsewhere: moved, not lost
    return { block: lastRef, start: ref.units[r + 1].start, copyUnit: lastUnit };
}
function wordsOf(side, unit) {
    const { block, start, end } = side.units[unit];
    const words = [];
    forEachToken(side.texts[block].slice(start, end), (text, key, isWord, at) => {
        if (isWord)
            words.push({ key, start: start + at, end: start + at + text.length });
    });
    return words;
}
// The copy's last sentence is the start of the reference's, word for word, and stops without
// a sentence's end: the copy was cut there. A last word that only begins the reference's word
// is the stump of a cut word, left out of the copy's words.
function cutInsideSentence(ref, copy, r, c) {
    const cut = prefixCut(copy, c, ref, r);
    return cut && (cut.shortEnd === undefined ? { refStart: cut.longStart } : { refStart: cut.longStart, copyEnd: cut.shortEnd });
}
/**
 * Where the shorter of two paired sentences stops inside the longer: it stops without a
 * sentence's end (an excerpt cut there), and its last words stand once in the longer with more
 * words after them. `longStart` is where the longer's words go on; `shortEnd`, when the
 * shorter's last word is the stump of a cut word, where its words end without it. Edits before
 * the last words do not matter: they are the passage's edits.
 */
function prefixCut(short, s, long, l) {
    const { block, start, end } = short.units[s];
    if (ENDS_SENTENCE.test(short.texts[block].slice(start, end)))
        return null;
    const theirs = wordsOf(long, l);
    const mine = wordsOf(short, s);
    if (mine.length < 2)
        return null;
    const stumpAt = (k) => k < theirs.length && theirs[k].key !== mine[mine.length - 1].key && theirs[k].key.startsWith(mine[mine.length - 1].key);
    // The last words as written, or without a last word that only begins a word of the longer.
    for (const stump of [false, true]) {
        const run = mine.slice(Math.max(0, mine.length - (stump ? 1 : 0) - ANCHOR_WORDS), mine.length - (stump ? 1 : 0));
        if (run.length === 0)
            continue;
        const at = onlyOccurrence(theirs, run);
        if (at < 0)
            continue;
        const next = at + run.length;
        if (stump ? !stumpAt(next) || next + 1 > theirs.length : next >= theirs.length)
            continue;
        if (!stump)
            return { longStart: theirs[next].start };
        return { longStart: theirs[next].start, shortEnd: trimmedEnd(short.texts[block], run[run.length - 1].end, mine[mine.length - 1].start) };
    }
    return null;
}
const ANCHOR_WORDS = 3; // the last words of a cut sentence, found once in the whole one, say where it stops
// Where the run of words stands in `words`, when it stands there exactly once; else -1.
function onlyOccurrence(words, run) {
    let found = -1;
    for (let i = 0; i + run.length <= words.length; i++) {
        let k = 0;
        while (k < run.length && words[i + k].key === run[k].key)
            k++;
        if (k < run.length)
            continue;
        if (found >= 0)
            return -1;
        found = i;
    }
    return found;
}
/**
 * Finds where a reference cut off mid-sentence stops ("… taking people by surprise"), when its
 * last sentence pairs with a copy sentence that goes on: the copy's words after that point are
 * beyond the reference's end, neither added nor changed. Null for a reference that ends a
 * sentence, as an agency's original does.
 *
 * @param partner For each copy unit, the last reference unit it pairs with, or -1.
 */
export function findExcerptEnd(ref, copy, partner) {
    const last = ref.units.length - 1;
    if (last < 0)
        return null;
    const c = partner.lastIndexOf(last);
    if (c < 0)
        return null;
    const cut = prefixCut(ref, last, copy, c);
    if (!cut)
        return null;
    const { block, end } = ref.units[last];
    const copyText = copy.texts[copy.units[c].block];
    return { block, end: cut.shortEnd ?? end, copyUnit: c, copyEnd: trimmedEnd(copyText, copy.units[c].start, cut.longStart) };
}
// The end of the copy's words before a stump, with any punctuation that closes them kept.
function trimmedEnd(text, lastWordEnd, stumpStart) {
    let end = stumpStart;
    while (end > lastWordEnd && /\s/.test(text[end - 1]))
        end--;
    return end;
}
//# sourceMappingURL=find-cut.js.map