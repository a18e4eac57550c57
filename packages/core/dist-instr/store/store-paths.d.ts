/** The marker file that says a directory is a wirediff store, and its layout version. */
export declare const STORE_MARKER = "wirediff-store.json";
export declare const STORE_FORMAT: Readonly<{
    format: "wirediff-store";
    version: 1;
}>;
/** Where each part of a store lives; see README "The snapshot store". */
export declare const storePaths: {
    marker: (dir: string) => string;
    tmp: (dir: string) => string;
    body: (dir: string, hash: string) => string;
    urlDir: (dir: string, url: string) => string;
    urls: (dir: string) => string;
    snapshot: (dir: string, url: string, version: number) => string;
    stories: (dir: string) => string;
    story: (dir: string, story: string) => string;
};
/** A version's file name: six digits, so a listing sorts in version order. */
export declare const SNAPSHOT_FILE: RegExp;
//# sourceMappingURL=store-paths.d.ts.map