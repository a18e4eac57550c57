// A package registry on 127.0.0.1 for npm, serving tarballs made here: the packed wirediff
// packages and the dependencies pnpm already resolved into node_modules, so an npm install can be
// tested without the internet. It answers the two requests an install makes: a package's
// document (GET /<name>, scoped names %2f-encoded) and a tarball (GET /-/<file>.tgz).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [key: string]: unknown;
}

interface Published {
  manifest: Manifest;
  tarball: Buffer;
}

/** A running registry: its URL, the requests it answered, and how to stop it. */
export interface LocalRegistry {
  url: string;
  /** Request paths answered, in order, with their status. */
  requests: string[];
  close: () => Promise<void>;
}

// Node's resolution, as pnpm laid it out: the nearest node_modules/<name> up from `dir`.
function resolvePackage(dir: string, name: string): string | null {
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    if (path.dirname(d) === d) return null;
  }
}

/**
 * The folders of every package the given workspace packages depend on, transitively (runtime,
 * optional and peer dependencies), skipping names that `skip` says are published otherwise.
 * @throws Error naming a dependency node_modules does not hold.
 */
export function dependencyFolders(packageDirs: readonly string[], skip: (name: string) => boolean): string[] {
  const seen = new Map<string, string>();
  const walk = (dir: string, names: readonly string[], optional: ReadonlySet<string>) => {
    for (const name of names) {
      if (skip(name)) continue;
      const real = resolvePackage(dir, name);
      if (!real) {
        if (optional.has(name)) continue;
        throw new Error(`${name}, needed by ${dir}, is not in node_modules: run pnpm install`);
      }
      const pkg = JSON.parse(readFileSync(path.join(real, 'package.json'), 'utf8')) as Manifest;
      const key = `${pkg.name}@${pkg.version}`;
      if (seen.has(key)) continue;
      seen.set(key, real);
      const optionals = new Set([...Object.keys(pkg.optionalDependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
      walk(real, [...Object.keys(pkg.dependencies ?? {}), ...optionals], optionals);
    }
  };
  for (const dir of packageDirs) {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
    walk(dir, Object.keys(pkg.dependencies ?? {}), new Set());
  }
  return [...seen.values()];
}

/**
 * A folder as npm packs it: its files under `package/`, gzipped (no nested node_modules). pnpm's
 * store hard-links identical files, and npm skips hard-link entries, so each file is stored whole.
 */
function packFolder(dir: string): Buffer {
  const run = spawnSync('tar', ['-czf', '-', '--hard-dereference', '--exclude=./node_modules', '--transform', 's,^\\.,package,', '-C', dir, '.'], { maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`tar of ${dir} failed: ${run.stderr}`);
  return run.stdout;
}

/** The package.json inside a tarball made by npm or pnpm pack. */
function manifestOf(tarball: Buffer): Manifest {
  const run = spawnSync('tar', ['-xzOf', '-', 'package/package.json'], { input: tarball });
  if (run.status !== 0) throw new Error(`no package/package.json in the tarball: ${run.stderr}`);
  return JSON.parse(run.stdout.toString('utf8')) as Manifest;
}

/**
 * Starts a registry serving the given tarballs (files, as npm or pnpm pack wrote them) and
 * package folders (packed here).
 */
export async function startRegistry(tarballFiles: readonly string[], folders: readonly string[]): Promise<LocalRegistry> {
  const byName = new Map<string, Published[]>();
  const add = (tarball: Buffer) => {
    const manifest = manifestOf(tarball);
    byName.set(manifest.name, [...(byName.get(manifest.name) ?? []), { manifest, tarball }]);
  };
  for (const file of tarballFiles) add(readFileSync(file));
  for (const dir of folders) add(packFolder(dir));

  const requests: string[] = [];
  const fileName = (m: Manifest) => `${m.name.replace('/', '-')}-${m.version}.tgz`;
  let base = '';
  const server: Server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const reply = (status: number, body: string | Buffer, type: string) => {
      requests.push(`${status} ${url}`);
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    if (url.startsWith('/-/')) {
      const hit = [...byName.values()].flat().find((p) => `/-/${fileName(p.manifest)}` === url);
      return hit ? reply(200, hit.tarball, 'application/octet-stream') : reply(404, '{}', 'application/json');
    }
    const versions = byName.get(url.slice(1));
    if (!versions) return reply(404, JSON.stringify({ error: 'not found' }), 'application/json');
    const document = {
      name: url.slice(1),
      'dist-tags': { latest: versions.at(-1)!.manifest.version },
      versions: Object.fromEntries(versions.map(({ manifest, tarball }) => [manifest.version, {
        ...manifest,
        dist: {
          tarball: `${base}/-/${fileName(manifest)}`,
          integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
          shasum: createHash('sha1').update(tarball).digest('hex'),
        },
      }])),
    };
    return reply(200, JSON.stringify(document), 'application/json');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: base, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
