import type { Snapshot } from './snapshot.js';
/**
 * Lists every stored version of a URL (the URL as requested), oldest first; empty when the
 * store has none.
 *
 * @example const versions = await listVersions('store', 'https://example.com/story');
 */
export declare function listVersions(dir: string, url: string): Promise<Snapshot[]>;
//# sourceMappingURL=list-versions.d.ts.map