import type { Snapshot } from './snapshot.js';
/**
 * Reads one version of a URL's snapshots: what a story index pins, so a story reads the same
 * pages however many versions later fetches add.
 *
 * @throws WirediffError WD_STORE_MISSING when the store lacks that version, WD_STORE_CORRUPT
 *   when its file is not a snapshot of that URL.
 */
export declare function readSnapshot(dir: string, url: string, version: number): Promise<Snapshot>;
//# sourceMappingURL=read-snapshot.d.ts.map