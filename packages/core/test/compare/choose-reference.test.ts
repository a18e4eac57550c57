import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chooseReference } from '../../src/compare/choose-reference.js';
import { compareStoryChoosingReference } from '../../src/compare/compare-story.js';
import { articleFromText, extractArticle } from '../../src/extract/extract-article.js';
import type { SourcedArticle } from '../../src/compare/compare-story.js';

const STORY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/stories/nato-north-korea');
const read = (file: string): SourcedArticle => {
  const r = extractArticle(readFileSync(path.join(STORY, file), 'utf8'));
  if (r.status !== 'ok') throw new Error(file);
  return { source: file, article: r.article };
};
// The copies first, the Reuters original last: the order given must not decide.
const pages = [...readdirSync(path.join(STORY, 'copies')).sort().map((f) => read(`copies/${f}`)), read('reference.html')];

test('chooseReference picks the page with the agency dateline and credit line, and says so', () => {
  const choice = chooseReference(pages);
  assert.is(choice.source, 'reference.html');
  assert.match(choice.reason, /agency dateline/);
});

test('chooseReference falls back to the most complete page when none carries agency marks', () => {
  const text = (paras: string[]) => {
    const r = articleFromText(paras.join('\n\n'));
    if (r.status !== 'ok') throw new Error('text');
    return r.article;
  };
  const full = ['NATO urged all countries to step up efforts to enforce sanctions on North Korea.', 'All 29 ambassadors of the alliance issued the statement.', 'Diplomats said there were concerns.'];
  const choice = chooseReference([{ source: 'short', article: text(full.slice(0, 2)) }, { source: 'full', article: text(full) }]);
  assert.is(choice.source, 'full');
  assert.match(choice.reason, /most complete/);
});

test('compareStoryChoosingReference compares the others with the chosen page and reports why', () => {
  const report = compareStoryChoosingReference(pages);
  assert.is(report.reference.source, 'reference.html');
  assert.is(report.copies.length, pages.length - 1);
  assert.is(report.referenceChoice?.source, 'reference.html');
});

test.run();
