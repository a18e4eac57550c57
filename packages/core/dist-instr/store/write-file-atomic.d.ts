/**
 * Writes a store file so that it either appears whole or not at all: the bytes go to a
 * temporary file under tmp/ (named with this process's id, so a later open can tell a dead
 * writer's leftovers), are fsynced, then renamed into place, and the folder is fsynced.
 */
export declare function writeFileAtomic(storeDir: string, file: string, data: Uint8Array | string): Promise<void>;
//# sourceMappingURL=write-file-atomic.d.ts.map