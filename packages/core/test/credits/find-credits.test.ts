import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findCredits } from '../../src/credits/find-credits.js';
import type { Article, Block } from '../../src/types.js';

const block = (index: number, role: Block['role'], form: Block['form'], text: string): Block => ({ index, role, form, text });
const article = (blocks: Block[], meta: Partial<Article> = {}): Article => ({
  title: null, byline: null, publishedTime: null, modifiedTime: null, siteName: null, canonicalUrl: null,
  publisher: null, isBasedOn: null, description: null, blocks, ...meta,
});

test('findCredits finds byline, dateline, photo credit, credit lines and copyright, with their agencies', () => {
  const a = article([
    block(0, 'credit', 'line', 'By KIM TONG-HYUNG and MARI YAMAGUCHI'),
    block(1, 'dateline', 'line', 'SEOUL, South Korea (AP) —'),
    block(2, 'caption', 'caption', 'People watch a TV screen in Seoul. (AP Photo/Ahn Young-joon)'),
    block(3, 'body', 'paragraph', 'Yamaguchi reported from Tokyo. Associated Press writer Foster Klug in Seoul contributed to this report.'),
    block(4, 'body', 'paragraph', 'Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'),
  ]);
  assert.equal(findCredits(a).map((c) => [c.type, c.text, c.agencies]), [
    ['byline', 'By KIM TONG-HYUNG and MARI YAMAGUCHI', []],
    ['dateline', 'SEOUL, South Korea (AP) —', ['ap']],
    ['photo', '(AP Photo/Ahn Young-joon)', ['ap']],
    ['credit-line', 'Yamaguchi reported from Tokyo.', []],
    ['credit-line', 'Associated Press writer Foster Klug in Seoul contributed to this report.', ['ap']],
    ['copyright', 'Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', ['ap']],
  ]);
});

test('findCredits: AFP\'s desk slug is AFP\'s credit line; a credit element holding a photo credit is not also a source label', () => {
  const a = article([
    block(0, 'credit', 'caption', 'KCNA VIA KNS / AFP'),
    block(1, 'credit', 'line', 'PHOTO: Reuters'),
    block(2, 'credit', 'line', 'Politics Reuters'),
    block(3, 'credit', 'line', 'burs-cl/dhc'),
  ]);
  assert.equal(findCredits(a).map((c) => [c.type, c.text, c.agencies]), [
    ['photo', 'KCNA VIA KNS / AFP', ['afp', 'kcna']],
    ['photo', 'PHOTO: Reuters', ['reuters']],
    ['source', 'Politics Reuters', ['reuters']],
    ['credit-line', 'burs-cl/dhc', ['afp']],
  ]);
});

test('findCredits: a copyright line is no source label; a label set in a caption credits the picture', () => {
  const a = article([
    block(0, 'caption', 'caption', 'Workers stand near the scene in Cairo.'),
    block(1, 'credit', 'caption', 'KCNA VIA KNS'),
    block(2, 'credit', 'caption', '(Social media via AP)'),
    block(3, 'credit', 'line', '© 2020 AFP'),
  ]);
  assert.equal(findCredits(a).map((c) => [c.type, c.text]), [
    ['photo', 'KCNA VIA KNS'],
    ['photo', '(Social media via AP)'],
    ['copyright', '© 2020 AFP'],
  ]);
});

test('findCredits: a byline naming the agency is a byline only; a video still\'s credit is a picture\'s', () => {
  const a = article([block(0, 'credit', 'line', 'By Jack Kim Reuters'), block(1, 'credit', 'line', 'KRT via AP Video')]);
  assert.equal(findCredits(a).map((c) => [c.type, c.text]), [['byline', 'By Jack Kim Reuters'], ['photo', 'KRT via AP Video']]);
});

test('findCredits reads a dateline tag split off its paragraph, PTI\'s without a dash among them', () => {
  const a = article([block(0, 'dateline', 'line', 'New Delhi, Nov 14 (PTI)'), block(1, 'dateline', 'line', '(AP) Dhaka -')]);
  assert.equal(findCredits(a).map((c) => [c.type, c.text, c.agencies]), [['dateline', 'New Delhi, Nov 14 (PTI)', ['pti']], ['dateline', '(AP) Dhaka -', ['ap']]]);
});

test('findCredits keeps a credit quoted in a mandatory-credit note beside the same credit printed', () => {
  const notes = 'RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / HANDOUT / POLICE" - NO MARKETING NO ADVERTISING CAMPAIGNS';
  const a = article([block(0, 'credit', 'caption', 'AFP PHOTO / HANDOUT / POLICE'), block(1, 'caption', 'caption', notes)]);
  assert.equal(findCredits(a).map((c) => [c.block, c.text]), [[0, 'AFP PHOTO / HANDOUT / POLICE'], [1, 'AFP PHOTO / HANDOUT / POLICE']]);
});

test('findCredits keeps a JSON-LD author once when the page byline holds the same names', () => {
  const page = article([block(0, 'credit', 'line', 'By KIM TONG-HYUNG and MARI YAMAGUCHI')], { byline: 'KIM TONG-HYUNG, MARI YAMAGUCHI' });
  assert.equal(findCredits(page).map((c) => c.place), ['credit']);
  const other = article([block(0, 'credit', 'line', 'By Megan Holt, Courier Staff Writer')], { byline: 'KIM TONG-HYUNG' });
  assert.equal(findCredits(other).map((c) => [c.place, c.text]), [['credit', 'By Megan Holt, Courier Staff Writer'], ['metadata', 'KIM TONG-HYUNG']]);
});

test('findCredits reads the JSON-LD author and isBasedOn of a page without a byline line', () => {
  const a = article([block(0, 'body', 'paragraph', 'NATO urged all countries to act.')], { byline: 'Robin Emmott', isBasedOn: 'https://www.reuters.com/article/idUSKCN1BH1NE' });
  assert.equal(findCredits(a).map((c) => [c.type, c.place, c.agencies]).sort(), [['byline', 'metadata', []], ['source', 'metadata', ['reuters']]]);
});

test('findCredits leaves "By Tuesday" prose in the body alone', () => {
  assert.equal(findCredits(article([block(0, 'body', 'paragraph', 'By Tuesday the talks had collapsed.')])), []);
});

test.run();
