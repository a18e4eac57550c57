import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../src/segment/split-sentences.js';

const sentences = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

test('splitSentences ends a sentence at a full stop, "!" or "?" before a capital or a digit', () => {
  assert.equal(sentences('The ferry sank. Rescuers found 40 people! Why? 12 are missing.'), [
    'The ferry sank.', 'Rescuers found 40 people!', 'Why?', '12 are missing.',
  ]);
});

test('splitSentences keeps closing quotation marks with their sentence and opens one at an opening mark', () => {
  assert.equal(sentences('“We will fight,” she said. “We will win.” He left.'), ['“We will fight,” she said.', '“We will win.”', 'He left.']);
});

test('splitSentences does not end a sentence after a title, an initial, a dotted abbreviation or a month', () => {
  assert.equal(sentences('Mr. Kim met Gen. Milley and John F. Kennedy Jr. in the U.S. Capitol on Jan. 5 at 9 a.m. Talks ended.'), [
    'Mr. Kim met Gen. Milley and John F. Kennedy Jr. in the U.S. Capitol on Jan. 5 at 9 a.m. Talks ended.',
  ]);
});

test('splitSentences does not end a sentence before a lower-case word or inside a number', () => {
  assert.equal(sentences('It rose 1.5 percent. e.g. this.'), ['It rose 1.5 percent. e.g. this.']);
});

test('splitSentences covers every character but the white space between sentences', () => {
  const text = '  One.   Two?\tThree  ';
  assert.equal(splitSentences(text), [[2, 6], [9, 13], [14, 19]]);
});

test('splitSentences gives one sentence for text without a boundary, and none for white space', () => {
  assert.equal(sentences('no full stop here'), ['no full stop here']);
  assert.equal(splitSentences('   '), []);
});

test.run();
