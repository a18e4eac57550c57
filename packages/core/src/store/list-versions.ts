import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { WirediffError } from '../errors.js';
import type { Snapshot } from './snapshot.js';
import { SNAPSHOT_FILE, storePaths } from './store-paths.js';

/** Reads one snapshot file, naming it when it is not a snapshot. */
export async function readSnapshotFile(file: string): Promise<Snapshot> {
  try {
    const snapshot = JSON.parse(await readFile(file, 'utf8')) as Snapshot;
    if (typeof snapshot.sha256 !== 'string' || typeof snapshot.requestedUrl !== 'string' || !Number.isInteger(snapshot.version)) {
      throw new Error('fields missing');
    }
    return snapshot;
  } catch (error) {
    throw new WirediffError('WD_STORE_CORRUPT', `not a readable snapshot (${(error as Error).message})`, { input: file, cause: error });
  }
}

/**
 * Lists every stored version of a URL (the URL as requested), oldest first; empty when the
 * store has none.
 *
 * @example const versions = await listVersions('store', 'https://example.com/story');
 */
export async function listVersions(dir: string, url: string): Promise<Snapshot[]> {
  const folder = storePaths.urlDir(dir, url);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => SNAPSHOT_FILE.test(n)).sort();
  const snapshots: Snapshot[] = [];
  for (const name of names) {
    const snapshot = await readSnapshotFile(path.join(folder, name));
    // Folders are named by a hash prefix; a collision would show here as another URL.
    if (snapshot.requestedUrl === url) snapshots.push(snapshot);
  }
  return snapshots;
}
