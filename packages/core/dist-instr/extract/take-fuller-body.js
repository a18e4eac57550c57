import { classifyBlock } from '../segment/classify-block.js';
import { normalizeText } from '../segment/normalize-text.js';
import { splitParagraphs } from '../segment/split-paragraphs.js';
const FULLER_RATIO = 1.5; // data holding half as much again as the page shows: the page is a teaser
const MIN_EXTRA_CHARS = 80; // after a cut teaser, at least a short paragraph more than the page shows
// A teaser's cut: "… to fully implement …", "… the statement [...]".
const TEASER_CUT = /\s*(?:…|\.{3}|\[(?:…|\.{3})\])\s*$/u;
const fold = (text) => normalizeText(text).toLowerCase();
/**
 * Replaces a teaser body with the full text a page carries as data (JSON-LD `articleBody`, a
 * microdata `articleBody`): when every paragraph the page shows as body is in the data's text
 * (the first words and a "…" are enough) and the data is fuller, the data's paragraphs become
 * the body, and the page's captions, credits, notes and furniture stay where they were, so
 * what a caption or a credit box says is still read from the markup.
 *
 * @param blocks The page's blocks with their roles, in reading order, before the dateline split.
 * @param articleBody The text the page's data holds.
 * @returns New blocks (indexes renumbered) with the data's body, or null when the page's own
 *   body is as full as the data or is not the data's text.
 * @example takeFullerBody(teaserBlocks, ld.articleBody)?.filter((b) => b.role === 'body').length // => 12
 */
export function takeFullerBody(blocks, articleBody, options = {}) {
    const standfirst = options.standfirst ?? null;
    const paragraphs = splitParagraphs(articleBody);
    const data = paragraphs.map(fold);
    const whole = data.join(' ');
    // Each visible body paragraph, cut at its teaser ellipsis, and where the data holds it.
    const shown = [];
    let cut = false;
    for (const block of blocks) {
        if (block.role !== 'body')
            continue;
        const text = fold(block.text);
        const trimmed = text.replace(TEASER_CUT, '');
        if (trimmed !== text)
            cut = true;
        if (trimmed === '')
            continue;
        if (!whole.includes(trimmed)) {
            if (block.text === standfirst)
                continue; // the description set apart, which the data may leave out
            return null; // the page shows body text the data lacks: the data is not this page's story
        }
        shown.push(trimmed);
    }
    const shownChars = shown.reduce((n, t) => n + t.length, 0);
    if (shownChars === 0)
        return null;
    const fuller = whole.length >= FULLER_RATIO * shownChars || (cut && whole.length >= shownChars + MIN_EXTRA_CHARS);
    if (!fuller)
        return null;
    const kept = new Set(blocks.filter((b) => b.role !== 'body').map((b) => fold(b.text)));
    const lastBody = blocks.reduce((last, b, k) => (b.role === 'body' ? k : last), -1);
    const out = [];
    let next = 0; // the first data paragraph not yet placed
    const place = (upTo) => {
        for (; next < upTo; next++) {
            // A credit line or dateline the page also shows as its own block is kept once, the page's.
            if (kept.has(data[next]))
                continue;
            const text = paragraphs[next];
            out.push({ index: 0, role: classifyBlock(text, 'paragraph', options.memo), form: 'paragraph', text });
        }
    };
    for (let k = 0; k < blocks.length; k++) {
        const block = blocks[k];
        if (block.role === 'body') {
            const trimmed = fold(block.text).replace(TEASER_CUT, '');
            if (block.text === standfirst && !whole.includes(trimmed)) {
                out.push({ ...block });
                continue;
            }
            // The data paragraphs up to the one holding this block's words come in its place.
            const at = data.findIndex((p, i) => i >= next && p.includes(trimmed));
            if (at !== -1)
                place(at + 1);
            continue;
        }
        // What follows the last body block of the page (credits at the foot, "Read full story")
        // follows the whole data body; what the page set between its paragraphs stays there.
        if (k > lastBody)
            place(paragraphs.length);
        out.push({ ...block });
    }
    place(paragraphs.length);
    return out.map((b, index) => ({ ...b, index }));
}
//# sourceMappingURL=take-fuller-body.js.map