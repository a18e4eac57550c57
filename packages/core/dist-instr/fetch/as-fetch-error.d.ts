import { WirediffError } from '../errors.js';
import type { FetchSettings } from './fetch-options.js';
/**
 * Turns whatever undici, zlib or the network threw into a WirediffError naming the URL with a
 * reason a person can act on.
 */
export declare function asFetchError(error: unknown, url: string, settings: FetchSettings): WirediffError;
//# sourceMappingURL=as-fetch-error.d.ts.map