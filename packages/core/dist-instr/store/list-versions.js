import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readSnapshotFile } from './read-snapshot-file.js';
import { SNAPSHOT_FILE, storePaths } from './store-paths.js';
/**
 * Lists every stored version of a URL (the URL as requested), oldest first; empty when the
 * store has none.
 *
 * @example const versions = await listVersions('store', 'https://example.com/story');
 */
export async function listVersions(dir, url) {
    const folder = storePaths.urlDir(dir, url);
    const names = (await readdir(folder).catch(() => [])).filter((n) => SNAPSHOT_FILE.test(n)).sort();
    const snapshots = [];
    for (const name of names) {
        const snapshot = await readSnapshotFile(path.join(folder, name));
        // Folders are named by a hash prefix; a collision would show here as another URL.
        if (snapshot.requestedUrl === url)
            snapshots.push(snapshot);
    }
    return snapshots;
}
//# sourceMappingURL=list-versions.js.map