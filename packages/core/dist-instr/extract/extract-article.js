import { load } from 'cheerio/slim';
import { classifyBlock, isFurniture } from '../segment/classify-block.js';
import { normalizeText } from '../segment/normalize-text.js';
import { splitDateline } from '../segment/split-dateline.js';
import { splitParagraphs } from '../segment/split-paragraphs.js';
import { anyMatches, compilePattern } from '../segment/compile-pattern.js';
import { CREDIT_PATTERNS } from '../credits/credit-patterns.js';
import { FURNITURE_PATTERNS } from '../segment/furniture-patterns.js';
import { collectBlocks } from './collect-blocks.js';
import { findContentRoot } from './find-content-root.js';
import { findStandfirst } from './find-standfirst.js';
import { cleanByline } from './clean-byline.js';
import { readMetadata } from './read-metadata.js';
import { takeFullerBody } from './take-fuller-body.js';
import { markLinkLists } from './mark-link-lists.js';
import { splitGluedFurniture } from './split-glued-furniture.js';
import { findSiteRule } from './find-site-rule.js';
import { SITE_RULES } from './site-rules.js';
const CHROME = FURNITURE_PATTERNS.filter((rule) => rule.chrome);
const MAX_CHROME_CHARS = 400; // a date line or an address is short: longer text is not tried
const OUTSIDE_PROSE_CHARS = 80; // shorter lines outside the body are labels, teasers and dates
const OUTSIDE_LINK_SHARE = 0.1; // prose with a link or two in it, not a teaser
const MIN_ARTICLE_CHARS = 80; // less body text than a two-sentence brief is not an article
/**
 * Extracts the article from an HTML page: metadata from structured data and meta tags, and the
 * blocks of the story in reading order, each with its role (body, caption, credit, note,
 * dateline, furniture). Parses with htmlparser2 (through cheerio's slim entry), on its own copy.
 *
 * @returns `{ status: 'ok', article }`, or `{ status: 'no-article', reason, detail }` when the
 *   page holds no story text; never an empty success.
 * @example
 * const result = extractArticle(html);
 * if (result.status === 'ok') console.log(result.article.blocks.length);
 */
export function extractArticle(html, options = {}) {
    if (html.trim() === '')
        return { status: 'no-article', reason: 'empty', detail: 'the page is empty' };
    const doc = load(html).root()[0];
    const { articleBody, pageByline, ...meta } = readMetadata(doc);
    if (meta.canonicalUrl === null && options.url)
        meta.canonicalUrl = options.url;
    const rule = findSiteRule(options.url, meta.canonicalUrl, options.siteRules ?? SITE_RULES) ?? undefined;
    const root = findContentRoot(doc, rule);
    const roles = new Map(); // blocks outside the body, classified once
    const raw = root ? collectBlocks(root.region, root.body, root.noise, rule).filter((b) => keepOutsideBody(b, roles, options.memo)) : [];
    const standfirst = root ? findStandfirst(doc, root, meta.description, meta.title) : null;
    if (standfirst !== null && !raw.some((b) => b.text === standfirst))
        raw.unshift({ text: standfirst, form: 'paragraph', creditHint: false, inBody: true, linkShare: 0 });
    // The byline in the story's own markup beats one elsewhere on the page ("Follow the author").
    // A credit set in a picture's caption (a "photo-credit" span) names the photographer, never
    // the writer, even when the page has no byline.
    meta.byline ??= firstOf(raw, (b) => (b.creditHint && b.form !== 'caption' && b.form !== 'alt' ? cleanByline(b.text) : null)) ?? pageByline;
    const markup = root ? roleBlocks(dropAltDuplicates(raw, meta), options.memo, roles) : null;
    const fromMarkup = markup ? finishArticle({ ...meta }, markup) : null;
    if (articleBody === null)
        return fromMarkup ?? { status: 'no-article', reason: 'no-text', detail: 'the page has no paragraph text' };
    // A teaser ("… Read full story", often too short to be an article) over the full text in the
    // page's data: the data's body, the markup's captions, credits and notes.
    const fuller = markup ? takeFullerBody(markup, articleBody, { standfirst, memo: options.memo }) : null;
    const fromBoth = fuller ? finishArticle({ ...meta }, fuller) : null;
    if (fromBoth?.status === 'ok')
        return fromBoth;
    if (fromMarkup?.status === 'ok')
        return fromMarkup;
    // The markup holds no story (a page built by script) but its JSON-LD carries the text.
    const fromData = finishArticle({ ...meta }, roleBlocks(splitParagraphs(articleBody).map((text) => ({ text, form: 'paragraph', creditHint: false, inBody: true, linkShare: 0 })), options.memo));
    return fromData.status === 'ok' ? fromData : (fromMarkup ?? fromData);
}
/**
 * Turns plain text (a saved copy, a web archive's text) into an article: paragraphs as
 * splitParagraphs finds them (blank lines, else the line structure), lines without a letter
 * left out; a short first line (after any furniture) is the title when it ends no sentence or
 * is written in title case ("Will Donald Trump Write His Own Memoir in Jail?").
 */
export function articleFromText(text) {
    // A line without a letter ("||||||||", "* * *") is a rule the page drew, as in markup.
    const paragraphs = splitParagraphs(text).filter((p) => HAS_LETTER.test(p));
    if (paragraphs.length === 0)
        return { status: 'no-article', reason: 'empty', detail: 'the text is empty' };
    let title = null;
    // A print layout's "Printed from …" line or date above the headline is not the title.
    const first = paragraphs.findIndex((p) => !isFurniture(p));
    const head = paragraphs[first];
    if (head !== undefined && paragraphs.length > first + 1 && head.split(' ').length <= 20 && (!/[.!?"”]$/.test(head) || isTitleCase(head))) {
        title = paragraphs.splice(first, 1)[0];
        // A headline run together with the byline line under it: "… his 'biggest frustration' By Joyce LEE".
        const byline = BYLINE_AFTER_TITLE.exec(title);
        if (byline && BYLINE_RULES.some((rule) => compilePattern(rule).test(byline[2]))) {
            title = byline[1];
            paragraphs.splice(first, 0, byline[2]);
        }
    }
    const meta = {
        title, byline: null, publishedTime: null, modifiedTime: null, siteName: null,
        canonicalUrl: null, publisher: null, isBasedOn: null, description: null,
    };
    return finishArticle(meta, roleBlocks(paragraphs.map((p) => ({ text: p, form: isHeadingLine(p) ? 'heading' : 'paragraph', creditHint: false, inBody: true, linkShare: 0 }))));
}
const HAS_LETTER = /\p{L}/u;
const BYLINE_RULES = CREDIT_PATTERNS.filter((rule) => rule.type === 'byline');
const BYLINE_AFTER_TITLE = /^(.{10,}?)\s((?:By|BY)\s\p{Lu}.{1,80})$/u;
const TITLE_CASE_SHARE = 0.6; // a headline capitalises its words; prose capitalises a few names
// "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What's Underneath N.Y.C.": most
// words open with a capital, which a sentence of prose never does.
function isTitleCase(text) {
    const words = text.split(' ').filter((w) => /\p{L}/u.test(w));
    return words.length >= 4 && words.filter((w) => /^["“‘'(]?\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * words.length;
}
const MAX_HEADING_LINE_WORDS = 16; // "Five civilians killed in air strikes by Saudi-led coalition in Yemen - TV"
// Plain text has no markup to say what is a heading: a line of a few words that ends no
// sentence is a headline, a section label or a menu ("Home News World"), not prose.
function isHeadingLine(text) {
    return text.split(' ').length <= MAX_HEADING_LINE_WORDS && !/[.!?:;,"'\u201D\u2019)\]]$/u.test(text);
}
function firstOf(items, pick) {
    for (const item of items) {
        const picked = pick(item);
        if (picked !== null)
            return picked;
    }
    return null;
}
// Outside the body container only captions, credits and notes belong to the story; the rest
// of the region is headers, teasers and labels.
function keepOutsideBody(block, roles, memo) {
    if (block.inBody)
        return true;
    // The page's date or address beside the story, even in a byline box, is its chrome.
    if (block.text.length <= MAX_CHROME_CHARS && anyMatches(CHROME, normalizeText(block.text)))
        return false;
    if (block.form === 'caption' || block.form === 'alt' || block.creditHint)
        return true;
    const role = classifyBlock(block.text, block.form, memo);
    roles.set(block, role);
    if (role === 'credit' || role === 'note' || role === 'furniture')
        return true;
    // A standfirst or a lead paragraph set apart from the body: prose, not a link.
    return block.form !== 'list-item' && block.linkShare <= OUTSIDE_LINK_SHARE && block.text.length >= OUTSIDE_PROSE_CHARS && /[.!?:"”»]$/.test(block.text);
}
// Alt text that repeats a caption or the headline adds nothing.
function dropAltDuplicates(blocks, meta) {
    const captions = blocks.filter((b) => b.form === 'caption').map((b) => normalizeText(b.text));
    const title = normalizeText(meta.title ?? '');
    return blocks.filter((b) => {
        if (b.form !== 'alt')
            return true;
        const alt = normalizeText(b.text);
        return alt !== title && !captions.some((c) => c.includes(alt) || alt.includes(c));
    });
}
// The role of each raw block, in reading order.
function roleBlocks(raw, memo, known) {
    const blocks = [];
    for (const b of raw) {
        const previous = blocks[blocks.length - 1];
        if (previous && previous.text === b.text)
            continue; // the same text twice in a row is a layout echo
        // Markup marking a byline or a caption says nothing about a reading time or a gallery label
        // set inside it ("4 Min Read", "Slideshow (15 images)"): those are furniture.
        const marked = b.creditHint || b.form === 'caption' || b.form === 'alt';
        const role = marked && isFurniture(b.text) ? 'furniture' : b.creditHint && b.text.split(' ').length <= 12 ? 'credit' : (known?.get(b) ?? classifyBlock(b.text, b.form, memo));
        blocks.push({ index: blocks.length, role, form: b.form, text: b.text });
    }
    return blocks;
}
// The article from its blocks: the byline read from them when the metadata has none, furniture
// run into paragraphs split off, related links in the body marked, the dateline split off, and no
// article when too little is story text.
function finishArticle(meta, blocks) {
    if (meta.byline === null) {
        const byline = blocks.find((b) => b.role === 'credit' && /^by\s/i.test(b.text));
        if (byline)
            meta.byline = byline.text.replace(/^by\s+/i, '');
    }
    const article = { ...meta, blocks: splitDateline(markLinkLists(splitGluedFurniture(blocks))) };
    const bodyChars = article.blocks.filter((b) => b.role === 'body').reduce((n, b) => n + b.text.length, 0);
    if (bodyChars === 0)
        return { status: 'no-article', reason: 'no-text', detail: 'no story paragraphs were found' };
    if (bodyChars < MIN_ARTICLE_CHARS) {
        return { status: 'no-article', reason: 'too-short', detail: `only ${bodyChars} characters of story text were found` };
    }
    return { status: 'ok', article };
}
//# sourceMappingURL=extract-article.js.map