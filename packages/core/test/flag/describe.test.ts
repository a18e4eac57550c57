import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { blockLabel, excerpt, quote } from '../../src/flag/describe.js';

test('blockLabel counts from 1 and names neighbours as a range, blocks apart one by one', () => {
  assert.is(blockLabel([2]), 'block 3');
  assert.is(blockLabel([2, 3]), 'blocks 3–4');
  // A merge of blocks 1 and 4 of the reference is not "blocks 1–4": 2 and 3 were not in it.
  assert.is(blockLabel([0, 3]), 'blocks 1 and 4');
  assert.is(blockLabel([1, 2, 4, 8]), 'blocks 2–3, 5 and 9');
  assert.is(blockLabel([]), 'no block');
});

test('excerpt cuts at a word and marks the cut', () => {
  assert.is(excerpt('All 29 ambassadors agreed', 60), 'All 29 ambassadors agreed');
  assert.is(excerpt('The alliance urged all countries to enforce the sanctions fully', 30), 'The alliance urged all…');
});

test('quote wraps words holding a double quotation mark in single curly ones, so the marks read apart', () => {
  assert.is(quote('29 ambassadors'), '"29 ambassadors"');
  assert.is(quote(', " said a NATO diplomat'), '\u2018, " said a NATO diplomat\u2019');
  assert.is(quote('\u201CWe will not'), '\u2018\u201CWe will not\u2019');
});

test.run();
