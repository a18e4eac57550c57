import type { Document, Element } from 'domhandler';
import type { ArticleMeta } from '../types.js';
import { collapseSpace } from '../segment/normalize-text.js';
import { isElement, textOf } from './dom.js';
import { chooseTitle } from './choose-title.js';
import { cleanByline } from './clean-byline.js';

// The schema.org types of a story (Readability's list), and WebPage as the last resort.
const ARTICLE_TYPES = /^(?:\w*NewsArticle|Article|AdvertiserContentArticle|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|TechArticle|APIReference|Report|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|WebPage)$/;
const MAX_JSON_LD_CHARS = 1_000_000; // a JSON-LD block larger than this is an app state dump, not metadata

type JsonObject = Record<string, unknown>;

/** What one walk over the document collects for metadata. */
interface HeadTags {
  /** meta name/property (lower-cased, "dc." read as "dc:") -> first content; a property's beats a name's. */
  meta: Map<string, string>;
  /** The keys set from a `property` (RDFa) attribute, which a `name` does not override. */
  fromProperty: Set<string>;
  canonical: string | null;
  title: string | null;
  /** The texts of the first two <h1>. */
  headings: string[];
  time: string | null;
  jsonLd: string[];
  /** The first byline-like element's text (rel=author, itemprop=author, class "byline"). */
  byline: string | null;
}

const MAX_BYLINE_CHARS = 100; // read no further: a longer text is an author box (see cleanByline)
// Readability's byline words; "dateline" is left out, a dateline names a place, not a person.
const BYLINE_HINT = /byline|author|writtenby|p-author/i;
const NOT_BYLINE_HINT = /author-?(?:bio|box|info|image|avatar|photo|pic)|follow-?author|comment/i;

function isBylineElement(el: Element): boolean {
  const a = el.attribs;
  if (a.rel === 'author' || (a.itemprop ?? '').split(/\s+/).includes('author')) return true;
  // Class and id tested apart: no string built for each of the page's elements.
  for (const hints of [a.class, a.id]) if (hints && BYLINE_HINT.test(hints) && !NOT_BYLINE_HINT.test(hints)) return true;
  return false;
}

// RDFa lists several properties in one attribute ("og:title twitter:title"); Dublin Core is
// written "DC.title" and "dc:title" alike. A property's value wins over a name's.
function readMetaTag(tags: HeadTags, a: Record<string, string>): void {
  const fold = (key: string) => key.toLowerCase().replace(/^(dc|dcterms?)\./, '$1:');
  if (a.property) {
    for (const key of a.property.split(/\s+/)) {
      const k = fold(key);
      if (k === '' || tags.fromProperty.has(k)) continue;
      tags.meta.set(k, a.content!);
      tags.fromProperty.add(k);
    }
    return;
  }
  const k = fold(a.name ?? a.itemprop ?? '');
  if (k !== '' && !tags.meta.has(k)) tags.meta.set(k, a.content!);
}

// One walk instead of a selector query per field: selectors each walk the whole page.
function collectHeadTags(doc: Document): HeadTags {
  const tags: HeadTags = { meta: new Map(), fromProperty: new Set(), canonical: null, title: null, headings: [], time: null, jsonLd: [], byline: null };
  const visit = (el: Element): void => {
    const a = el.attribs;
    switch (el.name) {
      case 'meta':
        if (a.content !== undefined && a.content.trim() !== '') readMetaTag(tags, a);
        return;
      case 'link':
        if (tags.canonical === null && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && a.href) tags.canonical = a.href;
        return;
      case 'title':
        tags.title ??= textOf(el);
        return;
      case 'h1':
        if (tags.headings.length < 2) tags.headings.push(textOf(el, 300));
        break;
      case 'time':
        if (tags.time === null && a.datetime) tags.time = a.datetime;
        break;
      case 'script':
        if ((a.type ?? '').toLowerCase() === 'application/ld+json') tags.jsonLd.push(textOf(el, MAX_JSON_LD_CHARS, true));
        return;
      case 'style':
      // Drawings, embeds and form controls hold no metadata, and an inline <svg> holds hundreds
      // of elements.
      case 'svg':
      case 'noscript':
      case 'template':
      case 'iframe':
      case 'select':
      case 'canvas':
      case 'video':
      case 'audio':
      case 'object':
      case 'map':
        return;
    }
    if (tags.byline === null && isBylineElement(el)) {
      const name = cleanByline(textOf(el, MAX_BYLINE_CHARS + 1));
      if (name !== null) {
        tags.byline = name;
        return;
      }
    }
    for (const child of el.children) if (isElement(child)) visit(child);
  };
  for (const child of doc.children) if (isElement(child)) visit(child);
  return tags;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

// JSON-LD nests articles in arrays and @graph; walk them all, bounded, in document order.
function* jsonLdObjects(value: unknown, depth = 0): Generator<JsonObject> {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) yield* jsonLdObjects(item, depth + 1);
  } else if (isObject(value)) {
    yield value;
    if (value['@graph'] !== undefined) yield* jsonLdObjects(value['@graph'], depth + 1);
  }
}

const typesOf = (o: JsonObject): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');

/** Names from a JSON-LD value: a string, an object with `name`, or an array of either. */
function namesOf(value: unknown): string[] {
  return [value]
    .flat()
    .map((v) => (typeof v === 'string' ? v : isObject(v) && typeof v.name === 'string' ? v.name : ''))
    .map((v) => collapseSpace(v))
    .filter((v) => v !== '' && !/^https?:/.test(v));
}

function firstString(...values: unknown[]): string | null {
  for (const v of values) {
    if (typeof v === 'string' && collapseSpace(v) !== '') return collapseSpace(v);
  }
  return null;
}

// An author meta may hold a profile link (article:author often does): a name is wanted.
const firstName = (...values: (string | null)[]) => values.find((v) => v !== null && !/^(?:https?:|www\.)/.test(v)) ?? null;

// The article object of the page's JSON-LD, the most specific type first; null when none.
function findJsonLdArticle(blocks: readonly string[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestRank = Infinity;
  for (const block of blocks) {
    let data: unknown;
    try {
      // XHTML pages wrap the script's JSON in CDATA.
      data = JSON.parse(block.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // a broken JSON-LD block is common and says nothing about the article
    }
    for (const o of jsonLdObjects(data)) {
      const rank = Math.min(...typesOf(o).map((t) => (ARTICLE_TYPES.test(t) ? (t === 'WebPage' ? 2 : t.endsWith('NewsArticle') ? 0 : 1) : Infinity)));
      if (rank < bestRank) {
        best = o;
        bestRank = rank;
      }
    }
  }
  return best;
}

// JSON-LD "headline" is the story's title, but some sites put a summary there and the title in
// "name" (Wikipedia), others their own name in "name" (aktualne.cz): of two that differ, the
// one the <title> element starts with wins, else the headline.
function headlineOf(ld: JsonObject, element: string | null): string | null {
  const headline = firstString(ld.headline);
  const name = firstString(ld.name);
  if (headline === null || name === null || headline === name || element === null) return headline ?? name;
  const page = collapseSpace(element).toLowerCase();
  return !page.includes(headline.toLowerCase()) && page.startsWith(name.toLowerCase()) ? name : headline;
}

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const hostOf = (url: string | null) => (url === null ? null : /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? null);

// The site's name is og:site_name, but Reuters put the story's section there ("U.S.", on
// reuters.com/article pages of 2017-2020): when it does not name the page's host and the
// JSON-LD publisher does, the publisher is the site. A syndicating site's own og:site_name
// ("Yahoo News" on yahoo.com) names its host and stays, whoever the publisher is.
function siteNameOf(siteName: string | null, publisher: string | null, url: string | null): string | null {
  const host = hostOf(url);
  if (siteName === null || publisher === null || host === null) return siteName ?? publisher;
  // A name names a host when one of its words of three letters or more is in it ("Fox" in foxbusiness.com).
  const names = (name: string) => (name.match(/[\p{L}\p{N}]{3,}/gu) ?? []).some((word) => host.replace(/\./g, '').includes(letters(word)));
  return !names(siteName) && names(publisher) ? publisher : siteName;
}

/**
 * Reads title, byline, times, site name, canonical URL, publisher and original-source
 * statements from JSON-LD, OpenGraph, meta tags and byline markup, in that order of trust,
 * with the story text the page carries as data (JSON-LD or microdata articleBody) when there is one.
 */
export function readMetadata(doc: Document): ArticleMeta & { articleBody: string | null; pageByline: string | null } {
  const tags = collectHeadTags(doc);
  const meta = (key: string) => firstString(tags.meta.get(key));
  const ld = findJsonLdArticle(tags.jsonLd) ?? {};
  const authors = namesOf(ld.author);
  const basedOn = ld.isBasedOn ?? ld.isBasedOnUrl;
  return {
    title: chooseTitle({
      declared: firstString(headlineOf(ld, tags.title), meta('dc:title'), meta('dcterm:title'), meta('og:title'), meta('twitter:title'), meta('parsely-title')),
      element: tags.title, headings: tags.headings, siteName: meta('og:site_name'),
    }),
    byline: authors.length > 0 ? authors.join(', ') : firstName(meta('dc:creator'), meta('dcterm:creator'), meta('dcterms:creator'), meta('author'), meta('article:author'), meta('parsely-author'), meta('byl'), meta('sailthru.author')),
    publishedTime: firstString(ld.datePublished, meta('article:published_time'), meta('parsely-pub-date'), meta('dc:date'), meta('dcterms:created'), meta('date'), meta('datepublished'), tags.time),
    modifiedTime: firstString(ld.dateModified, meta('article:modified_time')),
    siteName: siteNameOf(meta('og:site_name'), namesOf(ld.publisher)[0] ?? null, firstString(tags.canonical, meta('og:url'), ld.url)),
    canonicalUrl: firstString(tags.canonical, meta('og:url'), ld.url),
    publisher: namesOf(ld.publisher)[0] ?? null,
    isBasedOn: firstString(...namesOf(basedOn), isObject(basedOn) ? basedOn.url : basedOn, ld.sourceOrganization ? namesOf(ld.sourceOrganization)[0] : null),
    description: firstString(ld.description, meta('description'), meta('og:description')),
    // The story text publishers put in JSON-LD: the fallback when the markup hides the body.
    // A byline element anywhere on the page: the caller prefers one inside the story.
    pageByline: tags.byline,
    // Microdata says the same in a <meta itemprop="articleBody" content="…">.
    articleBody: [ld.articleBody, tags.meta.get('articlebody')].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? null,
  };
}
