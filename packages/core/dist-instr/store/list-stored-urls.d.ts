/** Lists every URL the store holds versions of, sorted. */
export declare function listStoredUrls(dir: string): Promise<string[]>;
//# sourceMappingURL=list-stored-urls.d.ts.map