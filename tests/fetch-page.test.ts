// fetchPage against a hostile server on loopback, started here: redirects, stalls, floods,
// bombs, error statuses, resets, private addresses, proxies. Each failure must be one
// WirediffError naming the URL with a reason a person can act on.
import { createServer as createNetServer, connect, type AddressInfo, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fetchPage, type FetchOptions } from '../packages/core/src/fetch/index.js';
import { isWirediffError, type WirediffErrorCode } from '../packages/core/src/errors.js';
import { ARTICLE, startServer, type TestServer } from './fetch-server.js';

const MiB = 1024 * 1024;
let s: TestServer;

async function fails(url: string, code: WirediffErrorCode, reason: RegExp, options: FetchOptions = {}) {
  try {
    await fetchPage(url, { timeoutMs: 5000, ...options });
  } catch (error) {
    assert.ok(isWirediffError(error, code), `expected ${code}, got ${(error as Error).stack}`);
    assert.is(error.input, url, 'names the URL');
    assert.match(error.message, reason);
    assert.not.match(error.message, /\n/, 'one line');
    return;
  }
  assert.unreachable(`${url} should fail with ${code}`);
}

test.before(async () => {
  const bomb = gzipSync(Buffer.alloc(64 * MiB)); // 64 MiB of zeros in about 64 KB
  let flaky = 0;
  s = await startServer({
    '/story': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE),
    '/a': (_q, r) => void r.writeHead(301, { location: '/b' }).end(),
    '/b': (_q, r) => void r.writeHead(302, { location: '/c' }).end(),
    '/c': (_q, r) => void r.writeHead(307, { location: '/story' }).end(),
    '/loop1': (_q, r) => void r.writeHead(302, { location: '/loop2' }).end(),
    '/loop2': (_q, r) => void r.writeHead(302, { location: '/loop1' }).end(),
    '/to-file': (_q, r) => void r.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/stall': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      r.write('<html><body><p>The first half of the page arrives, then nothing more, ever.');
    },
    '/huge': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      let sent = 0;
      const more = () => {
        while (sent < 64 * MiB && r.write(Buffer.alloc(64 * 1024, 0x61))) sent += 64 * 1024;
        if (sent < 64 * MiB) r.once('drain', () => ((sent += 64 * 1024), more()));
        else r.end();
      };
      more();
    },
    '/announced': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html', 'content-length': String(64 * MiB) }).end(),
    '/bomb': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb),
    '/gzipped': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(ARTICLE)),
    '/no-headers': () => {}, // takes the request and never answers
    '/404': (_q, r) => void r.writeHead(404).end('missing'),
    '/410': (_q, r) => void r.writeHead(410).end('gone'),
    '/500': (_q, r) => void r.writeHead(500).end('boom'),
    '/503-long': (_q, r) => void r.writeHead(503, { 'retry-after': '3600' }).end('come back in an hour'),
    '/429-once': (_q, r) => {
      if (flaky++ === 0) return void r.writeHead(429, { 'retry-after': '0' }).end('slow down');
      r.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE);
    },
    '/reset': (q, r) => {
      r.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
      r.write('<html><body><p>A page the connection drops in the middle of', () => (q.socket as Socket).resetAndDestroy());
    },
  });
});
test.after(() => s.close());

test('follows a redirect chain and records each hop', async () => {
  const page = await fetchPage(`${s.base}/a`);
  assert.is(page.status, 200);
  assert.is(page.requestedUrl, `${s.base}/a`);
  assert.is(page.finalUrl, `${s.base}/story`);
  assert.equal(page.redirects, [`${s.base}/b`, `${s.base}/c`, `${s.base}/story`]);
  assert.is(new TextDecoder().decode(page.bytes), ARTICLE);
  assert.is(page.contentType, 'text/html; charset=utf-8');
});

test('stops a redirect loop at the first URL seen twice', () => fails(`${s.base}/loop1`, 'WD_FETCH_REDIRECTS', /redirect loop/));
test('stops after maxRedirects', () => fails(`${s.base}/a`, 'WD_FETCH_REDIRECTS', /more than 2 redirects/, { maxRedirects: 2 }));
test('refuses to follow a redirect to a file: URL', () => fails(`${s.base}/to-file`, 'WD_FETCH_FAILED', /only http and https/));
test('gives up on a body that stalls', () => fails(`${s.base}/stall`, 'WD_FETCH_TIMEOUT', /stalled/, { bodyTimeoutMs: 300 }));
test('gives up on a server that never sends headers', () => fails(`${s.base}/no-headers`, 'WD_FETCH_TIMEOUT', /no response headers within 300 ms/, { headersTimeoutMs: 300 }));
test('gives up on a stalled body at the overall limit too', () => fails(`${s.base}/stall`, 'WD_FETCH_TIMEOUT', /within 400 ms/, { timeoutMs: 400 }));
test('stops an oversized streamed body at the limit', () => fails(`${s.base}/huge`, 'WD_INPUT_TOO_LARGE', /larger than 1048576 bytes/, { maxBytes: MiB }));
test('refuses an announced Content-Length over the limit before reading', () => fails(`${s.base}/announced`, 'WD_INPUT_TOO_LARGE', /announced 67108864 bytes/, { maxBytes: MiB }));
test('stops a gzip bomb by its decompressed size', () => fails(`${s.base}/bomb`, 'WD_INPUT_TOO_LARGE', /once decompressed/, { maxBytes: MiB }));

test('undoes gzip Content-Encoding', async () => {
  assert.is(new TextDecoder().decode((await fetchPage(`${s.base}/gzipped`)).bytes), ARTICLE);
});

test('reports 404 and 410 at once, without retrying', async () => {
  await fails(`${s.base}/404`, 'WD_FETCH_STATUS', /answered 404 Not Found$/);
  await fails(`${s.base}/410`, 'WD_FETCH_STATUS', /answered 410 Gone$/);
  assert.is(s.hits.get('/404'), 1);
  assert.is(s.hits.get('/410'), 1);
});

test('retries a 500 with backoff, then reports it with the attempts made', async () => {
  await fails(`${s.base}/500`, 'WD_FETCH_STATUS', /500 Internal Server Error after 3 attempts/, { retries: 2, retryDelayMs: 10 });
  assert.is(s.hits.get('/500'), 3);
});

test('honours Retry-After on a 429 and succeeds on the retry', async () => {
  const page = await fetchPage(`${s.base}/429-once`, { retryDelayMs: 10 });
  assert.is(page.attempts, 2);
  assert.is(s.hits.get('/429-once'), 2);
});

test('does not wait out a Retry-After beyond the retry budget', async () => {
  await fails(`${s.base}/503-long`, 'WD_FETCH_STATUS', /503 Service Unavailable; waiting 3600 s more would pass the 20000 ms retry budget/);
  assert.is(s.hits.get('/503-long'), 1);
});

test('reports a connection reset in the middle of the body', () => fails(`${s.base}/reset`, 'WD_FETCH_FAILED', /reset|closed|ended before/));

test('sends a User-Agent naming wirediff, or the one given', async () => {
  await fetchPage(`${s.base}/story`);
  assert.match(String(s.headers.get('/story')?.['user-agent']), /^wirediff\//);
  await fetchPage(`${s.base}/story`, { userAgent: 'newsroom-bot/2' });
  assert.is(s.headers.get('/story')?.['user-agent'], 'newsroom-bot/2');
});

test('refuses a loopback address when private addresses are refused, without connecting', async () => {
  const before = s.hits.get('/story') ?? 0;
  await fails(`${s.base}/story`, 'WD_FETCH_REFUSED', /127\.0\.0\.1.*private addresses are refused/, { refusePrivate: true });
  assert.is(s.hits.get('/story') ?? 0, before);
});

// DNS rebinding: the name looked public when checked (the resolveHost seam stands in for a DNS
// answer that changes), but resolves to loopback when the connection is made; the guard in the
// connection's own lookup must refuse it.
test('refuses a name that turns private between the check and the connection', async () => {
  const before = s.hits.get('/story') ?? 0;
  const url = `${s.base.replace('127.0.0.1', 'localhost')}/story`;
  await fails(url, 'WD_FETCH_REFUSED', /localhost resolves to the private address/, { refusePrivate: true, resolveHost: async () => ['203.0.113.9'] });
  assert.is(s.hits.get('/story') ?? 0, before);
});

// Only loopback exists here, so a "public" server is simulated: the isPrivate seam calls ::1
// public and 127.0.0.1 private. What is tested for real is the rule and the connections.
test('never follows a redirect from a public address to a private one', async () => {
  let v6: TestServer;
  try {
    v6 = await startServer({ '/jump': (_q, r) => void r.writeHead(302, { location: `${s.base}/story` }).end() }, '::1');
  } catch {
    console.log('  (skipped: no IPv6 loopback here)');
    return;
  }
  try {
    const seam = { isPrivate: (address: string) => address !== '::1' };
    const before = s.hits.get('/story') ?? 0;
    await fails(`${v6.base}/jump`, 'WD_FETCH_REFUSED', /public address redirected to the private address 127\.0\.0\.1/, seam);
    assert.is(s.hits.get('/story') ?? 0, before, 'the private server was never asked');
    // The same redirect between two private addresses is followed: the rule is about crossing inward.
    const page = await fetchPage(`${v6.base}/jump`);
    assert.is(page.finalUrl, `${s.base}/story`);
  } finally {
    await v6.close();
  }
});

test('goes through the HTTP proxy it is given', async () => {
  const tunnels: string[] = [];
  const proxy = createNetServer();
  proxy.on('connection', (client) => {
    client.once('data', (head) => {
      const line = head.toString('latin1').split('\r\n')[0]!;
      const [, target] = /^CONNECT (\S+) HTTP/.exec(line) ?? [];
      if (!target) return void client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      tunnels.push(target);
      const [host, port] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];
      const upstream = connect(port, host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  try {
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const page = await fetchPage(`${s.base}/story`, { proxy: { httpProxy: proxyUrl } });
    assert.is(page.status, 200);
    assert.equal(tunnels, [s.base.replace('http://', '')]);
  } finally {
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  }
});

test('names the option that is unusable', async () => {
  try {
    await fetchPage(`${s.base}/story`, { maxBytes: -1 });
    assert.unreachable();
  } catch (error) {
    assert.ok(isWirediffError(error, 'WD_BAD_OPTION'));
    assert.is(error.input, 'maxBytes');
  }
});

test.run();
