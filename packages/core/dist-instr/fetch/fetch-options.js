import { WirediffError } from '../errors.js';
/** Defaults of every fetch option. */
export const FETCH_DEFAULTS = Object.freeze({
    timeoutMs: 15_000,
    connectTimeoutMs: 10_000,
    headersTimeoutMs: 10_000,
    bodyTimeoutMs: 10_000,
    maxBytes: 10 * 1024 * 1024,
    maxRedirects: 5,
    userAgent: 'wirediff/0.1 (+https://github.com/wirediff)',
    retries: 2,
    retryDelayMs: 500,
    retryBudgetMs: 20_000,
    refusePrivate: false,
    proxy: Object.freeze({}),
    now: () => Date.now(),
});
const COUNTS = ['timeoutMs', 'connectTimeoutMs', 'headersTimeoutMs', 'bodyTimeoutMs', 'maxBytes', 'maxRedirects', 'retries', 'retryDelayMs', 'retryBudgetMs'];
/** Fills in defaults and rejects unusable values, naming the option. */
export function resolveFetchOptions(options) {
    const settings = { ...FETCH_DEFAULTS, ...options };
    for (const name of COUNTS) {
        const value = settings[name];
        if (!Number.isFinite(value) || value < 0) {
            throw new WirediffError('WD_BAD_OPTION', `must be a number of zero or more, not ${String(value)}`, { input: name });
        }
    }
    if (settings.userAgent.trim() === '' || /[\r\n]/.test(settings.userAgent)) {
        throw new WirediffError('WD_BAD_OPTION', 'must be one non-empty line', { input: 'userAgent' });
    }
    return settings;
}
//# sourceMappingURL=fetch-options.js.map