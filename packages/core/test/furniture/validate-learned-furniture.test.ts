import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { validateLearnedFurniture } from '../../src/furniture/validate-learned-furniture.js';
import { learnFurniture } from '../../src/furniture/learn-furniture.js';
import { article, GENERATED, QUAKE, RATES } from './story-articles.js';

const learned = learnFurniture([
  { reference: article(QUAKE), copies: [{ outlet: 'a.example', article: article([...QUAKE, GENERATED]) }] },
  { reference: article(RATES), copies: [{ outlet: 'a.example', article: article([...RATES, GENERATED]) }] },
]);

const refusal = (value: unknown): string => {
  try {
    validateLearnedFurniture(value, 'furniture.json');
  } catch (error) {
    const e = error as { code: string; input: string; message: string };
    assert.is(e.code, 'WD_FURNITURE_INVALID');
    assert.is(e.input, 'furniture.json');
    return e.message;
  }
  return assert.unreachable('accepted') as never;
};

test('validateLearnedFurniture accepts what learnFurniture returns, read back from JSON', () => {
  const read = JSON.parse(JSON.stringify(learned));
  assert.equal(validateLearnedFurniture(read, 'furniture.json'), learned);
});

test('validateLearnedFurniture refuses other files, naming what is wrong', () => {
  assert.match(refusal([]), /expected a JSON object/);
  assert.match(refusal({ ...learned, kind: 'wirediff-baseline' }), /"kind"/);
  assert.match(refusal({ ...learned, schemaVersion: 2 }), /schemaVersion 2/);
  assert.match(refusal({ ...learned, minStories: 1 }), /minStories/);
  assert.match(refusal({ ...learned, outlets: { 'a.example': [{ text: '', stories: 2 }] } }), /outlets\["a\.example"\]/);
});

test.run();
