import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { blockLabel, countLabel, excerpt, quote } from '../../src/flag/describe.js';

const p = (...numbers: number[]) => numbers.map((number) => ({ part: 'paragraph' as const, number }));

test('blockLabel names paragraphs as agencies count them, neighbours as a range, paragraphs apart one by one', () => {
  assert.is(blockLabel(p(3)), 'paragraph 3');
  assert.is(blockLabel(p(3, 4)), 'paragraphs 3–4');
  // A merge of paragraphs 1 and 4 of the reference is not "paragraphs 1–4": 2 and 3 were not in it.
  assert.is(blockLabel(p(1, 4)), 'paragraphs 1 and 4');
  assert.is(blockLabel(p(2, 3, 5, 9)), 'paragraphs 2–3, 5 and 9');
  assert.is(blockLabel([]), 'no block');
});

test('blockLabel names captions and other parts by their own count, never as paragraphs', () => {
  assert.is(blockLabel([{ part: 'caption', number: 1 }]), 'caption 1');
  assert.is(blockLabel([...p(9), { part: 'caption', number: 2 }]), 'paragraph 9 and caption 2');
});

test('countLabel counts by part', () => {
  assert.is(countLabel(p(4, 5)), '2 paragraphs');
  assert.is(countLabel([...p(9), { part: 'caption', number: 2 }]), '1 paragraph and 1 caption');
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
