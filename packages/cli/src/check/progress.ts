import { isQuiet } from '../messages.js';

// A terminal shows at most this many redraws a second; more only costs the check time (stderr
// writes to a terminal are synchronous) on a corpus of a million stories.
const REDRAW_MS = 100;

/**
 * Progress of a batch on stderr: a bar redrawn in place on a terminal, a few plain lines
 * otherwise, nothing under --quiet.
 */
export function createProgress(
  total: number,
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = () => performance.now(),
): { tick: (done: number) => void; end: () => void } {
  if (isQuiet()) return { tick: () => undefined, end: () => undefined };
  const tty = stream.isTTY === true;
  const step = Math.max(1, Math.ceil(total / 10)); // plain logs get ten lines at most
  const width = 30;
  let drawnAt = -Infinity;
  return {
    tick(done) {
      if (tty) {
        if (done < total && now() - drawnAt < REDRAW_MS) return;
        drawnAt = now();
        // Full only when all is done: 984 of 1,000 is not a full bar.
        const filled = Math.floor((done / Math.max(1, total)) * width);
        stream.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${label}`);
      } else if (done % step === 0 || done === total) {
        stream.write(`wirediff: ${done}/${total} ${label}\n`);
      }
    },
    end() {
      if (tty) stream.write('\n');
    },
  };
}
