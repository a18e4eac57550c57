// The forms real copies take (issue #16, section 3), each compared end to end on a small page:
// an agency's page and an outlet's copy of it, extracted and compared as `wirediff compare` does.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compareStory } from '../src/compare/compare-story.js';
import { extractArticle } from '../src/extract/extract-article.js';
import type { Article, Finding } from '../src/types.js';
import { SEVERITY_RANK } from '../src/flag/severity.js';

function read(html: string): Article {
  const result = extractArticle(html);
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

test.run();
