import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { WirediffError } from '@wirediff/core';

/** How reads of a file are bounded, and what errors call it. */
export interface ReadFileOptions {
  /** Most bytes read; one more and the read stops with WD_INPUT_TOO_LARGE. */
  maxBytes: number;
  /** What the file is to the user, for "is a directory, not a <what>". @default 'page' */
  what?: string;
  /** The flag that raises the limit, named in the too-large message. @default '--max-bytes' */
  limitFlag?: string;
}

const CHUNK = 64 * 1024; // a read's size once a file has passed its stated size (it grew, or a device)

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever. It changes
// nothing for a regular file. Windows has no such flag, and no FIFOs in the file system.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const kindOf = (info: Stats): string =>
  info.isFIFO() ? 'FIFO (named pipe)' : info.isSocket() ? 'socket' : info.isCharacterDevice() ? 'character device' : info.isBlockDevice() ? 'block device' : 'special file';

function errnoError(error: unknown, input: string): WirediffError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new WirediffError('WD_INPUT_NOT_FOUND', 'no such file', { input, cause: error });
  if (code === 'ELOOP') return new WirediffError('WD_INPUT_UNREADABLE', 'is a symbolic link loop (or a chain of links too long to follow)', { input, cause: error });
  return new WirediffError('WD_INPUT_UNREADABLE', `cannot read it (${code ?? 'unknown error'})`, { input, cause: error });
}

// Refuses what is not a regular file, and a file that says it is over the limit.
function checkStats(info: Stats, input: string, options: ReadFileOptions): void {
  if (info.isDirectory()) throw new WirediffError('WD_INPUT_UNREADABLE', `is a directory, not a ${options.what ?? 'page'}`, { input });
  if (!info.isFile()) throw new WirediffError('WD_INPUT_NOT_FILE', `is a ${kindOf(info)}, not a regular file`, { input });
  if (info.size > options.maxBytes) throw tooLarge(input, options, `is ${info.size} bytes, over`);
}

const tooLarge = (input: string, options: ReadFileOptions, what: string) =>
  new WirediffError('WD_INPUT_TOO_LARGE', `${what} the ${options.maxBytes}-byte limit (${options.limitFlag ?? '--max-bytes'})`, { input });

/**
 * Reads a regular file whole, never more than `maxBytes`: FIFOs, sockets and devices are refused
 * before they are opened (and again on the descriptor opened, in case the path was swapped
 * between), and the bytes are counted as they are read, so a file that grows, or that states a
 * size it does not have, is cut off at the limit rather than filling memory.
 *
 * Synchronous: a page is small, and a check reads thousands of them, where a trip through the
 * thread pool for each stat and read costs more than reading.
 *
 * @example readRegularFile('story/reference.html', { maxBytes: 10 * 1024 * 1024 })
 * @throws WirediffError naming `input` (default `file`): WD_INPUT_NOT_FOUND, WD_INPUT_UNREADABLE
 *   (a directory, no permission, a link loop), WD_INPUT_NOT_FILE, WD_INPUT_TOO_LARGE.
 */
export function readRegularFile(file: string, options: ReadFileOptions, input: string = file): Buffer {
  try {
    checkStats(statSync(file), input, options);
  } catch (error) {
    throw error instanceof WirediffError ? error : errnoError(error, input);
  }
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw errnoError(error, input);
  }
  try {
    const info = fstatSync(fd);
    checkStats(info, input, options);
    return readBounded(fd, info.size, input, options);
  } catch (error) {
    throw error instanceof WirediffError ? error : errnoError(error, input);
  } finally {
    closeSync(fd);
  }
}

// Reads to the end or one byte past the limit, whichever is first.
function readBounded(fd: number, stated: number, input: string, options: ReadFileOptions): Buffer {
  const limit = options.maxBytes;
  // The stated size and one byte more, so a file that is as it says is read in one call and its end seen.
  let buffer = Buffer.allocUnsafe(Math.min(stated, limit) + 1);
  let size = 0;
  for (;;) {
    if (size === buffer.length) {
      if (size > limit) throw tooLarge(input, options, 'grew while read, past');
      const grown = Buffer.allocUnsafe(Math.min(buffer.length + Math.max(CHUNK, buffer.length), limit + 1));
      buffer.copy(grown, 0, 0, size);
      buffer = grown;
    }
    const read = readSync(fd, buffer, size, buffer.length - size, null);
    if (read === 0) return buffer.subarray(0, size);
    size += read;
  }
}
