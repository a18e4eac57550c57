import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Where a check writes a format as it goes: a file (`--output`, `--junit`) or stdout. */
export interface Output {
  write(text: string): void;
  /** Flushes; a file appears under its name only now, whole. */
  close(): Promise<void>;
  /** Drops a file half-written (the run failed); stdout keeps what it got. */
  abandon(): void;
}

const CHUNK = 1 << 16; // bytes gathered before a write: fewer system calls, bounded memory

/**
 * A file written through a temporary name beside it and renamed when closed, so a reader (or a
 * run cut off) never sees half of it. Writes are synchronous: a check's output is produced
 * faster than stories are checked, so nothing is gained by queueing it.
 */
export function fileOutput(file: string): Output {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  let open = true;
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) flush();
    },
    async close() {
      flush();
      closeSync(fd);
      open = false;
      renameSync(temp, file);
    },
    abandon() {
      if (open) closeSync(fd);
      open = false;
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    },
  };
}

/** stdout, in chunks, waiting for the pipe to drain so a slow reader does not fill memory. */
export function stdoutOutput(stream: NodeJS.WritableStream = process.stdout): Output {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (size > 0) stream.write(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) flush();
    },
    close: () =>
      new Promise<void>((resolve) => {
        flush();
        stream.write('', () => resolve());
      }),
    abandon: flush,
  };
}

/** `--output FILE` or stdout. */
export const openOutput = (file: string | undefined): Output => (file ? fileOutput(file) : stdoutOutput());
