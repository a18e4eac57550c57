// The packages as npm users get them: `pnpm pack` of each (workspace:* becomes the version), a
// README and LICENSE in each tarball, source maps only beside their sources, and an npm install
// into an empty folder that runs the `wirediff` bin and imports the library. npm installs from a
// registry started here on 127.0.0.1 (tests/local-registry.ts), which serves the two tarballs and
// the dependencies pnpm already resolved, so the test needs no internet; it is bounded in time.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, STORY } from './helpers.js';
import { dependencyFolders, startRegistry } from './local-registry.js';

const PACKAGES = ['core', 'cli'].map((p) => path.join(ROOT, 'packages', p));
const tmp = mkdtempSync(path.join(tmpdir(), 'wirediff-packages-'));
const packed = path.join(tmp, 'packed');
const version = (dir: string) => (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
const CORE_VERSION = version(PACKAGES[0]!);
const CLI_VERSION = version(PACKAGES[1]!);

// A user's environment: none of the npm_* settings of the `pnpm test` running this suite.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_)/i.test(k)));
const sh = (command: string, args: string[], cwd: string, timeout = 120_000): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', timeout });

// The registry answers in this process, so npm must run without blocking it.
function shAsync(command: string, args: string[], cwd: string, timeout = 180_000): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

const tarball = (name: 'core' | 'cli') => path.join(packed, `wirediff-${name}-${name === 'core' ? CORE_VERSION : CLI_VERSION}.tgz`);
const listing = (file: string) => sh('tar', ['-tzf', file], tmp).stdout.trim().split('\n');
const readFrom = (file: string, entry: string) => sh('tar', ['-xzOf', file, entry], tmp).stdout;

test.before(() => {
  mkdirSync(packed);
  for (const dir of PACKAGES) {
    const run = sh('npx', ['-y', 'pnpm@10', 'pack', '--pack-destination', packed], dir);
    assert.is(run.status, 0, `pnpm pack in ${dir}: ${run.stderr}${run.stdout}`);
  }
  assert.equal(readdirSync(packed).sort(), [path.basename(tarball('cli')), path.basename(tarball('core'))]);
});

test('the packed CLI depends on the packed core by its version, not workspace:*', () => {
  const manifest = JSON.parse(readFrom(tarball('cli'), 'package/package.json')) as { dependencies: Record<string, string> };
  assert.is(manifest.dependencies['@wirediff/core'], CORE_VERSION);
  assert.not.match(readFrom(tarball('cli'), 'package/package.json') + readFrom(tarball('core'), 'package/package.json'), /workspace:/);
});

test('each tarball has its README and LICENSE, says it is ESM, and names the same licence', () => {
  for (const name of ['core', 'cli'] as const) {
    const files = listing(tarball(name));
    for (const f of ['package/README.md', 'package/LICENSE', 'package/package.json']) assert.ok(files.includes(f), `${name} has ${f}`);
    const manifest = JSON.parse(readFrom(tarball(name), 'package/package.json')) as { type: string; engines: { node: string }; license: string };
    assert.is(manifest.type, 'module');
    assert.is(manifest.engines.node, '>=20.18');
    assert.is(manifest.license, 'MIT');
    assert.match(readFrom(tarball(name), 'package/LICENSE'), /^MIT License/);
    const readme = readFrom(tarball(name), 'package/README.md');
    assert.match(readme, /ESM only/);
    assert.match(readme, /20\.18/);
  }
});

test('every source map in a tarball ships with the sources it points at', () => {
  for (const name of ['core', 'cli'] as const) {
    const files = new Set(listing(tarball(name)));
    const maps = [...files].filter((f) => f.endsWith('.map'));
    assert.ok(maps.length > 0, `${name} ships maps`);
    const missing: string[] = [];
    const dir = mkdtempSync(path.join(tmp, `${name}-`));
    assert.is(sh('tar', ['-xzf', tarball(name), '-C', dir], tmp).status, 0);
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(path.join(dir, map), 'utf8')) as { sources: string[] };
      for (const s of sources) {
        const file = path.posix.join(path.posix.dirname(map), s);
        if (!files.has(file)) missing.push(`${map} → ${file}`);
      }
    }
    assert.equal(missing, [], `${name}: maps pointing at files not in the tarball`);
  }
});

test('npm installs both packages into an empty folder: the bin runs, compares a fixture, and the library imports', async () => {
  const folders = dependencyFolders(PACKAGES, (n) => n.startsWith('@wirediff/'));
  const registry = await startRegistry([tarball('core'), tarball('cli')], folders);
  try {
    const project = path.join(tmp, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'a-newsroom-tool', private: true, type: 'module' }));
    writeFileSync(path.join(project, '.npmrc'), ''); // nothing from the user's own npm settings
    const install = await shAsync('npm', [
      'install', `@wirediff/cli@${CLI_VERSION}`, `@wirediff/core@${CORE_VERSION}`,
      `--registry=${registry.url}`, `--cache=${path.join(tmp, 'npm-cache')}`, `--userconfig=${path.join(project, '.npmrc')}`,
      '--no-audit', '--no-fund', '--no-update-notifier', '--fetch-retries=0',
    ], project);
    assert.is(install.status, 0, `npm install: ${install.stderr}`);
    assert.ok(registry.requests.every((r) => r.startsWith('200 ')), `every request answered: ${registry.requests.filter((r) => !r.startsWith('200 ')).join(', ')}`);

    const bin = path.join(project, 'node_modules/.bin/wirediff');
    const v = sh(bin, ['--version'], project);
    assert.is(v.status, 0, v.stderr);
    assert.is(v.stdout.trim(), CLI_VERSION);

    const compare = sh(bin, ['compare', path.join(STORY, 'reference.html'), path.join(STORY, 'copies/foxbusiness-later.html'), '--format', 'json'], project);
    assert.is(compare.status, 1, compare.stderr);
    const report = JSON.parse(compare.stdout) as { copies: { findings: { kind: string; message: string }[] }[] };
    assert.ok(report.copies[0]!.findings.some((f) => f.kind === 'note-missing' && f.message.includes('UNABLE TO INDEPENDENTLY VERIFY')));

    const missing = sh(bin, ['extract', path.join(project, 'nope.html')], project);
    assert.is(missing.status, 2);
    assert.is(missing.stdout, '');
    assert.match(missing.stderr, /^wirediff: .*nope\.html — no such file \(WD_INPUT_NOT_FOUND\)\n$/);

    const script = [
      "const core = await import('@wirediff/core');",
      "const { fetchPage } = await import('@wirediff/core/fetch');",
      "const { exportWarc } = await import('@wirediff/core/store');",
      "const html = '<html><head><title>T</title></head><body><article><p>SEOUL (Reuters) - North Korea fired a missile on Tuesday, the South Korean military said, in its latest test.</p></article></body></html>';",
      "const r = core.extractArticle(html);",
      "console.log(typeof core.compareStory, typeof fetchPage, typeof exportWarc, r.status);",
    ].join('\n');
    const imported = sh(process.execPath, ['--input-type=module', '-e', script], project);
    assert.is(imported.status, 0, imported.stderr);
    assert.is(imported.stdout.trim(), 'function function function ok');

    // ESM only, as the README says: require() is refused by the exports map.
    const required = sh(process.execPath, ['-e', "require('@wirediff/core')"], project);
    assert.is(required.status, 1);
    assert.match(required.stderr, /ERR_PACKAGE_PATH_NOT_EXPORTED/);
  } finally {
    await registry.close();
  }
});

test.run();
