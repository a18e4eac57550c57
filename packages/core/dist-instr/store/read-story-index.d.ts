import type { StoryIndex } from './snapshot.js';
/**
 * Reads a story's index.
 * @throws WirediffError WD_STORE_MISSING when the store has no such story.
 */
export declare function readStoryIndex(dir: string, story: string): Promise<StoryIndex>;
//# sourceMappingURL=read-story-index.d.ts.map