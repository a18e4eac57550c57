import type { AnyNode, Document, Element } from 'domhandler';
import { hintsOf, isElement } from './dom.js';

/** class/id words of containers that hold the story body on most news sites. */
const BODY_HINT = /article[-_]?body|articlebody|story[-_]?body|storybody|entry[-_]?content|post[-_]?(?:content|body)|article[-_]?(?:content|text)|story[-_]?(?:content|text)|body[-_]?text|main[-_]?content|content[-_]?body|rich[-_]?text|article__body|paywall/;
const MIN_BODY_CHARS = 140; // below this a container is a teaser or a caption, not a story
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'header', 'svg', 'iframe']);

interface Tally {
  /** Characters of paragraph text anywhere below. */
  total: number;
  /** Characters of paragraphs and loose text directly inside: a paragraph run. */
  direct: number;
}

/**
 * Finds the element that holds the story body: a container marked as the article body
 * (itemprop=articleBody or a body class), else the <article> with the most paragraph text,
 * else the element with the longest run of paragraphs directly inside it.
 * Returns null when the page has no paragraph text at all.
 */
export function findContentRoot(doc: Document): Element | null {
  const tallies = new Map<Element, Tally>();
  const tally = (node: AnyNode): number => {
    if (node.type === 'text') return 0;
    if (!isElement(node) || NOT_PROSE.has(node.name)) return 0;
    let total = 0;
    let direct = 0;
    for (const child of node.children) {
      if (child.type === 'text') {
        direct += child.data.trim().length;
        continue;
      }
      const below = tally(child);
      total += below;
      if (isElement(child) && child.name === 'p') direct += below;
    }
    if (node.name === 'p') total = Math.max(total, textLength(node));
    tallies.set(node, { total: total + (node.name === 'p' ? 0 : directText(node)), direct });
    return tallies.get(node)!.total;
  };
  for (const child of doc.children) tally(child);

  const hinted = mostSpecific([...tallies].filter(([el, t]) =>
    (el.attribs.itemprop === 'articleBody' || BODY_HINT.test(hintsOf(el))) && t.total >= MIN_BODY_CHARS));
  let article: Element | null = null;
  let run: Element | null = null;
  for (const [el, t] of tallies) {
    if (el.name === 'article' && t.total >= MIN_BODY_CHARS && (!article || t.total > tallies.get(article)!.total)) article = el;
    if (!run || t.direct > tallies.get(run)!.direct) run = el;
  }
  if (hinted) return hinted;
  if (article) return article;
  return run && tallies.get(run)!.direct > 0 ? run : null;
}

// Of nested body containers (a wrapper marked "main-content" around one marked "article-body"),
// the smallest that still holds nearly all the text, so comments and related boxes stay out.
const NEARLY_ALL = 0.8;
function mostSpecific(candidates: [Element, Tally][]): Element | null {
  const largest = Math.max(0, ...candidates.map(([, t]) => t.total));
  let best: [Element, Tally] | null = null;
  for (const c of candidates) {
    if (c[1].total >= NEARLY_ALL * largest && (!best || c[1].total < best[1].total)) best = c;
  }
  return best ? best[0] : null;
}

function textLength(node: AnyNode): number {
  if (node.type === 'text') return node.data.trim().length;
  if (node.type !== 'tag') return 0;
  let n = 0;
  for (const child of node.children) n += textLength(child);
  return n;
}

function directText(el: Element): number {
  let n = 0;
  for (const child of el.children) if (child.type === 'text') n += child.data.trim().length;
  return n;
}
