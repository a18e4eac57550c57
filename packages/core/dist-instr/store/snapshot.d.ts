/** One stored fetch of one URL: immutable once written. */
export interface Snapshot {
    /** 1 for the first version of the requested URL, then 2, 3… — a new one only when the bytes changed. */
    version: number;
    requestedUrl: string;
    finalUrl: string;
    /** The URLs redirected through, ending with finalUrl; empty without redirects. */
    redirects: string[];
    status: number;
    /** Response headers as received, names in lower case. */
    headers: Record<string, string>;
    /** The Content-Type header, which carries the charset the bytes are decoded with. */
    contentType: string | null;
    /** When the answer arrived, ISO 8601. */
    fetchedAt: string;
    /** SHA-256 of the body, hex: the name of its file under bodies/. */
    sha256: string;
    /** The body's length in bytes. */
    size: number;
}
/** What a snapshot is made from: a fetched page, or a record read back from a WARC. */
export interface SnapshotInput {
    requestedUrl: string;
    finalUrl: string;
    redirects?: readonly string[];
    status: number;
    headers: Readonly<Record<string, string>>;
    contentType?: string | null;
    fetchedAt: string;
    bytes: Uint8Array;
}
/** A story's index: which URLs make it up and the version each had at its last fetch. */
export interface StoryIndex {
    story: string;
    reference: string | null;
    copies: string[];
    /** URL → the snapshot version its last fetch left (absent when it failed). */
    versions: Record<string, number>;
    /** When the story was last fetched, ISO 8601. */
    fetchedAt: string;
}
//# sourceMappingURL=snapshot.d.ts.map