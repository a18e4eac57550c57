import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readSnapshotFile } from './read-snapshot-file.js';
import { SNAPSHOT_FILE, storePaths } from './store-paths.js';
/** Lists every URL the store holds versions of, sorted. */
export async function listStoredUrls(dir) {
    const urls = new Set();
    for (const folder of (await readdir(storePaths.urls(dir)).catch(() => [])).sort()) {
        const names = (await readdir(path.join(storePaths.urls(dir), folder))).filter((n) => SNAPSHOT_FILE.test(n)).sort();
        // Every version of a folder names the same URL but for a hash collision; read them all to be sure.
        for (const name of names)
            urls.add((await readSnapshotFile(path.join(storePaths.urls(dir), folder, name))).requestedUrl);
    }
    return [...urls].sort();
}
//# sourceMappingURL=list-stored-urls.js.map