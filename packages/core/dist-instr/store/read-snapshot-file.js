import { readFile } from 'node:fs/promises';
import { WirediffError } from '../errors.js';
/** Reads one snapshot file, naming it when it is not a snapshot. */
export async function readSnapshotFile(file) {
    try {
        const snapshot = JSON.parse(await readFile(file, 'utf8'));
        if (typeof snapshot.sha256 !== 'string' || typeof snapshot.requestedUrl !== 'string' || !Number.isInteger(snapshot.version)) {
            throw new Error('fields missing');
        }
        return snapshot;
    }
    catch (error) {
        throw new WirediffError('WD_STORE_CORRUPT', `not a readable snapshot (${error.message})`, { input: file, cause: error });
    }
}
//# sourceMappingURL=read-snapshot-file.js.map