// pnpm bench:fetch — fetch pages from a local server into a fresh snapshot store at concurrency
// 16, for growing page counts: throughput and peak memory of the fetching process. Memory must
// stay flat as the count grows (a page is held only until it is stored). The server
// runs in a child process so its memory is not counted. Figures are noisy on a shared machine.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchPages } from '../packages/core/src/fetch/index.js';
import { openStore, writeSnapshot } from '../packages/core/src/store/index.js';

const PAGE_BYTES = 20_000; // about a news article page with its markup
// Fetch and store for growing counts; then 1000 fetched only, to show what the store costs.
const RUNS: { count: number; store: boolean }[] = [
  ...[250, 500, 1000, 2000].map((count) => ({ count, store: true })),
  { count: 1000, store: false },
];
const CONCURRENCY = 16;

if (process.argv[2] === '--serve') {
  // Each path gets its own page, so every fetch is a new snapshot.
  const filler = 'The alliance urged its trading partners to step up pressure. '.repeat(Math.ceil(PAGE_BYTES / 60));
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<html><body><h1>${req.url}</h1><p>${filler.slice(0, PAGE_BYTES)}</p></body></html>`);
  });
  server.listen(0, '127.0.0.1', () => process.send!((server.address() as { port: number }).port));
} else {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', 'tsx'] });
  const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve(m as number)));
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`fetch + store, ${PAGE_BYTES}-byte pages, concurrency ${CONCURRENCY}, perHost ${CONCURRENCY}\n`);
  console.log('pages   seconds  pages/s   MB/s   peak RSS MB   peak heap MB');
  for (const { count, store } of RUNS) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wirediff-bench-fetch-'));
    await openStore(dir, { create: true });
    globalThis.gc?.();
    let peakRss = process.memoryUsage().rss;
    let peakHeap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 20);
    const urls = Array.from({ length: count }, (_, i) => `http://127.0.0.1:${port}/page/${count}/${store}/${i}`);
    let bytes = 0;
    const start = performance.now();
    const totals = await fetchPages(urls, async (o) => {
      if (o.status !== 'ok') throw o.error;
      bytes += o.page.bytes.byteLength;
      if (store) await writeSnapshot(dir, o.page);
    }, { concurrency: CONCURRENCY, perHost: CONCURRENCY });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    if (totals.ok !== count) throw new Error(`only ${totals.ok} of ${count} fetched`);
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    console.log(`${String(count).padStart(5)}   ${seconds.toFixed(2).padStart(7)}  ${(count / seconds).toFixed(0).padStart(7)}  ${(bytes / 1e6 / seconds).toFixed(1).padStart(5)}   ${mb(peakRss).padStart(11)}   ${mb(peakHeap).padStart(12)}${store ? '' : '   (fetch only, no store)'}`);
    rmSync(dir, { recursive: true, force: true });
  }
  child.kill();
}
