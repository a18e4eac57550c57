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
  return { folded, words: [...new Set(words)].sort() };
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

let lastText = '';
let lastFolded = '';

/** The text as a folded gate compares it; the last result is kept, as rules run block by block. */
function foldForGate(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = text.toLowerCase();
    if (lastFolded.includes('\u017F')) lastFolded = lastFolded.replace(/\u017F/g, 's');
  }
  return lastFolded;
}

/** False when `text` holds none of the gate's words, so the pattern cannot match it. */
export function passesGate(gate: LiteralGate | null, text: string): boolean {
  if (gate === null) return true;
  const haystack = gate.folded ? foldForGate(text) : text;
  for (const word of gate.words) if (haystack.includes(word)) return true;
  return false;
}
