import { WirediffError } from '../errors.js';
import { readSnapshotFile } from './read-snapshot-file.js';
import { storePaths } from './store-paths.js';
/**
 * Reads one version of a URL's snapshots: what a story index pins, so a story reads the same
 * pages however many versions later fetches add.
 *
 * @throws WirediffError WD_STORE_MISSING when the store lacks that version, WD_STORE_CORRUPT
 *   when its file is not a snapshot of that URL.
 */
export async function readSnapshot(dir, url, version) {
    const file = storePaths.snapshot(dir, url, version);
    let snapshot;
    try {
        snapshot = await readSnapshotFile(file);
    }
    catch (error) {
        const code = (error.cause)?.code;
        if (code === 'ENOENT')
            throw new WirediffError('WD_STORE_MISSING', `version ${version} is not in the store ${dir}`, { input: url, cause: error });
        throw error;
    }
    // Folders are named by a hash prefix; a collision would show here as another URL.
    if (snapshot.requestedUrl !== url || snapshot.version !== version) {
        throw new WirediffError('WD_STORE_CORRUPT', `holds ${snapshot.requestedUrl} version ${snapshot.version}, not ${url} version ${version}`, { input: file });
    }
    return snapshot;
}
//# sourceMappingURL=read-snapshot.js.map