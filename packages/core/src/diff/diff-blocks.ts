import { diffArrays } from 'diff';
import type { WordEdit } from '../types.js';
import { tokenizeWords, type Token } from '../segment/tokenize-words.js';
import { classifyEdit, type ContextToken } from './classify-edit.js';
import { orderLikeReference } from './order-like-reference.js';

const SENTENCE_END = new Set(['.', '!', '?', '"', ':', ';']);
const OPENING = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSING = new Set(['\u201D', '\u00BB']);

// Each token with whether it is inside a pair of double quotation marks (the marks themselves
// excluded) and whether a sentence starts with it.
function inContext(text: string, tokens: readonly Token[]): ContextToken[] {
  let open = false;
  const multiline = text.includes('\n');
  const out: ContextToken[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const sentenceStart = i === 0 || SENTENCE_END.has(tokens[i - 1]!.key);
    // Blocks of a split or merge are joined by line breaks; a quotation left open at the end of
    // a paragraph runs on only when the next one opens with a quotation mark.
    if (open && multiline && i > 0 && t.key !== '"' && text.slice(tokens[i - 1]!.end, t.start).includes('\n')) open = false;
    let inQuote = open;
    if (t.key === '"') {
      // Curly marks say which way they face; a quotation running on from the previous
      // paragraph opens again without having closed. Straight marks open and close by turns.
      open = OPENING.has(t.text) ? true : CLOSING.has(t.text) ? false : !open;
      inQuote = false;
    }
    out[i] = { text: t.text, key: t.key, isWord: t.isWord, start: t.start, end: t.end, inQuote, sentenceStart };
  }
  return out;
}

// The exact words as written: from the first token's start to the last token's end.
function quoteWords(text: string, tokens: readonly Token[]): string {
  if (tokens.length === 0) return '';
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).replace(/\s*\n\s*/g, ' ');
}

/**
 * Word-level diff of two aligned texts with jsdiff, on comparison keys (so curly and straight
 * quotes, U.S. and US, travelled and traveled compare equal), each edit classified. Tokens
 * that compare equal but are written differently come back as one `style` edit per run.
 * Sentences the copy put in another order are compared in the reference's order: a
 * reordering is not an edit.
 *
 * @param referenceText The reference block(s), as written.
 * @param givenCopyText The copy block(s), as written.
 * @returns The edits in reading order; empty when the texts are the same word for word.
 * @example diffBlocks('All 29 ambassadors', 'All 28 ambassadors')
 *   // => [{ removed: '29', added: '28', categories: ['number'] }]
 */
export function diffBlocks(referenceText: string, givenCopyText: string): WordEdit[] {
  const refTokens = tokenizeWords(referenceText);
  const givenTokens = tokenizeWords(givenCopyText);
  const copyText = orderLikeReference(refTokens, givenCopyText, givenTokens);
  const ref = inContext(referenceText, refTokens);
  const copy = inContext(copyText, copyText === givenCopyText ? givenTokens : tokenizeWords(copyText));
  const changes = diffArrays(
    ref.map((t) => t.key),
    copy.map((t) => t.key),
  );
  const spans = mergeNearbySpans(dropReorderings(changedSpans(changes, ref, copy), ref, copy), ref);
  return spans.map(({ r0, r1, c0, c1, restyled }) => ({
    removed: quoteWords(referenceText, ref.slice(r0, r1)),
    added: quoteWords(copyText, copy.slice(c0, c1)),
    categories: restyled ? ['style'] : classifyEdit({ ref, copy, r0, r1, c0, c1 }),
  }));
}

/** A stretch of tokens that differs: ref[r0, r1) became copy[c0, c1). */
interface Span {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  /** Same comparison keys, written differently: a style edit whatever the words are. */
  restyled: boolean;
}

// Hunks where the keys differ, plus runs whose keys agree but whose spelling on the page does not.
function changedSpans(changes: ReturnType<typeof diffArrays<string>>, ref: readonly Token[], copy: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  let j = 0;
  let pending: Span | null = null;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    if (change.removed || change.added) {
      pending ??= { r0: i, r1: i, c0: j, c1: j, restyled: false };
      if (change.removed) pending.r1 = i += n;
      else pending.c1 = j += n;
      continue;
    }
    if (pending) spans.push(pending);
    pending = null;
    let runStart = -1;
    for (let k = 0; k <= n; k++) {
      const differs = k < n && ref[i + k]!.text !== copy[j + k]!.text;
      if (differs && runStart < 0) runStart = k;
      if (!differs && runStart >= 0) {
        spans.push({ r0: i + runStart, r1: i + k, c0: j + runStart, c1: j + k, restyled: true });
        runStart = -1;
      }
    }
    i += n;
    j += n;
  }
  if (pending) spans.push(pending);
  return spans;
}

const MIN_REORDERED_WORDS = 3; // "he said" can come and go by chance; a clause moved is a reordering

// Words cut in one place and put back, word for word, in another: the copy reordered sentences
// (or merged paragraphs in another order). That changes no fact, so both spans go.
function dropReorderings(spans: Span[], ref: readonly Token[], copy: readonly Token[]): Span[] {
  const words = (tokens: readonly Token[], from: number, to: number) =>
    tokens.slice(from, to).filter((t) => t.isWord).map((t) => t.key);
  const deletions = new Map<string, number[]>();
  spans.forEach((s, k) => {
    if (s.c0 !== s.c1 || s.restyled) return;
    const key = words(ref, s.r0, s.r1);
    if (key.length < MIN_REORDERED_WORDS) return;
    const list = deletions.get(key.join(' '));
    if (list) list.push(k);
    else deletions.set(key.join(' '), [k]);
  });
  if (deletions.size === 0) return spans;
  const gone = new Set<number>();
  spans.forEach((s, k) => {
    if (s.r0 !== s.r1 || s.restyled) return;
    const partner = deletions.get(words(copy, s.c0, s.c1).join(' '))?.shift();
    if (partner === undefined) return;
    gone.add(k);
    gone.add(partner);
  });
  return spans.filter((_, k) => !gone.has(k));
}

// jsdiff happily keeps a lone comma or "to" in common between two edits; a reader sees one
// edit there ("Guinea-Bissau, to Malaysia, to China" cut as a whole), so glue such spans.
const MAX_GLUE_TOKENS = 2;
const GLUE_WORDS = new Set(['to', 'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'that', 'is', 'was', 'with', 'by', 'at']);

function mergeNearbySpans(spans: Span[], ref: readonly Token[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    const gap = last ? span.r0 - last.r1 : Infinity;
    if (last && gap <= MAX_GLUE_TOKENS && span.c0 - last.c1 === gap &&
      ref.slice(last.r1, span.r0).every((t) => !t.isWord || GLUE_WORDS.has(t.key))) {
      last.r1 = span.r1;
      last.c1 = span.c1;
      last.restyled &&= span.restyled;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}
