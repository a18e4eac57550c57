// The snapshot store: immutable versions per URL, bodies checked by SHA-256, files written
// whole or not at all, and WARC 1.1 export and import that give back the same snapshots.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  exportWarc, importWarc, listStoredUrls, listVersions, openStore, readSnapshotBody, readStoryIndex, writeSnapshot, writeStoryIndex, type SnapshotInput,
} from '../packages/core/src/store/index.js';
import { isWirediffError } from '../packages/core/src/errors.js';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'wirediff-store-'));
const enc = (s: string) => new TextEncoder().encode(s);
const fetched = (url: string, body: string, at: string, extra: Partial<SnapshotInput> = {}): SnapshotInput => ({
  requestedUrl: url, finalUrl: url, status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', server: 'test' }, fetchedAt: at, bytes: enc(body), ...extra,
});

test('openStore makes a store in an empty folder and refuses a folder that is something else', async () => {
  const dir = fresh();
  await openStore(dir, { create: true });
  assert.equal(JSON.parse(readFileSync(path.join(dir, 'wirediff-store.json'), 'utf8')), { format: 'wirediff-store', version: 1 });
  const other = fresh();
  writeFileSync(path.join(other, 'notes.txt'), 'mine');
  try {
    await openStore(other, { create: true });
    assert.unreachable();
  } catch (error) {
    assert.ok(isWirediffError(error, 'WD_STORE_CORRUPT'));
  }
  try {
    await openStore(fresh());
    assert.unreachable();
  } catch (error) {
    assert.ok(isWirediffError(error, 'WD_STORE_MISSING'));
  }
});

test('writeSnapshot adds a version only when the bytes changed', async () => {
  const dir = fresh();
  await openStore(dir, { create: true });
  const url = 'https://news.example/story';
  assert.is((await writeSnapshot(dir, fetched(url, 'first', '2026-01-01T00:00:00.000Z'))).added, true);
  const again = await writeSnapshot(dir, fetched(url, 'first', '2026-01-02T00:00:00.000Z'));
  assert.is(again.added, false);
  assert.is(again.snapshot.fetchedAt, '2026-01-01T00:00:00.000Z', 'the unchanged refetch leaves the first snapshot as it was');
  assert.is((await writeSnapshot(dir, fetched(url, 'second', '2026-01-03T00:00:00.000Z'))).snapshot.version, 2);
  assert.is((await writeSnapshot(dir, fetched(url, 'first', '2026-01-04T00:00:00.000Z'))).snapshot.version, 3, 'a page that changes back is a new version');
  const versions = await listVersions(dir, url);
  assert.equal(versions.map((v) => v.version), [1, 2, 3]);
  assert.is(versions[0]!.sha256, versions[2]!.sha256);
  assert.is(readdirSync(path.join(dir, 'bodies'), { recursive: true }).filter((f) => String(f).length > 10).length, 2, 'identical bodies are stored once');
  assert.is(new TextDecoder().decode(await readSnapshotBody(dir, versions[1]!)), 'second');
  assert.equal(await listStoredUrls(dir), [url]);
});

test('a snapshot keeps the URL asked for, the final URL, status, headers, time, digest and size', async () => {
  const dir = fresh();
  await openStore(dir, { create: true });
  const { snapshot } = await writeSnapshot(dir, fetched('http://a.example/x', 'body', '2026-02-03T04:05:06.789Z', { finalUrl: 'https://a.example/y', redirects: ['https://a.example/y'] }));
  assert.equal(snapshot, {
    version: 1,
    requestedUrl: 'http://a.example/x',
    finalUrl: 'https://a.example/y',
    redirects: ['https://a.example/y'],
    status: 200,
    headers: { 'content-encoding': 'gzip', 'content-type': 'text/html; charset=utf-8', server: 'test' },
    contentType: 'text/html; charset=utf-8',
    fetchedAt: '2026-02-03T04:05:06.789Z',
    sha256: '230d8358dc8e8890b4c58deeb62912ee2f20357ae92a5cc861b98e68fe31acb5', // sha256("body")
    size: 4,
  });
});

test('readSnapshotBody refuses a body that no longer matches its SHA-256', async () => {
  const dir = fresh();
  await openStore(dir, { create: true });
  const { snapshot } = await writeSnapshot(dir, fetched('https://a.example/', 'original', '2026-01-01T00:00:00Z'));
  writeFileSync(path.join(dir, 'bodies', snapshot.sha256.slice(0, 2), snapshot.sha256), 'tampered');
  try {
    await readSnapshotBody(dir, snapshot);
    assert.unreachable();
  } catch (error) {
    assert.ok(isWirediffError(error, 'WD_STORE_CORRUPT'));
    assert.match(error.message, /does not match its SHA-256/);
  }
});

test('a dead writer\'s temporary files are never read as snapshots and are cleaned on open', async () => {
  const dir = fresh();
  await openStore(dir, { create: true });
  await writeSnapshot(dir, fetched('https://a.example/', 'whole', '2026-01-01T00:00:00Z'));
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  // What a process killed mid-write leaves: half a file under tmp/, named with its (dead) pid.
  writeFileSync(path.join(dir, 'tmp', '999999999-abcdef'), '{"version": 2, "requestedUrl": "https://a.exa');
  assert.is((await listVersions(dir, 'https://a.example/')).length, 1);
  await openStore(dir);
  assert.equal(readdirSync(path.join(dir, 'tmp')), []);
});

test('writeStoryIndex and readStoryIndex keep a story\'s URLs and versions', async () => {
  const dir = fresh();
  await openStore(dir, { create: true });
  const index = { story: 'nato-north-korea', reference: 'https://r.example/a', copies: ['https://c.example/b'], versions: { 'https://r.example/a': 1 }, fetchedAt: '2026-01-01T00:00:00.000Z' };
  await writeStoryIndex(dir, index);
  assert.equal(await readStoryIndex(dir, 'nato-north-korea'), index);
  try {
    await writeStoryIndex(dir, { ...index, story: '../escape' });
    assert.unreachable();
  } catch (error) {
    assert.ok(isWirediffError(error, 'WD_BAD_OPTION'));
  }
});

async function populated(): Promise<string> {
  const dir = fresh();
  await openStore(dir, { create: true });
  await writeSnapshot(dir, fetched('https://a.example/story', '<p>one</p>', '2026-01-01T00:00:00.000Z', { finalUrl: 'https://a.example/story?amp=0', redirects: ['https://a.example/story?amp=0'] }));
  await writeSnapshot(dir, fetched('https://a.example/story', '<p>two “curly”</p>', '2026-01-02T00:00:00.000Z'));
  await writeSnapshot(dir, fetched('https://b.example/sjis', '', '2026-01-03T00:00:00.000Z', { bytes: Buffer.from('93fa967b8cea', 'hex'), headers: { 'content-type': 'text/html; charset=Shift_JIS' }, status: 203 }));
  return dir;
}

async function everything(dir: string) {
  const out = [];
  for (const url of await listStoredUrls(dir)) {
    for (const v of await listVersions(dir, url)) out.push({ ...v, body: Buffer.from(await readSnapshotBody(dir, v)).toString('hex') });
  }
  return out;
}

for (const name of ['store.warc', 'store.warc.gz']) {
  test(`exportWarc then importWarc (${name}) gives back the same snapshots`, async () => {
    const dir = await populated();
    const file = path.join(fresh(), name);
    assert.is(await exportWarc(dir, file), 3);
    const copy = fresh();
    await openStore(copy, { create: true });
    assert.equal(await importWarc(copy, file), { responses: 3, added: 3 });
    assert.equal(await everything(copy), await everything(dir));
    assert.equal(await importWarc(copy, file), { responses: 3, added: 0 }, 'importing again adds nothing');
  });
}

test('exportWarc writes WARC/1.1 response records that replay tools read, the same bytes every time', async () => {
  const dir = await populated();
  const [a, b] = [path.join(fresh(), 'store.warc'), path.join(fresh(), 'store.warc')];
  await exportWarc(dir, a);
  await exportWarc(dir, b);
  assert.ok(readFileSync(a).equals(readFileSync(b)));
  const text = readFileSync(a, 'latin1');
  assert.match(text, /^WARC\/1\.1\r\n/);
  assert.is(text.match(/WARC-Type: response/g)?.length, 3);
  assert.match(text, /WARC-Target-URI: https:\/\/a\.example\/story\?amp=0\r\n/);
  assert.match(text, /WARC-Date: 2026-01-02T00:00:00\.000Z\r\n/);
  assert.match(text, /\r\nHTTP\/1\.1 203 Non-Authoritative Information\r\n/);
  assert.not.match(text, /\r\ncontent-encoding: gzip\r\n/i, 'the body is stored decoded, so no Content-Encoding in the replayed headers');
});

test('importWarc reads a WARC from another tool: the response record alone makes the snapshot', async () => {
  const body = '<html><body><p>archived elsewhere</p></body></html>';
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  const record = `WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:11111111-2222-4333-8444-555555555555>\r\nWARC-Date: 2017-09-06T12:00:00Z\r\nWARC-Target-URI: http://www.foxbusiness.com/x.html\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${Buffer.byteLength(http)}\r\n\r\n${http}\r\n\r\n`;
  const file = path.join(fresh(), 'other.warc.gz');
  writeFileSync(file, gzipSync(record));
  const dir = fresh();
  await openStore(dir, { create: true });
  assert.equal(await importWarc(dir, file), { responses: 1, added: 1 });
  const [v] = await listVersions(dir, 'http://www.foxbusiness.com/x.html');
  assert.is(v!.fetchedAt, '2017-09-06T12:00:00Z');
  assert.is(v!.contentType, 'text/html; charset=utf-8');
  assert.is(new TextDecoder().decode(await readSnapshotBody(dir, v!)), body);
});

test('importWarc names a file that is not WARC', async () => {
  const file = path.join(fresh(), 'x.warc');
  writeFileSync(file, 'this is not a WARC file at all\r\n\r\n');
  const dir = fresh();
  await openStore(dir, { create: true });
  try {
    await importWarc(dir, file);
    assert.unreachable();
  } catch (error) {
    assert.ok(isWirediffError(error, 'WD_WARC_INVALID'), String(error));
    assert.is(error.input, file);
  }
});

test.run();
