import { resolveAlignOptions, type AlignOptions } from '../align/align-blocks.js';
import { alignPassages } from '../align/align-passages.js';
import { prepareSentences, type SentenceSide } from '../align/sentence-side.js';
import { findCredits, namedAgencies } from '../credits/find-credits.js';
import { flagCredits } from '../flag/flag-credits.js';
import { flagEdits, type ContentBlock } from '../flag/flag-edits.js';
import { flagFurniture } from '../flag/flag-furniture.js';
import { flagNotes } from '../flag/flag-notes.js';
import { flagStale } from '../flag/flag-stale.js';
import { uniqueIds } from '../flag/finding-id.js';
import { findNotes } from '../notes/find-notes.js';
import type { NoteRule } from '../notes/note-catalogue.js';
import { NOTE_CATALOGUE } from '../notes/note-catalogue.js';
import { contentOf, isInlineCredit, type Span } from '../segment/content-text.js';
import { normalizeText } from '../segment/normalize-text.js';
import { splitSentences } from '../segment/split-sentences.js';
import type { BlockMemo } from '../segment/block-memo.js';
import { numberBlocks } from '../segment/number-blocks.js';
import type { Article, BlockName, CreditHit, Finding, FindingKind, FindingSide, FlaggedFinding, NoteHit } from '../types.js';

/** Options of compareCopy and compareStory. */
export interface CompareOptions {
  /**
   * The editor-note rules to look for.
   * @default NOTE_CATALOGUE
   */
  notes?: readonly NoteRule[];
  /** Alignment thresholds; see AlignOptions. */
  align?: AlignOptions;
  /**
   * Block scans remembered across the pages of one story (compareStory makes one per call).
   * @default none
   */
  memo?: BlockMemo;
}

/** An article with the notes and credits found in it: what comparisons read. */
export interface ReadArticle {
  article: Article;
  notes: NoteHit[];
  credits: CreditHit[];
  /** The agencies the article names anywhere (see namedAgencies), sorted. */
  agencies: string[];
}

/** Finds an article's notes and credits once, for comparing it with many copies. */
export function readArticle(article: Article, options: CompareOptions = {}): ReadArticle {
  return {
    article,
    notes: findNotes(article, options.notes ?? NOTE_CATALOGUE, options.memo),
    credits: findCredits(article, options.memo),
    agencies: namedAgencies(article, options.memo),
  };
}

const KIND_ORDER: readonly FindingKind[] = [
  'note-missing', 'note-changed', 'stale-copy', 'credit-missing', 'credit-changed', 'truncated', 'removed', 'changed',
  'moved', 'added', 'note-added', 'credit-added', 'furniture',
];

// Story blocks take part in alignment: body prose and captions, with notes and credits taken out.
// A block's words depend on its text, its role and the spans taken out of it alone: a copy block
// repeating a reference block with the same spans (most of them) takes the reference's words.
// The reference's words are collected (`plain`); a copy only looks them up (`known`).
// A block that repeats a headline (a plain-text copy's first line) is no story block either.
function contentBlocks(read: ReadArticle, known?: PlainWords, headline?: string | null): { blocks: ContentBlock[]; plain: PlainWords | null } {
  const spans = new Map<number | null, Span[]>();
  const add = (block: number | null, span: Span) => {
    const list = spans.get(block);
    if (list) list.push(span);
    else spans.set(block, [span]);
  };
  for (const n of read.notes) add(n.block, noteSpan(read.article, n));
  for (const c of read.credits) if (isInlineCredit(c.type)) add(c.block, [c.start, c.end]);
  const blocks: ContentBlock[] = [];
  const plain: PlainWords | null = known ? null : { body: new Map(), caption: new Map() };
  const headlines = new Set([read.article.title, headline].flatMap((t) => (t ? [foldHeadline(t)] : [])));
  // Folding changes a text's length little: only blocks about a headline's length are folded.
  const lengths = [...headlines].map((h) => h.length);
  const headlineSized = (text: string) => lengths.some((n) => Math.abs(text.length - n) <= HEADLINE_SLACK);
  for (const block of read.article.blocks) {
    if (block.role !== 'body' && block.role !== 'caption') continue;
    if (block.role === 'body' && headlineSized(block.text) && headlines.has(foldHeadline(block.text))) continue;
    const removed = spans.get(block.index) ?? [];
    const signature = removed.length === 0 ? '' : removed.map(([s, e]) => `${s}:${e}`).join(',');
    const seen = known?.[block.role].get(block.text);
    const content = seen !== undefined && seen.signature === signature ? seen.content : contentOf(block, removed);
    plain?.[block.role].set(block.text, { signature, content });
    if (content !== '') blocks.push({ block, content });
  }
  return { blocks, plain };
}

const HEADLINE_SLACK = 8; // characters a headline's folding (spaces, marks) may add or take
const MAX_NOTE_RESIDUE_WORDS = 4; // "Reuters … the report." is what a caveat leaves of its sentence

// A note in prose ("Reuters could not independently verify the report.") is its whole sentence
// when the rest of the sentence says nothing of its own: a copy that drops the caveat then
// loses no words besides the note itself.
function noteSpan(article: Article, note: NoteHit): Span {
  const block = note.block === null ? undefined : article.blocks[note.block];
  if (!block || block.role !== 'body') return [note.start, note.end];
  for (const [start, end] of splitSentences(block.text)) {
    if (start > note.start || end < note.end) continue;
    const rest = `${block.text.slice(start, note.start)} ${block.text.slice(note.end, end)}`.match(/[\p{L}\p{N}]+/gu) ?? [];
    return rest.length <= MAX_NOTE_RESIDUE_WORDS ? [start, end] : [note.start, note.end];
  }
  return [note.start, note.end];
}
const foldHeadline = (text: string) => normalizeText(text).toLowerCase();

/** An article's story blocks and their sentences: what alignment reads. */
interface Prepared {
  blocks: ContentBlock[];
  sentences: SentenceSide;
}

/** A block's words by role and text, with the spans taken out of them (see contentBlocks). */
type PlainWords = Record<'body' | 'caption', Map<string, { signature: string; content: string }>>;

// A copy's block that repeats a reference block letter for letter (most of them) takes the
// reference's sentences and fingerprints: fingerprints are never changed once made.
function prepare(read: ReadArticle, reference: PreparedReference, headline: string | null): Prepared {
  const { blocks } = contentBlocks(read, reference.plain, headline);
  return { blocks, sentences: prepareSentences(blocks.map((b) => b.content), reference.sentences) };
}

/** The reference prepared, with the words of each of its blocks. */
interface PreparedReference extends Prepared {
  /** The words of each block without its notes and credits, by role and text. */
  plain: PlainWords;
}

// The reference is compared with every copy: its blocks are prepared once per ReadArticle.
// Read articles are not mutated, so the cache cannot go stale; it goes with the article.
const PREPARED_REFERENCES = new WeakMap<ReadArticle, PreparedReference>();

function prepareReference(read: ReadArticle): PreparedReference {
  let prepared = PREPARED_REFERENCES.get(read);
  if (!prepared) {
    const { blocks, plain } = contentBlocks(read);
    prepared = { blocks, plain: plain!, sentences: prepareSentences(blocks.map((b) => b.content)) };
    PREPARED_REFERENCES.set(read, prepared);
  }
  return prepared;
}

/**
 * Compares one copy with the reference: aligns their story blocks, diffs the aligned words,
 * and checks notes, credits and furniture. Pure: the same articles give the same findings.
 *
 * @returns Findings ordered by position in the reference (copy-only findings after the block
 *   they follow), then by kind; ids unique within the list.
 */
export function compareCopy(reference: ReadArticle, copy: ReadArticle, options: CompareOptions = {}): Finding[] {
  const settings = resolveAlignOptions(options.align);
  const preparedReference = prepareReference(reference);
  const { blocks: refBlocks, sentences: refSentences } = preparedReference;
  const { blocks: copyBlocks, sentences: copySentences } = prepare(copy, preparedReference, reference.article.title);
  const alignment = alignPassages(refSentences, copySentences, settings);
  const alignedCopyBlocks = new Map<number, number[]>();
  for (const passage of alignment.passages) {
    const copyIndexes = passage.copy.map((c) => copyBlocks[c]!.block.index);
    for (const r of passage.reference) alignedCopyBlocks.set(refBlocks[r]!.block.index, copyIndexes);
  }
  // concat, not spreads: a spread is compiled for the array shapes it has seen, and an empty
  // list has another shape than a full one, so each new mix would have this recompiled.
  const names = { reference: numberBlocks(reference.article), copy: numberBlocks(copy.article) };
  const findings = flagEdits(refBlocks, copyBlocks, alignment, names).concat(
    flagNotes(reference.article, reference.notes, copy.article, copy.notes, alignedCopyBlocks),
    flagStale(reference, copy, alignedCopyBlocks),
    flagCredits(reference.article, reference.credits, copy.article, copy.credits, copy.agencies),
    flagFurniture(reference.article, copy.article),
  );
  return uniqueIds(inReadingOrder(findings, alignedCopyBlocks)).map((f) => ({ ...f, reference: named(f.reference, names.reference), copy: named(f.copy, names.copy) }));
}

// A side with its blocks as people number them, keys in the order the JSON report has them.
const named = (side: Omit<FindingSide, 'at'>, names: readonly BlockName[]): FindingSide =>
  ({ blocks: side.blocks, at: side.blocks.map((b) => names[b]!), text: side.text, words: side.words });

/**
 * Findings by position in the reference, copy-only ones after the reference block that the
 * copy block before them aligns with; then by kind, copy position and id.
 */
function inReadingOrder(findings: FlaggedFinding[], alignedCopyBlocks: ReadonlyMap<number, number[]>): FlaggedFinding[] {
  const copyToRef = new Map<number, number>();
  for (const [r, cs] of alignedCopyBlocks) for (const c of cs) copyToRef.set(c, r);
  const anchor = (copyBlock: number): number => {
    for (let c = copyBlock; c >= 0; c--) {
      const r = copyToRef.get(c);
      if (r !== undefined) return r + 0.5;
    }
    return -0.5;
  };
  const position = (f: FlaggedFinding): number =>
    f.reference.blocks.length > 0 ? f.reference.blocks[0]! : f.copy.blocks.length > 0 ? anchor(f.copy.blocks[0]!) : Infinity;
  return findings
    .map((f) => ({ f, at: position(f) }))
    .sort((a, b) => a.at - b.at || KIND_ORDER.indexOf(a.f.kind) - KIND_ORDER.indexOf(b.f.kind) ||
      (a.f.copy.blocks[0] ?? -1) - (b.f.copy.blocks[0] ?? -1) || (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0))
    .map(({ f }) => f);
}
