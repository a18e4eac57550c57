import { WirediffError } from '../errors.js';
import { type FetchOptions } from './fetch-options.js';
import { type FetchedPage } from './fetch-page.js';
/** Options of fetchPages: those of fetchPage, and how many fetches run at once. */
export interface FetchPagesOptions extends FetchOptions {
    /** Fetches in flight at once, over all hosts. @default 16 */
    concurrency?: number;
    /** Fetches in flight at once to one host name. @default 4 */
    perHost?: number;
}
/** The outcome of one URL of a batch. */
export type FetchOutcome = {
    url: string;
    status: 'ok';
    page: FetchedPage;
} | {
    url: string;
    status: 'failed';
    error: WirediffError;
};
/**
 * Fetches many URLs, at most `concurrency` at once and `perHost` per host, over one shared
 * connection pool. Each outcome goes to `onOutcome` as soon as it is known and is not kept, so
 * memory stays flat however many URLs there are; a failed URL never stops the others. The
 * same URL given twice is fetched once.
 *
 * @example await fetchPages(urls, async (o) => { if (o.status === 'ok') await save(o.page); });
 * @returns how many URLs succeeded and failed.
 * @throws whatever `onOutcome` throws (after the fetches in flight settle), WD_BAD_OPTION.
 */
export declare function fetchPages(urls: readonly string[], onOutcome: (outcome: FetchOutcome) => void | Promise<void>, options?: FetchPagesOptions): Promise<{
    ok: number;
    failed: number;
}>;
//# sourceMappingURL=fetch-pages.d.ts.map