import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitGluedFurniture } from '../../src/extract/split-glued-furniture.js';
import { GLUED_LABELS } from '../../src/segment/furniture-patterns.js';
import type { Block } from '../../src/types.js';

const body = (text: string, index = 0): Block => ({ index, role: 'body', form: 'paragraph', text });
const split = (...texts: string[]) => splitGluedFurniture(texts.map((t, k) => body(t, k))).map((b) => `${b.role}: ${b.text}`);

test('GLUED_LABELS: each label is split off its example and leaves its near miss whole', () => {
  for (const label of GLUED_LABELS) {
    const pieces = splitGluedFurniture([body(label.example)]);
    assert.ok(pieces.length >= 2 && pieces[0]!.role === 'furniture', `${label.id} must split "${label.example}"`);
    assert.equal(splitGluedFurniture([body(label.nearMiss)]).map((b) => b.text), [label.nearMiss], `${label.id}: "${label.nearMiss}"`);
  }
});

test('splitGluedFurniture splits an ad label glued to a paragraph, so the paragraph keeps only its words', () => {
  assert.equal(split('Hide AdIn a statement, his children Lucy, Robert and Tim said they were deeply saddened.'), [
    'furniture: Hide Ad',
    'body: In a statement, his children Lucy, Robert and Tim said they were deeply saddened.',
  ]);
  assert.equal(split('Hide Adrian’s friends said he would return.'), ['body: Hide Adrian’s friends said he would return.']);
});

test('splitGluedFurniture takes furniture run into the middle and the end of a paragraph', () => {
  assert.equal(split('“This should not have triggered blackouts.” Advertisement The grid operator said demand had peaked.'), [
    'body: “This should not have triggered blackouts.”',
    'furniture: Advertisement',
    'body: The grid operator said demand had peaked.',
  ]);
  assert.equal(split('The video purported to show soldiers. We apologize, but this video has failed to load.'), [
    'body: The video purported to show soldiers.',
    'furniture: We apologize, but this video has failed to load.',
  ]);
  assert.equal(split('It takes 2-3 years to grow. Sign up for our Morning Briefing newsletter. These flowers love water.'), [
    'body: It takes 2-3 years to grow.',
    'furniture: Sign up for our Morning Briefing newsletter.',
    'body: These flowers love water.',
  ]);
});

test('splitGluedFurniture splits a labelled date off the first paragraph and keeps the dateline whole', () => {
  assert.equal(split('date 2018-04-27 CAIRO (Reuters) - A Saudi-led coalition air strike killed two leaders.'), [
    'furniture: date 2018-04-27',
    'body: CAIRO (Reuters) - A Saudi-led coalition air strike killed two leaders.',
  ]);
});

test('splitGluedFurniture leaves prose that only mentions furniture words alone', () => {
  for (const prose of [
    'Advertising Standards Authority rules were tightened. Advertisement spending rose 4% in the quarter.',
    'The minister asked: What do you think? The audience laughed.',
    'Published on March 9, the report said the talks had failed.',
    'Readers may register now for access to the archive, the library said.',
  ]) assert.equal(split(prose), [`body: ${prose}`], prose);
  // Headings and blocks that are not story text are not searched.
  const heading: Block = { index: 0, role: 'body', form: 'heading', text: 'Hide AdIn pictures' };
  assert.equal(splitGluedFurniture([heading]).map((b) => b.text), ['Hide AdIn pictures']);
});

test.run();
