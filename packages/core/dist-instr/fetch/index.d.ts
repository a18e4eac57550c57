/** @wirediff/core/fetch — the only entry that touches the network (through undici). */
export { fetchPage, type FetchedPage } from './fetch-page.js';
export { fetchPages, type FetchOutcome, type FetchPagesOptions } from './fetch-pages.js';
export { FETCH_DEFAULTS, type FetchOptions, type ProxySettings } from './fetch-options.js';
export { isPrivateAddress, PRIVATE_RANGES } from './is-private-address.js';
export { parseRetryAfter } from './parse-retry-after.js';
//# sourceMappingURL=index.d.ts.map