import type { Article, BlockName, BlockPart, BlockRole, BlockForm } from '../types.js';

/** The part a block is counted in: body prose is a paragraph, a heading is not (agencies skip it). */
function partOf(role: BlockRole, form: BlockForm): BlockPart {
  if (role === 'body') return form === 'heading' ? 'heading' : 'paragraph';
  return role;
}

/**
 * Names every block of an article as people count them: body paragraphs from 1 as agencies
 * number them in advisories ("Corrects paragraph 3"), headings, captions, credits, notes,
 * datelines and furniture each counted on their own. Indexed like `article.blocks`.
 *
 * @example numberBlocks(article)[4] // => { part: 'paragraph', number: 3 }
 */
export function numberBlocks(article: Pick<Article, 'blocks'>): BlockName[] {
  const counts = new Map<BlockPart, number>();
  return article.blocks.map((b) => {
    const part = partOf(b.role, b.form);
    const number = (counts.get(part) ?? 0) + 1;
    counts.set(part, number);
    return { part, number };
  });
}
