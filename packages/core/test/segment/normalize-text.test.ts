import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { collapseSpace, normalizeText } from '../../src/segment/normalize-text.js';
import { tokenKey } from '../../src/segment/tokenize-words.js';

test('normalizeText folds curly quotes, dashes and odd spaces to plain forms', () => {
  assert.is(normalizeText('\u201CIt\u2019s\u00A0\u00A029 \u2014 not 28\u201D'), '"It\'s 29 - not 28"');
});

test('normalizeText removes soft hyphens and zero-width characters', () => {
  assert.is(normalizeText('sanc\u00ADtions\u200B enforce\u2060ment'), 'sanctions enforcement');
});

test('normalizeText composes Unicode (NFC) so a decomposed accent equals a precomposed one', () => {
  assert.is(normalizeText('Stoltenberg cafe\u0301'), normalizeText('Stoltenberg caf\u00E9'));
});

test('tokenKey treats agency spelling variants as one word', () => {
  assert.is(tokenKey('U.S.'), tokenKey('US'));
  assert.is(tokenKey('organise'), tokenKey('organize'));
  assert.is(tokenKey('defence'), tokenKey('defense'));
  assert.is(tokenKey('1,000'), tokenKey('1000'));
});

test('tokenKey keeps different numbers apart', () => {
  assert.is.not(tokenKey('1.5'), tokenKey('15'));
  assert.is.not(tokenKey('four'), tokenKey('for'));
});

test('collapseSpace returns text already collapsed as it is, and collapses everything else', () => {
  // The slow form it must always agree with.
  const slow = (t: string) => t.replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g, '').replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ').trim();
  const pieces = ['a', 'B', ' ', '  ', '\u00A0', '\n', '\t', '\u00AD', '\u200B', '\uFEFF', '\u3000', '\u2009', '.'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (p) => {
    assert.is(collapseSpace(p.join('')), slow(p.join('')));
  }), { numRuns: 3000, seed: 9 });
  assert.is(collapseSpace(' Bali\u00A0 volcano\u200B erupts '), 'Bali volcano erupts');
});

test.run();
