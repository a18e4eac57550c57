import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { WirediffError } from '../errors.js';
import { STORE_FORMAT, storePaths } from './store-paths.js';
import { writeFileAtomic } from './write-file-atomic.js';
const isAlive = (pid) => {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
};
/**
 * Opens a snapshot store: checks the marker file (creating the store when `create` is set and
 * the folder is empty or absent) and deletes temporary files a killed writer left behind.
 *
 * @throws WirediffError WD_STORE_MISSING when there is no store and `create` is not set,
 *   WD_STORE_CORRUPT when the folder holds something else.
 */
export async function openStore(dir, options = {}) {
    let marker;
    try {
        marker = await readFile(storePaths.marker(dir), 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOENT')
            throw new WirediffError('WD_STORE_CORRUPT', `cannot read the store (${code})`, { input: dir, cause: error });
    }
    if (marker === undefined) {
        if (!options.create)
            throw new WirediffError('WD_STORE_MISSING', 'no wirediff store here (fetch into it first)', { input: dir });
        const entries = await readdir(dir).catch(() => []);
        if (entries.length > 0)
            throw new WirediffError('WD_STORE_CORRUPT', 'the folder is not empty and is not a wirediff store', { input: dir });
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(dir, storePaths.marker(dir), `${JSON.stringify(STORE_FORMAT, null, 2)}\n`);
        return;
    }
    let parsed;
    try {
        parsed = JSON.parse(marker);
    }
    catch (error) {
        throw new WirediffError('WD_STORE_CORRUPT', 'the store marker is not JSON', { input: dir, cause: error });
    }
    if (parsed.format !== STORE_FORMAT.format || parsed.version !== STORE_FORMAT.version) {
        throw new WirediffError('WD_STORE_CORRUPT', `unknown store format ${parsed.format} ${parsed.version}`, { input: dir });
    }
    const tmpDir = storePaths.tmp(dir);
    for (const name of await readdir(tmpDir).catch(() => [])) {
        const pid = Number(name.split('-')[0]);
        if (!Number.isInteger(pid) || !isAlive(pid) || pid === process.pid) {
            const file = path.join(tmpDir, name);
            if ((await stat(file)).isFile())
                await rm(file, { force: true });
        }
    }
}
//# sourceMappingURL=open-store.js.map