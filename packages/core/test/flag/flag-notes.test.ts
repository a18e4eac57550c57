import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { flagNotes } from '../../src/flag/flag-notes.js';
import { findNotes } from '../../src/notes/find-notes.js';
import type { Article, Block } from '../../src/types.js';

const block = (index: number, role: Block['role'], form: Block['form'], text: string): Block => ({ index, role, form, text });
const article = (blocks: Block[]): Article => ({
  title: null, byline: null, publishedTime: null, modifiedTime: null, siteName: null, canonicalUrl: null,
  publisher: null, isBasedOn: null, description: null, blocks,
});
const CAPTION = 'Kim Jong Un at the launch site. KCNA/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE. NO THIRD PARTY SALES.';
const REF = article([
  block(0, 'caption', 'caption', CAPTION),
  block(1, 'body', 'paragraph', 'The video, which could not be independently verified, appeared to show a launch.'),
]);
const flag = (copy: Article, aligned: Array<[number, number[]]> = [[0, [0]], [1, [1]]]) =>
  flagNotes(REF, findNotes(REF), copy, findNotes(copy), new Map(aligned)).map((f) => [f.kind, f.severity, f.categories[0], f.note?.ruleId]);

test('flagNotes reports nothing when the copy keeps every note where it was', () => {
  assert.equal(flag(REF), []);
});

test('flagNotes: a caption cut after its credit loses each note, the caveat as high', () => {
  const copy = article([block(0, 'caption', 'caption', 'Kim Jong Un at the launch site. KCNA/via REUTERS'), REF.blocks[1]!]);
  assert.equal(flag(copy), [
    ['note-missing', 'high', 'verification', 'unable-to-independently-verify'],
    ['note-missing', 'medium', 'third-party', 'provided-by-third-party'],
    ['note-missing', 'low', 'restriction', 'no-third-party-sales'],
  ]);
});

test('flagNotes: a caveat weakened by dropping "independently" is note-changed, high', () => {
  const copy = article([block(0, 'caption', 'caption', CAPTION.replace('UNABLE TO INDEPENDENTLY VERIFY', 'UNABLE TO VERIFY')), REF.blocks[1]!]);
  assert.equal(flag(copy), [['note-changed', 'high', 'verification', 'unable-to-independently-verify']]);
});

test('flagNotes: a body sentence that survives without its caveat is note-changed, high', () => {
  const copy = article([REF.blocks[0]!, block(1, 'body', 'paragraph', 'The video appeared to show a launch.')]);
  assert.equal(flag(copy), [['note-changed', 'high', 'verification', 'cannot-be-independently-verified']]);
});

test('flagNotes: a caveat moved out of the caption into the body is note-changed', () => {
  const copy = article([
    block(0, 'caption', 'caption', 'Kim Jong Un at the launch site. KCNA/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. NO THIRD PARTY SALES.'),
    REF.blocks[1]!,
    block(2, 'body', 'paragraph', 'REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE.'),
  ]);
  assert.equal(flag(copy), [['note-changed', 'high', 'verification', 'unable-to-independently-verify']]);
});

test('flagNotes: a caption kept as a paragraph of plain text keeps its notes where they were', () => {
  const ref = article([
    block(0, 'caption', 'caption', 'A view of the damaged building in Seoul.'),
    block(1, 'credit', 'caption', 'Presidential Press Office/Handout via REUTERS'),
    block(2, 'caption', 'caption', 'ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE.'),
    block(3, 'body', 'paragraph', 'The talks collapsed on Monday.'),
  ]);
  const copy = article([
    block(0, 'body', 'paragraph', 'A view of the damaged building in Seoul. Presidential Press Office/Handout ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE.'),
    block(1, 'body', 'paragraph', 'The talks collapsed on Monday.'),
  ]);
  const run = (aligned: Array<[number, number[]]>) => flagNotes(ref, findNotes(ref), copy, findNotes(copy), new Map(aligned)).map((f) => [f.kind, f.note?.ruleId]);
  // The caption's words aligned with the copy's paragraph: only the cut "via REUTERS" is missing.
  assert.equal(run([[0, [0]], [3, [1]]]), [['note-missing', 'handout-via-agency']]);
  // The same notes in a paragraph that is not the caption's have moved.
  assert.equal(run([[3, [1]]]).map(([kind]) => kind), ['note-missing', 'note-changed', 'note-changed']);
});

test('flagNotes: a standalone note run into the paragraph beside it by a text copy has not moved', () => {
  const ref = article([
    block(0, 'note', 'paragraph', '(Corrects spelling of spokesman’s name in paragraph 3)'),
    block(1, 'caption', 'caption', 'Officials inspect the site in Berlin in this handout picture.'),
    block(2, 'body', 'paragraph', 'The talks collapsed on Monday.'),
  ]);
  const copy = article([
    block(0, 'caption', 'paragraph', '(Corrects spelling of spokesman’s name in paragraph 3) Officials inspect the site in Berlin in this handout picture.'),
    block(1, 'body', 'paragraph', 'The talks collapsed on Monday.'),
  ]);
  const run = (aligned: Array<[number, number[]]>) => flagNotes(ref, findNotes(ref), copy, findNotes(copy), new Map(aligned)).map((f) => f.kind);
  assert.equal(run([[1, [0]], [2, [1]]]), []);
  // Run into a paragraph far from where it stood, it has moved.
  assert.equal(run([[2, [0]]]), ['note-changed']);
});

test('flagNotes: a note in the caption\'s credit element and the same note inline in the caption has not moved; out of the picture it has', () => {
  const ref = article([block(0, 'caption', 'caption', 'A power plant damaged in Kharkiv.'), block(1, 'credit', 'caption', 'Ministry of Defence/Handout via REUTERS')]);
  const inline = article([block(0, 'caption', 'caption', 'A power plant damaged in Kharkiv. Ministry of Defence/Handout via REUTERS')]);
  const run = (copy: Article) => flagNotes(ref, findNotes(ref), copy, findNotes(copy), new Map([[0, [0]]])).map((f) => f.kind);
  assert.equal(run(inline), []);
  assert.equal(run(article([block(0, 'caption', 'caption', 'A power plant damaged in Kharkiv.'), block(1, 'body', 'paragraph', 'The picture was a handout photo, Ministry of Defence/Handout via REUTERS')])), ['note-changed', 'note-added']);
});

test('flagNotes: "couldn\'t be confirmed" is the caveat "could not be confirmed", "can\'t be verified" is "cannot be verified"', () => {
  const ref = article([block(0, 'body', 'paragraph', 'Local media said 250 people were on board, but that could not be confirmed. The video cannot be verified.')]);
  const copy = article([block(0, 'body', 'paragraph', "Local media said 250 people were on board, but that couldn't be confirmed. The video can't be verified.")]);
  assert.equal(findNotes(copy).map((n) => n.text), ["couldn't be confirmed", "can't be verified"]);
  assert.equal(flagNotes(ref, findNotes(ref), copy, findNotes(copy), new Map([[0, [0]]])), []);
});

test('flagNotes: a note only the copy has is note-added, a correction as medium', () => {
  const copy = article([...REF.blocks, block(2, 'body', 'paragraph', 'Correction: An earlier version gave the wrong date.')]);
  assert.equal(flag(copy), [['note-added', 'medium', 'correction', 'correction-label']]);
});

test('flagNotes words an editor\'s note as such, with its article: "copy adds an editor\'s note"', () => {
  const copy = article([...REF.blocks, block(2, 'note', 'paragraph', "Editor's note: This story contains graphic descriptions.")]);
  const messages = flagNotes(REF, findNotes(REF), copy, findNotes(copy), new Map([[0, [0]], [1, [1]]])).map((f) => f.message);
  assert.equal(messages.filter((m) => m.startsWith('copy adds')).map((m) => m.split(':')[0]), ["copy adds an editor's note"]);
});

test.run();
