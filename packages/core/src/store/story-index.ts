import { readFile } from 'node:fs/promises';
import { WirediffError } from '../errors.js';
import type { StoryIndex } from './snapshot.js';
import { storePaths } from './store-paths.js';
import { writeFileAtomic } from './write-file-atomic.js';

const STORY_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/i; // a safe file name on every system

function checkName(story: string): void {
  if (!STORY_NAME.test(story)) throw new WirediffError('WD_BAD_OPTION', `"${story}" is not a story name (letters, digits, . _ -)`, { input: 'story' });
}

/** Writes (replaces, atomically) a story's index. */
export async function writeStoryIndex(dir: string, index: StoryIndex): Promise<void> {
  checkName(index.story);
  await writeFileAtomic(dir, storePaths.story(dir, index.story), `${JSON.stringify(index, null, 2)}\n`);
}

/**
 * Reads a story's index.
 * @throws WirediffError WD_STORE_MISSING when the store has no such story.
 */
export async function readStoryIndex(dir: string, story: string): Promise<StoryIndex> {
  checkName(story);
  let text: string;
  try {
    text = await readFile(storePaths.story(dir, story), 'utf8');
  } catch (error) {
    throw new WirediffError('WD_STORE_MISSING', `the store has no story "${story}"`, { input: dir, cause: error });
  }
  try {
    return JSON.parse(text) as StoryIndex;
  } catch (error) {
    throw new WirediffError('WD_STORE_CORRUPT', `the index of story "${story}" is not JSON`, { input: dir, cause: error });
  }
}
