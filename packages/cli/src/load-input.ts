import { articleFromText, decodePage, extractArticle, WirediffError, type Article, type BlockMemo } from '@wirediff/core';
import { readRegularFile } from './read-regular-file.js';
import { inputName, isStdin, readStdin } from './stdin-input.js';

/** Limits for reading inputs, and where URLs come from. */
export interface LoadOptions {
  timeoutMs: number;
  maxBytes: number;
  /** A snapshot store: URLs are read from its latest versions, never from the network. */
  store?: string | undefined;
}

/** Bytes of a page with what decoding and extraction need to know about them. */
export interface PageBytes {
  bytes: Uint8Array;
  contentType?: string | undefined;
  /** The URL the page was served from, for resolving its links. */
  url?: string | undefined;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** HTTP_PROXY, HTTPS_PROXY and NO_PROXY (either case) as fetch options take them. */
export function proxyFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const pick = (name: string) => env[name.toLowerCase()] ?? env[name] ?? '';
  return { httpProxy: pick('HTTP_PROXY'), httpsProxy: pick('HTTPS_PROXY'), noProxy: pick('NO_PROXY') };
}

const opened = new Map<string, Promise<void>>();

/**
 * Opens a store (its marker checked, a dead writer's leftovers cleared) once per thread, not
 * once per page: a check reads thousands of pages from it.
 * @throws WirediffError as openStore; a store that failed is opened again next time.
 */
export async function openStoreOnce(store: string): Promise<void> {
  let opening = opened.get(store);
  if (!opening) {
    const { openStore } = await import('@wirediff/core/store');
    opened.set(store, (opening = openStore(store)));
  }
  try {
    await opening;
  } catch (error) {
    opened.delete(store); // a store fixed or made meanwhile is opened again
    throw error;
  }
}

/** A stored version of a URL: `version` when given (a story index pins it), else the latest. */
async function readStored(url: string, store: string, version?: number): Promise<PageBytes> {
  const { listVersions, readSnapshot, readSnapshotBody } = await import('@wirediff/core/store');
  await openStoreOnce(store);
  const snapshot = version !== undefined ? await readSnapshot(store, url, version) : (await listVersions(store, url)).at(-1);
  if (!snapshot) throw new WirediffError('WD_STORE_MISSING', `not in the store ${store} (fetch it first: wirediff fetch ${url} --store ${store})`, { input: url });
  return { bytes: await readSnapshotBody(store, snapshot), contentType: snapshot.contentType ?? undefined, url: snapshot.finalUrl };
}

/**
 * Reads one input's bytes: a file, standard input (`-`, read to its end within `maxBytes`), a
 * URL from the store (at `version` when given, else its latest), or a URL fetched.
 * @throws WirediffError naming the input: not found, unreadable, not a regular file (a FIFO,
 *   a device), too large (as stated or as read), or a fetch failure.
 */
export async function readPageBytes(input: string, options: LoadOptions, version?: number): Promise<PageBytes> {
  if (isStdin(input)) return { bytes: await readStdin(options.maxBytes) };
  if (isUrl(input) && options.store !== undefined) return readStored(input, options.store, version);
  if (isUrl(input)) {
    const { fetchPage } = await import('@wirediff/core/fetch'); // loaded only when a URL is given
    const page = await fetchPage(input, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, proxy: proxyFromEnv() });
    return { bytes: page.bytes, contentType: page.contentType, url: page.finalUrl };
  }
  return { bytes: readRegularFile(input, { maxBytes: options.maxBytes }) };
}

/**
 * Reads one input the user named (an HTML file, a plain-text file, an http(s) URL or `-` for
 * standard input, named `stdin` in errors) and extracts its article.
 *
 * @throws WirediffError naming the input: not found, unreadable, empty, binary, too large,
 *   a fetch failure, or WD_NO_ARTICLE when the page holds no story.
 */
export async function loadArticle(input: string, options: LoadOptions, memo?: BlockMemo): Promise<Article> {
  return articleFromBytes(await readPageBytes(input, options), inputName(input), memo);
}

/**
 * Decodes page bytes (charset from the Content-Type, BOM or meta) and extracts the article.
 * @throws WirediffError naming `input`: empty, binary, or WD_NO_ARTICLE.
 */
export function articleFromBytes({ bytes, contentType, url }: PageBytes, input: string, memo?: BlockMemo): Article {
  const page = decodePage(bytes, input, contentType);
  const result = page.isHtml ? extractArticle(page.text, { ...(url ? { url } : {}), ...(memo ? { memo } : {}) }) : articleFromText(page.text);
  if (result.status === 'no-article') {
    throw new WirediffError('WD_NO_ARTICLE', `no article text found: ${result.detail}`, { input });
  }
  return result.article;
}
