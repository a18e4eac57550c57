import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { namedAgencies } from '../../src/credits/find-credits.js';
import { BlockMemo } from '../../src/segment/block-memo.js';
import type { Article, Block } from '../../src/types.js';

const article = (blocks: Pick<Block, 'role' | 'text'>[], meta: Partial<Article> = {}): Article => ({
  title: null, byline: null, publishedTime: null, modifiedTime: null, siteName: null, canonicalUrl: null,
  publisher: null, isBasedOn: null, description: null, ...meta,
  blocks: blocks.map((b, index) => ({ ...b, index, form: 'paragraph' })),
});

test('namedAgencies reads every block but furniture, and the metadata that can carry a credit', () => {
  const a = article([
    { role: 'body', text: 'Seoul said the launch, reported by Yonhap, came at dawn.' },
    { role: 'furniture', text: 'Follow Reuters on X' }, // the outlet's own furniture names no source of this story
    { role: 'caption', text: 'Kim Jong Un watches the launch. KCNA via REUTERS' },
  ], { publisher: 'The Associated Press', description: 'A report from AFP.' });
  assert.equal(namedAgencies(a), ['afp', 'ap', 'kcna', 'reuters', 'yonhap']);
  assert.equal(namedAgencies(article([{ role: 'furniture', text: 'Follow Reuters on X' }])), []);
});

test('namedAgencies gives the same through a memo shared with other pages', () => {
  const memo = new BlockMemo();
  const first = article([{ role: 'body', text: 'BRUSSELS (Reuters) - NATO urged all countries to act.' }]);
  const second = article([{ role: 'body', text: 'BRUSSELS (Reuters) - NATO urged all countries to act.' }, { role: 'body', text: 'Xinhua said so too.' }]);
  assert.equal(namedAgencies(first, memo), ['reuters']);
  assert.equal(namedAgencies(second, memo), ['reuters', 'xinhua']);
});

test.run();
