import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { WirediffError } from '../errors.js';
import { storePaths } from './store-paths.js';
/**
 * Reads a snapshot's body bytes and checks them against the snapshot's SHA-256.
 *
 * @throws WirediffError WD_STORE_CORRUPT when the body is missing or its digest differs.
 */
export async function readSnapshotBody(dir, snapshot) {
    const file = storePaths.body(dir, snapshot.sha256);
    let bytes;
    try {
        bytes = await readFile(file);
    }
    catch (error) {
        throw new WirediffError('WD_STORE_CORRUPT', `the body of ${snapshot.requestedUrl} version ${snapshot.version} is missing`, { input: file, cause: error });
    }
    if (createHash('sha256').update(bytes).digest('hex') !== snapshot.sha256) {
        throw new WirediffError('WD_STORE_CORRUPT', `the body of ${snapshot.requestedUrl} version ${snapshot.version} does not match its SHA-256`, { input: file });
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
//# sourceMappingURL=read-snapshot-body.js.map