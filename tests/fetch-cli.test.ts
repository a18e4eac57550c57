// wirediff fetch, compare --store and warc as a user runs them, against a server on loopback.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { listStoredUrls, listVersions, openStore, readSnapshotBody } from '../packages/core/src/store/index.js';
import { CLI, runCli, STORY } from './helpers.js';
import { startServer, type TestServer } from './fetch-server.js';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'wirediff-fetch-cli-'));
const REF = readFileSync(path.join(STORY, 'reference.html'));
const LATER = readFileSync(path.join(STORY, 'copies/foxbusiness-later.html'));

let s: TestServer;
let releaseStall: (() => void) | undefined;
let stallStarted: (() => void) | undefined;
test.before(async () => {
  s = await startServer({
    '/reuters': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(REF),
    '/moved': (_q, r) => void r.writeHead(301, { location: '/fox' }).end(),
    '/fox': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(LATER),
    '/gone': (_q, r) => void r.writeHead(410).end(),
    '/stall': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html', 'content-length': String(LATER.length) });
      r.write(LATER.subarray(0, 4000));
      stallStarted?.();
      releaseStall = () => r.destroy();
    },
  });
});
test.after(async () => {
  releaseStall?.();
  await s.close();
});

test('fetch stores each URL; a failing URL is one stderr line and the others still complete', async () => {
  const store = path.join(fresh(), 'evidence');
  const r = await runCli(['fetch', `${s.base}/reuters`, `${s.base}/gone`, `${s.base}/moved`, 'http://127.0.0.1:1/refused', '--store', store, '--retries', '0']);
  assert.is(r.code, 2, 'exit 2: some URLs failed');
  const lines = r.stderr.trimEnd().split('\n').sort(); // in the order the failures happened
  assert.is(lines.length, 2, r.stderr);
  assert.is(lines[1], `wirediff: ${s.base}/gone — the server answered 410 Gone (WD_FETCH_STATUS)`);
  assert.is(lines[0], 'wirediff: http://127.0.0.1:1/refused — connection refused (WD_FETCH_FAILED)');
  assert.is(r.stdout, `added     v1  ${s.base}/reuters\nadded     v1  ${s.base}/moved\n`);
  assert.equal(await listStoredUrls(store), [`${s.base}/moved`, `${s.base}/reuters`]);
  const [moved] = await listVersions(store, `${s.base}/moved`);
  assert.is(moved!.finalUrl, `${s.base}/fox`);
  assert.ok(Buffer.from(await readSnapshotBody(store, moved!)).equals(LATER));
});

test('fetching again adds no version when nothing changed', async () => {
  const store = path.join(fresh(), 'evidence');
  await runCli(['fetch', `${s.base}/reuters`, '--store', store]);
  const r = await runCli(['fetch', `${s.base}/reuters`, '--store', store]);
  assert.is(r.code, 0);
  assert.is(r.stdout, `unchanged v1  ${s.base}/reuters\n`);
});

test('compare --store gives byte-identical JSON to the online run, with the server gone', async () => {
  const store = path.join(fresh(), 'evidence');
  const manifest = path.join(fresh(), 'story.json');
  writeFileSync(manifest, JSON.stringify({ story: 'nato', reference: `${s.base}/reuters`, copies: [`${s.base}/moved`] }));
  const online = await runCli(['compare', `${s.base}/reuters`, `${s.base}/moved`, '--format', 'json']);
  assert.is(online.code, 1, online.stderr);
  const fetched = await runCli(['fetch', '--manifest', manifest, '--store', store]);
  assert.is(fetched.code, 0, fetched.stderr);
  const index = JSON.parse(readFileSync(path.join(store, 'stories', 'nato.json'), 'utf8'));
  assert.equal(index.versions, { [`${s.base}/reuters`]: 1, [`${s.base}/moved`]: 1 });
  // The network is out of the picture: compare must not even try it.
  const offline = await runCli(['compare', `${s.base}/reuters`, `${s.base}/moved`, '--format', 'json', '--store', store], { env: { HTTP_PROXY: 'http://127.0.0.1:1' } });
  assert.is(offline.code, 1, offline.stderr);
  assert.is(offline.stdout, online.stdout);
});

test('a URL written after --manifest is fetched as a URL, not read as a manifest', async () => {
  const store = path.join(fresh(), 'evidence');
  const manifest = path.join(fresh(), 'story.json');
  writeFileSync(manifest, JSON.stringify({ story: 'nato', reference: `${s.base}/reuters`, copies: [`${s.base}/moved`] }));
  const r = await runCli(['fetch', '--store', store, '--manifest', manifest, `${s.base}/fox`]);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^added +v1 +${s.base}/fox$`, 'm'));
  assert.equal(JSON.parse(readFileSync(path.join(store, 'stories', 'nato.json'), 'utf8')).copies, [`${s.base}/moved`], 'the URL is not part of the story');
});

test('compare --store names a URL the store lacks', async () => {
  const store = path.join(fresh(), 'evidence');
  await runCli(['fetch', `${s.base}/reuters`, '--store', store]);
  const r = await runCli(['compare', `${s.base}/reuters`, `${s.base}/elsewhere`, '--store', store]);
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, new RegExp(`^wirediff: ${s.base}/elsewhere — not in the store .* \\(WD_STORE_MISSING\\)\\n$`));
});

test('fetch --refuse-private refuses a loopback URL in one line', async () => {
  const r = await runCli(['fetch', `${s.base}/reuters`, '--store', path.join(fresh(), 'e'), '--refuse-private']);
  assert.is(r.code, 2);
  assert.match(r.stderr, /^wirediff: http:\/\/127\.0\.0\.1:\d+\/reuters — refused: .*private.* \(WD_FETCH_REFUSED\)\n$/);
});

test('warc export then import through the CLI gives back the same snapshots', async () => {
  const store = path.join(fresh(), 'evidence');
  await runCli(['fetch', `${s.base}/reuters`, `${s.base}/moved`, '--store', store]);
  const warc = path.join(fresh(), 'evidence.warc.gz');
  const out = await runCli(['warc', 'export', warc, '--store', store]);
  assert.is(out.code, 0, out.stderr);
  const copy = path.join(fresh(), 'copy');
  const back = await runCli(['warc', 'import', warc, '--store', copy]);
  assert.is(back.code, 0, back.stderr);
  for (const url of [`${s.base}/reuters`, `${s.base}/moved`]) assert.equal(await listVersions(copy, url), await listVersions(store, url));
});

test('a fetch killed in the middle of a body leaves the store readable and no partial snapshot', async () => {
  const store = path.join(fresh(), 'evidence');
  await runCli(['fetch', `${s.base}/reuters`, '--store', store]);
  const started = new Promise<void>((resolve) => (stallStarted = resolve));
  const child = spawn(process.execPath, [CLI, 'fetch', `${s.base}/fox`, `${s.base}/stall`, '--store', store, '--timeout', '60000'], { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await Promise.race([started, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  child.kill('SIGKILL');
  assert.is(await exited, 'SIGKILL');
  releaseStall?.();
  await openStore(store); // readable, and cleans what the dead writer left in tmp/
  assert.equal((await listVersions(store, `${s.base}/stall`)).length, 0, 'no snapshot of the page cut off');
  for (const url of await listStoredUrls(store)) {
    for (const v of await listVersions(store, url)) await readSnapshotBody(store, v); // each whole, digest checked
  }
  assert.ok(!existsSync(path.join(store, 'tmp')) || readdirSync(path.join(store, 'tmp')).length === 0);
});

test('fetch --format json lists each URL with its result, failures included', async () => {
  const store = path.join(fresh(), 'evidence');
  const r = await runCli(['fetch', `${s.base}/reuters`, `${s.base}/gone`, '--store', store, '--format', 'json']);
  assert.is(r.code, 2);
  const rows = JSON.parse(r.stdout) as { url: string; result: string; version?: number; error?: { code: string } }[];
  assert.equal(rows.map((row) => [row.url, row.result, row.version ?? row.error?.code]), [
    [`${s.base}/reuters`, 'added', 1],
    [`${s.base}/gone`, 'failed', 'WD_FETCH_STATUS'],
  ]);
});

test('a manifest that is not a story is one line naming it', async () => {
  const manifest = path.join(fresh(), 'story.json');
  writeFileSync(manifest, JSON.stringify({ story: 'x', copies: ['ftp://nope'] }));
  const r = await runCli(['fetch', '--manifest', manifest, '--store', path.join(fresh(), 'e')]);
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assert.is(r.stderr, `wirediff: ${manifest} — the manifest needs "copies", a list of http(s) URLs (WD_BAD_OPTION)\n`);
});

test('--help of fetch, history and warc shows examples', async () => {
  for (const command of ['fetch', 'history', 'warc']) {
    const r = await runCli([command, '--help']);
    assert.is(r.code, 0);
    assert.match(r.stdout, /Examples:/);
    assert.match(r.stdout, new RegExp(`wirediff ${command} `));
  }
});

test('fetch with neither URLs nor a manifest is a usage error', async () => {
  const r = await runCli(['fetch', '--store', path.join(fresh(), 'e')]);
  assert.is(r.code, 2);
  assert.match(r.stderr, /^wirediff: usage — name URLs to fetch or a --manifest/);
});

test.run();
