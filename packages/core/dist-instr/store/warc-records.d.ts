/** The Content-Type of the metadata record that carries a snapshot's own fields beside its response. */
export declare const SNAPSHOT_RECORD_TYPE = "application/vnd.wirediff.snapshot+json";
export declare const TRANSFER_HEADERS: Set<string>;
/** A record id derived from content, so exporting a store twice gives the same file. */
export declare function recordId(...parts: string[]): string;
//# sourceMappingURL=warc-records.d.ts.map