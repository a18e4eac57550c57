import { indexedWordsIn, literalGate, passesGate, strongestClauseIndexed } from './literal-gate.js';
// Compiled once per pattern and flag set, whatever object carries it: a rule table cloned into
// a worker thread, or rebuilt from a configuration file, shares the work. Cleared when full, so
// memory stays bounded however many patterns pass through.
const MAX_CACHED = 10_000;
const cache = new Map();
// An entry's flags and pattern as one key, made once per entry object: the same string each
// time, so looking it up does not hash the pattern again.
const sources = new WeakMap();
function sourceKey(entry) {
    let key = sources.get(entry);
    if (key === undefined)
        sources.set(entry, (key = `${entry.flags}/${entry.pattern}`));
    return key;
}
/**
 * Compiles a table entry's pattern once and keeps it; `extraFlags` adds flags such as 'g'.
 * Throws a SyntaxError naming the entry when the pattern is not a valid expression.
 */
export function compilePattern(entry, extraFlags = '') {
    const key = sourceKey(entry);
    let byFlags = cache.get(key);
    if (!byFlags) {
        if (cache.size >= MAX_CACHED)
            cache.clear();
        cache.set(key, (byFlags = new Map()));
    }
    let re = byFlags.get(extraFlags);
    if (!re) {
        const flags = [...new Set(entry.flags + extraFlags)].sort().join('');
        try {
            re = new RegExp(entry.pattern, flags);
        }
        catch (error) {
            throw new SyntaxError(`pattern of "${entry.id}" is not a valid regular expression: ${error.message}`);
        }
        byFlags.set(extraFlags, re);
    }
    re.lastIndex = 0;
    return re;
}
const gates = new Map();
function gateOf(entry) {
    const key = sourceKey(entry);
    let gate = gates.get(key);
    if (gate === undefined) {
        if (gates.size >= MAX_CACHED)
            gates.clear();
        gates.set(key, (gate = literalGate(entry.pattern, entry.flags)));
    }
    return gate;
}
/**
 * False when the entry's pattern cannot match `text`: the text lacks every word the pattern
 * requires (see literalGate). True means only "run the pattern to know".
 */
export function mayMatch(entry, text) {
    return passesGate(gateOf(entry), text);
}
const tables = new WeakMap();
function indexTable(table) {
    const index = { byWord: { exact: new Map(), folded: new Map() }, always: [] };
    table.forEach((entry, k) => {
        const gate = gateOf(entry);
        if (gate === null || !strongestClauseIndexed(gate))
            return void index.always.push(k);
        const byWord = gate.folded ? index.byWord.folded : index.byWord.exact;
        for (const w of gate.clauses[0])
            byWord.set(w, [...(byWord.get(w) ?? []), k]);
    });
    return index;
}
/**
 * The entries of a table that may match `text`, in table order: one lookup per word the text
 * holds instead of a gate check per entry (most blocks call up none of a table's entries).
 * The table's array is the key of its index: pass the same array each time.
 */
export function candidatesIn(table, text) {
    // The table first: indexing it may add words, and the words found must include them.
    let index = tables.get(table);
    if (!index)
        tables.set(table, (index = indexTable(table)));
    const seen = indexedWordsIn(text);
    if (seen === null)
        return table.filter((entry) => mayMatch(entry, text));
    let called = null;
    const callUp = (words, byWord) => {
        if (byWord.size === 0)
            return;
        for (const w of words) {
            const ks = byWord.get(w);
            if (ks)
                for (const k of ks)
                    (called ??= new Set(index.always)).add(k);
        }
    };
    callUp(seen.exact, index.byWord.exact);
    callUp(seen.folded, index.byWord.folded);
    // Most texts call up no entry by its words: only the entries that always run are left.
    const ks = called ? [...called].sort((a, b) => a - b) : index.always;
    const out = [];
    for (const k of ks)
        if (mayMatch(table[k], text))
            out.push(table[k]);
    return out;
}
/** True when some entry of a table matches somewhere in `text` (see candidatesIn). */
export function anyMatches(table, text) {
    return candidatesIn(table, text).some((entry) => compilePattern(entry).test(text));
}
/** Every match of an entry's pattern in `text`, with its offsets. */
export function matchAll(entry, text) {
    return mayMatch(entry, text) ? matchCandidate(entry, text) : [];
}
/** matchAll for an entry candidatesIn gave for `text`: its gate is not asked again. */
export const COST = new Map();
function charge(id, t0){ const t=performance.now()-t0; const c=COST.get(id)??[0,0]; c[0]+=t; c[1]++; COST.set(id,c); }
process.on('exit',()=>{ let T=0,N=0; for (const [k,[t,n]] of COST){T+=t;N+=n;} console.log('TOTAL',T.toFixed(0),N); for (const [k,[t,n]] of [...COST].sort((a,b)=>b[1][0]-a[1][0]).slice(0,25)) console.log(t.toFixed(1).padStart(8), String(n).padStart(8), k); });
export function matchCandidate(entry, text) { const t0=performance.now(); try { return matchCandidate0(entry, text); } finally { charge(entry.id, t0); } }
function matchCandidate0(entry, text) {
    const re = compilePattern(entry, 'g');
    const found = [];
    for (const m of text.matchAll(re)) {
        if (m[0] === '')
            continue;
        found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    }
    return found;
}
//# sourceMappingURL=compile-pattern.js.map