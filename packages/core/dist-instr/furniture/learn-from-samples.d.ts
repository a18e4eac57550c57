import type { LearnedFurniture } from '../types.js';
import { type FurnitureOptions } from './furniture-options.js';
import type { FurnitureSample } from './sample-furniture.js';
/**
 * Learns furniture from story samples (see sampleFurniture) one at a time, holding counts, not
 * samples: per outlet, each candidate text with the number of stories it is in, and the hashes
 * of the references' short blocks. Memory grows with the distinct texts, not with the stories,
 * so a shard of a million stories is learned from on one thread. Counting and sorted output
 * make the table the same whatever order the samples come in.
 */
export declare class FurnitureLearner {
    private readonly options;
    private readonly inReference;
    private readonly seen;
    private stories;
    constructor(options?: FurnitureOptions);
    add(sample: FurnitureSample): void;
    /**
     * The table: per outlet, the short texts its copies carry in at least `minStories` different
     * stories, leaving out any text a reference of the set holds (an agency's own boilerplate is
     * story text, and must still align).
     */
    table(): LearnedFurniture;
}
/**
 * Learns furniture from story samples (see FurnitureLearner, which takes them one at a time).
 *
 * @example learnFurnitureFromSamples(stories.map((s) => sampleFurniture(s))).outlets['example.com']
 */
export declare function learnFurnitureFromSamples(samples: readonly FurnitureSample[], options?: FurnitureOptions): LearnedFurniture;
//# sourceMappingURL=learn-from-samples.d.ts.map