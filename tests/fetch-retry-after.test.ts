// parseRetryAfter: both forms of the header, relative to the injected clock.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseRetryAfter } from '../packages/core/src/fetch/index.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');

test('reads delay-seconds', () => {
  assert.is(parseRetryAfter('120', NOW), 120_000);
  assert.is(parseRetryAfter(' 0 ', NOW), 0);
});

test('reads an HTTP date as the time left until it', () => {
  assert.is(parseRetryAfter('Sat, 28 Nov 2026 12:01:30 GMT', NOW), 90_000);
});

test('a date already past means retry now', () => {
  assert.is(parseRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', NOW), 0);
});

test('anything else is unreadable, so the backoff applies', () => {
  for (const v of [undefined, '', 'soon', '-5', '1.5', 'tomorrow at noon']) assert.is(parseRetryAfter(v, NOW), undefined, String(v));
});

test.run();
