// How outlets lay out a wire story they republish, as HTML: an ordinary article page; a teaser
// page whose full text is only in JSON-LD `articleBody` or an `itemprop=articleBody` box; a
// caption carrying its credit and notes inline; source labels ("Politics Reuters", "Reuters ·
// March 9, 2023", "Reuters via Briefline"); print and app layouts ("Printed from …", a bare
// date, the page's URL, "Hide Ad"); furniture lists inside the body ("READ MORE:", embeds);
// and a page that stops early with the site's furniture after the cut. Plain-text layouts are
// in text-layouts.ts. Each says which texts it put in the page, for blaming false positives.
import { captionParts, escapeHtml, jsonLd, ledeText, pick, pieceHtml, type Rng } from './agency-reference.js';
import type { Outlet } from './newsroom-data.js';
import { TEXT_LAYOUTS } from './text-layouts.js';
import type { Story } from './truth.js';

/** A copy's page and what the layout itself put in it. */
export interface RenderedCopy {
  page: string;
  /** Texts the layout added around the story (labels, furniture, URLs). */
  inserted: string[];
  /** Texts of the story it wrote in another shape than the reference (a caption with its credit inline). */
  reshaped?: string[];
}

/** One way of laying out a copy. */
export interface Layout {
  id: string;
  ext: 'html' | 'txt';
  /** The layout rewrites every block, so a finding nothing planted explains is the layout's. */
  whole: boolean;
  /** The page stops early: the planner trims the ending (truth: truncated). */
  trim?: boolean;
  render(story: Story, outlet: Outlet, rng: Rng): RenderedCopy;
}

const AGENCY_LABEL: Readonly<Record<Story['agency'], string>> = { reuters: 'Reuters', ap: 'AP', afp: 'AFP' };
const RELATED = ['Markets brace for a busy week of central bank decisions', 'Storm warnings issued along the coast', 'Officials weigh new rules for ride-hailing apps', 'Five things to know before the weekend'];

const copyUrl = (story: Story, outlet: Outlet) => `https://www.${outlet.host}/news/${story.id}`;

interface PageParts {
  /** Extra head markup (JSON-LD with articleBody, say). */
  head?: string;
  /** Lines above the headline. */
  above?: string;
  /** Lines between the byline and the picture. */
  belowByline?: string;
  /** The figure, when the layout writes its own. */
  figure?: string;
  /** The story body, when the layout writes its own. */
  body?: string;
  /** Paragraph markup inserted after body paragraph k (the index in story.body). */
  after?: Map<number, string>;
  /** After the body, inside the article. */
  below?: string;
}

// The caption as the agency wrote it (credit before the notes, after them for AP), the credit in an element of its own.
function figureHtml(story: Story): string {
  if (!story.caption) return '';
  const { text, credit, notes } = captionParts(story);
  const creditHtml = credit ? ` <span class="photo-credit">${escapeHtml(credit)}</span>` : '';
  const notesHtml = notes ? ` ${escapeHtml(notes)}` : '';
  const inner = story.agency === 'ap' ? `${escapeHtml(text)}${notesHtml}${creditHtml}` : `${escapeHtml(text)}${creditHtml}${notesHtml}`;
  return `<figure class="lead-image"><img src="/media/${story.id}.jpg" alt=""><figcaption>${inner}</figcaption></figure>`;
}

function bodyHtml(story: Story, after: ReadonlyMap<number, string> = new Map()): string {
  const notice = story.notice ? `<p class="editors-note">${escapeHtml(story.notice)}</p>` : '';
  const paragraphs = story.body.map((p, k) => `<p>${k === 0 ? escapeHtml(ledeText(story)) : pieceHtml(p)}</p>${after.get(k) ?? ''}`);
  const credit = story.creditLine ? `<p class="credit-line">${escapeHtml(story.creditLine)}</p>` : '';
  return `${story.agency === 'ap' ? '' : notice}${paragraphs.join('\n')}\n${credit}${story.agency === 'ap' ? notice : ''}`;
}

function page(story: Story, outlet: Outlet, parts: PageParts = {}): string {
  const byline = story.byline ? `<p class="byline">${escapeHtml(story.byline)}</p>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(story.headline)} - ${escapeHtml(outlet.name)}</title>
<link rel="canonical" href="${copyUrl(story, outlet)}"><meta property="og:site_name" content="${escapeHtml(outlet.name)}">
${parts.head ?? jsonLd(story, outlet.name)}</head>
<body><header class="site-header"><a href="/">${escapeHtml(outlet.name)}</a><nav class="main-nav"><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>
<main><article class="story">${parts.above ?? ''}<h1>${escapeHtml(story.headline)}</h1>${byline}${parts.belowByline ?? ''}
<time datetime="${story.published}">${story.publishedText}</time>
${parts.figure ?? figureHtml(story)}
<div class="article-body">${parts.body ?? bodyHtml(story, parts.after)}</div>${parts.below ?? ''}</article></main>
<footer class="site-footer"><p>© ${escapeHtml(outlet.name)}. All rights reserved.</p></footer></body></html>`;
}

const rendered = (pageHtml: string, inserted: string[] = []): RenderedCopy => ({ page: pageHtml, inserted });

/** The full text as an outlet's structured data carries it: paragraphs separated by blank lines. */
function fullText(story: Story): string {
  const lines = [story.agency === 'ap' ? null : story.notice, ledeText(story), ...story.body.slice(1).map((p) => p.text), story.creditLine, story.agency === 'ap' ? story.notice : null];
  return lines.filter((l): l is string => !!l).join('\n\n');
}

function teaser(story: Story, outlet: Outlet): { html: string; text: string } {
  const text = `${ledeText(story).split(' ').slice(0, 22).join(' ')}…`;
  return { html: `<p class="teaser">${escapeHtml(text)}</p><p><a class="cta" href="${copyUrl(story, outlet)}?full=1">Read full story</a></p>`, text };
}

export const HTML_LAYOUTS: readonly Layout[] = [
  { id: 'news-site', ext: 'html', whole: false, render: (story, outlet) => rendered(page(story, outlet)) },
  {
    id: 'teaser-jsonld', ext: 'html', whole: true,
    render: (story, outlet) => {
      const t = teaser(story, outlet);
      return rendered(page(story, outlet, { head: jsonLd(story, outlet.name, { articleBody: fullText(story) }), body: t.html }), [t.text, 'Read full story']);
    },
  },
  {
    id: 'teaser-itemprop', ext: 'html', whole: true,
    render: (story, outlet) => {
      const t = teaser(story, outlet);
      const full = fullText(story).split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
      return rendered(page(story, outlet, { body: `${t.html}<div class="article-full" itemprop="articleBody" hidden>${full}</div>` }), [t.text, 'Read full story']);
    },
  },
  {
    // The caption written as one paragraph with its credit and notes, where the reference keeps the credit apart.
    id: 'caption-inline', ext: 'html', whole: false,
    render: (story, outlet, rng) => {
      if (!story.caption) return rendered(page(story, outlet));
      const { text, credit, notes } = captionParts(story);
      const prefix = rng() < 0.5 ? 'Photo: ' : '';
      const inline = (story.agency === 'ap' ? [prefix + text, notes, credit] : [prefix + text, credit, notes]).filter(Boolean).join(' ');
      const figure = `<div class="wp-caption"><img src="/media/${story.id}.jpg" alt=""><p class="wp-caption-text">${escapeHtml(inline)}</p></div>`;
      return { ...rendered(page(story, outlet, { figure }), prefix ? ['Photo:'] : []), reshaped: [inline] };
    },
  },
  {
    id: 'source-label', ext: 'html', whole: false,
    render: (story, outlet, rng) => {
      const agency = AGENCY_LABEL[story.agency];
      const labels = [`${pick(rng, ['Politics', 'World', 'Business'])} ${agency}`, `${agency} · ${story.publishedText}`, `${agency} via ${outlet.name}`];
      const [kicker, source] = [pick(rng, labels), pick(rng, labels)];
      return rendered(page(story, outlet, { above: `<div class="kicker">${escapeHtml(kicker)}</div>`, belowByline: `<p class="source">${escapeHtml(source)}</p>` }), [kicker, source]);
    },
  },
  {
    id: 'print-app', ext: 'html', whole: false,
    render: (story, outlet) => {
      const url = copyUrl(story, outlet);
      const printed = `Printed from ${outlet.name} · ${url}`;
      const after = new Map([[1, '<p class="ad-label">Hide Ad</p>'], [3, '<p>Story continues below advertisement</p>']]);
      return rendered(page(story, outlet, { above: `<p class="print-header">${escapeHtml(printed)}</p><p>${story.publishedText}</p><p>${url}</p>`, after }),
        [printed, story.publishedText, url, 'Hide Ad', 'Story continues below advertisement']);
    },
  },
  {
    id: 'furniture-lists', ext: 'html', whole: false,
    render: (story, outlet, rng) => {
      const links = (n: number) => `<ul>${RELATED.slice(0, n).map((t) => `<li><a href="/news/${t.length}">${t}</a></li>`).join('')}</ul>`;
      const handle = pick(rng, ['@newsdesk', '@cityhall', '@weatherwatch']);
      const embed = `pic.twitter.com/Xq7Lk2 — City Desk (${handle}) ${story.publishedText}`;
      const after = new Map([
        [1, `<p><strong>READ MORE:</strong></p>${links(3)}`],
        [2, `<p>RELATED: <a href="/news/related">${RELATED[1]}</a></p>`],
        [3, `<p>Could not display Tweet</p><p>${escapeHtml(embed)}</p>`],
        [4, `<p>More:</p>${links(2)}`],
      ]);
      return rendered(page(story, outlet, { after }), ['READ MORE:', ...RELATED, 'RELATED:', 'Could not display Tweet', embed, 'More:']);
    },
  },
  {
    id: 'truncated-furniture', ext: 'html', whole: false, trim: true,
    render: (story, outlet) => {
      const lines = ['Most read', 'Sign up for our Morning Briefing newsletter.', 'Comments', 'Trending now'];
      const below = `<div class="after-story"><h3>${lines[0]}</h3><ol>${RELATED.map((t) => `<li><a href="/news/${t.length}">${t}</a></li>`).join('')}</ol><p>${lines[1]}</p><h3>${lines[2]}</h3><p>${lines[3]}</p></div>`;
      return rendered(page(story, outlet, { below }), [...lines, ...RELATED]);
    },
  },
];

/** Every layout, HTML and plain text. */
export const LAYOUTS: readonly Layout[] = [...HTML_LAYOUTS, ...TEXT_LAYOUTS];
