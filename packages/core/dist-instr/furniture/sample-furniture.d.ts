import type { Article } from '../types.js';
import { type FurnitureOptions } from './furniture-options.js';
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
    copies: {
        outlet: string;
        texts: string[];
    }[];
}
/**
 * Samples one story for learning furniture: the short blocks of its reference (never to be
 * learned) and, per outlet, the short body blocks of its copies (candidates) that are not the
 * story's own text, edited or not (see recognizeStoryText). Only body blocks
 * are candidates: notes, credits and datelines have their own checks, blocks the pattern table
 * knows are furniture already, and captions belong to the photo they describe.
 *
 * @param options maxWords bounds both lists (see FurnitureOptions).
 * @example sampleFurniture({ reference, copies: [{ article: copy, outlet: 'example.com' }] })
 */
export declare function sampleFurniture(story: FurnitureStory, options?: FurnitureOptions): FurnitureSample;
//# sourceMappingURL=sample-furniture.d.ts.map