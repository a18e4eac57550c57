import type { Article, FlaggedFinding, NoteHit } from '../types.js';
import { normalizeText } from '../segment/normalize-text.js';
import { noteName, quote, withArticle } from './describe.js';
import { findingId } from './finding-id.js';
import { NOTE_MISSING_SEVERITY, severityOfNoteAdded, severityOfNoteChange } from './severity.js';

/** One distinct note of an article: the same rule and words, wherever they appear. */
interface NoteGroup {
  hits: NoteHit[];
  key: string;
}

// "couldn't be confirmed" is the caveat "could not be confirmed", "can't" is "cannot": one note.
const CONTRACTED = /\b(\w+)n't\b/gu;
const foldNote = (text: string): string =>
  normalizeText(text).toLowerCase()
    .replace(CONTRACTED, (_, verb: string) => `${verb === 'ca' ? 'can' : verb === 'wo' ? 'will' : verb} not`)
    .replace(/\bcannot\b/gu, 'can not');

function groupNotes(hits: readonly NoteHit[]): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  for (const hit of hits) {
    const key = `${hit.ruleId}|${foldNote(hit.text)}`;
    const group = groups.get(key);
    if (group) group.hits.push(hit);
    else groups.set(key, { hits: [hit], key });
  }
  return [...groups.values()];
}

// A picture's caption, its alt text and a credit set in its caption are one place: a note that
// one page prints in the caption's credit element and another in the caption has not moved.
function placeIn(article: Article, hit: NoteHit): string {
  if (hit.place === 'caption' || hit.place === 'alt') return 'picture';
  if (hit.place === 'credit' && hit.block !== null && article.blocks[hit.block]?.form === 'caption') return 'picture';
  return hit.place;
}

// The blocks of a picture: a caption, its credit element and its notes stand as neighbours of
// caption form (alt text too).
function pictureBlocks(article: Article, block: number): number[] {
  const inFigure = (b: number) => article.blocks[b]?.form === 'caption' || article.blocks[b]?.form === 'alt';
  if (!inFigure(block)) return [block];
  let first = block;
  let last = block;
  while (inFigure(first - 1)) first--;
  while (inFigure(last + 1)) last++;
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

// The reference blocks a note sits with: its picture's, or for a note standing as a block of
// its own (no words of the story to align), the blocks beside it too.
function besideNote(reference: Article, block: number): number[] {
  if (reference.blocks[block]?.role !== 'note') return pictureBlocks(reference, block);
  return [block - 1, block, block + 1].filter((b) => b >= 0 && b < reference.blocks.length).flatMap((b) => pictureBlocks(reference, b));
}

// A copy without the page's markup (plain text, a caption set as a paragraph, lines run
// together) keeps a caption's words, or a note and its neighbour, in one paragraph: a note there
// stays where it was. So a note has not moved when the copy block holding it is aligned with a
// reference block it sat with.
function staysWithItsBlock(reference: Article, refHits: readonly NoteHit[], copyHits: readonly NoteHit[], aligned: ReadonlyMap<number, readonly number[]>): boolean {
  const copyBlocks = new Set(copyHits.flatMap((h) => (h.block === null ? [] : [h.block])));
  return refHits.some((h) => h.block !== null && besideNote(reference, h.block).some((b) => (aligned.get(b) ?? []).some((c) => copyBlocks.has(c))));
}

const blockText = (article: Article, hit: NoteHit): string =>
  hit.block === null ? (hit.place === 'metadata' ? hit.text : '') : article.blocks[hit.block]!.text;

/**
 * Compares the editor notes of the reference and a copy. A note the copy lacks is
 * `note-missing`; one it keeps but weakened (another rule of the same category, "UNABLE TO
 * VERIFY" for "UNABLE TO INDEPENDENTLY VERIFY"), moved (out of the caption into the body), or
 * whose sentence survives in an aligned body paragraph without it, is `note-changed`; a note
 * only the copy has is `note-added`.
 *
 * @param alignedCopyBlocks For a reference block position, the copy blocks aligned with it.
 */
export function flagNotes(
  reference: Article,
  referenceNotes: readonly NoteHit[],
  copy: Article,
  copyNotes: readonly NoteHit[],
  alignedCopyBlocks: ReadonlyMap<number, readonly number[]>,
): FlaggedFinding[] {
  const findings: FlaggedFinding[] = [];
  const copyGroups = groupNotes(copyNotes);
  const used = new Set<NoteGroup>();
  for (const group of groupNotes(referenceNotes)) {
    const hit = group.hits[0]!;
    const refSide = { blocks: blocksOf(group.hits), text: blockText(reference, hit), words: hit.text };
    const same = copyGroups.find((g) => !used.has(g) && g.key === group.key);
    if (same) {
      used.add(same);
      const places = new Set(group.hits.map((h) => placeIn(reference, h)));
      if (same.hits.some((h) => places.has(placeIn(copy, h))) || staysWithItsBlock(reference, group.hits, same.hits, alignedCopyBlocks)) continue;
      const moved = same.hits[0]!;
      findings.push({
        id: findingId('note-changed', [hit.ruleId, hit.text, `${hit.place}>${moved.place}`]),
        kind: 'note-changed',
        severity: severityOfNoteChange(hit.category),
        categories: [hit.category],
        message: `${noteName(hit.category)} moved from the ${hit.place} to the ${moved.place}: ${quote(hit.text)}`,
        reference: refSide,
        copy: { blocks: blocksOf(same.hits), text: blockText(copy, moved), words: moved.text },
        note: { ruleId: hit.ruleId, category: hit.category },
      });
      continue;
    }
    const similar = copyGroups.find((g) => !used.has(g) && g.hits[0]!.category === hit.category && !referenceNotes.some((r) => r.ruleId === g.hits[0]!.ruleId));
    if (similar) {
      used.add(similar);
      const weaker = similar.hits[0]!;
      findings.push({
        id: findingId('note-changed', [hit.ruleId, hit.text, weaker.text]),
        kind: 'note-changed',
        severity: severityOfNoteChange(hit.category),
        categories: [hit.category],
        message: `${noteName(hit.category)} reworded: ${quote(hit.text, 45)} became ${quote(weaker.text, 45)}`,
        reference: refSide,
        copy: { blocks: blocksOf(similar.hits), text: blockText(copy, weaker), words: weaker.text },
        note: { ruleId: hit.ruleId, category: hit.category },
      });
      continue;
    }
    // The paragraph that carried the caveat is still there, without it.
    const survivor = hit.place === 'body' && hit.block !== null ? alignedCopyBlocks.get(hit.block) : undefined;
    if (survivor && survivor.length > 0) {
      findings.push({
        id: findingId('note-changed', [hit.ruleId, hit.text, 'dropped from its sentence']),
        kind: 'note-changed',
        severity: severityOfNoteChange(hit.category),
        categories: [hit.category],
        message: `${noteName(hit.category)} dropped from a paragraph that the copy keeps: ${quote(hit.text)}`,
        reference: refSide,
        copy: { blocks: [...survivor], text: survivor.map((b) => copy.blocks[b]!.text).join('\n'), words: '' },
        note: { ruleId: hit.ruleId, category: hit.category },
      });
      continue;
    }
    const where = hit.block === null ? [] : [...(alignedCopyBlocks.get(hit.block) ?? [])];
    findings.push({
      id: findingId('note-missing', [hit.ruleId, hit.text]),
      kind: 'note-missing',
      severity: NOTE_MISSING_SEVERITY[hit.category],
      categories: [hit.category],
      message: `${noteName(hit.category)} missing from the copy: ${quote(hit.text)}`,
      reference: refSide,
      copy: { blocks: where, text: where.map((b) => copy.blocks[b]!.text).join('\n'), words: '' },
      note: { ruleId: hit.ruleId, category: hit.category },
    });
  }
  for (const group of copyGroups) {
    if (used.has(group)) continue;
    const hit = group.hits[0]!;
    findings.push({
      id: findingId('note-added', [hit.ruleId, hit.text]),
      kind: 'note-added',
      severity: severityOfNoteAdded(hit.category),
      categories: [hit.category],
      message: `copy adds ${withArticle(noteName(hit.category))}: ${quote(hit.text)}`,
      reference: { blocks: [], text: '', words: '' },
      copy: { blocks: blocksOf(group.hits), text: blockText(copy, hit), words: hit.text },
      note: { ruleId: hit.ruleId, category: hit.category },
    });
  }
  return findings;
}

function blocksOf(hits: readonly NoteHit[]): number[] {
  return [...new Set(hits.flatMap((h) => (h.block === null ? [] : [h.block])))].sort((a, b) => a - b);
}
