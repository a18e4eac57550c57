import { collapseSpace } from '../segment/normalize-text.js';
import { isFurniture } from '../segment/classify-block.js';
import { isElement, textOf } from './dom.js';
import { CAPTION_HINT, CREDIT_HINT, hintsOf } from './hints.js';
import { NOT_PROSE } from './find-content-root.js';
import { matchSelector } from './match-selector.js';
const SKIP = new Set([...NOT_PROSE, 'input', 'h1']);
const BLOCK = new Set([
    'p', 'div', 'section', 'article', 'main', 'header', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
    'blockquote', 'figure', 'figcaption', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'dl', 'dt', 'dd',
    'pre', 'address', 'aside', 'hr', 'picture', 'center', 'form', 'fieldset',
]);
const HAS_LETTER = /\p{L}/u; // "___" rules and "1 / 5" slide counters are layout, not text
const MIN_ALT_CHARS = 40; // shorter alt text is a label ("photo"), not a caption
const MAX_LINK_SHARE = 0.5; // mostly links: a list of other stories
/**
 * Walks the article region in reading order and cuts it into raw blocks: every block-level
 * element starts and ends a block, inline markup joins its text, two <br> in a row end a
 * paragraph. Boxes that are not the story are skipped, except that a skipped box whose whole
 * text is furniture ("Continue Reading Below" in an ad slot) is kept as such.
 *
 * @param region The element to walk: the body container or the <article> around it.
 * @param body The body containers; text outside them is marked so the caller can be strict.
 * @param noise Boxes found to be navigation, sharing, comments and the like.
 * @param rule The site rule of the page, whose byline and caption selectors mark those blocks.
 */
export function collectBlocks(region, body, noise, rule) {
    const blocks = [];
    let buffer = '';
    let linkChars = 0;
    let bufferContext = null;
    let lastWasBreak = false;
    const flush = () => {
        const text = collapseSpace(buffer);
        if (text !== '' && bufferContext) {
            blocks.push({ text, ...bufferContext, linkShare: Math.min(1, linkChars / text.length) });
        }
        buffer = '';
        linkChars = 0;
        bufferContext = null;
    };
    const append = (text, context, inLink) => {
        if (text.trim() === '' && buffer === '')
            return;
        bufferContext ??= context;
        buffer += text;
        if (inLink)
            linkChars += text.trim().length;
    };
    const visit = (node, context, inLink) => {
        if (node.type === 'text') {
            append(node.data, context, inLink);
            if (node.data.trim() !== '')
                lastWasBreak = false;
            return;
        }
        if (!isElement(node) || SKIP.has(node.name))
            return;
        const name = node.name;
        if (name === 'br') {
            if (lastWasBreak)
                flush();
            else
                append('\n', context, inLink);
            lastWasBreak = true;
            return;
        }
        if (name === 'img') {
            const alt = collapseSpace(node.attribs.alt ?? '');
            if (alt.length >= MIN_ALT_CHARS) {
                flush();
                blocks.push({ text: alt, form: 'alt', creditHint: false, inBody: context.inBody, linkShare: 0 });
            }
            return;
        }
        const hints = hintsOf(node);
        if (noise.has(node) && !CAPTION_HINT.test(hints)) {
            const text = collapseSpace(textOf(node, 400));
            if (isFurniture(text)) {
                flush();
                blocks.push({ text, form: 'line', creditHint: false, inBody: context.inBody, linkShare: 0 });
            }
            return;
        }
        if (name === 'aside' && !CAPTION_HINT.test(hints))
            return;
        const ruledCaption = rule?.caption?.some((selector) => matchSelector(node, selector)) ?? false;
        const inner = {
            form: ruledCaption ? 'caption' : formOf(name, hints, context.form),
            creditHint: context.creditHint || CREDIT_HINT.test(hints) || node.attribs.rel === 'author' || (rule?.byline?.some((selector) => matchSelector(node, selector)) ?? false),
            inBody: context.inBody || body.has(node),
        };
        // A byline in a <span> beside the date is still a line of its own.
        const isBlock = BLOCK.has(name) || inner.form !== context.form || (inner.creditHint && !context.creditHint);
        if (isBlock) {
            flush();
            lastWasBreak = false;
        }
        const link = inLink || name === 'a';
        for (const child of node.children)
            visit(child, inner, link);
        if (isBlock)
            flush();
    };
    visit(region, { form: 'paragraph', creditHint: false, inBody: body.has(region) }, false);
    flush();
    const kept = blocks.map((b) => HAS_LETTER.test(b.text) && (b.form === 'caption' || b.form === 'alt' || b.linkShare <= MAX_LINK_SHARE || isFurniture(b.text)));
    // A heading over a list of links ("Related", "Ähnliche Beiträge") or over nothing belongs to
    // what it announces, not to the story.
    for (let i = blocks.length - 1; i >= 0; i--) {
        if (blocks[i].form !== 'heading' || !kept[i])
            continue;
        let next = i + 1;
        while (next < blocks.length && blocks[next].form === 'heading' && !kept[next])
            next++;
        if (next >= blocks.length || !kept[next])
            kept[i] = false;
    }
    return blocks.filter((_, i) => kept[i]);
}
function formOf(name, hints, outer) {
    if (name === 'figcaption' || CAPTION_HINT.test(hints))
        return 'caption';
    if (outer === 'caption')
        return 'caption';
    if (/^h[2-6]$/.test(name))
        return 'heading';
    if (name === 'blockquote' || outer === 'quote')
        return 'quote';
    if (name === 'li')
        return 'list-item';
    if (name === 'p')
        return outer === 'list-item' ? 'list-item' : 'paragraph';
    return outer === 'line' ? 'paragraph' : outer;
}
//# sourceMappingURL=collect-blocks.js.map