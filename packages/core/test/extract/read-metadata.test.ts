import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDocument } from 'htmlparser2';
import { readMetadata } from '../../src/extract/read-metadata.js';

const read = (head: string, body = '') => readMetadata(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`) as never);

test('readMetadata reads every property of an RDFa list, and a property over a name', () => {
  const m = read(`<meta name="DC.title" content="Name title"><meta property="x:title dc:title" content="Property title">
    <meta name="author" content="Name author"><meta property="dc:creator twitter:site_name" content="Creator Name">`);
  assert.is(m.title, 'Property title');
  assert.is(m.byline, 'Creator Name');
});

test('readMetadata reads JSON-LD wrapped in CDATA, of social and blog posting types', () => {
  const ld = { '@type': 'SocialMediaPosting', headline: 'Minecraft 1.8 - The Bountiful Update', datePublished: '2014-09-02T08:35:27-04:00' };
  const m = read(`<script type="application/ld+json"><![CDATA[ ${JSON.stringify(ld)} ]]></script>`);
  assert.is(m.publishedTime, '2014-09-02T08:35:27-04:00');
  assert.is(m.title, 'Minecraft 1.8 - The Bountiful Update');
});

test('readMetadata takes the JSON-LD name over a headline holding a summary when the <title> starts with the name', () => {
  const ld = { '@type': 'Article', name: 'New Zealand', headline: 'constitutional monarchy in Oceania' };
  assert.is(read(`<title>New Zealand - Wikipedia</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`).title, 'New Zealand');
  const news = { '@type': 'NewsArticle', name: 'Example News', headline: 'NATO urges trading partners' };
  assert.is(read(`<title>NATO urges trading partners | Example News</title><script type="application/ld+json">${JSON.stringify(news)}</script>`).title, 'NATO urges trading partners');
});

test('readMetadata skips an author meta that holds a profile link', () => {
  assert.is(read('<meta property="article:author" content="https://www.facebook.com/someone"><meta name="author" content="Robin Emmott">').byline, 'Robin Emmott');
});

test('readMetadata takes the <h1> as the title when the page declares none', () => {
  assert.is(read('', '<h1>NATO urges trading partners to step up pressure</h1><p>Text.</p>').title, 'NATO urges trading partners to step up pressure');
});

test('readMetadata takes the publisher as the site when og:site_name holds a section, not the host\'s name (Reuters\' "U.S.")', () => {
  const ld = (publisher: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'x', publisher: { '@type': 'Organization', name: publisher } })}</script>`;
  // As reuters.com/article pages of 2017-2020 had it.
  const reuters = read(`<meta property="og:site_name" content="U.S."/><meta property="og:url" content="https://www.reuters.com/article/us-awards-sag-idUSKBN1ZI0EH"/>${ld('Reuters')}`);
  assert.is(reuters.siteName, 'Reuters');
  // A syndicating site names itself, whoever published the story: its name stays.
  const yahoo = read(`<meta property="og:site_name" content="Yahoo News"><link rel="canonical" href="https://www.yahoo.com/news/story-1.html">${ld('Associated Press')}`);
  assert.is(yahoo.siteName, 'Yahoo News');
  // Without a URL to tell, og:site_name is taken as given.
  assert.is(read(`<meta property="og:site_name" content="U.S.">${ld('Reuters')}`).siteName, 'U.S.');
});

test.run();
