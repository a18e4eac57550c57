/** Progress of a batch on stderr: a bar redrawn in place on a terminal, a few plain lines otherwise. */
export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): { tick: (done: number) => void; end: () => void } {
  const tty = stream.isTTY === true;
  const step = Math.max(1, Math.ceil(total / 10)); // plain logs get ten lines at most
  const width = 30;
  return {
    tick(done) {
      if (tty) {
        const filled = Math.round((done / Math.max(1, total)) * width);
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
