import type { Alignment } from '../align/align-blocks.js';
import { diffBlocks } from '../diff/diff-blocks.js';
import type { Block, EditCategory, Finding } from '../types.js';
import { blockLabel, quote } from './describe.js';
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
const lines = (blocks: readonly ContentBlock[]) => blocks.map((b) => b.content).join('\n');
const positions = (blocks: readonly ContentBlock[]) => blocks.map((b) => b.block.index);

/**
 * Findings for the story's own words: `changed` for aligned blocks whose words differ (with
 * the word edits and their categories), `moved`, `removed`, `added`, and one `truncated` for
 * a lost ending. A split or merge with the same words is not an edit and yields nothing.
 */
export function flagEdits(reference: readonly ContentBlock[], copy: readonly ContentBlock[], alignment: Alignment): Finding[] {
  const findings: Finding[] = [];
  for (const group of alignment.groups) {
    const ref = group.reference.map((i) => reference[i]!);
    const cp = group.copy.map((i) => copy[i]!);
    const refWords = contents(ref);
    const copyWords = contents(cp);
    // Most groups are one block the copy kept letter for letter, in place: nothing to report.
    if (refWords === copyWords && !group.moved) continue;
    const side = (blocks: readonly ContentBlock[], words: string) => ({ blocks: positions(blocks), text: texts(blocks), words });
    // Most blocks of a copy are the reference's, letter for letter: nothing to diff.
    // The diff sees block breaks as line breaks: a quotation does not run on across one.
    const edits = refWords === copyWords ? [] : diffBlocks(lines(ref), lines(cp));
    if (edits.length > 0) {
      const categories = EDIT_ORDER.filter((c) => edits.some((e) => e.categories.includes(c)));
      const removed = edits.map((e) => e.removed).filter(Boolean).join(' … ');
      const added = edits.map((e) => e.added).filter(Boolean).join(' … ');
      const first = edits.find((e) => !(e.categories.length === 1 && e.categories[0] === 'style')) ?? edits[0]!;
      findings.push({
        id: findingId('changed', [refWords, copyWords]),
        kind: 'changed',
        severity: severityOfEdit(categories),
        categories,
        message: `${blockLabel(positions(ref))} changed (${categories.join(', ')}): ${describeEdit(first.removed, first.added)}${edits.length > 1 ? ` and ${edits.length - 1} more` : ''}`,
        reference: side(ref, removed),
        copy: side(cp, added),
        edits,
      });
    }
    if (group.moved) {
      findings.push({
        id: findingId('moved', [contents(ref)]),
        kind: 'moved',
        severity: 'low',
        categories: [],
        message: `${blockLabel(positions(ref))} moved to ${blockLabel(positions(cp))} of the copy: ${quote(contents(ref), 50)}`,
        reference: side(ref, ''),
        copy: side(cp, ''),
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
      message: `${isCaption ? 'photo caption' : blockLabel([ref.block.index])} removed: ${quote(ref.block.text)}`,
      reference: { blocks: [ref.block.index], text: ref.block.text, words: ref.content },
      copy: { blocks: [], text: '', words: '' },
    });
  }
  for (const i of alignment.added) {
    const cp = copy[i]!;
    const isProse = cp.block.role === 'body' && cp.block.form !== 'heading';
    findings.push({
      id: findingId('added', [cp.content]),
      kind: 'added',
      severity: isProse ? 'medium' : 'low',
      categories: [],
      message: `copy adds ${cp.block.role === 'caption' ? 'a caption' : blockLabel([cp.block.index])}: ${quote(cp.block.text)}`,
      reference: { blocks: [], text: '', words: '' },
      copy: { blocks: [cp.block.index], text: cp.block.text, words: cp.content },
    });
  }
  if (alignment.truncated.length > 0) {
    const lost = alignment.truncated.map((i) => reference[i]!);
    const words = contents(lost).split(/\s+/).length;
    findings.push({
      id: findingId('truncated', [contents(lost)]),
      kind: 'truncated',
      severity: 'medium',
      categories: [],
      message: `copy stops early: the last ${lost.length} block${lost.length > 1 ? 's' : ''} (${words} words) are missing, from ${quote(lost[0]!.block.text, 50)}`,
      reference: { blocks: positions(lost), text: texts(lost), words: lost[0]!.content },
      copy: { blocks: [], text: '', words: '' },
    });
  }
  return findings;
}

function describeEdit(removed: string, added: string): string {
  if (removed && added) return `${quote(removed, 40)} became ${quote(added, 40)}`;
  if (removed) return `${quote(removed, 50)} removed`;
  return `${quote(added, 50)} added`;
}
