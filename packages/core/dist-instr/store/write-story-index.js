import { storePaths } from './store-paths.js';
import { checkStoryName } from './story-name.js';
import { writeFileAtomic } from './write-file-atomic.js';
/**
 * Writes (replaces, atomically) a story's index: stories/<story>.json.
 * @throws WirediffError WD_BAD_OPTION for a story name that is not a safe file name.
 */
export async function writeStoryIndex(dir, index) {
    checkStoryName(index.story);
    await writeFileAtomic(dir, storePaths.story(dir, index.story), `${JSON.stringify(index, null, 2)}\n`);
}
//# sourceMappingURL=write-story-index.js.map