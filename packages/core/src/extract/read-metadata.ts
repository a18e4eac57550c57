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
}

// One walk instead of a selector query per field: selectors each walk the whole page.
function collectHeadTags(doc: Document): HeadTags {
  const tags: HeadTags = { meta: new Map(), canonical: null, title: null, time: null, jsonLd: [] };
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

/**
 * Reads title, byline, times, site name, canonical URL, publisher and original-source
 * statements from JSON-LD, OpenGraph and meta tags, in that order of trust.
 */
export function readMetadata(doc: Document): ArticleMeta {
  const tags = collectHeadTags(doc);
  const meta = (key: string) => firstString(tags.meta.get(key));
  const ld = findJsonLdArticle(tags.jsonLd) ?? {};
  const authors = namesOf(ld.author);
  const basedOn = ld.isBasedOn ?? ld.isBasedOnUrl;
  return {
    title: firstString(ld.headline, meta('og:title'), meta('twitter:title'), tags.title),
    byline: authors.length > 0 ? authors.join(', ') : firstString(meta('author'), meta('byl'), meta('sailthru.author')),
    publishedTime: firstString(ld.datePublished, meta('article:published_time'), meta('date'), meta('datepublished'), tags.time),
    modifiedTime: firstString(ld.dateModified, meta('article:modified_time')),
    siteName: firstString(meta('og:site_name'), namesOf(ld.publisher)[0]),
    canonicalUrl: firstString(tags.canonical, meta('og:url'), ld.url),
    publisher: namesOf(ld.publisher)[0] ?? null,
    isBasedOn: firstString(...namesOf(basedOn), isObject(basedOn) ? basedOn.url : basedOn, ld.sourceOrganization ? namesOf(ld.sourceOrganization)[0] : null),
    description: firstString(ld.description, meta('description'), meta('og:description')),
  };
}
