// Runs every uvu suite (packages/*/test and tests/) in one process through tsx, then prints
// uvu's totals as the closing line CI reads: "N passed, N failed".
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
// uvu's package exports hide bin.js; find it beside its package.json.
const uvuBin = path.join(path.dirname(require.resolve('uvu')), '..', 'bin.js');
// A pattern may narrow the run: `pnpm test align` runs only files whose path contains "align".
const only = process.argv[2];
const pattern = only
  ? `(packages/[^/]+/test|tests)/(?=.*${only.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}).*\\.test\\.ts$`
  : '(packages/[^/]+/test|tests)/.*\\.test\\.ts$';

const child = spawn(process.execPath, ['--import', 'tsx', uvuBin, '.', pattern, '--ignore', 'node_modules'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
});

let out = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  out += chunk.toString();
});
child.on('close', (code) => {
  const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
  const count = (label) => Number(/^\s*(\d+)/.exec(plain.split(`${label}:`).pop() ?? '')?.[1] ?? NaN);
  const total = count('Total');
  const passed = count('Passed');
  const skipped = count('Skipped');
  if (!Number.isFinite(total) || !Number.isFinite(passed)) {
    console.log('0 passed, 1 failed');
    process.exitCode = code || 1;
    return;
  }
  const failed = total - passed - (Number.isFinite(skipped) ? skipped : 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = code !== 0 ? code : failed > 0 ? 1 : 0;
});
