import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { WirediffError } from '../errors.js';
import { listVersions } from './list-versions.js';
import { storePaths } from './store-paths.js';
import { writeFileAtomic } from './write-file-atomic.js';
const exists = (file) => access(file).then(() => true, () => false);
/**
 * Stores one fetch as a snapshot of its requested URL — but only when its bytes differ from
 * that URL's latest version, so refetching an unchanged page adds nothing. The body is written
 * first (named by its SHA-256, shared by identical bodies), then the snapshot's metadata; both
 * atomically, so a crash leaves either the whole snapshot or none of it (at worst an unused
 * body file). One writer per store at a time.
 *
 * @param options.keepHistory Also skip a version that repeats an older one exactly (same bytes,
 *   same fetch time), as importing the same WARC twice would. @default false
 *
 * @returns the snapshot (the latest one when nothing changed) and whether it was added.
 */
export async function writeSnapshot(dir, input, options = {}) {
    if (Number.isNaN(Date.parse(input.fetchedAt)))
        throw new WirediffError('WD_BAD_OPTION', `not a date: ${input.fetchedAt}`, { input: 'fetchedAt' });
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const versions = await listVersions(dir, input.requestedUrl);
    const latest = versions.at(-1);
    if (latest && latest.sha256 === sha256)
        return { snapshot: latest, added: false };
    // An imported history may repeat versions already held: the same bytes at the same time.
    const same = options.keepHistory ? versions.find((v) => v.sha256 === sha256 && v.fetchedAt === input.fetchedAt) : undefined;
    if (same)
        return { snapshot: same, added: false };
    const snapshot = {
        version: (latest?.version ?? 0) + 1,
        requestedUrl: input.requestedUrl,
        finalUrl: input.finalUrl,
        redirects: [...(input.redirects ?? [])],
        status: input.status,
        headers: Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v]).sort(([a], [b]) => (a < b ? -1 : 1))),
        contentType: input.contentType ?? input.headers['content-type'] ?? null,
        fetchedAt: input.fetchedAt,
        sha256,
        size: input.bytes.byteLength,
    };
    const body = storePaths.body(dir, sha256);
    if (!(await exists(body)))
        await writeFileAtomic(dir, body, input.bytes);
    await writeFileAtomic(dir, storePaths.snapshot(dir, input.requestedUrl, snapshot.version), `${JSON.stringify(snapshot, null, 2)}\n`);
    return { snapshot, added: true };
}
//# sourceMappingURL=write-snapshot.js.map