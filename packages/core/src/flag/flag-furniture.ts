import type { Article, Block, FlaggedFinding } from '../types.js';
import { normalizeText } from '../segment/normalize-text.js';
import { quote } from './describe.js';
import { findingId } from './finding-id.js';

const none = { blocks: [], text: '', words: '' };
const keyOf = (b: Block) => normalizeText(b.text).toLowerCase();
const furnitureOf = (article: Article) => article.blocks.filter((b) => b.role === 'furniture');

/**
 * One `info` finding for each piece of furniture one page has and the other does not: the
 * copy's outlet inserted it ("Continue Reading Below" between paragraphs), so it is seen as
 * furniture and never reported as added content; or the reference carries it (a reference that
 * is itself a web page: "Register now for FREE unlimited access to Reuters.com"), so the reader
 * of the report sees it was recognised and left out of the comparison, not lost from the copy.
 * Furniture both pages carry is the same page chrome and says nothing.
 */
export function flagFurniture(reference: Article, copy: Article): FlaggedFinding[] {
  const inReference = new Set(furnitureOf(reference).map(keyOf));
  const inCopy = new Set(furnitureOf(copy).map(keyOf));
  const fromCopy = furnitureOf(copy)
    .filter((b) => !inReference.has(keyOf(b)))
    .map((b) => ({
      id: findingId('furniture', [b.text]),
      kind: 'furniture' as const,
      severity: 'info' as const,
      categories: [],
      message: `outlet furniture: "${b.text}"`,
      reference: none,
      copy: { blocks: [b.index], text: b.text, words: b.text },
    }));
  const seen = new Set<string>();
  const fromReference = furnitureOf(reference)
    .filter((b) => !inCopy.has(keyOf(b)) && !seen.has(keyOf(b)) && seen.add(keyOf(b)))
    .map((b) => ({
      id: findingId('furniture', ['reference', b.text]),
      kind: 'furniture' as const,
      severity: 'info' as const,
      categories: [],
      message: `reference page furniture, left out of the comparison: ${quote(b.text)}`,
      reference: { blocks: [b.index], text: b.text, words: b.text },
      copy: none,
    }));
  return [...fromCopy, ...fromReference];
}
