import { readdir } from 'node:fs/promises';
import { storePaths } from './store-paths.js';
import { isStoryName } from './story-name.js';
/**
 * The names of the stories a store indexes (one per `fetch --manifest`), sorted; empty when it
 * indexes none.
 *
 * @example for (const story of await listStories('evidence')) console.log(story);
 */
export async function listStories(dir) {
    const names = await readdir(storePaths.stories(dir)).catch(() => []);
    return names.flatMap((n) => (n.endsWith('.json') && isStoryName(n.slice(0, -5)) ? [n.slice(0, -5)] : [])).sort();
}
//# sourceMappingURL=list-stories.js.map