import type { StoryIndex } from './snapshot.js';
/**
 * Writes (replaces, atomically) a story's index: stories/<story>.json.
 * @throws WirediffError WD_BAD_OPTION for a story name that is not a safe file name.
 */
export declare function writeStoryIndex(dir: string, index: StoryIndex): Promise<void>;
//# sourceMappingURL=write-story-index.d.ts.map