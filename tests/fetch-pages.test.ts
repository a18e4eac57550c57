// fetchPages: many URLs at once within the limits, failures never stopping the rest.
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fetchPages, type FetchOutcome } from '../packages/core/src/fetch/index.js';
import type { ServerResponse } from 'node:http';
import { ARTICLE, startServer, type Route, type TestServer } from './fetch-server.js';

let s: TestServer;
let inFlight = 0;
let peak = 0;
test.before(async () => {
  const slow: Route = async (_q, r: ServerResponse) => {
    peak = Math.max(peak, ++inFlight);
    await sleep(20); // long enough for the client to open every connection it is allowed
    inFlight--;
    r.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE);
  };
  const routes: Record<string, Route> = { '/404': (_q, r) => void r.writeHead(404).end() };
  for (let i = 0; i < 30; i++) routes[`/p${i}`] = slow;
  s = await startServer(routes);
});
test.after(() => s.close());

test('keeps at most perHost fetches in flight to one host', async () => {
  peak = 0;
  const urls = Array.from({ length: 30 }, (_, i) => `${s.base}/p${i}`);
  const totals = await fetchPages(urls, () => {}, { concurrency: 16, perHost: 3 });
  assert.equal(totals, { ok: 30, failed: 0 });
  assert.ok(peak <= 3, `peak ${peak}`);
  assert.ok(peak >= 2, `fetches did overlap (peak ${peak})`);
});

test('keeps at most concurrency fetches in flight overall', async () => {
  peak = 0;
  const urls = Array.from({ length: 30 }, (_, i) => `${s.base}/p${i}`);
  await fetchPages(urls, () => {}, { concurrency: 2, perHost: 8 });
  assert.ok(peak <= 2, `peak ${peak}`);
});

test('completes the other URLs when some fail, and reports each failure with its URL', async () => {
  const outcomes: FetchOutcome[] = [];
  const urls = [`${s.base}/p1`, `${s.base}/404`, 'http://127.0.0.1:1/refused', `${s.base}/p2`, 'not a url'];
  const totals = await fetchPages(urls, (o) => void outcomes.push(o), { retries: 0 });
  assert.equal(totals, { ok: 2, failed: 3 });
  const failed = outcomes.filter((o) => o.status === 'failed') as Extract<FetchOutcome, { status: 'failed' }>[];
  assert.equal(failed.map((o) => o.url).sort(), [`${s.base}/404`, 'http://127.0.0.1:1/refused', 'not a url'].sort());
  for (const o of failed) assert.is(o.error.input, o.url);
});

test('fetches a URL named twice once', async () => {
  const before = s.hits.get('/p5') ?? 0;
  const totals = await fetchPages([`${s.base}/p5`, `${s.base}/p5`], () => {});
  assert.equal(totals, { ok: 1, failed: 0 });
  assert.is(s.hits.get('/p5'), before + 1);
});

test('rejects a concurrency below 1, naming it', async () => {
  try {
    await fetchPages([], () => {}, { concurrency: 0 });
    assert.unreachable();
  } catch (error) {
    assert.is((error as { input?: string }).input, 'concurrency');
  }
});

test.run();
