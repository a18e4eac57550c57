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

test('tokenKey folds British and American spelling by rule, and stripped accents', () => {
  const same = [['neighbouring', 'neighboring'], ['favourite', 'favorite'], ['organisation', 'organization'], ['analysed', 'analyzed'],
    ['centres', 'centers'], ['centred', 'centered'], ['fibre', 'fiber'], ['travelling', 'traveling'], ['counsellor', 'counselor'],
    ['catalogue', 'catalog'], ['paediatric', 'pediatric'], ['haemorrhage', 'hemorrhage'], ['leukaemia', 'leukemia'], ['foetus', 'fetus'],
    ['diarrhoea', 'diarrhea'], ['afterwards', 'afterward'], ['manoeuvre', 'maneuver'], ['Maizi\u00E8re', 'Maiziere'], ['\u0141\u00F3d\u017A', 'Lodz'],
    ['Stra\u00DFe', 'Strasse'], ['T\u00FCrkiye', 'Turkiye'], ['Maizie\u0300re', 'Maiziere']];
  for (const [a, b] of same) assert.is(tokenKey(a!), tokenKey(b!), `${a} / ${b}`);
});

test('tokenKey keeps apart words a spelling rule could run together', () => {
  const apart = [['Michael', 'Michel'], ['shoe', 'she'], ['poet', 'pet'], ['timbre', 'timber'], ['prise', 'prize'], ['tour', 'tor'],
    ['four', 'for'], ['called', 'caled'], ['rogue', 'rog'], ['stewards', 'steward'], ['favour', 'flavour'], ['Caesar', 'Cesar']];
  for (const [a, b] of apart) assert.is.not(tokenKey(a!), tokenKey(b!), `${a} / ${b}`);
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

test('normalizeText returns plain text as it is and folds the rest, as the full folding does', () => {
  const full = (t: string) => t.normalize('NFC').replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-').replace(/\u2026/g, '...')
    .replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ').trim();
  const pieces = ['a', 'Z', '9', ' ', '  ', '`', '\u2019', '\u201C', '\u2014', '\u2026', 'e\u0301', '\u00A0', '\n', '\u00AD', '-', '"', '~'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (p) => {
    assert.is(normalizeText(p.join('')), full(p.join('')));
  }), { numRuns: 3000, seed: 13 });
});

test.run();
