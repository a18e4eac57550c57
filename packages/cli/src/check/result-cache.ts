import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResultForm } from './run-story.js';

/**
 * Where a check keeps what it computed per story, and what it was computed by: plain data, so
 * it crosses to worker threads with the task.
 */
export interface CacheSettings {
  dir: string;
  /** A hash of wirediff's own code (see toolFingerprint): new code never reads old entries. */
  tool: string;
  /**
   * A hash of the options every task of the run shares (note rules, furniture options), made
   * once rather than per story: a catalogue is tens of kilobytes.
   */
  options: string;
  /** Mark every entry read as used (its modification time), so pruneCache keeps it. */
  touch?: boolean;
  /**
   * How results are read: whole; as digests (see digestOf), for formats that print no more of a
   * finding than its id, kind, severity and message (text, JUnit, GitHub annotations); or as a
   * digest with the result's JSON text, which the JSON output copies as it is.
   */
  reads?: ResultForm;
}

/** Where a bare `--cache` keeps entries, in the working folder. */
export const DEFAULT_CACHE_DIR = '.wirediff-cache';

/** Bump when an entry's shape changes. */
const FORMAT = 'wirediff-cache-2';

/** Every file under `dir`, sorted, so the hash does not depend on the order readdir gives. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (/\.(?:js|mjs|json)$/.test(e.name)) out.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

/**
 * A hash of the code of @wirediff/core and of this command, so an entry written by another
 * build (a fixed rule, a changed message) is never reused; a version number would not change
 * between two builds of the same version.
 */
export function toolFingerprint(): string {
  const hash = createHash('sha256').update(FORMAT);
  const roots = [
    path.dirname(path.dirname(fileURLToPath(import.meta.url))), // this package's code: this file is in check/
    path.dirname(fileURLToPath(import.meta.resolve('@wirediff/core'))),
  ];
  for (const root of roots) {
    for (const file of filesUnder(root)) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** A hash of the parts in order; each is length-prefixed, so ["ab", "c"] and ["a", "bc"] differ. */
export function cacheKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

function touch(file: string): void {
  const now = new Date();
  try {
    utimesSync(file, now, now);
  } catch {
    // gone meanwhile: written again when next needed
  }
}

/** The first line of a file, read a chunk at a time, without its newline; null when it has none. */
function headLine(file: string): string | null {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (let at = 0; ;) {
      const chunk = Buffer.allocUnsafe(16 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, at);
      if (read === 0) return null;
      const newline = chunk.subarray(0, read).indexOf(10);
      chunks.push(chunk.subarray(0, newline >= 0 ? newline : read));
      if (newline >= 0) return Buffer.concat(chunks).toString('utf8');
      at += read;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Entries on disk, one JSON file per key under `<dir>/<kind>/<first two hex digits>/`. Reads
 * and writes never fail a check: an entry that is missing, half-written or unreadable is a
 * miss, and a folder that cannot be written turns writing off with one warning.
 */
export class ResultCache {
  hits = 0;
  misses = 0;
  private writable = true;

  constructor(readonly settings: CacheSettings, private readonly warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {}

  private file(kind: string, key: string): string {
    return path.join(this.settings.dir, kind, key.slice(0, 2), `${key}.json`);
  }

  /**
   * The entry for `key` in the form asked for (see ResultForm): its value whole, or its digest
   * when it has one (parsing a digest costs a fraction of the whole), with the value's JSON text
   * for 'digest-and-json'. Undefined when missing, corrupt or another key's.
   */
  get<T>(kind: string, key: string, form: ResultForm = 'whole'): { value: T; text?: string } | undefined {
    try {
      const file = this.file(kind, key);
      // A digest is all in the entry's first line: the value after it (four fifths) is read only when
      // asked for. (An entry without a digest then has no value to parse: a miss, written again.)
      const digestOnly = form === 'digest' ? headLine(file) : null;
      const text = digestOnly ?? readFileSync(file, 'utf8');
      const split = digestOnly !== null ? text.length : text.indexOf('\n');
      const head = JSON.parse(text.slice(0, split)) as { key?: unknown; digest?: T };
      // A file renamed or copied under another name is not this key's entry.
      if (split > 0 && head.key === key) {
        const rest = () => text.slice(split + 1);
        const found = form !== 'whole' && head.digest !== undefined ? { value: head.digest, ...(form === 'digest-and-json' ? { text: rest() } : {}) } : { value: JSON.parse(rest()) as T };
        this.hits++;
        if (this.settings.touch) touch(file);
        return found;
      }
    } catch {
      // missing or corrupt: computed again and rewritten below
    }
    this.misses++;
    return undefined;
  }

  /**
   * Writes an entry: a first line with its key (and digest, if any), then its value as JSON, or
   * as `text` when given (which must parse to it: a result at depth 2 for the JSON output).
   */
  put(kind: string, key: string, value: unknown, digest?: unknown, text?: string): void {
    if (!this.writable) return;
    const file = this.file(kind, key);
    // Written beside its place and renamed, so a reader (another worker, a run cut off) sees all or nothing.
    const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(temp, `${JSON.stringify({ key, digest })}\n${text ?? JSON.stringify(value)}`);
      renameSync(temp, file);
    } catch (error) {
      try {
        unlinkSync(temp);
      } catch {
        // never written
      }
      this.writable = false;
      this.warn(`wirediff: ${this.settings.dir}: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); going on without it`);
    }
  }
}

/**
 * Settings for a cache in `dir` for a run with these shared `options` (marking entries read as
 * used when `touch`, for pruneCache; reading results as `reads` says), or null, after one warning, when the folder cannot be made or
 * written: a check without a cache is slower, never wrong.
 */
export function openCache(dir: string, options: unknown, { touch = false, reads = 'whole' as CacheSettings['reads'] } = {}, warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): CacheSettings | null {
  const probe = path.join(dir, `.probe.${process.pid}`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    warn(`wirediff: ${dir}: cannot write the cache there (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); checking without it`);
    return null;
  }
  return { dir, tool: toolFingerprint(), options: cacheKey([JSON.stringify(options)]), touch, reads };
}

/**
 * Deletes the entries of a cache folder not written or read since `since` (a time in ms): after
 * a run with `touch` set, the entries of stories that changed, left or were renamed. Leftover
 * temporary files go too. Returns how many files were deleted.
 */
export function pruneCache(dir: string, since: number): number {
  let deleted = 0;
  const walk = (d: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (depth < 2) walk(p, depth + 1);
        continue;
      }
      if (depth !== 2 || !/\.(?:json|tmp)$/.test(e.name)) continue; // <kind>/<xx>/<key>.json only
      try {
        if (statSync(p).mtimeMs < since) {
          unlinkSync(p);
          deleted++;
        }
      } catch {
        // gone meanwhile
      }
    }
  };
  walk(dir, 0);
  return deleted;
}
