import { type Readable } from 'node:stream';
/**
 * Reads a response body, undoing its Content-Encoding, and stops as soon as more than
 * `maxBytes` arrive — counted after decompression, so a small gzip bomb stops early too.
 */
export declare function readBody(body: Readable, contentEncoding: string | undefined, maxBytes: number, url: string): Promise<Uint8Array>;
//# sourceMappingURL=read-body.d.ts.map