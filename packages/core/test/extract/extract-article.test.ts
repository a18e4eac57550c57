import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { articleFromText, extractArticle } from '../../src/extract/extract-article.js';
import type { Article } from '../../src/types.js';

const BODY = [
  'BRUSSELS (Reuters) - NATO urged all countries to step up efforts to enforce sanctions on North Korea and stop its weapons tests.',
  'All 29 ambassadors of the U.S.-led military alliance issued the statement as world powers sought a common response.',
  'NATO is not directly involved in the nuclear crisis, but it has repeatedly called on North Korea to abandon its programs.',
];

function page(inner: string, head = ''): string {
  return `<!doctype html><html><head><title>NATO urges trading partners | Site</title>${head}</head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business news and markets today</a></li></ul></nav>
  ${inner}
  <footer><p>Copyright 2017 Example Media. All rights reserved. Terms of use and privacy policy apply to this site.</p></footer></body></html>`;
}

function ok(html: string): Article {
  const result = extractArticle(html);
  if (result.status !== 'ok') throw new Error(`expected an article, got ${result.reason}: ${result.detail}`);
  return result.article;
}

const roles = (a: Article) => a.blocks.map((b) => `${b.role}:${b.text.slice(0, 24)}`);

test('extractArticle reads title, byline, dates and publisher from JSON-LD', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'NATO urges trading partners', author: [{ '@type': 'Person', name: 'Robin Emmott' }], datePublished: '2017-09-06T10:12:00Z', publisher: { '@type': 'Organization', name: 'Reuters' } };
  const a = ok(page(`<article>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script><link rel="canonical" href="https://example.com/a">`));
  assert.is(a.title, 'NATO urges trading partners');
  assert.is(a.byline, 'Robin Emmott');
  assert.is(a.publishedTime, '2017-09-06T10:12:00Z');
  assert.is(a.publisher, 'Reuters');
  assert.is(a.canonicalUrl, 'https://example.com/a');
});

test('extractArticle takes the itemprop=articleBody container and leaves navigation, related links and footer out', () => {
  const a = ok(page(`<div class="wrap"><div itemprop="articleBody">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>
    <div class="related-stories"><h3>Related</h3><ul><li><a href="/x">North Korea fires missile over Japan in fresh test</a></li></ul></div></div>`));
  const text = a.blocks.map((b) => b.text).join(' ');
  assert.not.match(text, /Home|fires missile|Copyright 2017 Example/);
  assert.ok(text.includes('All 29 ambassadors'));
});

test('extractArticle splits the dateline off the first paragraph as its own block', () => {
  const a = ok(page(`<article>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>`));
  assert.is(a.blocks[0]!.role, 'dateline');
  assert.is(a.blocks[0]!.text, 'BRUSSELS (Reuters) -');
  assert.ok(a.blocks[1]!.text.startsWith('NATO urged all countries'));
});

test('extractArticle keeps the photo caption with its editor note, and long alt text, as captions', () => {
  const caption = 'Kim Jong Un reacts in this undated photo. KCNA/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE.';
  const a = ok(page(`<article><figure><img src="k.jpg" alt="North Korean leader Kim Jong Un with scientists at the Academy of Defence Science"><figcaption>${caption}</figcaption></figure>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>`));
  const captions = a.blocks.filter((b) => b.role === 'caption');
  assert.equal(captions.map((b) => b.form), ['alt', 'caption']);
  assert.ok(captions[1]!.text.includes('UNABLE TO INDEPENDENTLY VERIFY'));
});

test('extractArticle keeps furniture inside ad slots as furniture and credit lines as credits', () => {
  const a = ok(page(`<div class="article-body"><p>${BODY[0]}</p><div class="ad-container"><span>Continue Reading Below</span><script>ads()</script></div><p>${BODY[1]}</p><p>(Reporting by Robin Emmott; Editing by Andrew Heavens)</p></div>`));
  assert.ok(roles(a).includes('furniture:Continue Reading Below'), roles(a).join('\n'));
  assert.ok(roles(a).includes('credit:(Reporting by Robin Emmo'), roles(a).join('\n'));
});

test('extractArticle finds the body in bare <p> runs with no semantic markup', () => {
  const a = ok(page(`<div class="col"><div class="teaser"><a href="/x">Read the latest from our newsroom</a></div><div class="x1">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></div>`));
  assert.is(a.blocks.filter((b) => b.role === 'body').length, 3);
});

test('extractArticle says no-article, with a reason, for a page without story text', () => {
  const result = extractArticle(page('<div class="grid"><a href="/a">Markets</a> <a href="/b">World</a></div>'));
  assert.is(result.status, 'no-article');
  assert.is(extractArticle('   ').status, 'no-article');
});

test('extractArticle drops a heading over a list of links ("Related") and keeps headings inside the story', () => {
  const a = ok(page(`<article><p>${BODY[0]}</p><h2>Sanctions at the United Nations</h2><p>${BODY[1]}</p><p>${BODY[2]}</p>
    <h3>Related coverage</h3><ul><li><a href="/1">North Korea fires missile over Japan in its latest test</a></li><li><a href="/2">Seoul and Washington hold joint drills</a></li></ul></article>`));
  const headings = a.blocks.filter((b) => b.form === 'heading').map((b) => b.text);
  assert.equal(headings, ['Sanctions at the United Nations']);
});

test('extractArticle keeps a standfirst written as prose above the body container', () => {
  const standfirst = 'The alliance says every country must enforce the sanctions, and names the trading partners it means.';
  const a = ok(page(`<article><header><p class="standfirst">${standfirst}</p><p>Sept. 6, 2017</p></header><div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></article>`));
  const texts = a.blocks.map((b) => b.text);
  assert.ok(texts.includes(standfirst), texts.join('\n'));
  assert.not.ok(texts.includes('Sept. 6, 2017'));
});

test('extractArticle drops blocks without letters: rules between sections and slide counters', () => {
  const a = ok(page(`<article><div>1 / 5</div><p>${BODY[1]}</p><p>___</p><p>${BODY[2]}</p></article>`));
  assert.not.ok(a.blocks.some((b) => b.text === '1 / 5' || b.text === '___'));
});

test('extractArticle falls back to the JSON-LD articleBody when the markup holds no story', () => {
  const ld = { '@type': 'NewsArticle', headline: 'NATO urges trading partners', articleBody: BODY.join('\n') };
  const a = ok(page('<div id="app"></div>', `<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
  assert.equal(a.blocks.filter((b) => b.role === 'body').map((b) => b.text.slice(0, 12)), ['NATO urged a', 'All 29 ambas', 'NATO is not ']);
});

// The Reuters story as its JSON-LD carries it in full, and the teaser an outlet shows of it.
const FULL = [...BODY, 'Diplomats said there was concern that trading partners were not enforcing the sanctions already agreed.', 'NATO Secretary-General Jens Stoltenberg said the alliance stood ready to support its members in the region.'];
const TEASER_CAPTION = 'Kim Jong Un inspects a missile launch in this undated photo. KCNA/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.';
function teaserPage(ld: object | null, extraHead = ''): string {
  const script = ld ? `<script type="application/ld+json">${JSON.stringify(ld)}</script>` : '';
  return page(`<article><h1>NATO urges trading partners</h1><div class="byline">By Robin Emmott</div>
    <figure><img src="kim.jpg" alt=""><figcaption>${TEASER_CAPTION}</figcaption></figure>
    <div class="article-teaser"><p>${BODY[0]!.slice(0, 70)} …</p></div>
    <p class="read-full"><a href="https://www.reuters.com/article/us-northkorea-missiles-nato-idUSKCN1BH1LF">Read full story</a></p>
    <div class="credit-box">(Reporting by Robin Emmott; Editing by Andrew Heavens)</div></article>`, `${script}${extraHead}`);
}
const bodyOf = (a: Article) => a.blocks.filter((b) => b.role === 'body').map((b) => b.text);

test('extractArticle takes the full JSON-LD articleBody over a teaser that shows its first words, and keeps the markup\'s caption and credits', () => {
  const a = ok(teaserPage({ '@type': 'NewsArticle', headline: 'NATO urges trading partners', articleBody: FULL.join('\n\n') }));
  assert.equal(bodyOf(a), [FULL[0]!.replace('BRUSSELS (Reuters) - ', ''), ...FULL.slice(1)]);
  assert.equal(a.blocks.filter((b) => b.role === 'dateline').map((b) => b.text), ['BRUSSELS (Reuters) -']);
  assert.ok(a.blocks.some((b) => b.role === 'caption' && b.text === TEASER_CAPTION), roles(a).join('\n'));
  assert.equal(a.blocks.filter((b) => b.role === 'credit').map((b) => b.text), ['By Robin Emmott', '(Reporting by Robin Emmott; Editing by Andrew Heavens)']);
  // The teaser's cut text is gone, not kept beside the full paragraph.
  assert.not.ok(a.blocks.some((b) => b.text.endsWith('…')), roles(a).join('\n'));
});

test('extractArticle takes the full microdata articleBody (a meta tag) over a teaser', () => {
  const a = ok(teaserPage(null, `<meta itemprop="articleBody" content="${FULL.join('\n')}">`));
  assert.equal(bodyOf(a).length, FULL.length);
  assert.ok(bodyOf(a).includes(FULL[4]!));
});

test('extractArticle keeps the credit line once when the articleBody carries it too', () => {
  const a = ok(teaserPage({ '@type': 'NewsArticle', articleBody: [...FULL, '(Reporting by Robin Emmott; Editing by Andrew Heavens)'].join('\n\n') }));
  assert.equal(a.blocks.filter((b) => b.text.startsWith('(Reporting by')).length, 1);
  assert.equal(bodyOf(a).length, FULL.length);
});

test('extractArticle keeps the page\'s own body when its JSON-LD articleBody is the same text, or another text', () => {
  // A heading and a quote in the markup: forms the data's plain paragraphs would lose.
  const heading = 'Sanctions at the United Nations';
  const markup = `<article><div class="byline">By Robin Emmott</div><figure><figcaption>${TEASER_CAPTION}</figcaption></figure><p>${BODY[0]}</p>
    <h2>${heading}</h2><blockquote>${BODY[1]}</blockquote><p>${BODY[2]}</p><p>(Reporting by Robin Emmott; Editing by Andrew Heavens)</p></article>`;
  const plain = ok(page(markup));
  assert.equal(plain.blocks.map((b) => b.form).slice(-4), ['heading', 'quote', 'paragraph', 'paragraph']);
  const same = ok(page(markup, `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: [BODY[0], heading, BODY[1], BODY[2]].join('\n\n') })}</script>`));
  assert.equal(same.blocks, plain.blocks);
  // A data body longer than the page but without the page's paragraphs is another story's (or a summary).
  const other = ok(page(markup, `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: FULL.slice(1).map((p) => `${p} ${p}`).join('\n\n') })}</script>`));
  assert.equal(other.blocks, plain.blocks);
});

test('extractArticle prefers the byline inside the story to a "follow the author" box elsewhere', () => {
  const a = ok(page(`<aside><div class="followauthor-name">Our Newsroom Picks</div></aside><article><div class="byline">By ROBIN EMMOTT</div>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>`));
  assert.is(a.byline, 'ROBIN EMMOTT');
});

test('extractArticle never takes a photo credit for the byline of a page that has none', () => {
  const figure = (credit: string) => `<figure><img src="/a.jpg" alt=""><figcaption>Officials attend a news conference in Brussels. <span class="photo-credit">${credit}</span></figcaption></figure>`;
  for (const credit of ['(Photo by LEE JIN-MAN / AFP)', 'HANDOUT / MINISTRY OF DEFENCE', '(AP Photo/Jung Yeon-je)']) {
    const a = ok(page(`<article>${figure(credit)}${BODY.map((p) => `<p>${p}</p>`).join('')}<p class="credit-line">© 2020 AFP</p></article>`));
    assert.is(a.byline, null, credit);
    assert.ok(a.blocks.some((b) => b.text === credit && b.role === 'credit'), `${credit} stays the caption's credit`);
  }
  // With a byline, the byline is read as before.
  const bylined = ok(page(`<article><div class="byline">By Robin Emmott</div>${figure('REUTERS/Yves Herman')}${BODY.map((p) => `<p>${p}</p>`).join('')}</article>`));
  assert.is(bylined.byline, 'Robin Emmott');
});

test('extractArticle uses a site rule for the page\'s host (body, byline, caption), and the generic path without it', () => {
  const rule = { id: 'example', hosts: ['example.com'], body: ['.wire-copy'], byline: ['.who'], caption: ['.pic-note'], example: 'https://www.example.com/a' };
  const html = `<html><head><link rel="canonical" href="https://www.example.com/world/nato"></head><body>
    <div id="more">${BODY.map((p) => `<p>${p.replace('NATO', 'Markets')}</p>`).join('')}<p>${BODY[0]}</p></div>
    <div id="x"><div class="who">Robin Emmott</div><div class="pic-note">Kim Jong Un at a test site. KCNA/via REUTERS</div>
    <div class="wire-copy">${BODY.slice(1).map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
  const a = ok(html); // the default rules cover no example.com
  const ruled = extractArticle(html, { siteRules: [rule] });
  assert.is(ruled.status, 'ok');
  if (ruled.status !== 'ok') return;
  assert.equal(ruled.article.blocks.filter((b) => b.role === 'body').map((b) => b.text.slice(0, 12)), ['All 29 ambas', 'NATO is not ']);
  assert.ok(ruled.article.blocks.some((b) => b.role === 'caption' && b.text.startsWith('Kim Jong Un')));
  assert.is(ruled.article.byline, 'Robin Emmott');
  assert.ok(a.blocks.some((b) => b.text.startsWith('Markets urged')), 'without a rule for the site the longer box wins');
});

test('extractArticle makes a reading time in the byline and a gallery label in a caption furniture, not credit or caption', () => {
  const a = ok(page(`<article><div class="byline">By Robin Emmott</div><div class="byline-meta">4 Min Read</div>
    <figure><figcaption>Slideshow ( 15 images )</figcaption></figure>${BODY.map((p) => `<p>${p}</p>`).join('')}</article>`));
  assert.ok(roles(a).includes('furniture:4 Min Read'), roles(a).join('\n'));
  assert.ok(roles(a).includes('furniture:Slideshow ( 15 images )'), roles(a).join('\n'));
  assert.is(a.byline, 'Robin Emmott');
});

test('extractArticle makes a related-links heading in another language furniture ("Das könnte Sie auch interessieren!")', () => {
  const a = ok(page(`<article>${BODY.map((p) => `<p>${p}</p>`).join('')}<p>Das könnte Sie auch interessieren!</p><p>Mehr zum Thema</p></article>`));
  assert.equal(a.blocks.filter((b) => b.role === 'furniture').map((b) => b.text), ['Das könnte Sie auch interessieren!', 'Mehr zum Thema']);
});

test('extractArticle keeps the standfirst set apart above the body when it is the page\'s description, and not another story\'s teaser', () => {
  const lead = 'NATO urged trading partners of North Korea to do more, in a statement agreed by all 29 ambassadors';
  const teaser = 'Seoul and Washington held joint drills on Monday, a week after the latest missile test over Japan';
  const a = ok(page(`<div class="head"><h2 class="kicker">World</h2><div class="intro"><span>${lead}</span></div></div>
    <div class="teaser"><span>${teaser}</span></div><main><div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></main>`,
  `<meta name="description" content="${lead}">`));
  assert.is(a.blocks[0]!.text, lead);
  assert.not.ok(a.blocks.some((b) => b.text === teaser));
});

test('extractArticle does not take the headline for a standfirst when the description repeats it', () => {
  const headline = 'NATO urges trading partners to step up pressure on North Korea';
  const a = ok(page(`<div class="head"><h1>${headline}</h1></div><main><div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('')}</div></main>`,
    `<meta name="description" content="${headline}">`));
  assert.not.ok(a.blocks.some((b) => b.text === headline));
});

test('extractArticle leaves out the author\'s bio box and keeps the byline; follow and subscribe prompts are furniture', () => {
  const bio = 'Robin Emmott covers NATO and European Union foreign policy from Brussels, and before that reported from Mexico.';
  const a = ok(page(`<article><div class="byline author-name">By Robin Emmott</div>${BODY.map((p) => `<p>${p}</p>`).join('')}
    <p>Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.</p>
    <p>Never miss the latest news by signing up to our newsletter today!</p>
    <div class="author-box"><p>${bio}</p></div></article>`));
  assert.is(a.byline, 'Robin Emmott');
  assert.not.ok(a.blocks.some((b) => b.text === bio));
  assert.equal(a.blocks.filter((b) => b.role === 'furniture').map((b) => b.text.slice(0, 16)), ['Follow The Glean', 'Never miss the l']);
});

test('articleFromText takes blank-line paragraphs, a short first line as the title, and classifies roles', () => {
  const result = articleFromText(`NATO urges trading partners\n\nPolitics Reuters\n\n${BODY[1]}\n\nContinue Reading Below\n\n${BODY[2]}\n\n(Reporting by Robin Emmott; Editing by Andrew Heavens)\n`);
  assert.is(result.status, 'ok');
  if (result.status !== 'ok') return;
  assert.is(result.article.title, 'NATO urges trading partners');
  assert.equal(result.article.blocks.map((b) => b.role), ['credit', 'body', 'furniture', 'body', 'credit']);
});

test('articleFromText takes a title-case headline ending in a question mark or an abbreviation as the title, not a short first sentence', () => {
  const titleOf = (text: string) => {
    const result = articleFromText(text);
    return result.status === 'ok' ? result.article.title : null;
  };
  assert.is(titleOf(`Will the Alliance Hold Its Nerve Over North Korea?\n\nBy Robin Emmott\n\n${BODY[0]}\n\n${BODY[1]}`), 'Will the Alliance Hold Its Nerve Over North Korea?');
  assert.is(titleOf(`How Winter Wreaks Havoc on What’s Underneath N.Y.C.\n\n${BODY[1]}\n\n${BODY[2]}`), 'How Winter Wreaks Havoc on What’s Underneath N.Y.C.');
  assert.is(titleOf(`Would the talks survive the winter?\n\n${BODY[1]}\n\n${BODY[2]}`), null);
  // A headline run together with its byline keeps the byline as a credit of its own.
  const joined = articleFromText(`NATO urges trading partners to act By Robin EMMOTT\n\n${BODY[1]}\n\n${BODY[2]}`);
  assert.is(joined.status === 'ok' ? joined.article.title : null, 'NATO urges trading partners to act');
  assert.equal(joined.status === 'ok' ? joined.article.blocks.slice(0, 1).map((b) => [b.role, b.text]) : [], [['credit', 'By Robin EMMOTT']]);
  assert.is(titleOf(`Stand By Me Is Back in Cinemas\n\n${BODY[1]}\n\n${BODY[2]}`), 'Stand By Me Is Back in Cinemas');
  // Lines without a letter are rules the page drew, left out as markup's are.
  const ruled = articleFromText(`NATO urges trading partners\n\n||||||||\n\n${BODY[1]}\n\n* * *\n\n${BODY[2]}`);
  assert.equal(ruled.status === 'ok' ? ruled.article.blocks.map((b) => b.text) : [], [BODY[1], BODY[2]]);
});

test.run();
