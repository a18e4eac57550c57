import { type Dispatcher } from 'undici';
import type { FetchSettings } from './fetch-options.js';
/** Set on the error a connection gets when refusePrivate meets a private address at connect time. */
export declare const REFUSED_AT_CONNECT = "WD_REFUSED_PRIVATE_ADDRESS";
/**
 * The undici dispatcher for a run of fetches: connection and header/body timeouts, at most
 * `connections` sockets per origin, the proxies given (never read from the environment here),
 * and the connect-time private-address guard when private addresses are refused.
 */
export declare function createDispatcher(settings: FetchSettings, connections?: number): Dispatcher;
//# sourceMappingURL=create-dispatcher.d.ts.map