import { normalizeText } from '../segment/normalize-text.js';
import type { Article } from '../types.js';
import { furnitureKey } from './furniture-key.js';
import { resolveFurnitureOptions, type FurnitureOptions } from './furniture-options.js';

/** One copy of a story and the outlet that published it (see identifyOutlet). */
export interface FurnitureCopy {
  article: Article;
  /** Null when the outlet is unknown: the copy takes no part in learning. */
  outlet: string | null;
}

/** One story as learning reads it: its reference and its copies. */
export interface FurnitureStory {
  reference: Article;
  copies: readonly FurnitureCopy[];
}

/**
 * What learning needs to know of one story, and no more: plain, small and serializable, so
 * a corpus can be sampled on many threads and learned from in one place.
 */
export interface FurnitureSample {
  /** The furniture keys (see furnitureKey) of the reference's short blocks, sorted. */
  reference: string[];
  /** Per outlet (sorted), the folded texts of its copies' short body blocks, sorted, unique. */
  copies: { outlet: string; texts: string[] }[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Samples one story for learning furniture: the short blocks of its reference (never to be
 * learned) and, per outlet, the short body blocks of its copies (candidates). Only body blocks
 * are candidates: notes, credits and datelines have their own checks, blocks the pattern table
 * knows are furniture already, and captions belong to the photo they describe.
 *
 * @param options maxWords bounds both lists (see FurnitureOptions).
 * @example sampleFurniture({ reference, copies: [{ article: copy, outlet: 'example.com' }] })
 */
export function sampleFurniture(story: FurnitureStory, options: FurnitureOptions = {}): FurnitureSample {
  const { maxWords } = resolveFurnitureOptions(options);
  // Word count of folded text, found without splitting: long blocks are most blocks.
  const isShort = (folded: string) => {
    let words = 1;
    for (let i = folded.indexOf(' '); i !== -1; i = folded.indexOf(' ', i + 1)) if (++words > maxWords) return false;
    return folded !== '';
  };
  const reference = new Set<string>();
  for (const block of story.reference.blocks) {
    const key = furnitureKey(block.text);
    if (isShort(key)) reference.add(key);
  }
  const byOutlet = new Map<string, Set<string>>();
  for (const { article, outlet } of story.copies) {
    if (outlet === null) continue;
    const texts = byOutlet.get(outlet) ?? new Set<string>();
    byOutlet.set(outlet, texts);
    for (const block of article.blocks) {
      if (block.role !== 'body') continue;
      const folded = normalizeText(block.text);
      if (isShort(folded)) texts.add(folded);
    }
  }
  return {
    reference: [...reference].sort(compare),
    copies: [...byOutlet].sort(([a], [b]) => compare(a, b)).map(([outlet, texts]) => ({ outlet, texts: [...texts].sort(compare) })),
  };
}
