import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NOISE_HINTS } from '../../src/extract/hints.js';

test('NOISE_HINTS: every rule matches its example and not its near miss', () => {
  for (const rule of NOISE_HINTS) {
    assert.ok(rule.pattern.test(rule.example), `${rule.id} misses its example "${rule.example}"`);
    assert.not.ok(rule.pattern.test(rule.nearMiss), `${rule.id} matches its near miss "${rule.nearMiss}"`);
  }
});

test.run();
