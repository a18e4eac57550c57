import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitDateline } from '../../src/segment/split-dateline.js';
import type { Block } from '../../src/types.js';

const block = (index: number, role: Block['role'], form: Block['form'], text: string): Block => ({ index, role, form, text });
const run = (blocks: Block[]) => splitDateline(blocks).map((b) => `${b.index} ${b.role}: ${b.text}`);

test('splitDateline splits the agency tag off the story\'s first paragraph', () => {
  assert.equal(run([block(0, 'credit', 'line', 'By Robin Emmott'), block(1, 'body', 'paragraph', 'BRUSSELS (Reuters) - NATO urged all countries to act.')]), [
    '0 credit: By Robin Emmott',
    '1 dateline: BRUSSELS (Reuters) -',
    '2 body: NATO urged all countries to act.',
  ]);
});

test('splitDateline finds a dateline a text copy ran in after a caption, and splits the paragraph there', () => {
  const merged = block(0, 'caption', 'paragraph', 'Officials inspect the site in this handout picture. (Ministry of Defence via AP) HOUSTON, Texas (AP) — Researchers are warning of a new ransomware.');
  assert.equal(run([merged, block(1, 'body', 'paragraph', 'The links were spread on forums.')]), [
    '0 caption: Officials inspect the site in this handout picture. (Ministry of Defence via AP)',
    '1 dateline: HOUSTON, Texas (AP) —',
    '2 body: Researchers are warning of a new ransomware.',
    '3 body: The links were spread on forums.',
  ]);
});

test('splitDateline leaves a caption of the page\'s markup, and a story without a tag, as they are', () => {
  const figure = block(0, 'caption', 'caption', 'A view of the port. REUTERS/Yves Herman BRUSSELS (Reuters) - NATO urged all countries to act.');
  assert.equal(run([figure]), [`0 caption: ${figure.text}`]);
  const plain = block(0, 'body', 'paragraph', 'NATO urged all countries to act. It said (AP) - reported - nothing more.');
  assert.equal(run([plain]), [`0 body: ${plain.text}`]);
});

test.run();
