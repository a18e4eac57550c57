import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { identifyOutlet } from '../../src/furniture/identify-outlet.js';
import { article } from './story-articles.js';

const copy = article(['Text.'], { canonicalUrl: 'https://www.NorthCoast.example/news/quake', siteName: 'North Coast News' });

test('identifyOutlet: the host the copy was read from comes first, without "www."', () => {
  assert.is(identifyOutlet(copy, { source: 'https://www2.mirror.example/a?b' }), 'mirror.example');
});

test('identifyOutlet: a file copy is named by the host of its canonical link', () => {
  assert.is(identifyOutlet(copy, { source: 'corpus/quake/copies/north.html' }), 'northcoast.example');
  assert.is(identifyOutlet(copy), 'northcoast.example');
});

test('identifyOutlet: a canonical link to the reference\'s host is the agency\'s, so the site name names the outlet', () => {
  const reference = article(['Text.'], { canonicalUrl: 'https://apnews.com/article/1' });
  const partner = { ...copy, canonicalUrl: 'https://apnews.com/article/1' };
  assert.is(identifyOutlet(partner, { reference }), 'north coast news');
});

test('identifyOutlet: no URL and no site name is no outlet', () => {
  assert.is(identifyOutlet(article(['Text.'], { canonicalUrl: 'not a url' })), null);
  assert.is(identifyOutlet(article(['Text.'], { siteName: '  ' })), null);
});

test.run();
