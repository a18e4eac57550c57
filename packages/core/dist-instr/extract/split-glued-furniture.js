import { classifyBlock } from '../segment/classify-block.js';
import { anyMatches, candidatesIn, compilePattern } from '../segment/compile-pattern.js';
import { FURNITURE_PATTERNS, GLUED_LABELS } from '../segment/furniture-patterns.js';
import { normalizeText } from '../segment/normalize-text.js';
import { splitSentences } from '../segment/split-sentences.js';
const GLUED_RULES = FURNITURE_PATTERNS.filter((rule) => rule.glued);
const GATED = [...GLUED_RULES, ...GLUED_LABELS];
const MAX_FURNITURE_CHARS = 200; // as isFurniture: furniture is a label or a prompt, never a paragraph
// What follows a label must open a sentence: "Hide AdIn a statement", not "Hide Adrian's".
const OPENS_SENTENCE = /^["“‘'(]?\p{Lu}/u;
// The length of the glued labels at the start of a sentence, when the rest opens a sentence.
function labelAt(sentence) {
    for (const label of candidatesIn(GLUED_LABELS, sentence)) {
        const m = compilePattern(label).exec(sentence);
        if (m && m[0].trim() !== '' && OPENS_SENTENCE.test(sentence.slice(m[0].length).trimStart()))
            return m[0].length;
    }
    return 0;
}
const isGluedFurniture = (sentence) => {
    const folded = normalizeText(sentence);
    return folded.length > 0 && folded.length <= MAX_FURNITURE_CHARS && anyMatches(GLUED_RULES, folded);
};
// A paragraph cut into its story text and the furniture run into it; null when there is none.
function piecesOf(text) {
    if (candidatesIn(GATED, text).length === 0)
        return null; // no furniture word in it: most paragraphs
    const starts = splitSentences(text).map(([start]) => start);
    if (starts.length === 0)
        return null;
    starts[0] = 0;
    const pieces = [];
    const push = (piece, furniture) => {
        const clean = piece.trim();
        if (clean === '')
            return;
        const last = pieces[pieces.length - 1];
        if (last && !last.furniture && !furniture)
            last.text += ` ${clean}`;
        else
            pieces.push({ text: clean, furniture });
    };
    starts.forEach((start, k) => {
        let sentence = text.slice(start, starts[k + 1] ?? text.length).trim();
        const label = labelAt(sentence);
        if (label > 0) {
            push(sentence.slice(0, label), true);
            sentence = sentence.slice(label).trim();
        }
        push(sentence, isGluedFurniture(sentence));
    });
    return pieces.some((p) => p.furniture) && pieces.length > 1 ? pieces : null;
}
/**
 * Splits off the furniture a scraper ran into the story's paragraphs: an ad label glued to a
 * paragraph's start ("Hide AdIn a statement, his children said …"), a labelled date before the
 * first one ("date 2022-03-28 CAIRO (Reuters) - …"), a sentence that is furniture ("… the
 * soldiers. We apologize, but this video has failed to load."). The furniture becomes blocks of
 * its own; the rest of the paragraph keeps its words, so it compares equal to the reference's.
 * Only rules marked `glued` and the GLUED_LABELS are looked for inside a paragraph.
 *
 * @returns New blocks, renumbered; the input is not changed.
 * @example splitGluedFurniture([hideAdBlock]).map((b) => b.role) // => ['furniture', 'body']
 */
export function splitGluedFurniture(blocks) {
    const out = [];
    for (const block of blocks) {
        const pieces = block.role === 'body' && block.form !== 'heading' ? piecesOf(block.text) : null;
        if (pieces === null) {
            out.push({ ...block });
            continue;
        }
        for (const piece of pieces) {
            out.push({ ...block, text: piece.text, role: piece.furniture ? 'furniture' : classifyBlock(piece.text, block.form) });
        }
    }
    return out.map((b, index) => ({ ...b, index }));
}
//# sourceMappingURL=split-glued-furniture.js.map