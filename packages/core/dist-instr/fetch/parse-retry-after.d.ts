/**
 * Reads a Retry-After header: delay-seconds or an HTTP date, as milliseconds from `nowMs`.
 * A date in the past waits 0; anything unreadable gives undefined (use the backoff instead).
 *
 * @example parseRetryAfter('120', 0) // 120000
 */
export declare function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined;
//# sourceMappingURL=parse-retry-after.d.ts.map