import { isWirediffError } from '@wirediff/core';

/** Exit codes as diff(1): nothing at or above --fail-on, findings, trouble. */
export const EXIT = Object.freeze({ clean: 0, findings: 1, error: 2 });

/**
 * Reports an error the way a user can act on: one line `wirediff: <what> — <why> (<code>)` for
 * a bad input or option; the stack and a request for a bug report for anything unexpected.
 */
export function reportError(error: unknown): void {
  if (isWirediffError(error)) {
    // One line, always: a message may quote a parser's, which can hold the newline it tripped on.
    const message = error.message.replace(/\s*[\r\n]+\s*/g, ' ');
    process.stderr.write(`wirediff: ${error.input ?? 'error'} — ${message} (${error.code})\n`);
  } else {
    const e = error as Error;
    process.stderr.write(`wirediff: internal error — ${e?.stack ?? String(error)}\nPlease report this as a bug, with the command you ran.\n`);
  }
  process.exitCode = EXIT.error;
}
