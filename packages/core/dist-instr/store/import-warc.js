import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { WARCParser } from 'warcio';
import { WirediffError } from '../errors.js';
import { SNAPSHOT_RECORD_TYPE } from './warc-records.js';
import { writeSnapshot } from './write-snapshot.js';
/**
 * Reads a WARC file (gzipped or not, from wirediff or another tool) into a store: each
 * `response` record becomes a snapshot. When a wirediff `metadata` record accompanies it, the
 * snapshot's requested URL, redirects and original headers come from there, so export→import
 * gives the same snapshots; otherwise the record's target URI, date, status and headers are
 * used. As with fetching, a version is added only when the bytes differ from the latest.
 *
 * @returns how many records were read and how many versions were added.
 * @throws WirediffError WD_WARC_INVALID for a file that is not WARC, or metadata that does not
 *   match its response's bytes.
 */
export async function importWarc(dir, file) {
    let pending;
    const totals = { responses: 0, added: 0 };
    let records = 0;
    const flush = async () => {
        if (pending)
            totals.added += (await writeSnapshot(dir, pending.input, { keepHistory: true })).added ? 1 : 0;
        pending = undefined;
    };
    try {
        const parser = new WARCParser(createReadStream(file));
        for await (const record of parser) {
            records++;
            if (!/^WARC\/1\.[01]$/.test(record.warcHeaders.protocol ?? '')) {
                throw new WirediffError('WD_WARC_INVALID', `not a WARC file: record ${records} starts "${record.warcHeaders.statusline.slice(0, 40)}"`, { input: file });
            }
            const type = record.warcType;
            if (type === 'response' && record.httpHeaders) {
                await flush();
                totals.responses++;
                const bytes = await record.readFully(true);
                const headers = {};
                for (const [name, value] of record.httpHeaders.headers)
                    headers[name.toLowerCase()] = value;
                const url = record.warcTargetURI ?? '';
                pending = {
                    id: record.warcHeader('WARC-Record-ID') ?? '',
                    input: { requestedUrl: url, finalUrl: url, status: Number(record.httpHeaders.statusCode), headers, fetchedAt: record.warcDate ?? '', bytes },
                };
            }
            else if (type === 'metadata' && record.warcHeader('Content-Type') === SNAPSHOT_RECORD_TYPE) {
                const text = new TextDecoder().decode(await record.readFully(false));
                if (!pending || record.warcHeader('WARC-Concurrent-To') !== pending.id)
                    continue;
                const snapshot = JSON.parse(text);
                if (createHash('sha256').update(pending.input.bytes).digest('hex') !== snapshot.sha256) {
                    throw new WirediffError('WD_WARC_INVALID', `the record of ${snapshot.requestedUrl} does not match its SHA-256`, { input: file });
                }
                const { requestedUrl, finalUrl, redirects, status, headers, contentType, fetchedAt } = snapshot;
                pending.input = { requestedUrl, finalUrl, redirects, status, headers, contentType, fetchedAt, bytes: pending.input.bytes };
                await flush();
            }
            else {
                await record.skipFully();
            }
        }
        await flush();
        if (records === 0)
            throw new WirediffError('WD_WARC_INVALID', 'not a WARC file: no WARC record in it', { input: file });
    }
    catch (error) {
        if (error instanceof WirediffError)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            throw new WirediffError('WD_INPUT_NOT_FOUND', 'no such file', { input: file, cause: error });
        throw new WirediffError('WD_WARC_INVALID', `not a readable WARC file (${error.message})`, { input: file, cause: error });
    }
    return totals;
}
//# sourceMappingURL=import-warc.js.map