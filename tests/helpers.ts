import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = path.join(ROOT, 'packages/cli/dist/cli.js');
export const STORY = path.join(ROOT, 'fixtures/stories/nato-north-korea');
/** The two stored Fox Business texts the project started from (see that folder's README). */
export const SEED = path.join(STORY, 'seed');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would, with a hard time limit. stdin is empty (/dev/null) unless
 * `stdin` gives bytes to pipe into it.
 */
export function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string; stdin?: string | Uint8Array } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      // No colour (the runner sets FORCE_COLOR for uvu's own output), and a test that runs inside
      // GitHub Actions writes no step summary and names annotation files as outside it, unless
      // it sets these itself.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', GITHUB_STEP_SUMMARY: '', GITHUB_WORKSPACE: '', ...options.env },
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (options.stdin !== undefined) {
      child.stdin!.on('error', () => {}); // EPIPE: the CLI may stop reading early (a size limit)
      child.stdin!.end(options.stdin);
    }
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Runs the built CLI on a terminal (a pseudo-terminal made by Python's pty module): stdin, stdout
 * and stderr are all the terminal, as in a user's shell. `env` sets or (undefined) removes
 * variables; NO_COLOR and FORCE_COLOR are unset unless it sets them.
 */
export function runOnTerminal(args: readonly string[], env: Record<string, string | undefined> = {}): { code: number; output: string } {
  const script = [
    'import json, os, pty, sys',
    'argv, env = json.loads(sys.argv[1]), json.loads(sys.argv[2])',
    'pid, fd = pty.fork()',
    'if pid == 0:',
    '    os.execve(argv[0], argv, env)',
    'out = b""',
    'while True:',
    '    try:',
    '        chunk = os.read(fd, 65536)',
    '    except OSError:',
    '        break',
    '    if not chunk:',
    '        break',
    '    out += chunk',
    '_, status = os.waitpid(pid, 0)',
    'sys.stdout.write(json.dumps({"code": os.waitstatus_to_exitcode(status), "output": out.decode("utf-8", "replace")}))',
  ].join('\n');
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NO_COLOR' && k !== 'FORCE_COLOR')) as Record<string, string>;
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete base[k]; else base[k] = v;
  const run = spawnSync('python3', ['-c', script, JSON.stringify([process.execPath, CLI, ...args]), JSON.stringify(base)], { encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(`python3 with its pty module is needed for the terminal tests: ${run.error ?? run.stderr}`);
  return JSON.parse(run.stdout) as { code: number; output: string };
}
