import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { findContentRoot } from '../../src/extract/find-content-root.js';
import { SITE_RULES } from '../../src/extract/site-rules.js';

const para = (n: number, topic = 'the alliance') =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about ${topic}, with a clause, another clause, and enough words to read as prose in a news story.</p>`).join('');
const links = (n: number) => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s${i}">Other story number ${i + 1} with a long teaser headline</a></li>`).join('')}</ul>`;
const root = (html: string) => findContentRoot(parseDocument(html) as never);
const label = (el: Element) => el.attribs.id ?? el.attribs.class ?? el.name;
const hasDescendant = (el: Element, id: string): boolean =>
  el.attribs.id === id || el.children.some((c) => c.type === 'tag' && hasDescendant(c as Element, id));
const bodyIds = (html: string) => [...root(html)!.body].map(label);

test('findContentRoot picks the container with the paragraph run over a link-heavy sidebar', () => {
  const ids = bodyIds(`<body><div id="side">${links(12)}<p>Short promo text for the newsletter.</p></div><div id="story">${para(6)}</div></body>`);
  assert.equal(ids, ['story']);
});

test('findContentRoot leaves out comment threads whatever they hold, and small share bars', () => {
  const r = root(`<body><div id="story">${para(5)}<div class="comments">${para(8, 'readers')}</div><div class="share-bar">Share on Facebook</div></div></body>`)!;
  assert.equal([...r.body].map(label), ['story']);
  assert.equal([...r.noise].map(label).sort(), ['comments', 'share-bar']);
});

test('findContentRoot keeps a box marked "share" when it holds the marked story body (WordPress themes do this)', () => {
  const r = root(`<body><article><div class="entry themeform share"><div class="entry-content" id="c">${para(5)}</div></div><div class="share-bar">Share on Facebook</div></article></body>`)!;
  assert.equal([...r.body].map(label), ['c']);
  assert.equal([...r.noise].map(label), ['share-bar']);
});

test('findContentRoot does not read the layout class "overflow-hidden" as hidden', () => {
  const ids = bodyIds(`<body><div class="col overflow-hidden article-column"><div class="streamfield article-body">${para(5)}</div></div></body>`);
  assert.equal(ids, ['streamfield article-body']);
});

test('findContentRoot keeps a weakly marked box ("footer" in a page-builder class) when it holds the story', () => {
  const r = root(`<body><div class="elementor-location-footer x-footer">${para(8)}</div></body>`)!;
  assert.is(r.noise.size, 0);
  assert.ok([...r.body].some((el) => label(el).includes('footer')));
});

test('findContentRoot takes every chunk when the body class is repeated between ads', () => {
  const ids = bodyIds(`<body><article><div class="article__body" id="c1">${para(3)}</div><div class="ad">Advertisement</div><div class="article__body" id="c2">${para(3, 'sanctions')}</div></article></body>`);
  assert.equal(ids, ['c1', 'c2']);
});

test('findContentRoot joins prose siblings of the best container (a lead paragraph set apart)', () => {
  const ids = bodyIds(`<body><main><p id="lead">The lead paragraph of the story, set apart from the rest by the layout, says what happened.</p><div id="rest">${para(6)}</div></main></body>`);
  assert.ok(ids.includes('lead') && ids.includes('rest'));
});

test('findContentRoot follows a site rule over the scorer when the page is on that site', () => {
  const reuters = SITE_RULES.find((r) => r.id === 'reuters')!;
  const html = `<body><div id="summary">${para(6, 'the summary')}</div><div data-testid="ArticleBody" id="t1">${para(3)}</div></body>`;
  assert.equal([...root(html)!.body].map(label), ['summary']);
  assert.equal([...findContentRoot(parseDocument(html) as never, reuters)!.body].map(label), ['t1']);
});

test('findContentRoot gathers a story cut into repeated modules of one class, between image modules', () => {
  const module = (id: string, n: number) => `<div class="module module--text"><div class="text" id="${id}">${para(n)}</div></div>`;
  const html = `<body><div class="wrapper">${module('m1', 3)}<div class="module module--image"><img src="a.jpg"></div>${module('m2', 2)}<div class="module module--image"><img src="b.jpg"></div>${module('m3', 3)}</div>
    <div class="teasers"><div class="text" id="t">${links(3)}</div></div></body>`;
  const r = root(html.replace(module('m2', 2), module('m2', 1)).replace(module('m3', 3), module('m3', 1)).replace(module('m1', 3), module('m1', 6)))!;
  const inBody = (id: string) => [...r.body].some((b) => hasDescendant(b, id));
  assert.ok(['m1', 'm2', 'm3'].every(inBody), [...r.body].map(label).join());
  assert.not.ok(inBody('t'));
});

test('findContentRoot gives no vote to paragraphs inside a box left out (a cookie banner\'s prose)', () => {
  const r = root(`<body><div id="cookie-consent"><div class="text">${para(6, 'cookies')}</div></div><div id="story">${para(3)}</div></body>`)!;
  assert.equal([...r.body].map(label), ['story']);
});

test('findContentRoot keeps a wrapper whose class names navigation when it holds prose, not links ("with-navigation")', () => {
  const r = root(`<body><nav>${links(6)}</nav><div id="main" class="clearfix with-navigation"><div id="story">${para(6)}</div></div></body>`)!;
  assert.ok([...r.body].some((el) => hasDescendant(el, 'story')), [...r.body].map(label).join());
  assert.not.ok([...r.noise].some((el) => label(el) === 'main'));
});

test('findContentRoot does not let a content class on a one-line box beat the story ("article-content" around a teaser)', () => {
  const ids = bodyIds(`<body><div class="teaser"><div class="article-content" id="t">A one-line teaser of another story.</div></div><div id="story">${para(6)}</div></body>`);
  assert.equal(ids, ['story']);
});

test('findContentRoot keeps a weakly marked wrapper holding a story beside its teasers (a "modal" with related links)', () => {
  const r = root(`<body><div class="render-target-modal"><div id="story">${para(18)}</div><div class="stream">${links(25)}</div></div></body>`)!;
  assert.ok([...r.body].some((el) => hasDescendant(el, 'story')), [...r.body].map(label).join());
  assert.is(r.noise.size, 0);
});

test('findContentRoot keeps a "read-more" expander holding the story, and leaves out a "read-more" list of links', () => {
  const r = root(`<body><div class="single_content read-more" id="story">${para(6)}</div><div class="read-more" id="more">${links(4)}</div></body>`)!;
  assert.ok([...r.body].some((el) => hasDescendant(el, 'story')), [...r.body].map(label).join());
  assert.equal([...r.noise].map(label), ['more']);
});

test('findContentRoot returns null for a page without paragraph text', () => {
  assert.is(root('<body><nav><a href="/">Home</a></nav></body>'), null);
});

test.run();
