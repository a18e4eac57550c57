import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findFurnitureSentences } from '../../src/segment/find-furniture-sentences.js';

const found = (text: string) => findFurnitureSentences(text).map(([s, e]) => text.slice(s, e));

test('findFurnitureSentences finds an ad label a wrap joined to the end of a paragraph', () => {
  assert.equal(found('The toll rose to 430 on Tuesday. Advertisement'), ['Advertisement']);
});

test('findFurnitureSentences finds furniture between the sentences of a body run together', () => {
  assert.equal(found('The toll rose. Continue Reading Below. Rescuers searched the coast.'), ['Continue Reading Below.']);
});

test('findFurnitureSentences leaves prose that mentions advertising, and a block that is one sentence', () => {
  assert.equal(found('The company cut its advertisement budget. Sales fell.'), []);
  assert.equal(found('Advertisement'), []);
});

test.run();
