// The agency's original of each benchmark story: a real body (see base-texts.ts) dressed as a
// Reuters, AP or AFP story with the agency's own conventions — dateline tag, byline, credit
// line or copyright, a picture whose caption carries the photo credit in an element of its own
// and the agency's notes to editors, sometimes a correction or update advisory, and an in-text
// caveat ("Reuters could not independently verify the report.") — and its page, marked up as
// the agency's site marks it up.
import type { BaseText } from './base-texts.js';
import {
  AGENCY_IDS, EDITORS, HANDOUT_CAPTIONS, HANDOUT_SOURCES, MONTH_NAMES, PHOTOGRAPHERS, PLACES, REPORTERS, STAFF_CAPTIONS,
  type Agency, type Place,
} from './newsroom-data.js';
import type { Caption, Story } from './truth.js';

/** A seeded source of numbers in [0, 1). */
export type Rng = () => number;

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** What the reference holds beyond the text, for the planner: which paragraphs an advisory or caveat speaks of. */
export interface ReferenceStory {
  story: Story;
  /** Body paragraphs (indices) an advisory names: an edit there would make the copy stale, a finding of its own. */
  advised: number[];
  /** The paragraph (index) ending with the in-text caveat, and the caveat, or null. */
  caveat: { paragraph: number; text: string } | null;
}

const AGENCY_NAME: Readonly<Record<Agency, string>> = { reuters: 'Reuters', ap: 'The Associated Press', afp: 'AFP' };

function datelineOf(agency: Agency, place: Place, month: string, day: number, rng: Rng): string {
  if (agency === 'ap') return `${place.city.toUpperCase()}, ${place.region} (AP) —`;
  if (agency === 'afp') return `${place.city} (${place.region}) (AFP) -`;
  return rng() < 0.5 ? `${place.city.toUpperCase()} (Reuters) -` : `${place.city.toUpperCase()}, ${month.slice(0, 3)} ${day} (Reuters) -`;
}

function bylineOf(agency: Agency, reporters: readonly string[]): string {
  if (agency === 'ap') return `By ${reporters.map((r) => r.toUpperCase()).join(' and ')}`;
  if (agency === 'afp') return `By ${reporters[0]!.replace(/(\S+)$/, (last) => last.toUpperCase())}`;
  return `By ${reporters.join(' and ')}`;
}

function creditLineOf(agency: Agency, reporters: readonly string[], helper: string, editor: string, place: Place, year: number, rng: Rng): string {
  if (agency === 'ap') return `Associated Press writer ${helper} in ${pick(rng, PLACES.filter((p) => p !== place)).city} contributed to this report.`;
  if (agency === 'afp') return `© ${year} AFP`;
  return `(Reporting by ${reporters.join(' and ')} in ${place.city}; Additional reporting by ${helper}; Editing by ${editor})`;
}

function captionOf(agency: Agency, place: Place, date: string, rng: Rng): Caption {
  const handout = rng() < 0.55; // most captions worth a note are handouts
  const text = pick(rng, handout ? HANDOUT_CAPTIONS : STAFF_CAPTIONS).replace('{place}', place.city).replace('{date}', date);
  const photographer = pick(rng, PHOTOGRAPHERS);
  const source = pick(rng, HANDOUT_SOURCES);
  if (agency === 'ap') {
    if (!handout) return { text, credit: `(AP Photo/${photographer})`, notes: [] };
    const notes = source === 'KCNA'
      ? ['Independent journalists were not given access to cover the event depicted in this image distributed by the North Korean government.', 'The content of this image is as provided and cannot be independently verified.']
      : ['The content of this image is as provided and cannot be independently verified.'];
    return { text, credit: source === 'KCNA' ? '(Korean Central News Agency/Korea News Service via AP)' : `(${source} via AP)`, notes };
  }
  if (agency === 'afp') {
    if (!handout) return { text, credit: `(Photo by ${photographer.toUpperCase()} / AFP)`, notes: [] };
    const label = source === 'KCNA' ? 'KCNA VIA KNS' : `HANDOUT / ${source.toUpperCase()}`;
    return {
      text, credit: rng() < 0.5 ? `AFP PHOTO / ${label}` : `${label} / AFP`,
      notes: [`RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / ${label}" - NO MARKETING NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS`,
        'THIS PICTURE WAS MADE AVAILABLE BY A THIRD PARTY. AFP CAN NOT INDEPENDENTLY VERIFY THE AUTHENTICITY, LOCATION, DATE AND CONTENT OF THIS IMAGE.'],
    };
  }
  if (!handout) return { text, credit: rng() < 0.3 ? `REUTERS/${photographer}/File Photo` : `REUTERS/${photographer}`, notes: rng() < 0.4 ? ['NO RESALES. NO ARCHIVES.'] : [] };
  return {
    text, credit: source === 'KCNA' ? 'KCNA via REUTERS' : `${source}/Handout via REUTERS`,
    notes: ['ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.', 'REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE.', ...(source === 'KCNA' ? ['NO THIRD PARTY SALES. SOUTH KOREA OUT.'] : [])],
  };
}

// An advisory naming paragraphs (1-based, as agencies count), and which it names.
function noticeOf(agency: Agency, paragraphs: number, rng: Rng): { text: string; advised: number[] } | null {
  const roll = rng();
  if (roll >= 0.5) return null;
  const at = 2 + Math.floor(rng() * Math.max(1, paragraphs - 4)); // not the lede, not the last ones
  if (agency === 'ap') return { text: 'This story has been corrected to show the correct spelling of the spokesman’s name.', advised: [] };
  if (roll < 0.3) return { text: `(Corrects spelling of spokesman’s name in paragraph ${at + 1})`, advised: [at] };
  return agency === 'afp'
    ? { text: '(Updates with official comment, details)', advised: [] }
    : { text: `(Adds comments from officials in paragraphs ${at + 1}-${at + 2})`, advised: [at, at + 1] };
}

const CAVEATS: Readonly<Record<Agency, readonly string[]>> = {
  reuters: ['Reuters could not independently verify the report.', 'Reuters was unable to independently verify the figures.'],
  ap: ['The Associated Press could not independently verify the claims.'],
  afp: ['AFP could not independently verify the figures.'],
};

// Without agency names: a URL or file name saying "reuters" would be a credit of its own.
const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/\b(?:reuters|ap|afp|associated|press)\b/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

/**
 * Dresses a base text as one agency's story. The agency, people, place, picture and notes
 * come from `rng`, so a seed gives the same story every time.
 */
export function buildReference(base: BaseText, index: number, rng: Rng): ReferenceStory {
  const agency = AGENCY_IDS[index % AGENCY_IDS.length]!;
  const place = pick(rng, PLACES);
  const year = 2019 + Math.floor(rng() * 6);
  const monthIndex = Math.floor(rng() * 12);
  const month = MONTH_NAMES[monthIndex]!;
  const day = 1 + Math.floor(rng() * 28);
  const reporters = rng() < 0.3 ? [pick(rng, REPORTERS), pick(rng, REPORTERS)] : [pick(rng, REPORTERS)];
  if (reporters[1] === reporters[0]) reporters.pop();
  const helper = pick(rng, REPORTERS.filter((r) => !reporters.includes(r)));
  const notice = noticeOf(agency, base.paragraphs.length, rng);
  const date = `${month} ${day}, ${year}`;
  const body = base.paragraphs.map((text, k) => ({ slots: [`p${k}`], text }));
  // The caveat follows a claim near the top, so a copy that stops early still carries it.
  let caveat: ReferenceStory['caveat'] = null;
  if (rng() < 0.7) {
    const paragraph = 1 + Math.floor(rng() * 2);
    const text = pick(rng, CAVEATS[agency]);
    body[paragraph]!.text = `${body[paragraph]!.text} ${text}`;
    caveat = { paragraph, text };
  }
  const id = `${String(index + 1).padStart(3, '0')}-${slug(base.id.replace(/^\w+:/, '').replace(/\.html$/, ''))}`;
  const story: Story = {
    id, agency, headline: base.title,
    byline: bylineOf(agency, reporters),
    dateline: datelineOf(agency, place, month, day, rng),
    notice: notice?.text ?? null,
    caption: captionOf(agency, place, date, rng),
    body,
    creditLine: creditLineOf(agency, reporters, helper, pick(rng, EDITORS), place, year, rng),
    published: `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:30:00Z`,
    publishedText: date,
    url: agency === 'reuters' ? `https://www.reuters.com/world/${slug(base.title)}-${year}/` : agency === 'ap' ? `https://apnews.com/article/${slug(base.title)}` : `https://www.afp.com/en/news/${index + 1}/${slug(base.title)}`,
  };
  return { story, advised: notice?.advised ?? [], caveat };
}

/** Text for an HTML text node or attribute. */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The same text with every mark that is not a letter, digit or space as a numeric character reference. */
export const entityHtml = (s: string) => s.replace(/[^\p{L}\p{N}\s]/gu, (c) => `&#${c.codePointAt(0)};`);
export const pieceHtml = (p: { text: string; entities?: boolean }) => (p.entities ? entityHtml(p.text) : escapeHtml(p.text));

/** The first paragraph with its dateline, as the agency writes it. */
export const ledeText = (story: Story) => (story.dateline ? `${story.dateline} ${story.body[0]?.text ?? ''}` : story.body[0]?.text ?? '');

/** The caption's parts in the agency's order: Reuters and AFP put the credit before the notes, AP after. */
export function captionParts(story: Story): { text: string; credit: string | null; notes: string } {
  const c = story.caption!;
  return { text: c.text, credit: c.credit, notes: c.notes.join(' ') };
}

/** JSON-LD of a news article, as agencies and outlets write it. */
export function jsonLd(story: Story, publisher: string, extra: Record<string, unknown> = {}): string {
  const data = {
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: story.headline,
    datePublished: story.published, ...(story.byline ? { author: story.byline.replace(/^By /, '').split(' and ').map((name) => ({ '@type': 'Person', name })) } : {}),
    publisher: { '@type': 'Organization', name: publisher }, ...extra,
  };
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

const BODY_CLASS: Readonly<Record<Agency, string>> = {
  reuters: 'data-testid="ArticleBody" class="article-body__content"', ap: 'class="RichTextStoryBody RichTextBody"', afp: 'class="article-entry"',
};

/** The agency's own page of the story. */
export function renderReference(story: Story): string {
  const name = AGENCY_NAME[story.agency];
  const { text, credit, notes } = captionParts(story);
  const captionInner = story.agency === 'ap'
    ? `${escapeHtml(text)} ${escapeHtml(notes)} <span class="Figure-credit">${escapeHtml(credit ?? '')}</span>`
    : `<span class="caption-text">${escapeHtml(text)}</span> <span class="image-credit">${escapeHtml(credit ?? '')}</span> <span class="caption-notes">${escapeHtml(notes)}</span>`;
  const notice = story.notice ? `<p class="advisory">${escapeHtml(story.notice)}</p>` : '';
  const paragraphs = story.body.map((p, k) => `<p>${k === 0 ? escapeHtml(ledeText(story)) : pieceHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(story.headline)} | ${name}</title>
<link rel="canonical" href="${story.url}"><meta property="og:site_name" content="${name}">
<meta property="article:published_time" content="${story.published}">${jsonLd(story, name)}</head>
<body><header class="site-header"><nav><a href="/">${name}</a> <a href="/world/">World</a> <a href="/business/">Business</a></nav></header>
<main><article><h1>${escapeHtml(story.headline)}</h1>
<div class="article-header__author"><a rel="author" class="Page-authors author" href="/authors/">${escapeHtml(story.byline ?? '')}</a></div>
<time datetime="${story.published}">${story.publishedText}</time>
<figure><img src="/pictures/${story.id}.jpg" alt=""><figcaption>${captionInner}</figcaption></figure>
<div ${BODY_CLASS[story.agency]}>
${story.agency === 'ap' ? '' : notice}${paragraphs}
<p>${escapeHtml(story.creditLine ?? '')}</p>
${story.agency === 'ap' ? notice : ''}</div></article></main>
<footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes.</p></footer></body></html>`;
}
