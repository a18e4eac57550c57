import { candidatesIn, matchCandidate } from '../segment/compile-pattern.js';
import { NOTE_CATALOGUE } from './note-catalogue.js';
/** Where a block's role puts what is found in it. */
export function placeOf(block) {
    if (block.form === 'alt')
        return 'alt';
    return block.role;
}
/**
 * Finds every editor note of the catalogue in an article: in each block (body, captions, image
 * alt text, credit and note blocks) and in the title and description metadata.
 *
 * @param catalogue The rules to look for; the built-in catalogue plus any configured additions.
 * @default catalogue NOTE_CATALOGUE
 * @param memo Shared by the pages of one story, so a text they repeat is scanned once.
 * @example findNotes(article).map((n) => n.ruleId) // => ['unable-to-independently-verify', …]
 */
export function findNotes(article, catalogue = NOTE_CATALOGUE, memo) {
    const hits = [];
    for (const block of article.blocks) {
        if (block.role === 'furniture')
            continue;
        const found = memo ? memo.remember(catalogue, block.text, () => notesIn(block.text, catalogue)) : notesIn(block.text, catalogue);
        for (const n of found)
            hits.push(hit(n, block.index, placeOf(block)));
    }
    for (const text of [article.title, article.description]) {
        if (text)
            for (const n of notesIn(text, catalogue))
                hits.push(hit(n, null, 'metadata'));
    }
    return hits;
}
// Fields in the order reports print them.
const hit = (n, block, place) => ({ ruleId: n.ruleId, category: n.category, text: n.text, block, place, start: n.start, end: n.end });
// The notes in one text, in catalogue order: what a block yields whatever its place.
function notesIn(text, catalogue) {
    const found = [];
    for (const rule of candidatesIn(catalogue, text)) {
        for (const m of matchCandidate(rule, text))
            found.push({ ruleId: rule.id, category: rule.category, text: m.text, start: m.start, end: m.end });
    }
    return found;
}
//# sourceMappingURL=find-notes.js.map