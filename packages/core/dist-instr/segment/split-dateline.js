import { CREDIT_PATTERNS } from '../credits/credit-patterns.js';
import { compilePattern, mayMatch } from './compile-pattern.js';
const DATELINE_SEARCH_BLOCKS = 3; // a dateline opens the story: look no further than its first paragraphs
const RUN_IN_SEARCH_CHARS = 600; // a caption run into the lede is a sentence or two long
// Where a text copy may have run a caption (or a note) into the lede: after a sentence's end or
// the caption's closing parenthesis, before a capital or an opening parenthesis.
const SENTENCE_END = /[.!?)”"]\s+(?=[\p{Lu}(])/gu;
const RULES = CREDIT_PATTERNS.filter((rule) => rule.type === 'dateline');
// The agency dateline at the very start of `text`, or null.
function datelineAt(text) {
    for (const rule of RULES) {
        const m = mayMatch(rule, text) ? compilePattern(rule).exec(text) : null;
        if (m && m.index === 0 && m[0].length < text.length)
            return m[0];
    }
    return null;
}
// Where a dateline starts inside a paragraph of a copy without markup (a caption and the lede
// run together: "… (Ministry of Defence via AP) HOUSTON, Texas (AP) — Researchers …"), or -1.
function runInDateline(text) {
    for (const m of text.slice(0, RUN_IN_SEARCH_CHARS).matchAll(SENTENCE_END)) {
        const at = m.index + m[0].length;
        if (datelineAt(text.slice(at)) !== null)
            return at;
    }
    return -1;
}
/**
 * Splits the agency dateline ("BRUSSELS (Reuters) -") off the start of the story into a block
 * of its own, so that a copy which drops it shows one missing credit, not an edited paragraph.
 * In a plain paragraph (no markup) the dateline may follow a caption or a note a text copy ran
 * into the lede: the paragraph is split there too, the lede going on as body.
 * Returns new blocks, renumbered; the input is not changed.
 */
export function splitDateline(blocks) {
    const out = [];
    let seenBody = 0;
    let done = false;
    for (const block of blocks) {
        const story = block.role === 'body' || (block.role === 'caption' && block.form === 'paragraph');
        const inWindow = seenBody < DATELINE_SEARCH_BLOCKS;
        if (block.role === 'body')
            seenBody++;
        if (!done && story && inWindow) {
            const opening = block.role === 'body' ? datelineAt(block.text) : null;
            if (opening !== null) {
                out.push({ ...block, role: 'dateline', form: 'line', text: opening.trim() });
                out.push({ ...block, text: block.text.slice(opening.length).trim() });
                done = true;
                continue;
            }
            const at = block.form === 'paragraph' ? runInDateline(block.text) : -1;
            if (at > 0) {
                const rest = block.text.slice(at);
                const dateline = datelineAt(rest);
                out.push({ ...block, text: block.text.slice(0, at).trim() });
                out.push({ ...block, role: 'dateline', form: 'line', text: dateline.trim() });
                out.push({ ...block, role: 'body', text: rest.slice(dateline.length).trim() });
                done = true;
                continue;
            }
        }
        out.push({ ...block });
    }
    return out.map((b, index) => ({ ...b, index }));
}
//# sourceMappingURL=split-dateline.js.map