import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { WirediffError } from '@wirediff/core';

/** Where a check writes a format as it goes: a file (`--output`, `--junit`) or stdout. */
export interface Output {
  write(text: string): void;
  /** Flushes; a file appears under its name only now, whole. */
  close(): Promise<void>;
  /** Drops a file half-written (the run failed); stdout keeps what it got. */
  abandon(): void;
}

/** The one-line error for an output that cannot be written, naming the file the user gave. */
export function unwritable(file: string, error: unknown): WirediffError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'no permission to write there' : code === 'EISDIR' ? 'is a folder' : code === 'ENOSPC' ? 'the disk is full' : `cannot write it (${code ?? (error as Error).message})`;
  return new WirediffError('WD_OUTPUT_UNWRITABLE', why, { input: file, cause: error });
}

const CHUNK = 1 << 16; // characters gathered before a write: fewer system calls, bounded memory

/** Text gathered into chunks for `sink`; `flush` hands over what is left. */
export function chunked(sink: (text: string) => void): { write: (text: string) => void; flush: () => void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    sink(text);
  };
  return {
    write(text) {
      // A piece as large as a chunk (a story's JSON) goes as it is: joining it to the small
      // pieces before it would copy it once more for nothing.
      if (text.length >= CHUNK) {
        flush();
        sink(text);
        return;
      }
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) flush();
    },
    flush,
  };
}

/**
 * A file written through a temporary name beside it and renamed when closed, so a reader (or a
 * run cut off) never sees half of it. Writes are synchronous: a check's output is produced
 * faster than stories are checked, so nothing is gained by queueing it.
 */
export function fileOutput(file: string): Output {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  let fd: number | null;
  try {
    fd = openSync(temp, 'w');
  } catch (error) {
    throw unwritable(file, error);
  }
  const chunks = chunked((text) => {
    try {
      if (fd !== null) writeSync(fd, text);
    } catch (error) {
      throw unwritable(file, error);
    }
  });
  const drop = () => {
    if (fd !== null) closeSync(fd);
    fd = null;
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  };
  return {
    write: chunks.write,
    async close() {
      chunks.flush();
      if (fd !== null) closeSync(fd);
      fd = null;
      try {
        renameSync(temp, file);
      } catch (error) {
        drop();
        throw unwritable(file, error);
      }
    },
    abandon: drop,
  };
}

/**
 * stdout, in chunks. Node writes to files and (on Linux) pipes synchronously, so output does not
 * pile up in memory behind a slow reader there; `close` waits for the last chunk to be handed over.
 */
export function stdoutOutput(stream: NodeJS.WritableStream = process.stdout): Output {
  const chunks = chunked((text) => void stream.write(text));
  return {
    write: chunks.write,
    close: () =>
      new Promise<void>((resolve) => {
        chunks.flush();
        stream.write('', () => resolve());
      }),
    abandon: chunks.flush,
  };
}

/** `--output FILE` or stdout. */
export const openOutput = (file: string | undefined): Output => (file ? fileOutput(file) : stdoutOutput());
