import { realpathSync } from 'node:fs';
import path from 'node:path';
import { WirediffError } from '@wirediff/core';

const realRoots = new Map<string, string>();

/**
 * The real path of a corpus folder (its links resolved), found once per folder and thread: every
 * story of a corpus is confined to it.
 * @throws WirediffError WD_INPUT_UNREADABLE naming the corpus when it cannot be resolved.
 */
export function realCorpus(corpus: string): string {
  let real = realRoots.get(corpus);
  if (real === undefined) {
    try {
      real = realpathSync.native(corpus);
    } catch (error) {
      throw new WirediffError('WD_INPUT_UNREADABLE', `cannot resolve the corpus folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { input: corpus, cause: error });
    }
    realRoots.set(corpus, real);
  }
  return real;
}

/** True when `real` (a resolved path) is `root` or lies beneath it. */
export const isInside = (root: string, real: string): boolean => {
  const rel = path.relative(root, real);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
};

/**
 * Refuses a file a corpus names when its real path (every symbolic link followed) lies outside
 * the corpus's real path `root`: a corpus anyone can change in a pull request must not make
 * `check` read /etc/passwd and print its lines in the report. A file that does not exist is let
 * through, for the reader to report as missing; a link loop is refused here, as such.
 *
 * @param entry How the story names the file, for the message: `"copies"[2] "../x.html"`, `a link`.
 * @param input The file the error is about (story.json for its entries, else the page).
 * @example confinePath('/c/s/story.json', '/c', 'story.json', '/c/s/story.json')
 * @throws WirediffError WD_CORPUS_OUTSIDE naming `input`; WD_INPUT_UNREADABLE for a link loop.
 */
export function confinePath(file: string, root: string, entry: string, input: string): void {
  let real: string;
  try {
    real = realpathSync.native(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new WirediffError('WD_INPUT_UNREADABLE', `${entry} is a symbolic link loop`, { input, cause: error });
    if (code === 'ENOENT' || code === 'ENOTDIR') return;
    throw new WirediffError('WD_INPUT_UNREADABLE', `${entry} cannot be resolved (${code ?? 'error'})`, { input, cause: error });
  }
  if (!isInside(root, real)) {
    throw new WirediffError('WD_CORPUS_OUTSIDE', `${entry} leads outside the corpus, to ${real}: not read (give --allow-outside, or check.allowOutside in the config, only for a corpus you trust)`, { input });
  }
}
