import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyBlock, isSourceLabel } from '../../src/segment/classify-block.js';

test('isSourceLabel takes an agency\'s label, with the date an outlet filed it or a pointer before it', () => {
  for (const label of ['Reuters', 'Politics Reuters', 'By Reuters Staff', 'Reuters via Briefline', 'Reuters · March 9, 2023',
    'The Associated Press | Tuesday, May 15, 2018, 1:09 p.m.', 'Kyodo -- Jan 10', 'Xinhua, January 21, 2016', '• Kyodo', '>> Reuters']) {
    assert.ok(isSourceLabel(label), label);
  }
  for (const prose of ['Reuters, the news agency, reported the figures first.', 'Reuters · the sanctions were widely flouted, diplomats said', 'Politics', 'March 9, 2023']) {
    assert.not.ok(isSourceLabel(prose), prose);
  }
});

test('classifyBlock makes a dated source label a credit, and a bare date line furniture', () => {
  assert.is(classifyBlock('Reuters · March 9, 2023', 'paragraph'), 'credit');
  assert.is(classifyBlock('March 9, 2023', 'paragraph'), 'furniture');
  assert.is(classifyBlock('burs-cl/dhc', 'paragraph'), 'credit');
});

test.run();
