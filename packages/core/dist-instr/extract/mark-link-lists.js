import { anyMatches } from '../segment/compile-pattern.js';
import { FURNITURE_PATTERNS } from '../segment/furniture-patterns.js';
import { normalizeText } from '../segment/normalize-text.js';
const LIST_HEADINGS = FURNITURE_PATTERNS.filter((rule) => rule.opensList);
const MAX_HEADLINE_WORDS = 20; // a headline is a line; a paragraph of the story is longer
const MAX_LIST_ITEMS = 10; // a related box lists a handful of stories
// A sentence of the story ends in a full stop or a quote; another story's headline does not.
const SENTENCE_END = /[.!:;"”’»)]$/u;
const isHeadline = (block) => block.role === 'body' && block.form !== 'quote' && !SENTENCE_END.test(block.text) && block.text.split(' ').length <= MAX_HEADLINE_WORDS;
/**
 * Marks the links of a related-stories list inside the body as furniture: after a list heading
 * ("RELATED STORIES", "READ MORE:", "Mehr zum Thema"), the headline lines that follow (short, no
 * sentence's end) are other stories', not the story's, up to the first line of prose. Saved
 * text keeps such lists without their links; markup lists of links are dropped before this.
 *
 * @returns New blocks, the list's lines made furniture; the input is not changed.
 * @example markLinkLists(blocks).filter((b) => b.role === 'furniture').map((b) => b.text)
 * // => ['RELATED STORIES', '40 dead as Bangladesh ferry search called off']
 */
export function markLinkLists(blocks) {
    const out = blocks.map((b) => ({ ...b }));
    for (let k = 0; k < out.length; k++) {
        const heading = out[k];
        if (heading.role !== 'furniture' || heading.text.length > 80 || !anyMatches(LIST_HEADINGS, normalizeText(heading.text)))
            continue;
        let items = 0;
        for (let next = k + 1; next < out.length && items < MAX_LIST_ITEMS; next++) {
            const block = out[next];
            if (block.role === 'furniture')
                continue; // "Read more..." after the list, an ad label within it
            if (!isHeadline(block))
                break;
            block.role = 'furniture';
            items++;
        }
    }
    return out;
}
//# sourceMappingURL=mark-link-lists.js.map