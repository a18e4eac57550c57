/** Options of exportWarc. */
export interface ExportWarcOptions {
    /**
     * The clock that dates the warcinfo record (the export's own time): the CLI passes
     * `() => new Date()`. The store never reads the clock itself.
     * @default the latest snapshot's fetch time, so the same store exports to the same bytes
     */
    now?: (() => Date) | undefined;
}
/** The defaults of exportWarc's options. */
export declare const EXPORT_WARC_DEFAULTS: Readonly<ExportWarcOptions>;
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
export declare function exportWarc(dir: string, file: string, options?: ExportWarcOptions): Promise<number>;
//# sourceMappingURL=export-warc.d.ts.map