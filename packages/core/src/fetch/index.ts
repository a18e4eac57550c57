/** @wirediff/core/fetch — the only entry that touches the network (through undici). */
export { fetchPage, FETCH_DEFAULTS, type FetchOptions, type FetchedPage } from './fetch-page.js';
