import { readFile } from 'node:fs/promises';
import { WirediffError } from '../errors.js';
import { storePaths } from './store-paths.js';
import { checkStoryName } from './story-name.js';
/**
 * Reads a story's index.
 * @throws WirediffError WD_STORE_MISSING when the store has no such story.
 */
export async function readStoryIndex(dir, story) {
    checkStoryName(story);
    let text;
    try {
        text = await readFile(storePaths.story(dir, story), 'utf8');
    }
    catch (error) {
        throw new WirediffError('WD_STORE_MISSING', `the store has no story "${story}"`, { input: dir, cause: error });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new WirediffError('WD_STORE_CORRUPT', `the index of story "${story}" is not JSON`, { input: dir, cause: error });
    }
}
//# sourceMappingURL=read-story-index.js.map