import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import { once } from 'node:events';
import { WARCRecord, WARCSerializer } from 'warcio';
import { listStoredUrls } from './list-stored-urls.js';
import { listVersions } from './list-versions.js';
import { readSnapshotBody } from './read-snapshot-body.js';
import { recordId, SNAPSHOT_RECORD_TYPE, TRANSFER_HEADERS } from './warc-records.js';
import { WirediffError } from '../errors.js';
/** The defaults of exportWarc's options. */
export const EXPORT_WARC_DEFAULTS = Object.freeze({ now: undefined });
// The date of an empty store's export without a clock: there is no fetch to date it by.
const EPOCH = '1970-01-01T00:00:00Z';
/** The warcinfo record's date: the clock's time, else the latest fetch, in WARC's form (no ms). */
function exportDate(now, snapshots) {
    if (now !== undefined) {
        const date = now();
        if (!(date instanceof Date) || Number.isNaN(date.getTime()))
            throw new WirediffError('WD_BAD_OPTION', 'now() must return a valid Date', { input: 'now' });
        return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    const latest = snapshots.reduce((max, s) => (max === null || s.fetchedAt > max ? s.fetchedAt : max), null);
    return latest === null ? EPOCH : new Date(latest).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
async function* once_(bytes) {
    yield bytes;
}
/**
 * Writes every snapshot of a store to one WARC 1.1 file (per-record gzip when the name ends in
 * .gz), with warcio: a warcinfo record dated by `options.now` (the export's time), then per
 * snapshot a `response` record (the final URL, the fetch time, the status and headers, the body)
 * that replay tools open, and a `metadata` record with the snapshot's own fields (requested URL,
 * redirects, original headers, version) so importWarc restores the snapshot exactly. Record ids
 * come from content: without a clock, the same store exports to the same bytes. Bodies stream
 * one at a time; the file appears only when whole.
 *
 * @param options.now the clock dating the warcinfo record; default: the latest fetch time.
 * @returns how many snapshots were written.
 * @throws WirediffError `WD_BAD_OPTION` when `now()` gives no valid date.
 * @example await exportWarc('evidence', 'evidence.warc.gz', { now: () => new Date() })
 */
export async function exportWarc(dir, file, options = {}) {
    const { now } = { ...EXPORT_WARC_DEFAULTS, ...options };
    // Snapshot records only (no bodies) first: an export without a clock is dated by its latest.
    const snapshots = [];
    for (const url of await listStoredUrls(dir))
        snapshots.push(...(await listVersions(dir, url)));
    const date = exportDate(now, snapshots);
    const gzip = file.endsWith('.gz');
    const partial = `${file}.partial`;
    const out = createWriteStream(partial);
    const write = async (bytes) => {
        if (!out.write(bytes))
            await once(out, 'drain');
    };
    let count = 0;
    try {
        const info = await WARCRecord.createWARCInfo({ filename: file.split(/[\\/]/).pop(), warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Record-ID': recordId('warcinfo') }, date }, { software: 'wirediff', format: 'WARC File Format 1.1', description: 'snapshots of a wirediff store; metadata records carry each snapshot' });
        await write(await WARCSerializer.serialize(info, { gzip }));
        for (const snapshot of snapshots) {
            const bytes = await readSnapshotBody(dir, snapshot);
            const id = recordId(snapshot.requestedUrl, String(snapshot.version), snapshot.sha256);
            const httpHeaders = {};
            for (const [name, value] of Object.entries(snapshot.headers))
                if (!TRANSFER_HEADERS.has(name))
                    httpHeaders[name] = value;
            httpHeaders['content-length'] = String(bytes.byteLength);
            const response = await WARCRecord.create({
                url: snapshot.finalUrl,
                date: snapshot.fetchedAt,
                type: 'response',
                warcVersion: 'WARC/1.1',
                statusline: `HTTP/1.1 ${snapshot.status} ${STATUS_CODES[snapshot.status] ?? ''}`.trimEnd(),
                httpHeaders,
                warcHeaders: { 'WARC-Record-ID': id },
            }, once_(bytes));
            await write(await WARCSerializer.serialize(response, { gzip }));
            const metadata = await WARCRecord.create({
                url: snapshot.finalUrl,
                date: snapshot.fetchedAt,
                type: 'metadata',
                warcVersion: 'WARC/1.1',
                warcHeaders: { 'WARC-Record-ID': recordId('metadata', id), 'WARC-Concurrent-To': id, 'Content-Type': SNAPSHOT_RECORD_TYPE },
            }, once_(new TextEncoder().encode(JSON.stringify(snapshot))));
            await write(await WARCSerializer.serialize(metadata, { gzip }));
            count++;
        }
        out.end();
        await once(out, 'finish');
        await rename(partial, file);
    }
    catch (error) {
        out.destroy();
        await rm(partial, { force: true });
        throw error;
    }
    return count;
}
//# sourceMappingURL=export-warc.js.map