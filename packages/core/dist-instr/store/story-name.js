import { WirediffError } from '../errors.js';
const STORY_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/i; // a safe file name on every system
/** True when `story` can name a file in stories/. */
export const isStoryName = (story) => STORY_NAME.test(story);
/** Throws WD_BAD_OPTION unless `story` can name a file in stories/. */
export function checkStoryName(story) {
    if (!isStoryName(story))
        throw new WirediffError('WD_BAD_OPTION', `"${story}" is not a story name (letters, digits, . _ -)`, { input: 'story' });
}
//# sourceMappingURL=story-name.js.map