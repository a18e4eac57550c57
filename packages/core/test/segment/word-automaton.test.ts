import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { WordAutomaton } from '../../src/segment/word-automaton.js';

// A small alphabet, so words overlap, nest and share prefixes and suffixes often; with letters
// outside ASCII (the automaton takes those by another path) and one no word holds.
const letter = fc.constantFrom('a', 'b', 'c', 'é', 'ß', '/', ' ', '\u{1F600}'.slice(0, 1));

test('finds exactly the words that occur in a text, however they overlap', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: letter, minLength: 1, maxLength: 5 }), { maxLength: 12 }), fc.string({ unit: fc.oneof(letter, fc.constant('z')), maxLength: 40 }), (words, text) => {
      const found = new Set<string>();
      new WordAutomaton(words).findIn(text, found);
      assert.equal([...found].sort(), [...new Set(words)].filter((w) => text.includes(w)).sort());
    }),
    { numRuns: 2000 },
  );
});

test('a word inside another, at the end of another, and after a false start are all found', () => {
  const found = new Set<string>();
  new WordAutomaton(['he', 'she', 'his', 'hers', 'reuters', 'ters', 'über']).findIn('ushers at reuteuters, über', found);
  assert.equal([...found].sort(), ['he', 'hers', 'reuters', 'she', 'ters', 'über'].filter((w) => 'ushers at reuteuters, über'.includes(w)).sort());
  assert.ok(found.has('she') && found.has('hers') && found.has('über') && !found.has('his'));
});

test.run();
