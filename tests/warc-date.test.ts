// The warcinfo record of a WARC export carries a real date: the export's own time, from a clock
// the caller passes (the CLI passes the wall clock; the store never reads it), else the latest
// fetch in the store, so that an export without a clock is the same bytes every time.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exportWarc, openStore, writeSnapshot } from '../packages/core/src/store/index.js';
import { isWirediffError } from '../packages/core/src/errors.js';
import { runCli } from './helpers.js';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'wirediff-warc-date-'));

async function store(): Promise<string> {
  const dir = fresh();
  await openStore(dir, { create: true });
  const page = (url: string, body: string, at: string) => ({
    requestedUrl: url, finalUrl: url, status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, fetchedAt: at, bytes: new TextEncoder().encode(body),
  });
  await writeSnapshot(dir, page('https://a.example/story', '<p>first</p>', '2026-03-01T08:00:00.000Z'));
  await writeSnapshot(dir, page('https://a.example/story', '<p>second</p>', '2026-03-04T09:30:00.000Z'));
  await writeSnapshot(dir, page('https://b.example/copy', '<p>copy</p>', '2026-03-02T10:00:00.000Z'));
  return dir;
}

/** The WARC-Date of the warcinfo record, which comes first. */
function warcinfoDate(file: string): string {
  const bytes = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('latin1');
  const first = text.slice(0, text.indexOf('\r\n\r\n'));
  assert.match(first, /^WARC\/1\.1\r\n/);
  assert.match(first, /\r\nWARC-Type: warcinfo(\r\n|$)/);
  return /\r\nWARC-Date: ([^\r\n]+)/.exec(first)![1]!;
}

test('exportWarc dates the warcinfo record by the clock given', async () => {
  const file = path.join(fresh(), 'x.warc');
  await exportWarc(await store(), file, { now: () => new Date('2026-12-03T10:11:12.345Z') });
  assert.is(warcinfoDate(file), '2026-12-03T10:11:12Z');
});

test('without a clock, the warcinfo record is dated by the latest fetch, never 1970', async () => {
  const dir = await store();
  const [a, b] = [path.join(fresh(), 'store.warc.gz'), path.join(fresh(), 'store.warc.gz')];
  await exportWarc(dir, a);
  await exportWarc(dir, b);
  assert.is(warcinfoDate(a), '2026-03-04T09:30:00Z');
  assert.ok(readFileSync(a).equals(readFileSync(b)), 'the same bytes every time');
});

test('a clock that gives no date is refused as a bad option', async () => {
  try {
    await exportWarc(await store(), path.join(fresh(), 'x.warc'), { now: () => new Date(Number.NaN) });
    assert.unreachable();
  } catch (error) {
    assert.ok(isWirediffError(error, 'WD_BAD_OPTION'), String(error));
  }
});

test('wirediff warc export dates the warcinfo record with the time of the export', async () => {
  const dir = await store();
  const file = path.join(fresh(), 'evidence.warc');
  const before = Math.floor(Date.now() / 1000) * 1000;
  const r = await runCli(['warc', 'export', file, '--store', dir]);
  const after = Date.now();
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout, '');
  assert.is(r.stderr, `wirediff: wrote 3 snapshots to ${file}\n`);
  const date = Date.parse(warcinfoDate(file));
  assert.ok(date >= before && date <= after, `${warcinfoDate(file)} is the time of the export`);
  const quiet = await runCli(['warc', 'export', path.join(fresh(), 'q.warc'), '--store', dir, '--quiet']);
  assert.is(quiet.code, 0);
  assert.is(quiet.stderr, '', '--quiet drops the summary line');
});

test.run();
