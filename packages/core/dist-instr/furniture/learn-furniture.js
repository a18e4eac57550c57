import { learnFurnitureFromSamples } from './learn-from-samples.js';
import { sampleFurniture } from './sample-furniture.js';
/**
 * Learns the furniture of each outlet from a set of stories: short body text an outlet's
 * copies repeat around at least two different stories ("This story was automatically generated
 * from a syndicated feed.") that no reference of the set holds. What no pattern of
 * FURNITURE_PATTERNS knows is found this way; applyLearnedFurniture then marks it in a copy.
 * The result is plain data (store it as JSON) and does not depend on the order of the stories.
 *
 * @param stories Each story's reference and its copies, with the outlet of each copy (identifyOutlet).
 * @param options minStories (default 2) and maxWords (default 40); see FurnitureOptions.
 * @throws WirediffError WD_BAD_OPTION for a bad option.
 * @example
 * const learned = learnFurniture([
 *   { reference: refA, copies: [{ article: copyA, outlet: 'example.com' }] },
 *   { reference: refB, copies: [{ article: copyB, outlet: 'example.com' }] },
 * ]);
 * compareStory(ref, [{ source, article: applyLearnedFurniture(copyA, 'example.com', learned) }]);
 */
export function learnFurniture(stories, options = {}) {
    return learnFurnitureFromSamples(stories.map((story) => sampleFurniture(story, options)), options);
}
//# sourceMappingURL=learn-furniture.js.map