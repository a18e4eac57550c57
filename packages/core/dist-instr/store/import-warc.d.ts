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
export declare function importWarc(dir: string, file: string): Promise<{
    responses: number;
    added: number;
}>;
//# sourceMappingURL=import-warc.d.ts.map