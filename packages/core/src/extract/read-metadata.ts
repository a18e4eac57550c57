import type { Document, Element } from 'domhandler';
import type { ArticleMeta } from '../types.js';
import { collapseSpace } from '../segment/normalize-text.js';
import { isElement, textOf } from './dom.js';

const ARTICLE_TYPES = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|Article|BlogPosting|Report|WebPage)$/;
const MAX_JSON_LD_CHARS = 1_000_000; // a JSON-LD block larger than this is an app state dump, not metadata

type JsonObject = Record<string, unknown>;

/** What one walk over the document collects for metadata. */
interface HeadTags {
  /** meta name/property (lower-cased) -> first content. */
  meta: Map<string, string>;
  canonical: string | null;
  title: string | null;
  time: string | null;
  jsonLd: string[];
  /** The first byline-like element's text (rel=author, itemprop=author, class "byline"). */
  byline: string | null;
}

const MAX_BYLINE_CHARS = 100; // longer text under a byline class is an author box, not a byline
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

// One walk instead of a selector query per field: selectors each walk the whole page.
function collectHeadTags(doc: Document): HeadTags {
  const tags: HeadTags = { meta: new Map(), canonical: null, title: null, time: null, jsonLd: [], byline: null };
  const visit = (el: Element): void => {
    const a = el.attribs;
    switch (el.name) {
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
        if (key && a.content !== undefined && !tags.meta.has(key)) tags.meta.set(key, a.content);
        return;
      }
      case 'link':
        if (tags.canonical === null && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && a.href) tags.canonical = a.href;
        return;
      case 'title':
        tags.title ??= textOf(el);
        return;
      case 'time':
        if (tags.time === null && a.datetime) tags.time = a.datetime;
        break;
      case 'script':
        if ((a.type ?? '').toLowerCase() === 'application/ld+json') tags.jsonLd.push(textOf(el, MAX_JSON_LD_CHARS, true));
        return;
      case 'style':
        return;
    }
    if (tags.byline === null && isBylineElement(el)) {
      const text = collapseSpace(textOf(el, MAX_BYLINE_CHARS + 1));
      if (text.length <= MAX_BYLINE_CHARS && /\p{L}{2}/u.test(text.replace(/^(?:by|par|von|por|di)\b:?/i, '')) && !text.includes('|')) {
        tags.byline = text;
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

// The article object of the page's JSON-LD, the most specific type first; null when none.
function findJsonLdArticle(blocks: readonly string[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestRank = Infinity;
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
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

// "Story headline | Site name": the last part goes when it is the site's own name. Only
// separators with spaces around them, so "U.S.-led" stays whole.
const TITLE_SEPARATOR = /\s+(?:[|\-–—·»]|::)\s+/;
function stripSiteName(title: string | null, siteName: string | null): string | null {
  if (title === null || siteName === null) return title;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2 || parts[parts.length - 1]!.toLowerCase() !== siteName.toLowerCase()) return title;
  const kept = title.slice(0, title.length - parts[parts.length - 1]!.length).replace(/\s+(?:[|\-–—·»]|::)\s+$/, '');
  return kept === '' ? title : kept;
}

/**
 * Reads title, byline, times, site name, canonical URL, publisher and original-source
 * statements from JSON-LD, OpenGraph, meta tags and byline markup, in that order of trust,
 * with the JSON-LD articleBody when there is one.
 */
export function readMetadata(doc: Document): ArticleMeta & { articleBody: string | null; pageByline: string | null } {
  const tags = collectHeadTags(doc);
  const meta = (key: string) => firstString(tags.meta.get(key));
  const ld = findJsonLdArticle(tags.jsonLd) ?? {};
  const authors = namesOf(ld.author);
  const basedOn = ld.isBasedOn ?? ld.isBasedOnUrl;
  return {
    title: stripSiteName(firstString(ld.headline, meta('dc.title'), meta('og:title'), meta('twitter:title'), meta('parsely-title'), tags.title), meta('og:site_name')),
    byline: authors.length > 0 ? authors.join(', ') : firstString(meta('dc.creator'), meta('dcterm.creator'), meta('dcterms.creator'), meta('author'), meta('parsely-author'), meta('byl'), meta('sailthru.author')),
    publishedTime: firstString(ld.datePublished, meta('article:published_time'), meta('parsely-pub-date'), meta('dc.date'), meta('dcterms.created'), meta('date'), meta('datepublished'), tags.time),
    modifiedTime: firstString(ld.dateModified, meta('article:modified_time')),
    siteName: firstString(meta('og:site_name'), namesOf(ld.publisher)[0]),
    canonicalUrl: firstString(tags.canonical, meta('og:url'), ld.url),
    publisher: namesOf(ld.publisher)[0] ?? null,
    isBasedOn: firstString(...namesOf(basedOn), isObject(basedOn) ? basedOn.url : basedOn, ld.sourceOrganization ? namesOf(ld.sourceOrganization)[0] : null),
    description: firstString(ld.description, meta('description'), meta('og:description')),
    // The story text publishers put in JSON-LD: the fallback when the markup hides the body.
    // A byline element anywhere on the page: the caller prefers one inside the story.
    pageByline: tags.byline,
    articleBody: typeof ld.articleBody === 'string' && ld.articleBody.trim() !== '' ? ld.articleBody : null,
  };
}
