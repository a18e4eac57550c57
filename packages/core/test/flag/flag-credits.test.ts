import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { flagCredits } from '../../src/flag/flag-credits.js';
import { findCredits } from '../../src/credits/find-credits.js';
import type { Article, Block } from '../../src/types.js';

const block = (index: number, role: Block['role'], form: Block['form'], text: string): Block => ({ index, role, form, text });
const article = (blocks: Block[], meta: Partial<Article> = {}): Article => ({
  title: null, byline: null, publishedTime: null, modifiedTime: null, siteName: null, canonicalUrl: null,
  publisher: null, isBasedOn: null, description: null, blocks, ...meta,
});
const BODY = block(3, 'body', 'paragraph', 'NATO urged all countries to step up efforts to enforce sanctions on North Korea.');
const REF = article([
  block(0, 'credit', 'line', 'By Robin Emmott'),
  block(1, 'caption', 'caption', 'Kim Jong Un at the launch site. KCNA/via REUTERS'),
  block(2, 'dateline', 'line', 'BRUSSELS (Reuters) -'),
  BODY,
  block(4, 'credit', 'line', '(Reporting by Robin Emmott; Editing by Andrew Heavens)'),
], { publisher: 'Reuters' });
const flag = (copy: Article) =>
  flagCredits(REF, findCredits(REF), copy, findCredits(copy)).map((f) => [f.kind, f.severity, f.categories[0], f.copy.words || f.reference.words]);

test('flagCredits reports nothing when the copy keeps every credit', () => {
  assert.equal(flag(REF), []);
});

test('flagCredits: a reformatted photo credit is low; an outlet byline for the agency reporter is high', () => {
  const copy = article([
    block(0, 'credit', 'line', 'By Dana Whitfield, Ledger Staff'),
    block(1, 'caption', 'caption', 'Kim Jong Un at the launch site. KCNA via Reuters'),
    ...REF.blocks.slice(2),
  ]);
  assert.equal(flag(copy), [
    ['credit-changed', 'high', 'byline', 'By Dana Whitfield, Ledger Staff'],
    ['credit-changed', 'low', 'photo', 'KCNA via Reuters'],
  ]);
});

test('flagCredits: REUTERS/KCNA restyled as KCNA via REUTERS is low, not a stripped credit', () => {
  const ref = article([block(0, 'caption', 'caption', 'Kim Jong Un at the launch site. REUTERS/KCNA'), BODY], { publisher: 'Reuters' });
  const copy = article([block(0, 'caption', 'caption', 'Kim Jong Un at the launch site. KCNA via REUTERS'), BODY]);
  assert.equal(flagCredits(ref, findCredits(ref), copy, findCredits(copy)).map((f) => [f.kind, f.severity]), [['credit-changed', 'low']]);
});

test('flagCredits: a copy that names Reuters nowhere gets one high agency finding beside each lost credit', () => {
  const copy = article([block(0, 'caption', 'caption', 'Kim Jong Un at the launch site.'), BODY], { publisher: 'Fox Business' });
  assert.equal(flag(copy), [
    ['credit-missing', 'medium', 'byline', 'By Robin Emmott'],
    ['credit-missing', 'medium', 'dateline', 'BRUSSELS (Reuters) -'],
    ['credit-missing', 'medium', 'photo', 'KCNA/via REUTERS'],
    ['credit-missing', 'medium', 'credit-line', '(Reporting by Robin Emmott; Editing by Andrew Heavens)'],
    ['credit-missing', 'high', 'agency', 'Reuters'],
  ]);
});

test('flagCredits never pairs a lost photo credit with a source label ("Politics Reuters", "Reuters · March 9, 2023", "Reuters via Briefline", "Story via Reuters")', () => {
  for (const label of ['Politics Reuters', 'Reuters · March 9, 2023', 'Reuters via Briefline', 'Story via Reuters', 'Briefline via Reuters']) {
    const copy = article([
      block(0, 'credit', 'line', 'By Robin Emmott'),
      block(1, 'caption', 'caption', 'Kim Jong Un at the launch site.'),
      block(2, 'credit', 'line', label),
      ...REF.blocks.slice(2).map((b) => ({ ...b, index: b.index + 1 })),
    ]);
    assert.equal(flag(copy), [
      ['credit-missing', 'medium', 'photo', 'KCNA/via REUTERS'],
      ['credit-added', 'low', 'source', label],
    ], label);
  }
});

test('flagCredits: a photo credit standing as its own line ("KCNA/via REUTERS", "PHOTO: Reuters") is still compared as a photo credit', () => {
  const copy = (line: string) => article([REF.blocks[0]!, block(1, 'caption', 'caption', 'Kim Jong Un at the launch site.'), block(2, 'credit', 'line', line), ...REF.blocks.slice(2).map((b) => ({ ...b, index: b.index + 1 }))]);
  assert.equal(flag(copy('KCNA/via REUTERS')), []);
  assert.equal(flag(copy('PHOTO: Reuters')), [['credit-changed', 'medium', 'photo', 'PHOTO: Reuters']]);
});

test('flagCredits: the agency named in a source label or isBasedOn is attribution enough', () => {
  const copy = article([BODY], { isBasedOn: 'https://www.reuters.com/article/idUSKCN1BH1NE' });
  assert.not.ok(flagCredits(REF, findCredits(REF), copy, findCredits(copy)).some((f) => f.categories[0] === 'agency'));
});

test.run();
