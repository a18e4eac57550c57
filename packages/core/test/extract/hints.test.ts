import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NOISE_HINTS } from '../../src/extract/hints.js';
import { CREDIT_PATTERNS } from '../../src/credits/credit-patterns.js';
import { PHOTO_GATE } from '../../src/segment/classify-block.js';

test('NOISE_HINTS: every rule matches its example and not its near miss', () => {
  for (const rule of NOISE_HINTS) {
    assert.ok(rule.pattern.test(rule.example), `${rule.id} misses its example "${rule.example}"`);
    assert.not.ok(rule.pattern.test(rule.nearMiss), `${rule.id} matches its near miss "${rule.nearMiss}"`);
  }
});

test('PHOTO_GATE lets every photo-credit rule example through, so the gate never hides a credit', () => {
  for (const rule of CREDIT_PATTERNS.filter((r) => r.type === 'photo')) {
    assert.ok(PHOTO_GATE.test(rule.example), `${rule.id}: "${rule.example}"`);
  }
  assert.not.ok(PHOTO_GATE.test('NATO urged all countries to step up efforts to enforce sanctions.'));
});

test.run();
