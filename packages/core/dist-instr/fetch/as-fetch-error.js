import { WirediffError } from '../errors.js';
import { REFUSED_AT_CONNECT } from './create-dispatcher.js';
/**
 * Turns whatever undici, zlib or the network threw into a WirediffError naming the URL with a
 * reason a person can act on.
 */
export function asFetchError(error, url, settings) {
    if (error instanceof WirediffError)
        return error;
    const e = error;
    const code = e.code ?? e.cause?.code ?? '';
    const timeouts = {
        UND_ERR_CONNECT_TIMEOUT: `could not connect within ${settings.connectTimeoutMs} ms`,
        UND_ERR_HEADERS_TIMEOUT: `no response headers within ${settings.headersTimeoutMs} ms`,
        UND_ERR_BODY_TIMEOUT: `the body stalled: nothing arrived for ${settings.bodyTimeoutMs} ms`,
    };
    if (timeouts[code])
        return new WirediffError('WD_FETCH_TIMEOUT', timeouts[code], { input: url, cause: error });
    if (e.name === 'TimeoutError' || e.name === 'AbortError') {
        return new WirediffError('WD_FETCH_TIMEOUT', `no complete answer within ${settings.timeoutMs} ms`, { input: url, cause: error });
    }
    if (code === REFUSED_AT_CONNECT) {
        return new WirediffError('WD_FETCH_REFUSED', `refused: ${e.message ?? e.cause?.message} (private addresses are refused)`, { input: url, cause: error });
    }
    const reasons = {
        ECONNREFUSED: 'connection refused',
        ENOTFOUND: 'host not found',
        EAI_AGAIN: 'host name lookup failed',
        ECONNRESET: 'connection reset by the server',
        EPIPE: 'connection closed by the server',
        UND_ERR_SOCKET: 'connection closed by the server before the answer was complete',
        UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'the body ended before its announced Content-Length',
        UND_ERR_PROXY: 'the proxy refused or failed the request',
        ERR_INVALID_URL: 'not a valid URL',
        Z_DATA_ERROR: 'the compressed body is corrupt',
        Z_BUF_ERROR: 'the compressed body is cut short',
        ERR_TLS_CERT_ALTNAME_INVALID: 'the TLS certificate does not match the host',
        CERT_HAS_EXPIRED: 'the TLS certificate has expired',
    };
    const reason = reasons[code] ?? e.cause?.message ?? e.message ?? 'the request failed';
    return new WirediffError('WD_FETCH_FAILED', reason, { input: url, cause: error });
}
//# sourceMappingURL=as-fetch-error.js.map