import { type FetchOptions } from './fetch-options.js';
/** What a server sent for one URL. */
export interface FetchedPage {
    /** The URL asked for. */
    requestedUrl: string;
    /** The URL that answered, after redirects. */
    finalUrl: string;
    /** The URLs redirected through, in order, ending with finalUrl; empty without redirects. */
    redirects: string[];
    status: number;
    /** Response headers of the final answer, names in lower case, repeated headers joined by ", ". */
    headers: Record<string, string>;
    /** The Content-Type header, which carries the charset decodePage reads. */
    contentType: string | undefined;
    /** The body with its Content-Encoding undone: the bytes the page's charset applies to. */
    bytes: Uint8Array;
    /** When the final answer's headers arrived, from the `now` clock, as an ISO 8601 string. */
    fetchedAt: string;
    /** Attempts made, retries included. */
    attempts: number;
}
/**
 * Fetches one page with undici: redirects followed by hand (bounded, loops detected, private
 * addresses refused on request and never reached by a redirect from a public address), the
 * body streamed with a size limit that also holds after gzip/deflate/br decompression,
 * connect/header/body timeouts and one time limit per attempt, and retries with exponential
 * backoff on 429 and 5xx that honour Retry-After within a bounded count and waiting time.
 *
 * @example const page = await fetchPage('https://example.com/story', { timeoutMs: 5000 });
 * @throws WirediffError naming the URL: WD_FETCH_STATUS, WD_FETCH_TIMEOUT, WD_FETCH_REDIRECTS,
 *   WD_FETCH_REFUSED, WD_FETCH_FAILED, WD_INPUT_TOO_LARGE; WD_BAD_OPTION for an unusable option.
 */
export declare function fetchPage(url: string, options?: FetchOptions): Promise<FetchedPage>;
//# sourceMappingURL=fetch-page.d.ts.map