import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chunked } from './output-file.js';

// Spill folders not yet disposed of: removed when the process exits, a run that failed included.
const live = new Set<string>();
let hooked = false;
function track(dir: string): string {
  live.add(dir);
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const d of live) rmSync(d, { recursive: true, force: true });
    });
  }
  return dir;
}

/**
 * Lines kept on disk rather than in memory until a run's end: what a check's formats write
 * after all stories (new findings, JUnit suites behind their totals) grows with the corpus.
 */
export class Spill {
  private readonly dir = track(mkdtempSync(path.join(tmpdir(), 'wirediff-spill-')));
  private readonly file = path.join(this.dir, 'lines');
  private readonly fd = openSync(this.file, 'w');
  private readonly chunks = chunked((text) => void writeSync(this.fd, text));
  count = 0;

  /** Adds one line (without its newline; it must hold none). */
  add(line: string): void {
    this.chunks.write(`${line}\n`);
    this.count++;
  }

  /** The lines in the order added. */
  async *lines(): AsyncGenerator<string> {
    this.chunks.flush();
    const reader = createInterface({ input: createReadStream(this.file, 'utf8'), crlfDelay: Infinity });
    for await (const line of reader) yield line;
  }

  /** Deletes the file; the spill cannot be read after. */
  dispose(): void {
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
    rmSync(this.dir, { recursive: true, force: true });
    live.delete(this.dir);
  }
}
