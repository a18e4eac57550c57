// The real half of the findings benchmark: ../shared/real-syndication/score_real.py, which runs
// the built CLI on 37 labelled pairs of real syndicated copies and ends with the line
// `real: found=F/N recall=R must_not_violations=V pairs=P`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const TIMEOUT_MS = 180_000; // 37 pairs, about 12 s on the shared 2-core machine

/**
 * Runs the real-set scorer from `root` (the project root) and returns its `real:` line, or one
 * line saying why it could not run (python3 or ../shared absent, a failure).
 */
export function runRealSet(root: string): Promise<string> {
  const script = path.resolve(root, '../shared/real-syndication/score_real.py');
  if (!existsSync(script)) return Promise.resolve(`real: skipped — ${path.relative(root, script)} is not beside the project`);
  return new Promise((resolve) => {
    const child = spawn('python3', [script, '--runner', 'node packages/cli/dist/cli.js'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve(`real: skipped — python3 cannot be run (${(error as NodeJS.ErrnoException).code ?? error.message})`);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').reverse().find((l) => l.startsWith('real:'));
      resolve(line ?? `real: failed — score_real.py exited ${code}: ${err.trim().split('\n').at(-1) ?? ''}`);
    });
  });
}
