// The forms real copies take (issue #16, section 3), each compared end to end on a small page:
// an agency's page and an outlet's copy of it, extracted and compared as `wirediff compare` does.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compareStory } from '../src/compare/compare-story.js';
import { articleFromText, extractArticle } from '../src/extract/extract-article.js';
import type { Article, Finding } from '../src/types.js';
import { SEVERITY_RANK } from '../src/flag/severity.js';

function read(html: string): Article {
  const result = html.trimStart().startsWith('<') ? extractArticle(html) : articleFromText(html);
  if (result.status !== 'ok') throw new Error(`expected an article, got ${result.reason}: ${result.detail}`);
  return result.article;
}

function compare(reference: string, copy: string): Finding[] {
  return compareStory({ source: 'reference.html', article: read(reference) }, [{ source: 'copy.html', article: read(copy) }]).copies[0]!.findings;
}

const atLeast = (findings: Finding[], severity: Finding['severity']) => findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[severity]);
const show = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.kind}: ${f.message}`).join('\n');

const page = (head: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>${body}<footer><p>© 2023 The outlet. All rights reserved.</p></footer></body></html>`;

// ── a teaser over the full text in the page's data ──

const RTR_FULL = [
  'BRUSSELS (Reuters) - NATO urged all countries on Wednesday to fully implement U.N. sanctions against North Korea, saying its nuclear and missile tests were a threat to peace.',
  'All 29 ambassadors of the U.S.-led military alliance issued the statement as world powers sought a common response to the latest test.',
  'NATO is not directly involved in the crisis, but it has repeatedly called on North Korea to abandon its weapons programs.',
  'Diplomats said there was concern that trading partners were not enforcing the sanctions already agreed by the U.N. Security Council.',
];
const RTR_FULL_CAPTION = 'North Korean leader Kim Jong Un reacts after the test-launch of a missile in this undated photo. KCNA/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.';
const NATO_REFERENCE = page('<title>NATO urges trading partners to step up pressure on North Korea | Reuters</title><link rel="canonical" href="https://www.reuters.com/article/us-northkorea-missiles-nato-idUSKCN1BH1LF">',
  `<article><h1>NATO urges trading partners to step up pressure on North Korea</h1><div class="article-header__author">By Robin Emmott</div>
  <figure><img src="kim.jpg" alt=""><figcaption>${RTR_FULL_CAPTION}</figcaption></figure>
  <div class="article-body__content">${RTR_FULL.map((p) => `<p>${p}</p>`).join('')}<p>(Reporting by Robin Emmott; Editing by Andrew Heavens)</p></div></article>`);

test('a teaser copy ("…", "Read full story") whose JSON-LD articleBody holds the story compares as the whole story, caption and credits included', () => {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'NATO urges trading partners to step up pressure on North Korea', articleBody: RTR_FULL.join('\n\n') };
  const teaser = page(`<title>NATO urges trading partners - Briefline</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    `<main><article><h1>NATO urges trading partners to step up pressure on North Korea</h1><div class="byline">By Robin Emmott</div>
    <figure><img src="kim.jpg" alt=""><figcaption>${RTR_FULL_CAPTION}</figcaption></figure>
    <div class="story-teaser"><p>${RTR_FULL[0]!.slice(0, 90)}…</p><p class="more"><a href="https://www.reuters.com/article/us-northkorea-missiles-nato-idUSKCN1BH1LF">Read full story</a></p></div>
    <p class="credit-line">(Reporting by Robin Emmott; Editing by Andrew Heavens)</p></article></main>`);
  const findings = compare(NATO_REFERENCE, teaser);
  assert.equal(findings.map((f) => `${f.severity} ${f.kind}: ${f.copy.words}`), ['info furniture: Read full story'], show(findings));
});

// ── source labels ──

test('a copy whose only agency marks are source labels reports the photo credit lost, never changed into a label', () => {
  for (const label of ['Politics Reuters', 'Reuters · March 9, 2023', 'Reuters via Briefline', 'Story via Reuters']) {
    const copy = page('<title>NATO urges trading partners - Briefline</title>', `<main><article><div class="kicker">${label}</div>
      <h1>NATO urges trading partners to step up pressure on North Korea</h1><div class="byline">By Robin Emmott</div>
      <figure><img src="kim.jpg" alt=""><figcaption>${RTR_FULL_CAPTION.replace(' KCNA/via REUTERS', '')}</figcaption></figure>
      <div class="article-body">${RTR_FULL.map((p) => `<p>${p}</p>`).join('')}<p>(Reporting by Robin Emmott; Editing by Andrew Heavens)</p></div></article></main>`);
    const credits = compare(NATO_REFERENCE, copy).filter((f) => f.kind.startsWith('credit-'));
    assert.equal(credits.map((f) => `${f.kind} ${f.categories[0]}`).sort(), ['credit-added source', 'credit-missing photo'], `${label}\n${show(credits)}`);
  }
});

// ── captions that carry their credit and notes inline ──

const AFP_CAPTION = "This picture taken on March 9, 2023 and released by North Korea's official Korean Central News Agency shows leader Kim Jong Un with officials at the site.";
const AFP_BODY = `<p>Seoul (AFP) - North Korea fired a ballistic missile on Thursday, the South Korean military said, the latest in a series of launches this year.</p>
  <p>The launch came days after the United States and South Korea began their largest joint military exercises in five years.</p>
  <p>Pyongyang has repeatedly warned that it views such drills as rehearsals for an invasion, and has vowed to respond.</p>
  <p>burs-cl/dhc</p>`;
const AFP_REFERENCE = page('<title>North Korea fires missile | AFP</title><link rel="canonical" href="https://www.afp.com/en/news/north-korea-missile">',
  `<article><h1>North Korea fires missile</h1><div class="author">By Claire LEE</div>
  <figure><img src="kim.jpg" alt=""><figcaption><p class="caption-text">${AFP_CAPTION}</p><p class="photo-credit">KCNA VIA KNS / AFP</p>
  <p class="usage">RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT</p></figcaption></figure>
  <div class="article-entry">${AFP_BODY}</div></article>`);
const AFP_COPY = page('<title>North Korea fires missile - Meridian Post</title><meta property="og:site_name" content="Meridian Post">',
  `<main><article class="story"><h1>North Korea fires missile</h1><div class="byline">By Claire LEE</div>
  <figure class="story-image"><img src="kim.jpg" alt=""><figcaption>${AFP_CAPTION} KCNA VIA KNS / AFP RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT</figcaption></figure>
  <div class="story-body">${AFP_BODY}</div></article></main>`);

test('an AFP caption with "KCNA VIA KNS / AFP RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT" inline equals one with a credit element', () => {
  const findings = compare(AFP_REFERENCE, AFP_COPY);
  assert.equal(findings, [], show(findings));
  assert.equal(compare(AFP_COPY, AFP_REFERENCE), [], 'and the other way round');
});

const RTR_CAPTION = 'A view shows a power plant damaged by a Russian missile strike in Kharkiv, Ukraine, in this handout picture released on March 9, 2023.';
const RTR_BODY = `<p>KYIV, March 9 (Reuters) - Russia fired a barrage of missiles at cities across Ukraine on Thursday, hitting a power plant in Kharkiv and cutting electricity to the region.</p>
  <p>The governor of the Kharkiv region said at least 15 strikes had hit the city and its surroundings overnight.</p>
  <p>(Reporting by Pavel Polityuk; Editing by Andrew Heavens)</p>`;
const RTR_REFERENCE = page('<title>Russian missiles hit Kharkiv power plant | Reuters</title><link rel="canonical" href="https://www.reuters.com/world/europe/kharkiv-2023-03-09/">',
  `<article><h1>Russian missiles hit Kharkiv power plant</h1><div class="article-header__author">By Pavel Polityuk</div>
  <figure><img src="k.jpg" alt=""><figcaption><span class="caption__text">${RTR_CAPTION}</span> <span class="caption__credit">Ministry of Defence/Handout via REUTERS</span>
  <span class="caption__note">ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.</span></figcaption></figure>
  <div class="article-body__content">${RTR_BODY}</div></article>`);
const RTR_COPY = page('<title>Russian missiles hit Kharkiv power plant | Carraway Valley Times</title>',
  `<main><div class="story"><h1>Russian missiles hit Kharkiv power plant</h1><p class="byline">By Pavel Polityuk</p>
  <div class="wp-caption"><img src="k.jpg" alt=""><p class="wp-caption-text">Photo: ${RTR_CAPTION} Ministry of Defence/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.</p></div>
  <div class="entry-content">${RTR_BODY}</div></div></main>`);

test('a Reuters caption written "Photo: … Handout via REUTERS ATTENTION EDITORS - …" equals the caption, credit and note set apart', () => {
  const findings = compare(RTR_REFERENCE, RTR_COPY);
  assert.equal(findings, [], show(findings));
});

test('an inline caption that loses its note or its credit still says so', () => {
  const noNote = RTR_COPY.replace(' ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.', '');
  assert.equal(compare(RTR_REFERENCE, noNote).map((f) => `${f.severity} ${f.kind}`), ['medium note-missing'], show(compare(RTR_REFERENCE, noNote)));
  const noCredit = AFP_COPY.replace(' KCNA VIA KNS / AFP', '');
  assert.equal(compare(AFP_REFERENCE, noCredit).map((f) => `${f.kind} ${f.categories[0]}`), ['credit-missing photo']);
});

// ── print and app layouts, and furniture lists inside the body ──

const AP_PARAGRAPHS = [
  'JAKARTA, Indonesia (AP) — Indonesia has warned people to stay away from the coast near the Anak Krakatau volcano, fearing another tsunami.',
  'The country\'s disaster agency said the death toll had risen to more than 420 people, with thousands more injured.',
  'The meteorology agency asked people to stay at least 500 meters from the coastline of the Sunda Strait.',
  'Rescuers were still searching for victims in remote areas on Wednesday, officials said.',
];
const AP_REFERENCE = page('<title>Indonesia warns people off the coast | AP News</title><link rel="canonical" href="https://apnews.com/article/indonesia-tsunami-warning">',
  `<article><h1>Indonesia warns people off the coast</h1><div class="Page-authors">By NINIEK KARMINI</div>
  <div class="RichTextStoryBody">${AP_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></article>`);
const noneAtMedium = (findings: Finding[]) => assert.equal(atLeast(findings, 'medium'), [], show(findings));

test('a print layout\'s "Printed from" line, its date line, its own URL and "Hide Ad" are furniture, never added paragraphs', () => {
  const printed = [
    'Printed from Meridian Post · https://www.meridian-post.example/world/indonesia-tsunami-warning-5521',
    'Indonesia warns people off the coast', 'By NINIEK KARMINI', 'December 26, 2018, 9:14 a.m.', AP_PARAGRAPHS[0], AP_PARAGRAPHS[1], 'Advertisement', 'Hide Ad',
    AP_PARAGRAPHS[2], 'Story continues below advertisement', AP_PARAGRAPHS[3], 'https://www.meridian-post.example/world/indonesia-tsunami-warning-5521',
  ].join('\n\n');
  const findings = compare(AP_REFERENCE, printed);
  noneAtMedium(findings);
  assert.equal(findings.filter((f) => f.kind === 'furniture').length, 6, show(findings));
  const app = page('<title>Indonesia warns people off the coast</title>', `<main><article><h1>Indonesia warns people off the coast</h1><div class="byline">By NINIEK KARMINI</div>
    <div class="article-body"><p class="print-header">Printed from Meridian Post · https://www.meridian-post.example/w/5521</p><p>Dec 26, 2018</p>
    ${AP_PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<div class="ad-slot"><span>Advertisement</span><button>Hide Ad</button></div>
    ${AP_PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`).join('')}</div></article></main>`);
  noneAtMedium(compare(AP_REFERENCE, app));
});

test('related-link lists, "READ MORE:", "RELATED:", "More:" and embed residue inside a body are furniture, never added paragraphs', () => {
  const html = page('<title>Indonesia warns people off the coast</title>', `<main><article><h1>Indonesia warns people off the coast</h1><div class="byline">By NINIEK KARMINI</div>
    <div class="article-body"><p>${AP_PARAGRAPHS[0]}</p><p><strong>READ MORE:</strong></p><ul><li><a href="/a">Indonesia tsunami death toll rises</a></li><li><a href="/b">Volcano's crater collapse triggered tsunami</a></li></ul>
    <p>${AP_PARAGRAPHS[1]}</p><p><strong>RELATED:</strong> <a href="/c">Survivors describe the wave that hit the beach concert</a></p>
    <blockquote class="twitter-tweet"><p>Could not display Tweet</p></blockquote><p>[[nid:568421]]</p>
    <p>${AP_PARAGRAPHS[2]}</p><p>More: <a href="/d">How the tsunami warning system failed</a></p><p>${AP_PARAGRAPHS[3]}</p></div></article></main>`);
  noneAtMedium(compare(AP_REFERENCE, html));
  const text = ['Indonesia warns people off the coast', 'By NINIEK KARMINI', AP_PARAGRAPHS[0], 'READ MORE:', 'Indonesia tsunami death toll rises, rescuers search for more victims', AP_PARAGRAPHS[1], AP_PARAGRAPHS[2],
    'View this post on Instagram', 'A post shared by BNPB Indonesia (@bnpb_indonesia)', AP_PARAGRAPHS[3], 'RELATED STORIES',
    '40 dead as Bangladesh ferry search called off', 'Confirmed death toll in S. Korea ferry disaster passes 100—coastguard', 'Read more...'].join('\n\n');
  const findings = compare(AP_REFERENCE, text);
  noneAtMedium(findings);
  assert.not.ok(findings.some((f) => f.kind === 'truncated' || f.kind === 'added'), show(findings));
});

// ── notes ──

const UPDATED = [...AP_PARAGRAPHS.slice(0, 3), 'Rescuers were still searching for victims in remote areas on Wednesday, officials said, and the governor said every village had been reached.'];
const UPDATE_NOTE = 'This story has been updated with comments from the governor in paragraph 4.';
const apPage = (paragraphs: string[], extra = '') => page('<title>Indonesia warns people off the coast | AP News</title>',
  `<article><h1>Indonesia warns people off the coast</h1><div class="Page-authors">By NINIEK KARMINI</div>
  <div class="RichTextStoryBody">${paragraphs.map((p) => `<p>${p}</p>`).join('')}${extra}</div></article>`);

test('"This story has been updated with … in paragraph 4." is an update note: a copy without it and with paragraph 4 as it was is stale', () => {
  const reference = apPage(UPDATED, `<p><em>${UPDATE_NOTE}</em></p>`);
  const stale = compare(reference, apPage(AP_PARAGRAPHS));
  assert.equal(stale.filter((f) => f.kind === 'note-missing' || f.kind === 'stale-copy').map((f) => `${f.severity} ${f.kind} ${f.categories[0]}`),
    ['high stale-copy update', 'medium note-missing update'], show(stale));
  assert.equal(compare(reference, apPage(UPDATED, `<p>${UPDATE_NOTE}</p>`)), []);
});

test('"couldn\'t be confirmed" in a copy is the caveat "could not be confirmed" it carries, not a note lost and another added', () => {
  const caveat = (phrase: string) => apPage([...AP_PARAGRAPHS.slice(0, 3), `Local media said hundreds more were missing, but that ${phrase} be confirmed.`]);
  const findings = compare(caveat('could not'), caveat("couldn't"));
  assert.equal(findings, [], show(findings));
});

test('AFP\'s desk slug is its credit line: a copy that drops it loses a credit, not a paragraph', () => {
  const findings = compare(AFP_REFERENCE, AFP_COPY.replace('<p>burs-cl/dhc</p>', ''));
  assert.equal(findings.map((f) => `${f.kind} ${f.categories[0]}: ${f.reference.words}`), ['credit-missing credit-line: burs-cl/dhc']);
});

test.run();
