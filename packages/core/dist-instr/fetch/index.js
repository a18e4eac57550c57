/** @wirediff/core/fetch — the only entry that touches the network (through undici). */
export { fetchPage } from './fetch-page.js';
export { fetchPages } from './fetch-pages.js';
export { FETCH_DEFAULTS } from './fetch-options.js';
export { isPrivateAddress, PRIVATE_RANGES } from './is-private-address.js';
export { parseRetryAfter } from './parse-retry-after.js';
//# sourceMappingURL=index.js.map