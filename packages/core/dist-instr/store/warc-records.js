import { createHash } from 'node:crypto';
/** The Content-Type of the metadata record that carries a snapshot's own fields beside its response. */
export const SNAPSHOT_RECORD_TYPE = 'application/vnd.wirediff.snapshot+json';
// Headers that describe the transfer, not the body we keep (decoded, whole); the response
// record's HTTP headers drop them so replay tools read the payload as it is.
export const TRANSFER_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length']);
/** A record id derived from content, so exporting a store twice gives the same file. */
export function recordId(...parts) {
    const h = createHash('sha256').update(parts.join('\n')).digest('hex');
    return `<urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}>`;
}
//# sourceMappingURL=warc-records.js.map