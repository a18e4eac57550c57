import { lookup } from 'node:dns/promises';
import { STATUS_CODES } from 'node:http';
import { isIP } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { WirediffError } from '../errors.js';
import { asFetchError } from './as-fetch-error.js';
import { createDispatcher } from './create-dispatcher.js';
import { resolveFetchOptions } from './fetch-options.js';
import { isPrivateAddress } from './is-private-address.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { readBody } from './read-body.js';
const RETRYABLE = (status) => status === 429 || (status >= 500 && status !== 501 && status !== 505);
const statusText = (status) => `${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`;
function flatten(headers) {
    const out = {};
    for (const name of Object.keys(headers).sort()) {
        const value = headers[name];
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
// Destroying an undici body emits an abort error; nobody is reading it, so it goes nowhere.
const discard = (body) => void body.on('error', () => { }).destroy();
async function addressesOf(hostname, settings) {
    const host = hostname.replace(/^\[|\]$/g, '');
    if (isIP(host))
        return [host];
    try {
        return settings.resolveHost ? await settings.resolveHost(host) : (await lookup(host, { all: true })).map((a) => a.address);
    }
    catch {
        return []; // unknown here (a proxy may still resolve it); the request reports the failure
    }
}
/** Applies the private-address rules to one hop; returns whether the hop's host is public. */
async function checkHop(target, previousPublic, settings, url) {
    const addresses = await addressesOf(target.hostname, settings);
    if (addresses.length === 0)
        return undefined;
    const isPrivate = settings.isPrivate ?? isPrivateAddress;
    const privateOne = addresses.find(isPrivate);
    if (privateOne !== undefined && settings.refusePrivate) {
        throw new WirediffError('WD_FETCH_REFUSED', `refused: ${target.host} is the private or loopback address ${privateOne} (private addresses are refused)`, { input: url });
    }
    if (privateOne !== undefined && previousPublic === true) {
        throw new WirediffError('WD_FETCH_REFUSED', `refused: a public address redirected to the private address ${privateOne} (${target.href})`, { input: url });
    }
    return privateOne === undefined;
}
function httpUrl(text, url) {
    let target;
    try {
        target = new URL(text);
    }
    catch (error) {
        throw new WirediffError('WD_FETCH_FAILED', 'not a valid URL', { input: url, cause: error });
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        throw new WirediffError('WD_FETCH_FAILED', `only http and https are fetched, not ${target.protocol} (${text})`, { input: url });
    }
    return target;
}
/** One attempt: follow redirects, then read the body of a success or report the status. */
async function attemptFetch(url, settings, dispatcher, attempts) {
    const signal = AbortSignal.timeout(settings.timeoutMs);
    const seen = new Set();
    const redirects = [];
    let current = url;
    let previousPublic;
    for (let hop = 0;; hop++) {
        seen.add(current);
        const target = httpUrl(current, url);
        previousPublic = await checkHop(target, previousPublic, settings, url);
        const { statusCode, headers, body } = await request(target, {
            method: 'GET',
            dispatcher,
            signal,
            headers: { 'user-agent': settings.userAgent, accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5', 'accept-encoding': 'gzip, deflate, br' },
        });
        const flat = flatten(headers);
        if (statusCode >= 300 && statusCode < 400 && flat.location) {
            discard(body); // not drained: a hostile server could make it endless
            const next = new URL(flat.location, current).href;
            if (seen.has(next))
                throw new WirediffError('WD_FETCH_REDIRECTS', `redirect loop: ${current} sends back to ${next}`, { input: url });
            if (hop >= settings.maxRedirects)
                throw new WirediffError('WD_FETCH_REDIRECTS', `more than ${settings.maxRedirects} redirects`, { input: url });
            redirects.push(next);
            current = next;
            continue;
        }
        if (statusCode < 200 || statusCode >= 300) {
            discard(body);
            return { status: statusCode, retryAfter: flat['retry-after'] };
        }
        const fetchedAt = new Date(settings.now()).toISOString();
        const announced = Number(flat['content-length']);
        if (!flat['content-encoding'] && announced > settings.maxBytes) {
            discard(body);
            throw new WirediffError('WD_INPUT_TOO_LARGE', `the server announced ${announced} bytes, over the ${settings.maxBytes}-byte limit (--max-bytes)`, { input: url });
        }
        const bytes = await readBody(body, flat['content-encoding'], settings.maxBytes, url);
        return { page: { requestedUrl: url, finalUrl: current, redirects, status: statusCode, headers: flat, contentType: flat['content-type'], bytes, fetchedAt, attempts } };
    }
}
/**
 * Fetches one page with undici: redirects followed by hand (bounded, loops detected, private
 * addresses refused on request and never reached by a redirect from a public address), the
 * body streamed with a size limit that also holds after gzip/deflate/br decompression,
 * connect/header/body timeouts and one time limit per attempt, and retries with exponential
 * backoff on 429 and 5xx that honour Retry-After within a bounded count and waiting time.
 *
 * @example const page = await fetchPage('https://example.com/story', { timeoutMs: 5000 });
 * @throws WirediffError naming the URL: WD_FETCH_STATUS, WD_FETCH_TIMEOUT, WD_FETCH_REDIRECTS,
 *   WD_FETCH_REFUSED, WD_FETCH_FAILED, WD_INPUT_TOO_LARGE; WD_BAD_OPTION for an unusable option.
 */
export async function fetchPage(url, options = {}) {
    const settings = resolveFetchOptions(options);
    const dispatcher = settings.dispatcher ?? createDispatcher(settings, 1);
    let waited = 0;
    try {
        for (let attempts = 1;; attempts++) {
            let result;
            try {
                result = await attemptFetch(url, settings, dispatcher, attempts);
            }
            catch (error) {
                throw asFetchError(error, url, settings);
            }
            if ('page' in result)
                return result.page;
            const answered = `the server answered ${statusText(result.status)}${attempts > 1 ? ` after ${attempts} attempts` : ''}`;
            if (!RETRYABLE(result.status) || attempts > settings.retries)
                throw new WirediffError('WD_FETCH_STATUS', answered, { input: url });
            const delay = parseRetryAfter(result.retryAfter, settings.now()) ?? settings.retryDelayMs * 2 ** (attempts - 1);
            if (waited + delay > settings.retryBudgetMs) {
                throw new WirediffError('WD_FETCH_STATUS', `${answered}; waiting ${Math.ceil(delay / 1000)} s more would pass the ${settings.retryBudgetMs} ms retry budget`, { input: url });
            }
            await sleep(delay);
            waited += delay;
        }
    }
    finally {
        if (!settings.dispatcher)
            await dispatcher.close();
    }
}
//# sourceMappingURL=fetch-page.js.map