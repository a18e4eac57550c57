import type { Snapshot, SnapshotInput } from './snapshot.js';
/**
 * Stores one fetch as a snapshot of its requested URL — but only when its bytes differ from
 * that URL's latest version, so refetching an unchanged page adds nothing. The body is written
 * first (named by its SHA-256, shared by identical bodies), then the snapshot's metadata; both
 * atomically, so a crash leaves either the whole snapshot or none of it (at worst an unused
 * body file). One writer per store at a time.
 *
 * @param options.keepHistory Also skip a version that repeats an older one exactly (same bytes,
 *   same fetch time), as importing the same WARC twice would. @default false
 *
 * @returns the snapshot (the latest one when nothing changed) and whether it was added.
 */
export declare function writeSnapshot(dir: string, input: SnapshotInput, options?: {
    keepHistory?: boolean;
}): Promise<{
    snapshot: Snapshot;
    added: boolean;
}>;
//# sourceMappingURL=write-snapshot.d.ts.map