import { readFile, stat } from 'node:fs/promises';
import { articleFromText, decodePage, extractArticle, WirediffError, type Article } from '@wirediff/core';

/** Limits for reading inputs. */
export interface LoadOptions {
  timeoutMs: number;
  maxBytes: number;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function readBytes(input: string, options: LoadOptions): Promise<{ bytes: Uint8Array; contentType?: string; url?: string }> {
  if (isUrl(input)) {
    const { fetchPage } = await import('@wirediff/core/fetch'); // loaded only when a URL is given
    const page = await fetchPage(input, { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
    return { bytes: page.bytes, contentType: page.contentType, url: page.finalUrl };
  }
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WirediffError('WD_INPUT_NOT_FOUND', 'no such file', { input, cause: error });
    throw new WirediffError('WD_INPUT_UNREADABLE', `cannot read it (${code ?? 'unknown error'})`, { input, cause: error });
  }
  if (info.isDirectory()) throw new WirediffError('WD_INPUT_UNREADABLE', 'is a directory, not a page', { input });
  if (info.size > options.maxBytes) {
    throw new WirediffError('WD_INPUT_TOO_LARGE', `is ${info.size} bytes, over the ${options.maxBytes}-byte limit (--max-bytes)`, { input });
  }
  try {
    return { bytes: new Uint8Array(await readFile(input)) };
  } catch (error) {
    throw new WirediffError('WD_INPUT_UNREADABLE', `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, { input, cause: error });
  }
}

/**
 * Reads one input the user named (an HTML file, a plain-text file or an http(s) URL) and
 * extracts its article.
 *
 * @throws WirediffError naming the input: not found, unreadable, empty, binary, too large,
 *   a fetch failure, or WD_NO_ARTICLE when the page holds no story.
 */
export async function loadArticle(input: string, options: LoadOptions): Promise<Article> {
  const { bytes, contentType, url } = await readBytes(input, options);
  const page = decodePage(bytes, input, contentType);
  const result = page.isHtml ? extractArticle(page.text, url ? { url } : {}) : articleFromText(page.text);
  if (result.status === 'no-article') {
    throw new WirediffError('WD_NO_ARTICLE', `no article text found: ${result.detail}`, { input });
  }
  return result.article;
}
