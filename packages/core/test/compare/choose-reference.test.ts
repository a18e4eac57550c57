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

test('chooseReference prefers the original with its byline and photo credit to a copy stripped of them, on a tie in words, and says what the copy lacks', () => {
  const body = ['<p>BRUSSELS (Reuters) - NATO urged all countries on Wednesday to enforce sanctions on North Korea and stop its weapons tests.</p>',
    '<p>All 29 ambassadors of the U.S.-led alliance issued the statement as world powers sought a common response.</p>',
    '<p>(Reporting by Robin Emmott; Editing by Andrew Heavens)</p>'].join('');
  const html = (figure: string, byline: string) => `<html><head><title>NATO urges trading partners</title></head><body><article>
    <h1>NATO urges trading partners</h1>${byline}${figure}<div class="article-body">${body}</div></article></body></html>`;
  const page = (source: string, markup: string): SourcedArticle => {
    const r = extractArticle(markup);
    if (r.status !== 'ok') throw new Error(source);
    return { source, article: r.article };
  };
  const stripped = page('copy.html', html('<figure><img src="k.jpg" alt=""><figcaption>Kim Jong Un at the launch site.</figcaption></figure>', ''));
  const original = page('reuters.html', html('<figure><img src="k.jpg" alt=""><figcaption>Kim Jong Un at the launch site. KCNA/via REUTERS</figcaption></figure>', '<div class="byline">By Robin Emmott</div>'));
  const choice = chooseReference([stripped, original]);
  assert.is(choice.source, 'reuters.html');
  assert.is(choice.reason, 'it carries the agency dateline, the agency credit line, the byline and the agency photo credits; the next best, copy.html, lacks the byline and the agency photo credits');
});

test('compareStoryChoosingReference compares the others with the chosen page and reports why', () => {
  const report = compareStoryChoosingReference(pages);
  assert.is(report.reference.source, 'reference.html');
  assert.is(report.copies.length, pages.length - 1);
  assert.is(report.referenceChoice?.source, 'reference.html');
});

test.run();
