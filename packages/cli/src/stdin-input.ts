import { WirediffError } from '@wirediff/core';

/** What reports and error lines call a page read from standard input. */
export const STDIN_NAME = 'stdin';

// yargs drops a lone "-" from positionals (it reads it as an option with no name), so `-` is
// swapped for this token before parsing. No shell can pass a NUL inside an argument, so no real
// path or URL can be mistaken for it.
const STDIN_TOKEN = '\u0000stdin';

/** The commands whose page arguments may be `-`, and those arguments. */
const STDIN_POSITIONALS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  compare: ['reference', 'copy'],
  extract: ['input'],
});

/** True for the argument that stands for standard input. */
export const isStdin = (input: string): boolean => input === STDIN_TOKEN;

/** The name of an input as reports and errors give it: `stdin` for `-`, else as written. */
export const inputName = (input: string): string => (isStdin(input) ? STDIN_NAME : input);

/** argv with each lone `-` kept as a token yargs passes through (see restoreDashes). */
export function protectDashes(argv: readonly string[]): string[] {
  return argv.map((arg) => (arg === '-' ? STDIN_TOKEN : arg));
}

/**
 * yargs middleware: gives `-` back where it is not a page of compare or extract (an option's
 * value, another command's argument), where it names a file called `-`, except `--output -`,
 * which is stdout (as yargs read it before); and refuses `-` given twice, as standard input can
 * be read only once.
 * @throws WirediffError `WD_BAD_OPTION` for `-` given for two inputs.
 */
export function restoreDashes(argv: Record<string, unknown>): void {
  const command = String((argv._ as unknown[] | undefined)?.[0] ?? '');
  const pages = new Set(STDIN_POSITIONALS[command] ?? []);
  let uses = 0;
  for (const [key, value] of Object.entries(argv)) {
    if (pages.has(key)) {
      uses += (Array.isArray(value) ? value : [value]).filter((v) => v === STDIN_TOKEN).length;
      continue;
    }
    if (value === STDIN_TOKEN) argv[key] = key === 'output' ? undefined : '-';
    else if (Array.isArray(value) && value.includes(STDIN_TOKEN)) argv[key] = value.map((v) => (v === STDIN_TOKEN ? '-' : v));
  }
  if (uses > 1) throw new WirediffError('WD_BAD_OPTION', 'standard input can be read only once: give - for one input only', { input: '-' });
}

/**
 * Reads standard input to its end, once, stopping as soon as it passes `maxBytes` (a bound while
 * reading: a pipe has no size to look at first).
 * @throws WirediffError naming `stdin`: `WD_INPUT_UNREADABLE` when it is a terminal (nothing was
 *   piped or redirected), `WD_INPUT_TOO_LARGE` past the limit.
 */
export async function readStdin(maxBytes: number, stream: NodeJS.ReadStream = process.stdin): Promise<Uint8Array> {
  // A terminal would wait, silently, for someone to type a page.
  if (stream.isTTY) throw new WirediffError('WD_INPUT_UNREADABLE', 'is a terminal: pipe or redirect a page into it (wirediff extract - < page.html)', { input: STDIN_NAME });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) {
        stream.destroy(); // the writer gets EPIPE rather than filling memory
        throw new WirediffError('WD_INPUT_TOO_LARGE', `is over the ${maxBytes}-byte limit (--max-bytes)`, { input: STDIN_NAME });
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof WirediffError) throw error;
    throw new WirediffError('WD_INPUT_UNREADABLE', `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, { input: STDIN_NAME, cause: error });
  }
  return Buffer.concat(chunks, size);
}
