import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { storePaths } from './store-paths.js';
async function syncDir(dir) {
    try {
        const handle = await open(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // Some systems cannot fsync a directory (Windows); the rename is still atomic there.
    }
}
/**
 * Writes a store file so that it either appears whole or not at all: the bytes go to a
 * temporary file under tmp/ (named with this process's id, so a later open can tell a dead
 * writer's leftovers), are fsynced, then renamed into place, and the folder is fsynced.
 */
export async function writeFileAtomic(storeDir, file, data) {
    const tmpDir = storePaths.tmp(storeDir);
    const tmp = path.join(tmpDir, `${process.pid}-${randomBytes(6).toString('hex')}`);
    await mkdir(path.dirname(file), { recursive: true });
    await mkdir(tmpDir, { recursive: true });
    const handle = await open(tmp, 'wx');
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await rm(tmp, { force: true });
        throw error;
    }
    await handle.close();
    await rename(tmp, file);
    await syncDir(path.dirname(file));
}
//# sourceMappingURL=write-file-atomic.js.map