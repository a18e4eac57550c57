import type { Article, LearnedFurniture } from '../types.js';
/** Options of applyLearnedFurniture. */
export interface ApplyFurnitureOptions {
    /**
     * The reference the copy is compared with: a block that is its text, edited or not (see
     * recognizeStoryText), keeps its role so it aligns, whatever the table says.
     * @default undefined (no such guard)
     */
    reference?: Article;
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
export declare function applyLearnedFurniture(article: Article, outlet: string | null, learned: LearnedFurniture, options?: ApplyFurnitureOptions): Article;
//# sourceMappingURL=apply-learned-furniture.d.ts.map