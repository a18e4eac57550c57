import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Words a pattern cannot match without: every match contains one of them. Read from the
 * pattern's syntax tree, so it holds for user rules as well as built-in tables; most blocks
 * contain none of a rule's words, and a substring search is far cheaper than running the rule.
 */
export interface LiteralGate {
  /** Compare against the text lower-cased (the pattern ignores case). */
  folded: boolean;
  /** At least one of these occurs in any text the pattern matches. */
  words: readonly string[];
}

/**
 * Every gate word of every rule, found in a text in one pass: rules run block by block, and one
 * search for all words costs far less than a search per word per rule. Words are indexed up to
 * a bound (the built-in tables hold under 200); gates made beyond it search on their own.
 */
const MAX_INDEXED_WORDS = 4096;
const indexed = { exact: new Set<string>(), folded: new Set<string>() };
const unindexed = new WeakSet<LiteralGate>();
const INDEXED_TEXT_CHARS = 2000; // blocks, not whole articles
let finder: { exact: RegExp | null; folded: RegExp | null } | null = null;

const MIN_GATE_CHARS = 2; // a one-letter gate lets nearly every text through: not worth a check

type Words = string[] | null; // null: nothing is known to be required

/**
 * The literal gate of a pattern, or null when none can be read (the pattern starts with a class
 * on every branch, say) and the pattern must always run.
 *
 * @example literalGate(String.raw`\bKyodo\b`, 'iu') // => { folded: true, words: ['kyodo'] }
 */
export function literalGate(pattern: string, flags: string): LiteralGate | null {
  const folded = flags.includes('i');
  let tree: AST.Pattern;
  try {
    tree = new RegExpParser().parsePattern(pattern, 0, pattern.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return null; // compiling reports the syntax error; a gate only ever saves work
  }
  const words = disjunction(tree.alternatives, folded);
  if (words === null) return null;
  const gate: LiteralGate = { folded, words: [...new Set(words)].sort() };
  index(gate);
  return gate;
}

function index(gate: LiteralGate): void {
  const into = gate.folded ? indexed.folded : indexed.exact;
  const fresh = gate.words.filter((w) => !into.has(w));
  if (fresh.length === 0) return;
  if (indexed.exact.size + indexed.folded.size + fresh.length > MAX_INDEXED_WORDS) {
    unindexed.add(gate);
    return;
  }
  for (const w of fresh) into.add(w);
  finder = null;
  recent.length = 0;
}

// One of the branches matches, so the gate is the union of theirs; a branch without one opens it.
function disjunction(alternatives: readonly AST.Alternative[], folded: boolean): Words {
  const words: string[] = [];
  for (const alternative of alternatives) {
    const w = sequence(alternative.elements, folded);
    if (w === null) return null;
    words.push(...w);
  }
  return words;
}

// A sequence needs all its parts: the most selective part's words are its gate. Adjacent
// characters join into one word; zero-width assertions (\b, ^, lookarounds) keep them adjacent.
function sequence(elements: readonly AST.Element[], folded: boolean): Words {
  let best: Words = null;
  let run = '';
  const offer = (words: Words) => {
    if (words !== null && words.length > 0 && (best === null || selectivity(words) > selectivity(best))) best = words;
  };
  const closeRun = () => {
    if (run !== '') offer([run]);
    run = '';
  };
  for (const element of elements) {
    if (element.type === 'Assertion') continue;
    if (element.type === 'Character') {
      const ch = literalChar(element.value, folded);
      if (ch === null) closeRun();
      else run += ch;
      continue;
    }
    closeRun();
    if (element.type === 'Quantifier') {
      if (element.min >= 1) offer(atom(element.element, folded));
    } else {
      offer(atom(element, folded));
    }
  }
  closeRun();
  return best !== null && selectivity(best) >= MIN_GATE_CHARS ? best : null;
}

function atom(element: AST.QuantifiableElement, folded: boolean): Words {
  if (element.type === 'Character') {
    const ch = literalChar(element.value, folded);
    return ch === null ? null : [ch];
  }
  if (element.type === 'CapturingGroup') return disjunction(element.alternatives, folded);
  // A group that switches case sensitivity ("(?i:…)") is read as not known.
  if (element.type === 'Group') return element.modifiers ? null : disjunction(element.alternatives, folded);
  return null; // classes, sets, backreferences: no one literal
}

// Ignoring case, only ASCII letters fold predictably with toLowerCase (the Kelvin sign folds to
// "k" and is lower-cased to it; the long s folds to "s" and foldForGate maps it); other
// characters end a word.
function literalChar(code: number, folded: boolean): string | null {
  const ch = String.fromCodePoint(code);
  if (!folded) return ch;
  return code < 0x80 ? ch.toLowerCase() : null;
}

// The shortest word decides how often the gate lets a text through.
function selectivity(words: readonly string[]): number {
  return Math.min(...words.map((w) => w.length));
}

// A zero-width match at every position, taking the longest word that starts there: a shorter
// word starting there too is a prefix of it, and found with it (see wordsWithin).
function finderOf(words: ReadonlySet<string>): RegExp | null {
  if (words.size === 0) return null;
  const longestFirst = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`(?=(${longestFirst.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')}))`, 'g');
}

// The indexed words inside a found word (itself included): present whenever it is.
const within = new Map<string, readonly string[]>();
function wordsWithin(word: string, words: ReadonlySet<string>): readonly string[] {
  let inner = within.get(word);
  if (!inner) within.set(word, (inner = [...words].filter((w) => word.includes(w))));
  return inner;
}

/** The indexed gate words present in a text: exact ones in it, folded ones in it lower-cased. */
interface Present {
  text: string;
  exact: Set<string>;
  folded: Set<string>;
}

// The last few texts: classifying a block asks about its text and its folded form by turns.
const RECENT = 4;
const recent: Present[] = [];

function present(text: string): Present {
  for (const p of recent) if (p.text === text) return p;
  if (finder === null) {
    finder = { exact: finderOf(indexed.exact), folded: finderOf(indexed.folded) };
    within.clear();
  }
  const found = (re: RegExp | null, haystack: string, words: ReadonlySet<string>) => {
    const out = new Set<string>();
    if (!re) return out;
    re.lastIndex = 0;
    for (let m = re.exec(haystack); m !== null; m = re.exec(haystack)) {
      re.lastIndex = m.index + 1; // the match is empty: step past it by hand
      if (!out.has(m[1]!)) for (const w of wordsWithin(m[1]!, words)) out.add(w);
    }
    return out;
  };
  const p = { text, exact: found(finder.exact, text, indexed.exact), folded: found(finder.folded, foldForGate(text), indexed.folded) };
  if (recent.length >= RECENT) recent.pop();
  recent.unshift(p);
  return p;
}

// Ignoring case, a text is compared lower-cased, with the long s (which /s/iu matches) as "s".
function foldForGate(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u017F') ? lower.replace(/\u017F/g, 's') : lower;
}

/** False when `text` holds none of the gate's words, so the pattern cannot match it. */
export function passesGate(gate: LiteralGate | null, text: string): boolean {
  if (gate === null) return true;
  // A long text (a whole copy searched for agency names) is asked about by few rules: searching
  // for their words alone costs less than finding every indexed word in it.
  if (text.length > INDEXED_TEXT_CHARS || unindexed.has(gate)) {
    const haystack = gate.folded ? foldForGate(text) : text;
    return gate.words.some((w) => haystack.includes(w));
  }
  const found = gate.folded ? present(text).folded : present(text).exact;
  for (const word of gate.words) if (found.has(word)) return true;
  return false;
}
