import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { WirediffError } from '../errors.js';
function decoder(encoding, url) {
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
export async function readBody(body, contentEncoding, maxBytes, url) {
    const transform = decoder(contentEncoding?.trim().toLowerCase() ?? '', url);
    let stream = body;
    if (transform) {
        // pipeline, not pipe: an error of the socket (a reset mid-body) must reach the reader.
        stream = pipeline(body, transform, () => { });
    }
    const chunks = [];
    let total = 0;
    try {
        for await (const chunk of stream) {
            total += chunk.length;
            if (total > maxBytes) {
                throw new WirediffError('WD_INPUT_TOO_LARGE', `the page is larger than ${maxBytes} bytes${transform ? ' once decompressed' : ''} (--max-bytes)`, { input: url });
            }
            chunks.push(chunk);
        }
    }
    finally {
        if (total > maxBytes || !stream.readableEnded) {
            stream.on('error', () => { }).destroy(); // the reason is already thrown; later errors go nowhere
            body.on('error', () => { }).destroy();
        }
    }
    return new Uint8Array(Buffer.concat(chunks, total));
}
//# sourceMappingURL=read-body.js.map