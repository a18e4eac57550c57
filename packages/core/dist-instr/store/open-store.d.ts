/**
 * Opens a snapshot store: checks the marker file (creating the store when `create` is set and
 * the folder is empty or absent) and deletes temporary files a killed writer left behind.
 *
 * @throws WirediffError WD_STORE_MISSING when there is no store and `create` is not set,
 *   WD_STORE_CORRUPT when the folder holds something else.
 */
export declare function openStore(dir: string, options?: {
    create?: boolean;
}): Promise<void>;
//# sourceMappingURL=open-store.d.ts.map