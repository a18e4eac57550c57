import { createHash } from 'node:crypto';
import path from 'node:path';

/** The marker file that says a directory is a wirediff store, and its layout version. */
export const STORE_MARKER = 'wirediff-store.json';
export const STORE_FORMAT = Object.freeze({ format: 'wirediff-store', version: 1 });

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Where each part of a store lives; see README "The snapshot store". */
export const storePaths = {
  marker: (dir: string) => path.join(dir, STORE_MARKER),
  tmp: (dir: string) => path.join(dir, 'tmp'),
  body: (dir: string, hash: string) => path.join(dir, 'bodies', hash.slice(0, 2), hash),
  // A URL's folder is named by the SHA-256 of the URL: any URL, any length, a safe file name.
  urlDir: (dir: string, url: string) => path.join(dir, 'urls', sha256(url).slice(0, 32)),
  urls: (dir: string) => path.join(dir, 'urls'),
  snapshot: (dir: string, url: string, version: number) => path.join(storePaths.urlDir(dir, url), `${String(version).padStart(6, '0')}.json`),
  stories: (dir: string) => path.join(dir, 'stories'),
  story: (dir: string, story: string) => path.join(storePaths.stories(dir), `${story}.json`),
};

/** A version's file name: six digits, so a listing sorts in version order. */
export const SNAPSHOT_FILE = /^(\d{6})\.json$/;
