import type { CheerioAPI } from 'cheerio/slim';
import type { ArticleMeta } from '../types.js';
import { collapseSpace } from '../segment/normalize-text.js';

const ARTICLE_TYPES = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|Article|BlogPosting|Report|WebPage)$/;

type JsonObject = Record<string, unknown>;

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

/** The article object of the page's JSON-LD, the most specific type first; null when none. */
export function findJsonLdArticle($: CheerioAPI): JsonObject | null {
  let best: JsonObject | null = null;
  let bestRank = Infinity;
  $('script[type="application/ld+json"]').each((_, el) => {
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
    } catch {
      return; // a broken JSON-LD block is common and says nothing about the article
    }
    for (const o of jsonLdObjects(data)) {
      const rank = Math.min(...typesOf(o).map((t) => (ARTICLE_TYPES.test(t) ? (t === 'WebPage' ? 2 : t.endsWith('NewsArticle') ? 0 : 1) : Infinity)));
      if (rank < bestRank) {
        best = o;
        bestRank = rank;
      }
    }
  });
  return best;
}

/**
 * Reads title, byline, times, site name, canonical URL, publisher and original-source
 * statements from JSON-LD, OpenGraph and meta tags, in that order of trust.
 */
export function readMetadata($: CheerioAPI, jsonLd: JsonObject | null): ArticleMeta {
  const meta = (selector: string): string | null => firstString($(selector).first().attr('content'));
  const ld = jsonLd ?? {};
  const authors = namesOf(ld.author);
  const basedOn = ld.isBasedOn ?? ld.isBasedOnUrl;
  return {
    title: firstString(ld.headline, meta('meta[property="og:title"]'), meta('meta[name="twitter:title"]'), $('title').first().text()),
    byline: authors.length > 0 ? authors.join(', ') : firstString(meta('meta[name="author"]'), meta('meta[name="byl"]'), meta('meta[name="sailthru.author"]')),
    publishedTime: firstString(ld.datePublished, meta('meta[property="article:published_time"]'), meta('meta[name="date"]'), $('time[datetime]').first().attr('datetime')),
    modifiedTime: firstString(ld.dateModified, meta('meta[property="article:modified_time"]')),
    siteName: firstString(meta('meta[property="og:site_name"]'), namesOf(ld.publisher)[0]),
    canonicalUrl: firstString($('link[rel="canonical"]').first().attr('href'), meta('meta[property="og:url"]'), ld.url),
    publisher: namesOf(ld.publisher)[0] ?? null,
    isBasedOn: firstString(...namesOf(basedOn), isObject(basedOn) ? basedOn.url : basedOn, ld.sourceOrganization ? namesOf(ld.sourceOrganization)[0] : null),
    description: firstString(ld.description, meta('meta[name="description"]'), meta('meta[property="og:description"]')),
  };
}
