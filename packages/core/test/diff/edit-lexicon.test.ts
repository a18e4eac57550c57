// The category word lists are a table too: each list's example must get its category through
// diffBlocks, and its near-miss must not.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffBlocks } from '../../src/diff/diff-blocks.js';
import { CATEGORY_LISTS } from '../../src/diff/edit-lexicon.js';
import { tokenKey } from '../../src/segment/tokenize-words.js';

const categoriesOf = (pair: readonly [string, string]) => [...new Set(diffBlocks(...pair).flatMap((e) => e.categories))];

test('CATEGORY_LISTS ids are unique and kebab-case, each list non-empty and written in comparison keys', () => {
  const ids = CATEGORY_LISTS.map((list) => list.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate id');
  for (const list of CATEGORY_LISTS) {
    assert.match(list.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    assert.ok(list.words.size > 0 && !list.description.includes('\n'), list.id);
    for (const word of list.words) assert.is(tokenKey(word), word, `${list.id}: "${word}" is not a key`);
  }
});

test('every category list’s example gets its category', () => {
  for (const list of CATEGORY_LISTS) {
    assert.ok(categoriesOf(list.example).includes(list.category), `${list.id}: ${categoriesOf(list.example)}`);
  }
});

test('no category list’s near-miss gets its category', () => {
  for (const list of CATEGORY_LISTS) {
    assert.not.ok(categoriesOf(list.nearMiss).includes(list.category), `${list.id}: ${categoriesOf(list.nearMiss)}`);
  }
});

test.run();
