import { isQuiet } from '../messages.js';

/** A one-line progress display on stderr, drawn only when stderr is a terminal. */
export interface ProgressLine {
  update(text: string): void;
  /** Prints a line above the progress line (a failure), keeping the display tidy. */
  print(line: string): void;
  clear(): void;
}

/**
 * Makes the progress line: on a TTY it redraws in place; elsewhere, and under --quiet, it prints
 * nothing but `print` (failures).
 */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  const tty = stream.isTTY === true && !isQuiet();
  let shown = false;
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    update(text) {
      if (!tty) return;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r\x1b[K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
      shown = true;
    },
    print(line) {
      clear();
      stream.write(`${line}\n`);
    },
    clear,
  };
}
