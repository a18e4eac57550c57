import { existsSync, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isWirediffError, WirediffError } from '@wirediff/core';
import { openStoreOnce } from '../load-input.js';
import { readRegularFile } from '../read-regular-file.js';
import { confinePath } from './confine-path.js';

/** One story of a corpus: where its reference and copies are. Paths are absolute. */
export interface StorySpec {
  /** The story's folder name (or, in a store, its name): stable across machines, used in baselines and reports. */
  id: string;
  reference: string;
  copies: string[];
  /** In a store: the snapshot version of each URL that the story's index pins. */
  versions?: Record<string, number>;
}

/**
 * A corpus's stories, each named by where it is: a story folder, or in a snapshot store, the
 * story's index (`stories/<story>.json`, one per `wirediff fetch --manifest`).
 */
export interface CorpusStories {
  /** Story folders or index files, sorted by story name. */
  stories: string[];
  /** The store, when the corpus is one: its pages are read from it, never from the network. */
  store: string | null;
}

/** A story's name: its folder's name, or (`stored`) its index file's name without `.json`. */
export const storyIdOf = (location: string, stored = false): string => {
  const name = path.basename(location);
  return stored ? name.replace(/\.json$/, '') : name;
};

/** What `<story>/story.json` may say. Paths are relative to the story folder; URLs are read from a store. */
interface StoryFile {
  reference?: unknown;
  copies?: unknown;
}

const PAGE = /\.(?:html?|txt|xhtml)$/i;
const STORY_FILE_BYTES = 1024 * 1024; // a story.json names a few pages; more is not a story file

/** Where a story's files must lie, and how large its story.json may be. */
export interface StoryBounds {
  /**
   * The corpus's real path (see realCorpus): every file the story names, links followed, must
   * lie inside it, else WD_CORPUS_OUTSIDE. Null reads files wherever they are (--allow-outside).
   */
  root: string | null;
}

// Synchronous, as pages are read: a story folder is a few small entries, and a thread-pool trip
// for each costs more than the read.
const listNames = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/**
 * Reads one story folder: its story.json when there is one (`{ "reference": "…", "copies": ["…"] }`),
 * else the convention `reference.html` (or .htm/.txt) beside a `copies/` folder of pages.
 *
 * With `stored`, `dir` is a story's index in a store (see listStories).
 *
 * With `bounds.root`, every file the story names, story.json included, must lie inside the
 * corpus once its links are followed.
 *
 * @throws WirediffError WD_CORPUS_STORY naming the folder when the story cannot be read;
 *   WD_CORPUS_OUTSIDE naming story.json or the page when a file lies outside the corpus.
 */
export async function readStorySpec(dir: string, stored = false, bounds: StoryBounds = { root: null }): Promise<StorySpec> {
  if (stored) return readStoredStory(dir);
  const id = path.basename(dir);
  const specFile = path.join(dir, 'story.json');
  const confine = (file: string, entry: string, input = file) => {
    if (bounds.root !== null) confinePath(file, bounds.root, entry, input);
  };
  if (existsSync(specFile)) {
    confine(specFile, 'story.json');
    let data: StoryFile;
    try {
      data = JSON.parse(readRegularFile(specFile, { maxBytes: STORY_FILE_BYTES, what: 'story file', limitFlag: 'a story.json names pages, it does not hold them' }).toString('utf8')) as StoryFile;
    } catch (error) {
      if (isWirediffError(error)) throw error;
      throw new WirediffError('WD_CORPUS_STORY', `story.json is not valid JSON (${(error as Error).message})`, { input: specFile, cause: error });
    }
    const copies = Array.isArray(data.copies) ? data.copies : null;
    if (typeof data.reference !== 'string' || !copies || copies.length === 0 || !copies.every((c) => typeof c === 'string')) {
      throw new WirediffError('WD_CORPUS_STORY', 'story.json needs "reference" (a path or URL) and "copies" (a non-empty list of paths or URLs)', { input: specFile });
    }
    const resolve = (p: string, entry: string) => {
      if (/^https?:\/\//i.test(p)) return p;
      const file = path.resolve(dir, p);
      confine(file, `${entry} ${JSON.stringify(p)}`, specFile);
      return file;
    };
    return { id, reference: resolve(data.reference, '"reference"'), copies: (copies as string[]).map((c, k) => resolve(c, `"copies"[${k}]`)) };
  }
  const names = listNames(dir);
  const reference = names.filter((n) => /^reference\.(?:html?|txt)$/i.test(n)).sort()[0];
  const copyDir = path.join(dir, 'copies');
  const copies = listNames(copyDir).filter((n) => PAGE.test(n)).sort();
  if (!reference) throw new WirediffError('WD_CORPUS_STORY', 'no story.json, and no reference.html (or .htm, .txt) with a copies/ folder beside it', { input: dir });
  if (copies.length === 0) {
    const why = !existsSync(copyDir) ? 'has no copies/ folder beside it' : listNames(copyDir).length === 0 ? 'has a copies/ folder that is empty or cannot be read' : 'has a copies/ folder with no .html, .htm or .txt page in it';
    throw new WirediffError('WD_CORPUS_STORY', `no story.json, and its reference ${why}`, { input: dir });
  }
  const pages = [path.join(dir, reference), ...copies.map((c) => path.join(copyDir, c))];
  // A page of the folder itself may still be a link, or copies/ a link to a folder elsewhere.
  for (const page of pages) confine(page, 'the page, its links followed,');
  return { id, reference: pages[0]!, copies: pages.slice(1) };
}

// A story of a store, from its index: its URLs and the version of each that its fetch left.
async function readStoredStory(file: string): Promise<StorySpec> {
  const { readStoryIndex } = await import('@wirediff/core/store');
  const store = path.dirname(path.dirname(file));
  const id = storyIdOf(file, true);
  let index;
  try {
    index = await readStoryIndex(store, id);
  } catch (error) {
    // Named by its index file, not by the store: the store is the corpus, and the index the story.
    if (isWirediffError(error)) throw new WirediffError(error.code, error.message, { input: file, cause: error });
    throw error;
  }
  const copies = Array.isArray(index.copies) ? index.copies.filter((c): c is string => typeof c === 'string') : [];
  if (typeof index.reference !== 'string' || copies.length === 0) {
    throw new WirediffError('WD_CORPUS_STORY', 'the story\'s index names no reference or no copies (fetch it with a manifest that names both)', { input: file });
  }
  const versions = index.versions !== null && typeof index.versions === 'object' ? index.versions : {};
  return { id, reference: index.reference, copies, versions };
}

/**
 * The stories of a corpus: its subfolders, sorted by name (hidden ones skipped); or, when the
 * corpus is a snapshot store, the stories it indexes.
 *
 * @throws WirediffError naming the corpus when it cannot be read, holds no stories, or is
 *   itself a story folder (a path one level too deep, which would pass a CI job checking nothing).
 */
export async function listStories(corpus: string): Promise<CorpusStories> {
  let entries;
  try {
    entries = await readdir(corpus, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WirediffError(code === 'ENOENT' ? 'WD_INPUT_NOT_FOUND' : 'WD_INPUT_UNREADABLE', code === 'ENOENT' ? 'no such corpus folder' : `cannot read the corpus (${code})`, { input: corpus, cause: error });
  }
  const { STORE_MARKER, listStories: storedStories } = await import('@wirediff/core/store');
  if (entries.some((e) => e.isFile() && e.name === STORE_MARKER)) {
    await openStoreOnce(corpus);
    const names = await storedStories(corpus);
    if (names.length === 0) throw new WirediffError('WD_NOT_A_CORPUS', 'is a store that indexes no stories: fetch them with `wirediff fetch --manifest`, which indexes each story', { input: corpus });
    return { stories: names.map((n) => path.join(corpus, 'stories', `${n}.json`)), store: corpus };
  }
  const isStory = entries.some((e) => e.isFile() && e.name === 'story.json')
    || (entries.some((e) => e.isFile() && /^reference\.(?:html?|txt)$/i.test(e.name)) && entries.some((e) => e.isDirectory() && e.name === 'copies'));
  if (isStory) {
    throw new WirediffError('WD_NOT_A_CORPUS', `is one story's folder, not a corpus: check the folder that holds it (${path.dirname(corpus)}), or compare its pages with \`wirediff compare\``, { input: corpus });
  }
  const dirs = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => path.join(corpus, e.name)).sort();
  if (dirs.length === 0) throw new WirediffError('WD_NOT_A_CORPUS', 'holds no story folders (a corpus is a folder of story folders: see the README)', { input: corpus });
  return { stories: dirs, store: null };
}
