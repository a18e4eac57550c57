// The word scanner is hand-written for speed; the regular expression TOKEN says what it must
// do. Random text from an alphabet of the cases that matter (joiners, marks, astral letters,
// every kind of space) must tokenize the same both ways.
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { TOKEN, tokenizeWords } from '../../src/segment/tokenize-words.js';

const byExpression = (text: string) => [...text.matchAll(new RegExp(TOKEN.source, TOKEN.flags))].map((m) => [m[0], m.index, m[1] !== undefined]);
const byScanner = (text: string) => tokenizeWords(text).map((t) => [t.text, t.start, t.isWord]);

const PIECES = ['a', 'Z', '9', 'é', 'e\u0301', '\u4E2D', '\u{1D400}', '\u{1F600}', "'", '\u2019', '.', ',', '-', '"', '\u201C',
  ' ', '\u00A0', '\u2009', '\n', '\t', '\u3000', '\uFEFF', '%', '$', '\u0661', '\uD800'];

test('the scanner tokenizes exactly as TOKEN does, offsets and word flags included', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(byScanner(text), byExpression(text), JSON.stringify(text));
    }),
    { numRuns: 3000, seed: 3 },
  );
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
    assert.equal(byScanner(text), byExpression(text));
  }), { numRuns: 2000, seed: 5 });
});

test('real phrasing: joined words, split hyphens, numbers with commas and points', () => {
  assert.equal(tokenizeWords("U.S.-led talks don't cost $1,000.5, he said.").map((t) => t.text),
    ['U.S', '.', '-', 'led', 'talks', "don't", 'cost', '$', '1,000.5', ',', 'he', 'said', '.']);
});

test.run();
