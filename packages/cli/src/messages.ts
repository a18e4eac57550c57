import path from 'node:path';

/**
 * What wirediff says on stderr besides its data: errors and warnings always; notes (progress,
 * summary lines such as "baseline written", the configuration file read) unless `--quiet`;
 * details (each page read, what a run decided) only with `--verbose`. stdout carries data only.
 */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

let verbosity: Verbosity = 'normal';

/** Sets how much is said, from --quiet / --verbose (yargs refuses both at once). */
export function setVerbosity(level: Verbosity): void {
  verbosity = level;
}

/** True under --quiet: no progress, no summary lines, no notes. */
export const isQuiet = (): boolean => verbosity === 'quiet';

/** True under --verbose. */
export const isVerbose = (): boolean => verbosity === 'verbose';

/** A note or summary line, `wirediff: <line>`, on stderr; nothing under --quiet. */
export function note(line: string, stream: NodeJS.WritableStream = process.stderr): void {
  if (verbosity !== 'quiet') stream.write(`wirediff: ${line}\n`);
}

/** A line only --verbose asks for. */
export function detail(line: string, stream: NodeJS.WritableStream = process.stderr): void {
  if (verbosity === 'verbose') stream.write(`wirediff: ${line}\n`);
}

/** A file as a note names it: relative to the working folder when inside it, else absolute. */
export function shownPath(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(cwd, file) : relative;
}
