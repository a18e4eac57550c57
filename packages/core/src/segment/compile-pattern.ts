import { indexedWordsIn, literalGate, passesGate, strongestClauseIndexed, type LiteralGate } from './literal-gate.js';

/** A table entry whose pattern is a regular expression source with flags. */
export interface PatternEntry {
  id: string;
  pattern: string;
  flags: string;
}

// Compiled once per pattern and flag set, whatever object carries it: a rule table cloned into
// a worker thread, or rebuilt from a configuration file, shares the work. Cleared when full, so
// memory stays bounded however many patterns pass through.
const MAX_CACHED = 10_000;
const cache = new Map<string, Map<string, RegExp>>();

// An entry's flags and pattern as one key, made once per entry object: the same string each
// time, so looking it up does not hash the pattern again.
const sources = new WeakMap<PatternEntry, string>();
function sourceKey(entry: PatternEntry): string {
  let key = sources.get(entry);
  if (key === undefined) sources.set(entry, (key = `${entry.flags}/${entry.pattern}`));
  return key;
}

/**
 * Compiles a table entry's pattern once and keeps it; `extraFlags` adds flags such as 'g'.
 * Throws a SyntaxError naming the entry when the pattern is not a valid expression.
 */
export function compilePattern(entry: PatternEntry, extraFlags = ''): RegExp {
  const key = sourceKey(entry);
  let byFlags = cache.get(key);
  if (!byFlags) {
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, (byFlags = new Map()));
  }
  let re = byFlags.get(extraFlags);
  if (!re) {
    const flags = [...new Set(entry.flags + extraFlags)].sort().join('');
    try {
      re = new RegExp(entry.pattern, flags);
    } catch (error) {
      throw new SyntaxError(`pattern of "${entry.id}" is not a valid regular expression: ${(error as Error).message}`);
    }
    byFlags.set(extraFlags, re);
  }
  re.lastIndex = 0;
  return re;
}

const gates = new Map<string, LiteralGate | null>();

function gateOf(entry: PatternEntry): LiteralGate | null {
  const key = sourceKey(entry);
  let gate = gates.get(key);
  if (gate === undefined) {
    if (gates.size >= MAX_CACHED) gates.clear();
    gates.set(key, (gate = literalGate(entry.pattern, entry.flags)));
  }
  return gate;
}

/**
 * False when the entry's pattern cannot match `text`: the text lacks every word the pattern
 * requires (see literalGate). True means only "run the pattern to know".
 */
export function mayMatch(entry: PatternEntry, text: string): boolean {
  return passesGate(gateOf(entry), text);
}

/** Which entries of a table a word of their strongest clause calls up, and which always run. */
interface TableIndex {
  byWord: { exact: Map<string, number[]>; folded: Map<string, number[]> };
  always: number[];
}
const tables = new WeakMap<readonly PatternEntry[], TableIndex>();

function indexTable(table: readonly PatternEntry[]): TableIndex {
  const index: TableIndex = { byWord: { exact: new Map(), folded: new Map() }, always: [] };
  table.forEach((entry, k) => {
    const gate = gateOf(entry);
    if (gate === null || !strongestClauseIndexed(gate)) return void index.always.push(k);
    const byWord = gate.folded ? index.byWord.folded : index.byWord.exact;
    for (const w of gate.clauses[0]!) byWord.set(w, [...(byWord.get(w) ?? []), k]);
  });
  return index;
}

/**
 * The entries of a table that may match `text`, in table order: one lookup per word the text
 * holds instead of a gate check per entry (most blocks call up none of a table's entries).
 * The table's array is the key of its index: pass the same array each time.
 */
export function candidatesIn<T extends PatternEntry>(table: readonly T[], text: string): T[] {
  // The table first: indexing it may add words, and the words found must include them.
  let index = tables.get(table);
  if (!index) tables.set(table, (index = indexTable(table)));
  const seen = indexedWordsIn(text);
  if (seen === null) return table.filter((entry) => mayMatch(entry, text));
  let called: Set<number> | null = null;
  const callUp = (words: ReadonlySet<string>, byWord: ReadonlyMap<string, number[]>) => {
    if (byWord.size === 0) return;
    for (const w of words) {
      const ks = byWord.get(w);
      if (ks) for (const k of ks) (called ??= new Set(index.always)).add(k);
    }
  };
  callUp(seen.exact, index.byWord.exact);
  callUp(seen.folded, index.byWord.folded);
  // Most texts call up no entry by its words: only the entries that always run are left.
  const ks = called ? [...called].sort((a, b) => a - b) : index.always;
  const out: T[] = [];
  for (const k of ks) if (mayMatch(table[k]!, text)) out.push(table[k]!);
  return out;
}

/** True when some entry of a table matches somewhere in `text` (see candidatesIn). */
export function anyMatches(table: readonly PatternEntry[], text: string): boolean {
  return candidatesIn(table, text).some((entry) => compilePattern(entry).test(text));
}

/** Every match of an entry's pattern in `text`, with its offsets. */
export function matchAll(entry: PatternEntry, text: string): { text: string; start: number; end: number }[] {
  return mayMatch(entry, text) ? matchCandidate(entry, text) : [];
}

/** matchAll for an entry candidatesIn gave for `text`: its gate is not asked again. */
export function matchCandidate(entry: PatternEntry, text: string): { text: string; start: number; end: number }[] {
  const re = compilePattern(entry, 'g');
  const found: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0] === '') continue;
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}
