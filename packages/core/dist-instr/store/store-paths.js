import { createHash } from 'node:crypto';
import path from 'node:path';
/** The marker file that says a directory is a wirediff store, and its layout version. */
export const STORE_MARKER = 'wirediff-store.json';
export const STORE_FORMAT = Object.freeze({ format: 'wirediff-store', version: 1 });
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
/** Where each part of a store lives; see README "The snapshot store". */
export const storePaths = {
    marker: (dir) => path.join(dir, STORE_MARKER),
    tmp: (dir) => path.join(dir, 'tmp'),
    body: (dir, hash) => path.join(dir, 'bodies', hash.slice(0, 2), hash),
    // A URL's folder is named by the SHA-256 of the URL: any URL, any length, a safe file name.
    urlDir: (dir, url) => path.join(dir, 'urls', sha256(url).slice(0, 32)),
    urls: (dir) => path.join(dir, 'urls'),
    snapshot: (dir, url, version) => path.join(storePaths.urlDir(dir, url), `${String(version).padStart(6, '0')}.json`),
    stories: (dir) => path.join(dir, 'stories'),
    story: (dir, story) => path.join(storePaths.stories(dir), `${story}.json`),
};
/** A version's file name: six digits, so a listing sorts in version order. */
export const SNAPSHOT_FILE = /^(\d{6})\.json$/;
//# sourceMappingURL=store-paths.js.map