import { literalGate, passesGate, type LiteralGate } from './literal-gate.js';

/** A table entry whose pattern is a regular expression source with flags. */
export interface PatternEntry {
  id: string;
  pattern: string;
  flags: string;
}

// Compiled once per table entry and flag set; entries are frozen data, so identity is enough.
const cache = new WeakMap<PatternEntry, Map<string, RegExp>>();

/**
 * Compiles a table entry's pattern once and keeps it; `extraFlags` adds flags such as 'g'.
 * Throws a SyntaxError naming the entry when the pattern is not a valid expression.
 */
export function compilePattern(entry: PatternEntry, extraFlags = ''): RegExp {
  let byFlags = cache.get(entry);
  if (!byFlags) cache.set(entry, (byFlags = new Map()));
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

const gates = new WeakMap<PatternEntry, LiteralGate | null>();

/**
 * False when the entry's pattern cannot match `text`: the text lacks every word the pattern
 * requires (see literalGate). True means only "run the pattern to know".
 */
export function mayMatch(entry: PatternEntry, text: string): boolean {
  let gate = gates.get(entry);
  if (gate === undefined) gates.set(entry, (gate = literalGate(entry.pattern, entry.flags)));
  return passesGate(gate, text);
}

/** True when the entry's pattern matches somewhere in `text`. */
export function testPattern(entry: PatternEntry, text: string): boolean {
  return mayMatch(entry, text) && compilePattern(entry).test(text);
}

/** Every match of an entry's pattern in `text`, with its offsets. */
export function matchAll(entry: PatternEntry, text: string): { text: string; start: number; end: number }[] {
  if (!mayMatch(entry, text)) return [];
  const re = compilePattern(entry, 'g');
  const found: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0] === '') continue;
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}
