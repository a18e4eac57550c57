import type { Extraction } from '../types.js';
import type { BlockMemo } from '../segment/block-memo.js';
import { type SiteRule } from './site-rules.js';
/** Options of extractArticle. */
export interface ExtractOptions {
    /**
     * Where the page came from, kept as the canonical URL when the page names none.
     * @default undefined
     */
    url?: string;
    /**
     * Site rules: where the body, byline and captions sit on particular sites. Pass
     * `[...SITE_RULES, yourRule]` to add one, `[]` to use the generic path alone.
     * @default SITE_RULES
     */
    siteRules?: readonly SiteRule[];
    /**
     * Shared by the pages of one story, so a block text they repeat is classified once.
     * @default none
     */
    memo?: BlockMemo;
}
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
export declare function extractArticle(html: string, options?: ExtractOptions): Extraction;
/**
 * Turns plain text (a saved copy, a web archive's text) into an article: paragraphs as
 * splitParagraphs finds them (blank lines, else the line structure), lines without a letter
 * left out; a short first line (after any furniture) is the title when it ends no sentence or
 * is written in title case ("Will Donald Trump Write His Own Memoir in Jail?").
 */
export declare function articleFromText(text: string): Extraction;
//# sourceMappingURL=extract-article.d.ts.map