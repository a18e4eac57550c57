// A memo shared by the pages of a story must change nothing but the time taken: every page read
// with the memo, in any order, gives the notes and credits it gives alone.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compareCopy, readArticle } from '../../src/compare/compare-copy.js';
import { compareStory } from '../../src/compare/compare-story.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { BlockMemo } from '../../src/segment/block-memo.js';
import type { Article } from '../../src/types.js';

const STORIES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/stories');
const pagesOf = (story: string): Article[] => {
  const dir = path.join(STORIES, story);
  return ['reference.html', ...readdirSync(path.join(dir, 'copies')).sort().map((f) => `copies/${f}`)].map((f) => {
    const r = extractArticle(readFileSync(path.join(dir, f), 'utf8'));
    if (r.status !== 'ok') throw new Error(f);
    return r.article;
  });
};

test('pages read through one memo, forwards and backwards, give what each gives alone', () => {
  for (const story of readdirSync(STORIES).filter((s) => !s.includes('.'))) {
    const pages = pagesOf(story);
    const alone = pages.map((a) => readArticle(a));
    for (const order of [pages, [...pages].reverse()]) {
      const memo = new BlockMemo();
      for (const a of order) assert.equal(readArticle(a, { memo }), alone[pages.indexOf(a)], `${story}`);
    }
  }
});

test('a hit taken from the memo is the page\'s own: changing it leaves the other pages alone', () => {
  const [reference, copy] = pagesOf('nato-north-korea');
  const memo = new BlockMemo();
  const first = readArticle(reference!, { memo });
  first.credits.forEach((c) => c.agencies.push('changed'));
  const again = readArticle(reference!, { memo });
  assert.ok(again.credits.every((c) => !c.agencies.includes('changed')));
  assert.equal(readArticle(copy!, { memo }), readArticle(copy!));
});

test('compareStory (which shares a memo across the story) finds what each copy compared alone finds', () => {
  const [reference, ...copies] = pagesOf('ap-north-korea-icbm');
  const report = compareStory({ source: 'ref', article: reference! }, copies.map((article, k) => ({ source: `copy-${k}`, article })));
  copies.forEach((copy, k) => assert.equal(report.copies[k]!.findings, compareCopy(readArticle(reference!), readArticle(copy))));
});

test.run();
