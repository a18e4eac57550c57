import { WirediffError } from '../errors.js';

const STORY_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/i; // a safe file name on every system

/** Throws WD_BAD_OPTION unless `story` can name a file in stories/. */
export function checkStoryName(story: string): void {
  if (!STORY_NAME.test(story)) throw new WirediffError('WD_BAD_OPTION', `"${story}" is not a story name (letters, digits, . _ -)`, { input: 'story' });
}
