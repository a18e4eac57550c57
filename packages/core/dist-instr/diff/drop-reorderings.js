import { ATTRIBUTION_WORDS } from './edit-lexicon.js';
import { isSameSpeaker, midSentence } from './same-speaker.js';
import { styleRule } from './style-rules.js';
const FUNCTION_WORDS = new Set(styleRule('function-words', 'words').words);
const MIN_REORDERED_WORDS = 3; // "he said" can come and go by chance; a clause moved is a reordering
const MAX_SPEAKER_WORDS = 7; // "local police chief Mohammad Shahabuddin Khan"
const MAX_MOVE_TOKENS = 200; // an attribution moves past one quotation, not across a page
const MAX_NOUN_TOKENS = 3; // "the order of the CJI" / "the CJI's order": the noun between
const ARTICLES = new Set(['the', 'a', 'an']);
// Verbs that stand before their speaker as well as after it: '"X," said Kim' is '"X," Kim said'.
const INVERTING = new Set(['said', 'says', 'added', 'adds', 'asked', 'wrote']);
const SENTENCE_END = new Set(['.', '!', '?']);
const CLAUSE_BREAK = new Set([',', '"', "'", ':', ';', '-']);
const wordsOf = (tokens, from, to) => {
    const out = [];
    for (let i = from; i < to; i++)
        if (tokens[i].isWord)
            out.push(tokens[i]);
    return out;
};
const keysOf = (words) => words.map((t) => t.key).join(' ');
/**
 * Spans that only move words drop out, or become style: words cut in one place and put back,
 * word for word, in another (a sentence or a clause of three words or more moved); and an
 * attribution moved from before a quotation to after it, inverted ("said Kim" / "Kim said"), or
 * with its pronoun replaced by the speaker's name. Neither changes who said what.
 *
 * @param spans The changed spans of a word diff, in reading order.
 * @param ref The reference's tokens.
 * @param copy The copy's tokens.
 * @returns The spans that still change words; moved attributions marked restyled.
 */
export function dropReorderings(spans, ref, copy) {
    const trimmed = trimMovedPhrases(spans, ref, copy);
    const moved = dropMovedWords(trimmed, ref, copy);
    markMovedAttributions(moved, ref, copy);
    return moved;
}
// A substitution whose cut words begin or end with a phrase the copy inserted elsewhere (or the
// reverse) is split, so the phrase pairs up as a move: "In a statement, his children said" /
// "Hawking's children said in a statement".
function trimMovedPhrases(spans, ref, copy) {
    // Substitutions by the first and last word of each side, so each phrase looks up its partners.
    const index = new Map();
    const add = (key, span) => {
        const list = index.get(key);
        if (list)
            list.push(span);
        else
            index.set(key, [span]);
    };
    for (const s of spans) {
        if (s.r0 === s.r1 || s.c0 === s.c1 || s.restyled)
            continue;
        for (const [side, words] of [['ref', wordsOf(ref, s.r0, s.r1)], ['copy', wordsOf(copy, s.c0, s.c1)]]) {
            if (words.length === 0)
                continue;
            add(`${side} ${words[0].key}`, s);
            add(`${side} ${words[words.length - 1].key}`, s);
        }
    }
    if (index.size === 0)
        return spans;
    const split = new Map();
    for (const piece of spans) {
        const insertion = piece.r0 === piece.r1;
        if ((!insertion && piece.c0 !== piece.c1) || piece.restyled)
            continue;
        const phrase = insertion ? wordsOf(copy, piece.c0, piece.c1) : wordsOf(ref, piece.r0, piece.r1);
        if (phrase.length < MIN_REORDERED_WORDS || phrase.some((t) => t.inQuote))
            continue;
        const key = keysOf(phrase);
        // The other side of a substitution: the reference's words for an inserted phrase, the copy's for a cut one.
        const side = insertion ? 'ref' : 'copy';
        const otherTokens = insertion ? ref : copy;
        const candidates = [...(index.get(`${side} ${phrase[0].key}`) ?? []), ...(index.get(`${side} ${phrase[phrase.length - 1].key}`) ?? [])];
        for (const s of candidates) {
            if (split.has(s))
                continue;
            const [o0, o1] = insertion ? [s.r0, s.r1] : [s.c0, s.c1];
            const words = wordsOf(otherTokens, o0, o1);
            if (words.length <= phrase.length)
                continue;
            const head = keysOf(words.slice(0, phrase.length)) === key;
            if (!head && keysOf(words.slice(-phrase.length)) !== key)
                continue;
            // Cut after the phrase's last word and its punctuation (head), or before its first word (tail).
            let at = otherTokens.indexOf(head ? words[phrase.length] : words[words.length - phrase.length]);
            if (!head)
                while (at > o0 && !otherTokens[at - 1].isWord)
                    at--;
            const cut = insertion
                ? (head ? { r0: s.r0, r1: at, c0: s.c0, c1: s.c0, restyled: false } : { r0: at, r1: s.r1, c0: s.c1, c1: s.c1, restyled: false })
                : (head ? { r0: s.r0, r1: s.r0, c0: s.c0, c1: at, restyled: false } : { r0: s.r1, r1: s.r1, c0: at, c1: s.c1, restyled: false });
            const rest = insertion
                ? (head ? { ...s, r0: at } : { ...s, r1: at })
                : (head ? { ...s, c0: at } : { ...s, c1: at });
            split.set(s, head ? [cut, rest] : [rest, cut]);
            break;
        }
    }
    return split.size === 0 ? spans : spans.flatMap((s) => split.get(s) ?? [s]);
}
// Words cut in one place and put back, word for word, in another: the copy reordered sentences
// (or merged paragraphs in another order). That changes no fact, so both spans go.
function dropMovedWords(spans, ref, copy) {
    const deletions = new Map();
    spans.forEach((s, k) => {
        if (s.c0 !== s.c1 || s.restyled)
            return;
        const words = wordsOf(ref, s.r0, s.r1);
        if (words.length < MIN_REORDERED_WORDS)
            return;
        const list = deletions.get(keysOf(words));
        if (list)
            list.push(k);
        else
            deletions.set(keysOf(words), [k]);
    });
    if (deletions.size === 0)
        return [...spans];
    const gone = new Set();
    spans.forEach((s, k) => {
        if (s.r0 !== s.r1 || s.restyled)
            return;
        const partner = deletions.get(keysOf(wordsOf(copy, s.c0, s.c1)))?.shift();
        if (partner === undefined)
            return;
        gone.add(k);
        gone.add(partner);
    });
    return spans.filter((_, k) => !gone.has(k));
}
function netWords(s, ref, copy) {
    const cut = wordsOf(ref, s.r0, s.r1);
    const put = wordsOf(copy, s.c0, s.c1);
    const kept = new Map();
    for (const t of put)
        kept.set(t.key, (kept.get(t.key) ?? 0) + 1);
    const netCut = cut.filter((t) => {
        const n = kept.get(t.key) ?? 0;
        if (n > 0)
            kept.set(t.key, n - 1);
        return n === 0;
    });
    const used = new Map();
    for (const t of cut)
        used.set(t.key, (used.get(t.key) ?? 0) + 1);
    const netPut = put.filter((t) => {
        const n = used.get(t.key) ?? 0;
        if (n > 0)
            used.set(t.key, n - 1);
        return n === 0;
    });
    return { cut: netCut, put: netPut };
}
// An attribution as words: [speaker…, verb] (or [verb, speaker…] after a quotation).
function readAttribution(words, inverted) {
    if (words.length < 2 || words.some((t) => t.inQuote))
        return null;
    const verb = inverted ? words[0] : words[words.length - 1];
    if (!ATTRIBUTION_WORDS.has(verb.key) || (inverted && !INVERTING.has(verb.key)))
        return null;
    const speaker = inverted ? words.slice(1) : words.slice(0, -1);
    return speaker.some((t) => ATTRIBUTION_WORDS.has(t.key)) ? null : { verb: verb.key, speaker };
}
const readEither = (words) => readAttribution(words, false) ?? readAttribution(words, true);
// Where an attribution can stand: opening its sentence, or after a comma or quotation mark.
function opensSentence(tokens, at) {
    for (let i = at - 1; i >= 0; i--) {
        if (tokens[i].isWord)
            return false;
        if (SENTENCE_END.has(tokens[i].key) || tokens[i].key === '"')
            return true;
    }
    return true;
}
// No sentence ends between two places but inside a quotation.
function oneSentence(tokens, from, to) {
    for (let i = from; i < to; i++)
        if (SENTENCE_END.has(tokens[i].key) && !tokens[i].inQuote && tokens[i + 1]?.key !== '"')
            return false;
    return true;
}
const afterBreak = (tokens, at) => at === 0 || CLAUSE_BREAK.has(tokens[at - 1].key) || opensSentence(tokens, at);
const firstWordAt = (tokens, from, to) => {
    for (let i = from; i < to; i++)
        if (tokens[i].isWord)
            return i;
    return to;
};
// The same words, function words aside, cut in one place and put back in another order within
// one sentence: '"…," said Ma Wulong, a local resident in Menyuan county.' / 'A local resident in
// the Menyuan County, Ma Wulong, said, "…"'. Nothing is said of anyone else.
function isShuffledInSentence(a, b, cut, put, ref, copy) {
    const content = (words) => words.filter((t) => !FUNCTION_WORDS.has(t.key) && !t.inQuote).map((t) => t.key).sort();
    const [x, y] = [content(cut), content(put)];
    if (x.length < MIN_REORDERED_WORDS || x.length !== y.length || x.some((k, i) => k !== y[i]))
        return false;
    // Names on both sides of a speech verb are two parties, and their order says who told whom.
    if (hasTwoParties(cut) || hasTwoParties(put))
        return false;
    return oneSentence(ref, Math.min(a.r0, b.r0), Math.max(a.r1, b.r1)) && oneSentence(copy, Math.min(a.c0, b.c0), Math.max(a.c1, b.c1));
}
function hasTwoParties(words) {
    const isName = (t) => /^\p{Lu}/u.test(t.text);
    return words.some((t, i) => ATTRIBUTION_WORDS.has(t.key) && words.slice(0, i).some(isName) && words.slice(i + 1).some(isName));
}
// An attribution cut before a quotation (or at the start of its sentence) and put after it,
// or the reverse; and one inverted in place. Both spans become style.
function markMovedAttributions(spans, ref, copy) {
    const nets = spans.map((s) => netWords(s, ref, copy));
    // Each span's words read as an attribution: opening ([speaker…, verb]) or closing (either order).
    const opening = nets.map((n) => ({ cut: readAttribution(n.cut, false), put: readAttribution(n.put, false) }));
    const closing = nets.map((n) => ({ cut: readEither(n.cut), put: readEither(n.put) }));
    for (let a = 0; a < spans.length; a++) {
        for (let b = a + 1; b < spans.length && spans[b].r0 - spans[a].r1 <= MAX_MOVE_TOKENS; b++) {
            const [na, nb] = [nets[a], nets[b]];
            if (isPossessiveTurned(spans[a], spans[b], na, nb)) {
                spans[a].restyled = spans[b].restyled = true;
                continue;
            }
            // One span cuts the words, the other puts them back.
            const aCuts = na.cut.length > 0 && na.put.length === 0 && nb.cut.length === 0 && nb.put.length > 0;
            const bCuts = nb.cut.length > 0 && nb.put.length === 0 && na.cut.length === 0 && na.put.length > 0;
            if (!aCuts && !bCuts)
                continue;
            // The earlier of the two stands before the quotation or opens the sentence; the later follows.
            const [early, late, earlyTokens, lateTokens] = aCuts
                ? [opening[a].cut, closing[b].put, ref, copy]
                : [opening[a].put, closing[b].cut, copy, ref];
            if (invertedInPlace(spans[a], spans[b], ref, copy) || isShuffledInSentence(spans[a], spans[b], aCuts ? na.cut : nb.cut, aCuts ? nb.put : na.put, ref, copy)) {
                spans[a].restyled = spans[b].restyled = true;
                continue;
            }
            if (!early || !late || early.verb !== late.verb || !isSameSpeaker(early.speaker, late.speaker, (t) => midSentence(ref)(t) || midSentence(copy)(t)))
                continue;
            const [sa, sb] = [spans[a], spans[b]];
            // Not into another sentence: "He said X. Y, Kim said." would attribute Y.
            if (!oneSentence(ref, sa.r1, sb.r0) || !oneSentence(copy, sa.c1, sb.c0))
                continue;
            const earlyStart = aCuts ? firstWordAt(ref, sa.r0, sa.r1) : firstWordAt(copy, sa.c0, sa.c1);
            const lateStart = aCuts ? sb.c0 : sb.r0;
            if (!opensSentence(earlyTokens, earlyStart) || !afterBreak(lateTokens, firstWordAt(lateTokens, lateStart, lateTokens.length)))
                continue;
            spans[a].restyled = spans[b].restyled = true;
        }
    }
}
// "the order of the CJI" / "the CJI's order": the owner cut after the noun with "of" and put
// before it with "'s" (or the reverse), nothing else changed.
function isPossessiveTurned(a, b, na, nb) {
    if (b.r0 - a.r1 > MAX_NOUN_TOKENS || b.c0 - a.c1 > MAX_NOUN_TOKENS || b.r0 - a.r1 !== b.c0 - a.c1)
        return false;
    const owner = (words) => words.filter((t) => !ARTICLES.has(t.key));
    // The "'s" side comes first; the "of" side after the noun.
    const [possessive, ofPhrase] = na.cut.length === 0 && nb.put.length === 0 ? [na.put, nb.cut] : na.put.length === 0 && nb.cut.length === 0 ? [na.cut, nb.put] : [[], []];
    const named = owner(possessive);
    const of = owner(ofPhrase);
    if (named.length === 0 || of[0]?.key !== 'of' || of.length !== named.length + 1 || [...named, ...of].some((t) => t.inQuote))
        return false;
    const last = named[named.length - 1].key;
    return last.endsWith("'s") && keysOf(named.slice(0, -1)) === keysOf(of.slice(1, -1)) && last.slice(0, -2) === of[of.length - 1].key;
}
// '"X," Kim said.' / '"X," said Kim.': a word cut on one side of the speaker (or verb) and put
// back on the other, the clause standing after a comma or quotation mark and ending the sentence.
function invertedInPlace(a, b, ref, copy) {
    const region = (tokens, from, to) => {
        const words = wordsOf(tokens, from, to);
        const after = tokens.slice(to).find((t) => t.isWord || SENTENCE_END.has(t.key) || t.key === ',' || t.key === '"');
        const closes = after === undefined || !after.isWord;
        return closes && afterBreak(tokens, firstWordAt(tokens, from, to)) ? readEither(words) : null;
    };
    if (b.r0 - a.r1 > MAX_SPEAKER_WORDS || b.c0 - a.c1 > MAX_SPEAKER_WORDS)
        return false;
    const r = region(ref, a.r0, b.r1);
    const c = region(copy, a.c0, b.c1);
    return r !== null && c !== null && r.verb === c.verb && keysOf(r.speaker) === keysOf(c.speaker) &&
        wordsOf(ref, a.r0, b.r1).length === r.speaker.length + 1 && wordsOf(copy, a.c0, b.c1).length === c.speaker.length + 1;
}
//# sourceMappingURL=drop-reorderings.js.map