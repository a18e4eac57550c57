import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { isWirediffError, WirediffError } from '@wirediff/core';
import type { CheckResult, NewFinding, StoryResult } from './check-result.js';

/** One part of a check result file, in the order the file holds them. */
export type CheckFilePart =
  | { part: 'failOn'; value: CheckResult['failOn'] }
  | { part: 'story'; value: StoryResult }
  | { part: 'newFinding'; value: NewFinding }
  | { part: 'resolved'; value: CheckResult['resolved'][number] }
  | { part: 'summary'; value: CheckResult['summary'] };

const LISTS: Record<string, CheckFilePart['part']> = { stories: 'story', newFindings: 'newFinding', resolved: 'resolved' };

/** The file does not have the layout `check --format json` writes (it was re-indented, say). */
class OtherLayout extends Error {}

/**
 * A file read forward in large chunks, searched as bytes: most of a result file is stories
 * passed over or parsed whole, so lines are never decoded one by one.
 */
class ByteReader {
  private buf = Buffer.alloc(0);
  private pos = 0;
  private eof = false;
  constructor(private readonly fd: number) {}

  /** Where `needle` next occurs at or after the position (reading on as needed), or -1. */
  find(needle: Buffer): number {
    let from = this.pos;
    for (;;) {
      const at = this.buf.indexOf(needle, from);
      if (at >= 0 || this.eof) return at;
      const searched = Math.max(0, this.buf.length - needle.length + 1 - this.pos);
      this.more();
      from = this.pos + searched;
    }
  }

  /**
   * Like find, but what is passed over need not be kept: the position follows the search, so
   * skipping a list of many megabytes holds one chunk, not the list.
   */
  skipTo(needle: Buffer): number {
    for (;;) {
      const at = this.buf.indexOf(needle, this.pos);
      if (at >= 0 || this.eof) return at;
      this.pos = Math.max(this.pos, this.buf.length - needle.length + 1);
      this.more();
    }
  }

  // Reads a chunk on, keeping only the bytes from the position: about one item stays in memory.
  private more(): void {
    const chunk = Buffer.allocUnsafe(1 << 20);
    const got = readSync(this.fd, chunk);
    if (got === 0) this.eof = true;
    this.buf = Buffer.concat([this.buf.subarray(this.pos), chunk.subarray(0, got)]);
    this.pos = 0;
  }

  /** The bytes from the position up to `end`, as text; the position moves past `skip` more. */
  take(end: number, skip = 0): string {
    const text = this.buf.toString('utf8', this.pos, end);
    this.pos = end + skip;
    return text;
  }

  advance(to: number): void {
    this.pos = to;
  }

  /** The next line without its newline, or null at the end (a last line with no newline is cut off). */
  line(): string | null {
    const end = this.find(NL);
    return end < 0 ? null : this.take(end, 1);
  }
}

const NL = Buffer.from('\n');
const ITEM_END = Buffer.from('\n    }'); // an item of a top-level list closes at indent four
const LIST_END = Buffer.from('\n  ]'); // a top-level list closes at indent two

/**
 * Reads a file `check --format json` wrote, one item at a time: that output puts each top-level
 * key on a line of its own, indented two spaces, and each list item opening with a line "    {"
 * and closing with one "    }" (deeper lines are indented more, and a JSON string never holds a
 * raw newline), so an item is the bytes between. Lists in `skip` are passed over unparsed.
 */
function* streamParts(file: string, skip: ReadonlySet<CheckFilePart['part']>): Generator<CheckFilePart> {
  const fd = openSync(file, 'r');
  try {
    const r = new ByteReader(fd);
    const head: Record<string, unknown> = {};
    if (r.line() !== '{') throw new OtherLayout();
    for (let line = r.line(); line !== null; line = r.line()) {
      if (line === '}') {
        if (r.line() !== null) throw new OtherLayout();
        if (head.kind !== 'wirediff-check') throw new NotACheck();
        return;
      }
      const entry = /^ {2}"(\w+)": (.*?),?$/.exec(line);
      if (!entry) throw new OtherLayout();
      const [, key, rest] = entry as unknown as [string, string, string];
      if (rest === '[') {
        const part = LISTS[key];
        if (part === undefined) throw new OtherLayout();
        yield* listItems(r, part, skip.has(part), file);
      } else if (rest === '{') {
        const lines = [];
        for (let l = r.line(); l !== '  }' && l !== '  },'; l = r.line()) {
          if (l === null) throw truncated(file);
          lines.push(l);
        }
        const value = JSON.parse(`{${lines.join('\n')}}`) as unknown;
        if (key === 'summary') yield { part: 'summary', value: value as CheckResult['summary'] };
      } else if (rest !== '[]') {
        head[key] = JSON.parse(rest);
        if (key === 'kind' && head.kind !== 'wirediff-check') throw new NotACheck();
        if (key === 'schemaVersion' && head.schemaVersion !== 1) throw new NotACheck();
        if (key === 'failOn') yield { part: 'failOn', value: head.failOn as CheckResult['failOn'] };
      }
    }
    throw truncated(file);
  } finally {
    closeSync(fd);
  }
}

const truncated = (file: string) => new WirediffError('WD_INPUT_UNREADABLE', 'ends part-way through (cut off while being written?)', { input: file });

/** The items of a list whose opening line has been read, up to and past its closing line. */
function* listItems(r: ByteReader, part: CheckFilePart['part'], skipped: boolean, file: string): Generator<CheckFilePart> {
  if (skipped) {
    // The list ends at the first line indented two after its start: jump there.
    const end = r.skipTo(LIST_END);
    if (end < 0) throw truncated(file);
    r.advance(end + 1);
    const close = r.line();
    if (close !== '  ]' && close !== '  ],') throw new OtherLayout();
    return;
  }
  for (;;) {
    const open = r.line();
    if (open === null) throw truncated(file);
    if (open === '  ]' || open === '  ],') return;
    if (open !== '    {') throw new OtherLayout();
    const end = r.find(ITEM_END);
    if (end < 0) throw truncated(file);
    const body = r.take(end + ITEM_END.length);
    const rest = r.line(); // "" or "," after the closing brace
    if (rest !== '' && rest !== ',') throw new OtherLayout();
    yield { part, value: JSON.parse(`{\n${body}`) } as CheckFilePart;
  }
}

class NotACheck extends Error {}

/** The parts of a whole result, in file order. */
function* partsOf(data: Partial<CheckResult>): Generator<CheckFilePart> {
  yield { part: 'failOn', value: data.failOn ?? 'medium' };
  for (const value of data.stories ?? []) yield { part: 'story', value };
  for (const value of data.newFindings ?? []) yield { part: 'newFinding', value };
  for (const value of data.resolved ?? []) yield { part: 'resolved', value };
  if (data.summary) yield { part: 'summary', value: data.summary };
}

const notACheck = (file: string) => new WirediffError('WD_BAD_OPTION', 'not the JSON output of `wirediff check --format json`', { input: file });

/**
 * The parts of a check result file: streamed, one story in memory at a time, when the file has
 * the layout check writes; read whole when it was re-formatted (a smaller file, most likely).
 * Parts of the kinds in `skip` are not given (streamed, they are not even parsed).
 *
 * @throws WirediffError naming the file: missing, unreadable, not JSON, or not a check result.
 */
export function* readCheckFile(file: string, skip: ReadonlySet<CheckFilePart['part']> = new Set()): Generator<CheckFilePart> {
  let yielded = false;
  try {
    for (const part of streamParts(file, skip)) {
      yielded = true;
      yield part;
    }
    return;
  } catch (error) {
    if (isWirediffError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined) {
      throw new WirediffError(code === 'ENOENT' ? 'WD_INPUT_NOT_FOUND' : 'WD_INPUT_UNREADABLE', code === 'ENOENT' ? 'no such file' : `cannot read it (${code})`, { input: file, cause: error });
    }
    if (error instanceof NotACheck) throw notACheck(file);
    // Another layout, or JSON broken part-way: read it whole, which says which. Parts already
    // given cannot be taken back, so a file that breaks after its first story is refused.
    if (yielded && !(error instanceof OtherLayout)) throw new WirediffError('WD_INPUT_UNREADABLE', `not a JSON file (${(error as Error).message})`, { input: file, cause: error });
    if (yielded) throw new WirediffError('WD_INPUT_UNREADABLE', 'its layout changes part-way through; write it again with `wirediff check --format json`', { input: file });
  }
  let data: Partial<CheckResult>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CheckResult>;
  } catch (error) {
    throw new WirediffError('WD_INPUT_UNREADABLE', `not a JSON file (${(error as Error).message})`, { input: file, cause: error });
  }
  if (data === null || data.kind !== 'wirediff-check' || data.schemaVersion !== 1 || !Array.isArray(data.stories)) throw notACheck(file);
  for (const part of partsOf(data)) if (!skip.has(part.part)) yield part;
}
