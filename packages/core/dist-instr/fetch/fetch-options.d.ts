import type { Dispatcher } from 'undici';
/** Proxies to send requests through, as the HTTP_PROXY family of variables names them. */
export interface ProxySettings {
    /** Proxy for http: URLs (HTTP_PROXY). */
    httpProxy?: string;
    /** Proxy for https: URLs (HTTPS_PROXY); falls back to httpProxy. */
    httpsProxy?: string;
    /** Hosts reached directly (NO_PROXY): comma-separated names, `*` for all. */
    noProxy?: string;
}
/** Options of fetchPage and fetchPages; every one optional. */
export interface FetchOptions {
    /**
     * Milliseconds allowed for one attempt: connect, headers, body and redirects together.
     * @default 15000
     */
    timeoutMs?: number;
    /** Milliseconds allowed to open a connection. @default 10000 */
    connectTimeoutMs?: number;
    /** Milliseconds allowed between sending a request and receiving its headers. @default 10000 */
    headersTimeoutMs?: number;
    /** Milliseconds the body may stall between two chunks. @default 10000 */
    bodyTimeoutMs?: number;
    /**
     * Largest body accepted, counted while streaming and after decompression.
     * @default 10485760 (10 MiB)
     */
    maxBytes?: number;
    /**
     * Redirects followed before giving up; a redirect back to a URL already seen stops at once.
     * @default 5
     */
    maxRedirects?: number;
    /** The User-Agent header. @default 'wirediff/0.1 (+https://github.com/wirediff)' */
    userAgent?: string;
    /** Further attempts after a 429 or 5xx answer. @default 2 */
    retries?: number;
    /** First backoff delay in ms, doubled each retry, when the server sends no Retry-After. @default 500 */
    retryDelayMs?: number;
    /** Most milliseconds spent waiting between attempts of one URL, Retry-After included. @default 20000 */
    retryBudgetMs?: number;
    /**
     * Refuse to connect to private, loopback and link-local addresses (checked on every hop and
     * again when the connection is made). A redirect from a public address to a private one is
     * refused whatever this says. Through a proxy only the first check applies (the proxy
     * connects, after its own DNS lookup).
     * @default false
     */
    refusePrivate?: boolean;
    /** Proxies; none unless given (the CLI passes HTTP_PROXY/HTTPS_PROXY/NO_PROXY). @default {} */
    proxy?: ProxySettings;
    /** The clock, in ms since the epoch: fetch times and Retry-After dates. @default Date.now */
    now?: () => number;
    /** Resolves a host name to its addresses, for the private-address rules. @default dns.lookup, all addresses */
    resolveHost?: (hostname: string) => Promise<string[]>;
    /** Says whether an address is private; a seam for tests and unusual address plans. @default isPrivateAddress */
    isPrivate?: (address: string) => boolean;
    /** An undici dispatcher to reuse (fetchPages shares one); made and closed per call when absent. */
    dispatcher?: Dispatcher;
}
export type FetchSettings = Required<Omit<FetchOptions, 'dispatcher' | 'resolveHost' | 'isPrivate'>> & Pick<FetchOptions, 'dispatcher' | 'resolveHost' | 'isPrivate'>;
/** Defaults of every fetch option. */
export declare const FETCH_DEFAULTS: Readonly<{
    timeoutMs: 15000;
    connectTimeoutMs: 10000;
    headersTimeoutMs: 10000;
    bodyTimeoutMs: 10000;
    maxBytes: number;
    maxRedirects: 5;
    userAgent: "wirediff/0.1 (+https://github.com/wirediff)";
    retries: 2;
    retryDelayMs: 500;
    retryBudgetMs: 20000;
    refusePrivate: false;
    proxy: ProxySettings;
    now: () => number;
}>;
/** Fills in defaults and rejects unusable values, naming the option. */
export declare function resolveFetchOptions(options: FetchOptions): FetchSettings;
//# sourceMappingURL=fetch-options.d.ts.map