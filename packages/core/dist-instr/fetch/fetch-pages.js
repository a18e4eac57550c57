import { WirediffError } from '../errors.js';
import { createDispatcher } from './create-dispatcher.js';
import { resolveFetchOptions } from './fetch-options.js';
import { fetchPage } from './fetch-page.js';
const hostOf = (url) => {
    try {
        return new URL(url).host;
    }
    catch {
        return url; // fetchPage reports the bad URL
    }
};
function count(value, name) {
    if (!Number.isInteger(value) || value < 1)
        throw new WirediffError('WD_BAD_OPTION', `must be a whole number of 1 or more, not ${value}`, { input: name });
    return value;
}
/**
 * Fetches many URLs, at most `concurrency` at once and `perHost` per host, over one shared
 * connection pool. Each outcome goes to `onOutcome` as soon as it is known and is not kept, so
 * memory stays flat however many URLs there are; a failed URL never stops the others. The
 * same URL given twice is fetched once.
 *
 * @example await fetchPages(urls, async (o) => { if (o.status === 'ok') await save(o.page); });
 * @returns how many URLs succeeded and failed.
 * @throws whatever `onOutcome` throws (after the fetches in flight settle), WD_BAD_OPTION.
 */
export async function fetchPages(urls, onOutcome, options = {}) {
    const { concurrency = 16, perHost = 4, ...rest } = options;
    count(concurrency, 'concurrency');
    count(perHost, 'perHost');
    const settings = resolveFetchOptions(rest);
    const dispatcher = settings.dispatcher ?? createDispatcher(settings, perHost);
    const queue = [...new Set(urls)];
    const busy = new Map();
    const totals = { ok: 0, failed: 0 };
    let active = 0;
    let stopped;
    await new Promise((resolve) => {
        const next = () => {
            while (stopped === undefined && active < concurrency) {
                const index = queue.findIndex((u) => (busy.get(hostOf(u)) ?? 0) < perHost);
                if (index < 0)
                    break;
                const url = queue.splice(index, 1)[0];
                const host = hostOf(url);
                busy.set(host, (busy.get(host) ?? 0) + 1);
                active++;
                void run(url).finally(() => {
                    busy.set(host, busy.get(host) - 1);
                    active--;
                    next();
                });
            }
            if (active === 0)
                resolve();
        };
        const run = async (url) => {
            let outcome;
            try {
                outcome = { url, status: 'ok', page: await fetchPage(url, { ...settings, dispatcher }) };
                totals.ok++;
            }
            catch (error) {
                const wrapped = error instanceof WirediffError ? error : new WirediffError('WD_FETCH_FAILED', String(error), { input: url, cause: error });
                outcome = { url, status: 'failed', error: wrapped };
                totals.failed++;
            }
            try {
                await onOutcome(outcome);
            }
            catch (error) {
                stopped ??= error;
            }
        };
        next();
    });
    if (!settings.dispatcher)
        await dispatcher.close();
    if (stopped !== undefined)
        throw stopped;
    return totals;
}
//# sourceMappingURL=fetch-pages.js.map