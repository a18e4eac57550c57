/**
 * Reads a Retry-After header: delay-seconds or an HTTP date, as milliseconds from `nowMs`.
 * A date in the past waits 0; anything unreadable gives undefined (use the backoff instead).
 *
 * @example parseRetryAfter('120', 0) // 120000
 */
export function parseRetryAfter(value, nowMs) {
    const text = value?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) || !/[a-z]/i.test(text) ? undefined : Math.max(0, date - nowMs);
}
//# sourceMappingURL=parse-retry-after.js.map