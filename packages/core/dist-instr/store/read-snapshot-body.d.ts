import type { Snapshot } from './snapshot.js';
/**
 * Reads a snapshot's body bytes and checks them against the snapshot's SHA-256.
 *
 * @throws WirediffError WD_STORE_CORRUPT when the body is missing or its digest differs.
 */
export declare function readSnapshotBody(dir: string, snapshot: Snapshot): Promise<Uint8Array>;
//# sourceMappingURL=read-snapshot-body.d.ts.map