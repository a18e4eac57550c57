import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { prunePieces } from '../../src/align/prune-pieces.js';
import { fingerprint } from '../../src/align/similarity.js';

const prints = (texts: readonly string[]) => texts.map(fingerprint);

test('prunePieces keeps both halves of two sentences the copy merged into one', () => {
  const ref = prints(['The ferry sank on Monday in the river Padma.', 'Rescue teams took half of the passengers to safety.']);
  const copy = prints(['The ferry sank on Monday in the river Padma, and rescue teams took half of the passengers to safety.']);
  assert.equal(prunePieces([{ reference: [0, 1], copy: [0] }], ref, copy), [{ reference: [0, 1], copy: [0] }]);
});

test('prunePieces drops a headline whose words the copy sentence holds only because the lede says the same', () => {
  const ref = prints([
    'Five civilians killed in air strikes by Saudi-led coalition in Yemen - TV',
    'Five civilians from one family were killed in air strikes by the Saudi-led coalition in Omran province in Yemen, Houthi TV said.',
  ]);
  const copy = prints(['Five civilians from one family were killed in air strikes by the Saudi-led coalition in Omran province in Yemen, Houthi TV said.']);
  assert.equal(prunePieces([{ reference: [0, 1], copy: [0] }], ref, copy), [{ reference: [1], copy: [0] }]);
});

test('prunePieces keeps the halves of a sentence the copy split, and leaves one-to-one groups alone', () => {
  const ref = prints(['The ferry sank on Monday in the river Padma, and rescue teams took half of the passengers to safety.']);
  const copy = prints(['The ferry sank on Monday in the river Padma.', 'Rescue teams took half of the passengers to safety.']);
  assert.equal(prunePieces([{ reference: [0], copy: [0, 1] }], ref, copy), [{ reference: [0], copy: [0, 1] }]);
  assert.equal(prunePieces([{ reference: [0], copy: [1] }], ref, copy), [{ reference: [0], copy: [1] }]);
});

test('prunePieces keeps a short piece whose words are all new: a speaker split off a quotation', () => {
  const ref = prints(['“Do they take the profit and reinvest it in grocery?” Forte said.']);
  const copy = prints(['“Do they take the profit and reinvest it in grocery?”', 'Forte said.']);
  assert.equal(prunePieces([{ reference: [0], copy: [0, 1] }], ref, copy), [{ reference: [0], copy: [0, 1] }]);
});

test('prunePieces unpairs a speaker of two words found inside another quotation\'s attribution', () => {
  const ref = prints(['Forte said.']);
  const copy = prints(['“That’s why they need grocery to work,” Forte said.']);
  assert.equal(prunePieces([{ reference: [0], copy: [0] }], ref, copy), []);
  assert.equal(prunePieces([{ reference: [0], copy: [0] }], ref, prints(['Forte said.'])), [{ reference: [0], copy: [0] }]);
});

test.run();
