import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { storePaths } from './store-paths.js';

const INDEX_FILE = /^([a-z0-9][a-z0-9._-]{0,99})\.json$/i; // stories/<story>.json, as checkStoryName allows

/**
 * The names of the stories a store indexes (one per `fetch --manifest`), sorted; empty when it
 * indexes none.
 *
 * @example for (const story of await listStories('evidence')) console.log(story);
 */
export async function listStories(dir: string): Promise<string[]> {
  const names = await readdir(path.dirname(storePaths.story(dir, 'x'))).catch(() => [] as string[]);
  return names.flatMap((n) => INDEX_FILE.exec(n)?.[1] ?? []).sort();
}
