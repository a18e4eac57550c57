import type { Article, Finding } from '../types.js';
import { normalizeText } from '../segment/normalize-text.js';
import { findingId } from './finding-id.js';

/**
 * One `info` finding for each piece of furniture the copy's outlet inserted that the reference
 * does not have ("Continue Reading Below" between paragraphs), so it is seen as furniture and
 * never reported as added content.
 */
export function flagFurniture(reference: Article, copy: Article): Finding[] {
  const known = new Set(reference.blocks.filter((b) => b.role === 'furniture').map((b) => normalizeText(b.text).toLowerCase()));
  return copy.blocks
    .filter((b) => b.role === 'furniture' && !known.has(normalizeText(b.text).toLowerCase()))
    .map((b) => ({
      id: findingId('furniture', [b.text]),
      kind: 'furniture' as const,
      severity: 'info' as const,
      categories: [],
      message: `outlet furniture: "${b.text}"`,
      reference: { blocks: [], text: '', words: '' },
      copy: { blocks: [b.index], text: b.text, words: b.text },
    }));
}
