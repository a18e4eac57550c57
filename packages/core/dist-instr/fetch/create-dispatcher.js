import { lookup as dnsLookup } from 'node:dns';
import { Agent, EnvHttpProxyAgent } from 'undici';
import { isPrivateAddress } from './is-private-address.js';
/** Set on the error a connection gets when refusePrivate meets a private address at connect time. */
export const REFUSED_AT_CONNECT = 'WD_REFUSED_PRIVATE_ADDRESS';
/**
 * A connection lookup that refuses private addresses when the connection is made, so a host
 * that resolved to a public address for the check cannot switch to a private one for the
 * connection (DNS rebinding). IP literals never reach a lookup; fetchPage checks those itself.
 */
function guardedLookup(isPrivate) {
    return (hostname, options, callback) => {
        dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
            if (error)
                return void callback(error, '', 0);
            const refused = addresses.find((a) => isPrivate(a.address));
            if (refused) {
                const err = Object.assign(new Error(`${hostname} resolves to the private address ${refused.address}`), { code: REFUSED_AT_CONNECT });
                return void callback(err, '', 0);
            }
            if (options.all)
                return void callback(null, addresses);
            callback(null, addresses[0].address, addresses[0].family);
        });
    };
}
/**
 * The undici dispatcher for a run of fetches: connection and header/body timeouts, at most
 * `connections` sockets per origin, the proxies given (never read from the environment here),
 * and the connect-time private-address guard when private addresses are refused.
 */
export function createDispatcher(settings, connections = 4) {
    const { httpProxy = '', httpsProxy = '', noProxy = '' } = settings.proxy;
    const connect = {
        timeout: settings.connectTimeoutMs,
        ...(settings.refusePrivate && !httpProxy && !httpsProxy ? { lookup: guardedLookup(settings.isPrivate ?? isPrivateAddress) } : {}),
    };
    const common = { connections, connect, headersTimeout: settings.headersTimeoutMs, bodyTimeout: settings.bodyTimeoutMs };
    // Empty strings, not undefined: EnvHttpProxyAgent would otherwise read process.env itself.
    if (httpProxy || httpsProxy)
        return new EnvHttpProxyAgent({ ...common, httpProxy, httpsProxy: httpsProxy || httpProxy, noProxy });
    return new Agent(common);
}
//# sourceMappingURL=create-dispatcher.js.map