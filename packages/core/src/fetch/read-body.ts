import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { WirediffError } from '../errors.js';

function decoder(encoding: string, url: string): Transform | undefined {
  switch (encoding) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new WirediffError('WD_FETCH_FAILED', `the body uses the unsupported Content-Encoding "${encoding}"`, { input: url });
  }
}

/**
 * Reads a response body, undoing its Content-Encoding, and stops as soon as more than
 * `maxBytes` arrive — counted after decompression, so a small gzip bomb stops early too.
 */
export async function readBody(body: Readable, contentEncoding: string | undefined, maxBytes: number, url: string): Promise<Uint8Array> {
  const transform = decoder(contentEncoding?.trim().toLowerCase() ?? '', url);
  let stream: Readable = body;
  if (transform) {
    // pipeline, not pipe: an error of the socket (a reset mid-body) must reach the reader.
    stream = pipeline(body, transform, () => {});
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        throw new WirediffError('WD_INPUT_TOO_LARGE', `the page is larger than ${maxBytes} bytes${transform ? ' once decompressed' : ''} (--max-bytes)`, { input: url });
      }
      chunks.push(chunk as Buffer);
    }
  } finally {
    if (total > maxBytes || !stream.readableEnded) {
      stream.on('error', () => {}).destroy(); // the reason is already thrown; later errors go nowhere
      body.on('error', () => {}).destroy();
    }
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}
