import { request } from 'undici';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Readable } from 'node:stream';
import { WirediffError } from '../errors.js';

/** Options of fetchPage; every one optional. */
export interface FetchOptions {
  /**
   * Milliseconds allowed for the whole fetch (connect, headers, body, redirects).
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * Largest body accepted, counted while streaming and after decompression.
   * @default 10485760 (10 MiB)
   */
  maxBytes?: number;
  /**
   * Redirects followed before giving up; a redirect back to a URL already seen stops at once.
   * @default 5
   */
  maxRedirects?: number;
  /**
   * The User-Agent header.
   * @default 'wirediff/0.1 (+https://github.com/wirediff)'
   */
  userAgent?: string;
}

/** What a server sent for one URL. */
export interface FetchedPage {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  contentType: string | undefined;
  bytes: Uint8Array;
}

export const FETCH_DEFAULTS: Readonly<Required<FetchOptions>> = Object.freeze({
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'wirediff/0.1 (+https://github.com/wirediff)',
});

const header = (headers: Record<string, string | string[] | undefined>, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Fetches one page with undici: redirects followed by hand (bounded, loops detected), the body
 * streamed with a size limit that also holds after gzip/deflate/br decompression, one time
 * limit over everything.
 *
 * @throws WirediffError WD_FETCH_STATUS, WD_FETCH_TIMEOUT, WD_FETCH_REDIRECTS, WD_FETCH_FAILED,
 *   WD_INPUT_TOO_LARGE; `input` is the URL requested.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const settings = { ...FETCH_DEFAULTS, ...options };
  const signal = AbortSignal.timeout(settings.timeoutMs);
  const seen = new Set<string>();
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      seen.add(current);
      const response = await request(current, {
        method: 'GET',
        signal,
        headersTimeout: settings.timeoutMs,
        bodyTimeout: settings.timeoutMs,
        headers: { 'user-agent': settings.userAgent, accept: 'text/html,text/plain;q=0.9,*/*;q=0.5', 'accept-encoding': 'gzip, deflate, br' },
      });
      const { statusCode, headers, body } = response;
      const location = header(headers, 'location');
      if (statusCode >= 300 && statusCode < 400 && location) {
        body.resume();
        const next = new URL(location, current).href;
        if (seen.has(next)) throw new WirediffError('WD_FETCH_REDIRECTS', `redirect loop back to ${next}`, { input: url });
        if (hop >= settings.maxRedirects) throw new WirediffError('WD_FETCH_REDIRECTS', `more than ${settings.maxRedirects} redirects`, { input: url });
        current = next;
        continue;
      }
      if (statusCode >= 400) {
        body.resume();
        throw new WirediffError('WD_FETCH_STATUS', `the server answered ${statusCode}`, { input: url });
      }
      const bytes = await readLimited(decompressed(body, header(headers, 'content-encoding')), settings.maxBytes, url);
      return { requestedUrl: url, finalUrl: current, status: statusCode, contentType: header(headers, 'content-type'), bytes };
    }
  } catch (error) {
    throw asFetchError(error, url, settings.timeoutMs);
  }
}

function decompressed(body: Readable, encoding: string | undefined): Readable {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return body.pipe(createGunzip());
    case 'deflate':
      return body.pipe(createInflate());
    case 'br':
      return body.pipe(createBrotliDecompress());
    default:
      return body;
  }
}

async function readLimited(stream: Readable, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      stream.destroy();
      throw new WirediffError('WD_INPUT_TOO_LARGE', `the page is larger than ${maxBytes} bytes`, { input: url });
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function asFetchError(error: unknown, url: string, timeoutMs: number): WirediffError {
  if (error instanceof WirediffError) return error;
  const e = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.code ?? e.cause?.code ?? '';
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || /TIMEOUT/.test(code)) {
    return new WirediffError('WD_FETCH_TIMEOUT', `no complete answer within ${timeoutMs} ms`, { input: url, cause: error });
  }
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ECONNRESET: 'connection reset by the server',
    UND_ERR_SOCKET: 'connection closed by the server',
    ERR_INVALID_URL: 'not a valid URL',
    Z_DATA_ERROR: 'the compressed body is corrupt',
  };
  const reason = reasons[code] ?? e.cause?.message ?? e.message ?? 'the request failed';
  return new WirediffError('WD_FETCH_FAILED', reason, { input: url, cause: error });
}
