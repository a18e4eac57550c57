// Before the tests: make sure Debian's Chromium is there for tests/browser.test.ts. Installs it
// with scripts/install-chromium.sh when missing; if that cannot work here (no root, no apt), it
// says so once and lets the tests run — the browser tests then fail naming what is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync(process.env.WIREDIFF_CHROMIUM ?? '/usr/bin/chromium')) {
  const run = spawnSync('bash', [new URL('./install-chromium.sh', import.meta.url).pathname], { stdio: 'inherit' });
  if (run.status !== 0) console.error('wirediff tests: could not install chromium; the browser tests will fail');
}
