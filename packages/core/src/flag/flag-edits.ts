import type { Passage, PassageAlignment } from '../align/align-passages.js';
import { diffBlocks } from '../diff/diff-blocks.js';
import { normalizeText } from '../segment/normalize-text.js';
import type { Block, BlockName, EditCategory, FlaggedFinding, FindingSide, WordEdit } from '../types.js';
import { blockLabel, countLabel, quote } from './describe.js';
import { findingId } from './finding-id.js';
import { severityOfEdit } from './severity.js';

/** A block with the words that are compared (notes and inline credits taken out). */
export interface ContentBlock {
  block: Block;
  content: string;
}

const EDIT_ORDER: readonly EditCategory[] = ['number', 'quote', 'negation', 'attribution', 'hedge', 'name', 'date', 'style', 'wording'];

const texts = (blocks: readonly ContentBlock[]) => blocks.map((b) => b.block.text).join('\n');
const contents = (blocks: readonly ContentBlock[]) => (blocks.length === 1 ? blocks[0]!.content : blocks.map((b) => b.content).join(' '));
const positions = (blocks: readonly ContentBlock[]) => blocks.map((b) => b.block.index);

/** Each side's blocks as people number them (see numberBlocks), indexed like the article's blocks. */
export interface BlockNames {
  reference: readonly BlockName[];
  copy: readonly BlockName[];
}

/**
 * Findings for the story's own words, passage by passage (see alignPassages): `changed` for a
 * reference paragraph whose words the copy changed (with the word edits and their categories),
 * `moved`, `removed`, `added`, and one `truncated` for a lost ending. A split, a merge or a
 * re-cut with the same words is not an edit and yields nothing. Messages name blocks by `names`.
 */
export function flagEdits(reference: readonly ContentBlock[], copy: readonly ContentBlock[], alignment: PassageAlignment, names: BlockNames): FlaggedFinding[] {
  const findings: FlaggedFinding[] = [];
  const refLabel = (blocks: readonly ContentBlock[]) => blockLabel(blocks.map((b) => names.reference[b.block.index]!));
  const copyLabel = (blocks: readonly ContentBlock[]) => blockLabel(blocks.map((b) => names.copy[b.block.index]!));
  const { cut, excerptEnd } = alignment;
  for (const passage of alignment.passages) {
    // Most passages are one block the copy kept letter for letter, in place: nothing to report.
    if (!passage.moved && isKeptWhole(passage, reference, copy, cut)) continue;
    const ref = passage.reference.map((i) => reference[i]!);
    const cp = passage.copy.map((i) => copy[i]!);
    // The reference's words, without an ending the copy lost (that is the truncated finding).
    const refPieces = passage.reference.map((i) => {
      const { content } = reference[i]!;
      return cut?.block === i ? content.slice(0, cut.start).trimEnd() : excerptEnd?.block === i ? content.slice(0, excerptEnd.end) : content;
    });
    const copyPieces = passage.whole ? cp.map((b) => b.content) : piecesOf(passage, copy);
    const refWords = refPieces.join(' ');
    const copyWords = copyPieces.join(' ');
    if (refWords === copyWords && !passage.moved) continue;
    const refSide = (words: string) => ({ blocks: positions(ref), text: texts(ref), words });
    const copySide = (words: string) => ({ blocks: positions(cp), text: passage.whole ? texts(cp) : copyPieces.join('\n'), words });
    // An edit is quoted with the copy's paragraphs, or sentences of a re-cut copy, that hold
    // changed words, not with the unchanged sentences of the reference paragraph around them.
    const editedSide = (words: string, edits: readonly WordEdit[]) => editedCopy(passage, copy, words, edits) ?? copySide(words);
    // The diff sees block breaks as line breaks: a quotation does not run on across one.
    const edits = refWords === copyWords ? [] : diffBlocks(refPieces.join('\n'), copyPieces.join('\n'));
    if (edits.length > 0) {
      const categories = EDIT_ORDER.filter((c) => edits.some((e) => e.categories.includes(c)));
      const removed = edits.map((e) => e.removed).filter(Boolean).join(' … ');
      const added = edits.map((e) => e.added).filter(Boolean).join(' … ');
      const first = edits.find((e) => !(e.categories.length === 1 && e.categories[0] === 'style')) ?? edits[0]!;
      findings.push({
        id: findingId('changed', [refWords, copyWords]),
        kind: 'changed',
        severity: severityOfEdit(categories, edits),
        categories,
        message: `${refLabel(ref)} changed (${categories.join(', ')}): ${describeEdit(first.removed, first.added)}${edits.length > 1 ? ` and ${edits.length - 1} more` : ''}`,
        reference: refSide(removed),
        copy: editedSide(added, edits),
        edits,
      });
    }
    if (passage.moved) {
      findings.push({
        id: findingId('moved', [contents(ref)]),
        kind: 'moved',
        severity: 'low',
        categories: [],
        message: `${refLabel(ref)} moved out of the reference's order, to ${copyLabel(cp)} of the copy: ${quote(contents(ref), 50)}`,
        reference: refSide(''),
        copy: copySide(''),
      });
    }
  }
  for (const i of alignment.removed) {
    const ref = reference[i]!;
    const isCaption = ref.block.role === 'caption';
    findings.push({
      id: findingId('removed', [ref.content]),
      kind: 'removed',
      severity: ref.block.form === 'heading' ? 'low' : 'medium',
      categories: [],
      message: `${isCaption ? 'photo caption' : refLabel([ref])} removed: ${quote(ref.block.text)}`,
      reference: { blocks: [ref.block.index], text: ref.block.text, words: ref.content },
      copy: { blocks: [], text: '', words: '' },
    });
  }
  const kept = new Set(alignment.passages.flatMap((p) => p.copy.map((c) => copy[c]!.content)));
  for (const i of alignment.added) {
    const cp = copy[i]!;
    const isProse = cp.block.role === 'body' && cp.block.form !== 'heading';
    // A paragraph printed twice (a layout echo) adds no words the reader was not given.
    const repeated = kept.has(cp.content);
    findings.push({
      id: findingId('added', [cp.content]),
      kind: 'added',
      severity: isProse && !repeated ? 'medium' : 'low',
      categories: [],
      message: `copy ${repeated ? 'repeats' : 'adds'} ${cp.block.role === 'caption' ? 'a caption' : copyLabel([cp])}: ${quote(cp.block.text)}`,
      reference: { blocks: [], text: '', words: '' },
      copy: { blocks: [cp.block.index], text: cp.block.text, words: cp.content },
    });
  }
  for (const run of alignment.inserted) {
    const cp = copy[run[0]!.block]!;
    const words = run.map((u) => cp.content.slice(u.start, u.end)).join(' ');
    findings.push({
      id: findingId('added', [words]),
      kind: 'added',
      severity: cp.block.role === 'body' ? 'medium' : 'low',
      categories: [],
      message: `copy adds, inside ${copyLabel([cp])}: ${quote(words)}`,
      reference: { blocks: [], text: '', words: '' },
      copy: { blocks: [cp.block.index], text: words, words },
    });
  }
  const lost = lostEnding(reference, alignment, names.reference);
  if (lost) findings.push(lost);
  return findings;
}

// The copy's side of a changed passage: the blocks with a changed sentence, whole, or where a
// block holds other paragraphs' sentences too (a body run together), the passage's own
// sentences in it. Of several blocks (the copy split the paragraph), those whose changes are
// style alone are left out when every other edit's new words are found elsewhere. Null when no
// copy sentence changed (the copy only lost one), so the whole passage is the place.
function editedCopy(passage: Passage, copy: readonly ContentBlock[], words: string, edits: readonly WordEdit[]): Omit<FindingSide, 'at'> | null {
  const changed = passage.ranges.filter((r) => !r.same);
  if (changed.length === 0) return null;
  let blocks = [...new Set(changed.map((r) => r.block))];
  if (blocks.length > 1) blocks = blocksWithSubstance(blocks, passage, copy, edits) ?? blocks;
  if (blocks.length === passage.copy.length) return null;
  const text = passage.whole
    ? blocks.map((b) => copy[b]!.block.text).join('\n')
    : piecesOf({ ...passage, ranges: passage.ranges.filter((r) => blocks.includes(r.block)) }, copy).join('\n');
  return { blocks: blocks.map((b) => copy[b]!.block.index), text, words };
}

// The blocks holding the new words of every edit that is more than style; null when an edit
// only cut words (its place in the copy is not in its words) or its words are found nowhere.
function blocksWithSubstance(blocks: readonly number[], passage: Passage, copy: readonly ContentBlock[], edits: readonly WordEdit[]): number[] | null {
  const substantive = edits.filter((e) => !(e.categories.length === 1 && e.categories[0] === 'style'));
  if (substantive.length === 0 || substantive.some((e) => e.added === '')) return null;
  const pieces = new Map(blocks.map((b) => [b, normalizeText(piecesOf({ ...passage, ranges: passage.ranges.filter((r) => r.block === b) }, copy).join(' '))]));
  const holding = blocks.filter((b) => substantive.some((e) => pieces.get(b)!.includes(normalizeText(e.added))));
  return holding.length > 0 && substantive.every((e) => holding.some((b) => pieces.get(b)!.includes(normalizeText(e.added)))) ? holding : null;
}

// One reference block and one copy block of the same words, the copy not stopping inside it.
function isKeptWhole(passage: Passage, reference: readonly ContentBlock[], copy: readonly ContentBlock[], cut: PassageAlignment['cut']): boolean {
  if (!passage.whole || passage.reference.length !== 1 || passage.copy.length !== 1) return false;
  const r = passage.reference[0]!;
  return cut?.block !== r && reference[r]!.content === copy[passage.copy[0]!]!.content;
}

// The copy's words for a passage, one piece per copy block.
function piecesOf(passage: Passage, copy: readonly ContentBlock[]): string[] {
  const pieces: string[] = [];
  let block = -1;
  for (const { block: b, start, end } of passage.ranges) {
    const words = copy[b]!.content.slice(start, end);
    if (b === block) pieces[pieces.length - 1] += ` ${words}`;
    else pieces.push(words);
    block = b;
  }
  return pieces;
}

// One finding for the ending the copy lost: the rest of the block it stops in, if it stops
// inside one, and every block after.
function lostEnding(reference: readonly ContentBlock[], { cut, truncated }: PassageAlignment, names: readonly BlockName[]): FlaggedFinding | null {
  if (truncated.length === 0 && cut === null) return null;
  const lost = truncated.map((i) => reference[i]!);
  const rest = cut === null ? null : reference[cut.block]!.content.slice(cut.start).trim();
  const pieces = [...(rest ? [rest] : []), ...lost.map((b) => b.content)];
  const blocks = [...(cut ? [reference[cut.block]!.block.index] : []), ...positions(lost)];
  const words = pieces.join(' ').split(/\s+/).length;
  const lostNames = lost.map((b) => names[b.block.index]!);
  const where = cut === null
    ? `the last ${countLabel(lostNames)}`
    : `the rest of ${blockLabel([names[reference[cut.block]!.block.index]!])}${lost.length > 0 ? ` and the ${countLabel(lostNames)} after it` : ''}`;
  return {
    id: findingId('truncated', [pieces.join(' ')]),
    kind: 'truncated',
    severity: 'medium',
    categories: [],
    message: `copy stops early: ${where} (${words} words) ${cut !== null && lost.length === 0 ? 'is' : 'are'} missing, from ${quote(pieces[0]!, 50)}`,
    reference: { blocks, text: [...(rest ? [rest] : []), ...lost.map((b) => b.block.text)].join('\n'), words: pieces[0]! },
    copy: { blocks: [], text: '', words: '' },
  };
}

function describeEdit(removed: string, added: string): string {
  if (removed && added) return `${quote(removed, 40)} became ${quote(added, 40)}`;
  if (removed) return `${quote(removed, 50)} removed`;
  return `${quote(added, 50)} added`;
}
