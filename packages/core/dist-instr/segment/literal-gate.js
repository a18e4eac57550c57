import { RegExpParser } from '@eslint-community/regexpp';
import { WordAutomaton } from './word-automaton.js';
/**
 * Every gate word of every rule, found in a text in one pass: rules run block by block, and one
 * search for all words costs far less than a search per word per rule. Words are indexed up to
 * a bound (the built-in tables hold a few hundred); a word left out is searched for on its own.
 */
const MAX_INDEXED_WORDS = 4096;
const indexed = { exact: new Set(), folded: new Set() };
const INDEXED_TEXT_CHARS = 2000; // blocks, not whole articles
// Short words regardless of case ("to", "ad") turn up at every other position of a text:
// finding them all costs more than a search for each when its clause is asked about. Written
// in capitals or as names ("AP", "By", "dpa"), short words are rare enough to index.
const MIN_INDEXED_CHARS = { exact: 2, folded: 4 };
let finder = null;
const MIN_GATE_CHARS = 2; // a one-letter word lets nearly every text through: not worth a check
// Marks prose seldom holds: one alone is a gate worth checking ("burs-abc/xyz" needs its "/").
const RARE_MARK = /^[/|@#©\[\]{}<>\\_~^*•]$/u;
/**
 * The literal gate of a pattern, or null when none can be read (every branch may start with a
 * class, say) and the pattern must always run.
 *
 * @example literalGate(String.raw`\bunable\s+to\s+(?:verify|confirm)\b`, 'iu')
 *   // => { folded: true, clauses: [['unable'], ['confirm', 'verify'], ['to']] }
 */
export function literalGate(pattern, flags) {
    const folded = flags.includes('i');
    let tree;
    try {
        tree = new RegExpParser().parsePattern(pattern, 0, pattern.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
    }
    catch {
        return null; // compiling reports the syntax error; a gate only ever saves work
    }
    const clauses = alternation(tree.alternatives, folded);
    if (clauses.length === 0)
        return null;
    const unique = new Map(clauses.map((c) => [...new Set(c)].sort()).map((c) => [c.join('\u0000'), c]));
    // The most selective clause first: a text usually fails there and the rest are not asked.
    const gate = { folded, clauses: [...unique.values()].sort((x, y) => selectivity(y) - selectivity(x) || x.length - y.length || (x.join() < y.join() ? -1 : 1)) };
    index(gate);
    return gate;
}
function index(gate) {
    const into = gate.folded ? indexed.folded : indexed.exact;
    // Only the strongest clause is indexed: the others are asked about only when it holds.
    const fresh = [...new Set(gate.clauses[0])].filter((w) => w.length >= MIN_INDEXED_CHARS[gate.folded ? 'folded' : 'exact'] && !into.has(w));
    if (fresh.length === 0)
        return;
    if (indexed.exact.size + indexed.folded.size + fresh.length > MAX_INDEXED_WORDS)
        return;
    for (const w of fresh)
        into.add(w);
    finder = null;
    recent.clear();
}
// One branch alone holds all its clauses. Of several branches one matches, so one clause holds:
// the union of each branch's strongest clause (none when some branch has none). When every
// branch also needs a rare mark, the union of those marks holds as well: a text naming an
// agency but holding no "/" then skips the patterns of slashed credits.
function alternation(alternatives, folded) {
    if (alternatives.length === 1)
        return sequence(alternatives[0].elements, folded);
    const words = [];
    let marks = [];
    for (const alternative of alternatives) {
        const clauses = sequence(alternative.elements, folded);
        if (clauses[0] === undefined)
            return [];
        words.push(...clauses[0]);
        const mark = clauses.find((c) => c.every((w) => RARE_MARK.test(w)));
        marks = mark && marks ? [...marks, ...mark] : null;
    }
    return marks ? [words, marks] : [words];
}
// A sequence needs all its parts, so every part's clauses hold, the strongest first. Adjacent
// characters join into one word; zero-width assertions (\b, ^, lookarounds) keep them adjacent.
function sequence(elements, folded) {
    const clauses = [];
    let run = '';
    const closeRun = () => {
        if (run !== '')
            clauses.push([run]);
        run = '';
    };
    for (const element of elements) {
        if (element.type === 'Assertion')
            continue;
        if (element.type === 'Character') {
            const ch = literalChar(element.value, folded);
            if (ch === null)
                closeRun();
            else
                run += ch;
            continue;
        }
        closeRun();
        if (element.type === 'Quantifier') {
            if (element.min >= 1)
                clauses.push(...atom(element.element, folded));
        }
        else {
            clauses.push(...atom(element, folded));
        }
    }
    closeRun();
    return clauses.filter(isWorthChecking).sort((x, y) => selectivity(y) - selectivity(x));
}
function atom(element, folded) {
    if (element.type === 'CapturingGroup')
        return alternation(element.alternatives, folded);
    // A group that switches case sensitivity ("(?i:…)") is read as not known.
    if (element.type === 'Group')
        return element.modifiers ? [] : alternation(element.alternatives, folded);
    return []; // one character, classes, sets, backreferences: no word of two letters or more
}
// characters end a word.
function literalChar(code, folded) {
    const ch = String.fromCodePoint(code);
    if (!folded)
        return ch;
    return code < 0x80 ? ch.toLowerCase() : null;
}
function isWorthChecking(clause) {
    return clause.every((w) => w.length >= MIN_GATE_CHARS || RARE_MARK.test(w));
}
// The shortest word decides how often a clause lets a text through.
function selectivity(words) {
    return Math.min(...words.map((w) => w.length));
}
// The texts asked about lately: classifying a block asks about its text and its folded form by
// turns, and reading an article's notes, credits and agencies goes over its blocks once for
// each. A map, as a long text's hash is made once per string and kept with it. A story's pages
// are all extracted before any is compared, so the texts of the whole story must fit: at 256,
// six in ten searches were of a text already searched (fixture stories, 180 blocks a story).
const RECENT = 4096;
const recent = new Map();
function present(text) {
    const known = recent.get(text);
    if (known !== undefined)
        return known;
    finder ??= { exact: new WordAutomaton(indexed.exact), folded: new WordAutomaton(indexed.folded) };
    const p = { text, lower: foldForGate(text), exact: new Set(), folded: new Set() };
    finder.exact.findIn(text, p.exact);
    finder.folded.findIn(p.lower, p.folded);
    if (recent.size >= RECENT)
        recent.delete(recent.keys().next().value);
    recent.set(text, p);
    return p;
}
/**
 * The indexed gate words that occur in `text`: exact ones in it as written, folded ones in it
 * lower-cased. Null when the text is too long to index (search per gate then).
 */
export function indexedWordsIn(text) {
    return text.length > INDEXED_TEXT_CHARS ? null : present(text);
}
/** True when a gate's strongest clause is wholly indexed, so indexedWordsIn finds its words. */
export function strongestClauseIndexed(gate) {
    const index = gate.folded ? indexed.folded : indexed.exact;
    return gate.clauses[0].every((w) => index.has(w));
}
// Ignoring case, a text is compared lower-cased, with the long s (which /s/iu matches) as "s".
function foldForGate(text) {
    const lower = text.toLowerCase();
    return lower.includes('\u017F') ? lower.replace(/\u017F/g, 's') : lower;
}
/** False when `text` holds none of the gate's words, so the pattern cannot match it. */
export function passesGate(gate, text) {
    if (gate === null)
        return true;
    // A long text (a whole copy searched for agency names) is asked about by few rules: searching
    // for their words alone costs less than finding every indexed word in it.
    if (text.length > INDEXED_TEXT_CHARS) {
        const haystack = gate.folded ? foldForGate(text) : text;
        return gate.clauses.every((clause) => clause.some((w) => haystack.includes(w)));
    }
    const seen = present(text);
    const found = gate.folded ? seen.folded : seen.exact;
    const index = gate.folded ? indexed.folded : indexed.exact;
    const haystack = gate.folded ? seen.lower : text;
    for (const clause of gate.clauses) {
        let holds = false;
        for (const w of clause) {
            if (found.has(w))
                holds = true;
            else if (!index.has(w))
                holds = haystack.includes(w);
            if (holds)
                break;
        }
        if (!holds)
            return false;
    }
    return true;
}
//# sourceMappingURL=literal-gate.js.map