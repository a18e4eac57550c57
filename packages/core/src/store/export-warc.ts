import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import { once } from 'node:events';
import { WARCRecord, WARCSerializer } from 'warcio';
import { listStoredUrls } from './list-stored-urls.js';
import { listVersions } from './list-versions.js';
import { readSnapshotBody } from './read-snapshot-body.js';
import { recordId, SNAPSHOT_RECORD_TYPE, TRANSFER_HEADERS } from './warc-records.js';

async function* once_(bytes: Uint8Array) {
  yield bytes;
}

/**
 * Writes every snapshot of a store to one WARC 1.1 file (per-record gzip when the name ends in
 * .gz), with warcio: a warcinfo record, then per snapshot a `response` record (the final URL,
 * the fetch time, the status and headers, the body) that replay tools open, and a `metadata`
 * record with the snapshot's own fields (requested URL, redirects, original headers, version)
 * so importWarc restores the snapshot exactly. Record ids come from content: the same store
 * exports to the same bytes. Snapshots stream one at a time; the file appears only when whole.
 *
 * @returns how many snapshots were written.
 */
export async function exportWarc(dir: string, file: string): Promise<number> {
  const gzip = file.endsWith('.gz');
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  const write = async (bytes: Uint8Array) => {
    if (!out.write(bytes)) await once(out, 'drain');
  };
  let count = 0;
  try {
    const info = await WARCRecord.createWARCInfo(
      { filename: file.split(/[\\/]/).pop()!, warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Record-ID': recordId('warcinfo') }, date: '1970-01-01T00:00:00Z' },
      { software: 'wirediff', format: 'WARC File Format 1.1', description: 'snapshots of a wirediff store; metadata records carry each snapshot' },
    );
    await write(await WARCSerializer.serialize(info, { gzip }));
    for (const url of await listStoredUrls(dir)) {
      for (const snapshot of await listVersions(dir, url)) {
        const bytes = await readSnapshotBody(dir, snapshot);
        const id = recordId(snapshot.requestedUrl, String(snapshot.version), snapshot.sha256);
        const httpHeaders: Record<string, string> = {};
        for (const [name, value] of Object.entries(snapshot.headers)) if (!TRANSFER_HEADERS.has(name)) httpHeaders[name] = value;
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
    }
    out.end();
    await once(out, 'finish');
    await rename(partial, file);
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  return count;
}
