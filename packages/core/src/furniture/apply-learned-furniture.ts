import type { Article, LearnedFurniture } from '../types.js';
import { furnitureKey } from './furniture-key.js';
import { recognizeStoryText } from './recognize-story-text.js';

/** Options of applyLearnedFurniture. */
export interface ApplyFurnitureOptions {
  /**
   * The reference the copy is compared with: a block that is its text, edited or not (see
   * recognizeStoryText), keeps its role so it aligns, whatever the table says.
   * @default undefined (no such guard)
   */
  reference?: Article;
}

// Learned tables are plain data that nothing mutates: their lookup sets go with them.
const KEYS = new WeakMap<LearnedFurniture, Map<string, Set<string>>>();

function keysOf(learned: LearnedFurniture, outlet: string): Set<string> | undefined {
  let byOutlet = KEYS.get(learned);
  if (!byOutlet) KEYS.set(learned, (byOutlet = new Map()));
  let keys = byOutlet.get(outlet);
  if (!keys && Object.hasOwn(learned.outlets, outlet)) {
    byOutlet.set(outlet, (keys = new Set(learned.outlets[outlet]!.map((e) => furnitureKey(e.text)))));
  }
  return keys;
}

/**
 * Marks the outlet's learned furniture in a copy: each body block whose text (folded, see
 * furnitureKey) the table lists for that outlet gets the role 'furniture', so comparison leaves
 * it out of alignment and reports it as furniture at info, never as added content.
 *
 * @param outlet The copy's outlet (see identifyOutlet); null marks nothing.
 * @returns A new article when a block changed role; the same article when none did. The input
 *   is never mutated.
 * @example applyLearnedFurniture(copy, 'example.com', learned, { reference })
 */
export function applyLearnedFurniture(article: Article, outlet: string | null, learned: LearnedFurniture, options: ApplyFurnitureOptions = {}): Article {
  const keys = outlet === null ? undefined : keysOf(learned, outlet);
  if (!keys || keys.size === 0) return article;
  let isStoryText: ((key: string) => boolean) | null = null;
  let changed = false;
  const blocks = article.blocks.map((block) => {
    if (block.role !== 'body') return block;
    const key = furnitureKey(block.text);
    if (!keys.has(key)) return block;
    isStoryText ??= options.reference ? recognizeStoryText(options.reference) : () => false;
    if (isStoryText(key)) return block;
    changed = true;
    return { ...block, role: 'furniture' as const };
  });
  return changed ? { ...article, blocks } : article;
}
