import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { contentText } from '../../src/segment/content-text.js';
import { findCredits } from '../../src/credits/find-credits.js';
import { findNotes } from '../../src/notes/find-notes.js';
import type { Article, Block } from '../../src/types.js';

const words = (role: Block['role'], text: string): string => {
  const block: Block = { index: 0, role, form: role === 'caption' ? 'caption' : 'paragraph', text };
  const article: Article = {
    title: null, byline: null, publishedTime: null, modifiedTime: null, siteName: null, canonicalUrl: null,
    publisher: null, isBasedOn: null, description: null, blocks: [block],
  };
  return contentText(block, findNotes(article), findCredits(article));
};

test('contentText leaves a caption\'s inline credit and notes out of its words', () => {
  assert.is(words('caption', 'Kim Jong Un with officials at the site. KCNA VIA KNS / AFP RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT'), 'Kim Jong Un with officials at the site.');
  assert.is(words('caption', 'A damaged power plant in Kharkiv. Ministry of Defence/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.'), 'A damaged power plant in Kharkiv.');
});

test('contentText drops an outlet\'s "Photo:" label before a caption, and keeps the agency\'s "FILE PHOTO:" and a body\'s words', () => {
  assert.is(words('caption', 'Photo: A damaged power plant in Kharkiv.'), 'A damaged power plant in Kharkiv.');
  assert.is(words('caption', 'Pictured: A damaged power plant in Kharkiv.'), 'A damaged power plant in Kharkiv.');
  assert.is(words('caption', 'FILE PHOTO: A damaged power plant in Kharkiv.'), 'FILE PHOTO: A damaged power plant in Kharkiv.');
  assert.is(words('body', 'Image: the minister said the plant would reopen.'), 'Image: the minister said the plant would reopen.');
});

test.run();
