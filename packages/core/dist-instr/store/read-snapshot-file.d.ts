import type { Snapshot } from './snapshot.js';
/** Reads one snapshot file, naming it when it is not a snapshot. */
export declare function readSnapshotFile(file: string): Promise<Snapshot>;
//# sourceMappingURL=read-snapshot-file.d.ts.map