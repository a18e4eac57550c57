import { collapseSpace, normalizeText } from '../segment/normalize-text.js';
import { isElement, textOf } from './dom.js';
const MIN_STANDFIRST_CHARS = 40; // a shorter description is a slogan, not a lead
const HEADING = /^h[1-6]$/; // the headline or a kicker, never the standfirst
const LENGTH_SLACK = 0.8; // the page's text and the description may differ by a clipped ending
/**
 * The standfirst set apart above the story: the element before the story body whose text is
 * the page's own description (meta description, og:description, JSON-LD). Sites put the lead
 * in a header box far from the body container, and the description repeats it word for word,
 * which a related-story teaser (another story's summary) never does.
 *
 * @param description The page's declared description.
 * @param title The story's title: a description that merely repeats it is no standfirst.
 * @returns The standfirst's text, or null when no element before the body holds it.
 */
export function findStandfirst(doc, root, description, title) {
    if (description === null)
        return null;
    const wanted = normalizeText(description).replace(/(?:\.\.\.|…)$/, '');
    // A description that repeats the headline would find the headline.
    if (wanted.length < MIN_STANDFIRST_CHARS || (title !== null && normalizeText(title).includes(wanted)))
        return null;
    const min = LENGTH_SLACK * wanted.length;
    let found = null;
    let reachedBody = false;
    // Document order, stopping at the body; a box with less text than the description holds
    // no element with more.
    const visit = (el) => {
        for (const child of el.children) {
            if (found !== null || reachedBody)
                return;
            if (!isElement(child))
                continue;
            if (root.body.has(child)) {
                reachedBody = true;
                return;
            }
            const s = root.stats.get(child);
            if (!s || root.noise.has(child) || s.chars < min || HEADING.test(child.name))
                continue;
            if (s.linkChars === 0 && s.chars <= wanted.length / LENGTH_SLACK && !holdsHeading(child)) {
                const text = normalizeText(textOf(child, 2 * wanted.length));
                if (text.length >= min && (text.startsWith(wanted) || wanted.startsWith(text))) {
                    found = collapseSpace(textOf(child, 2 * wanted.length));
                    return;
                }
            }
            visit(child);
        }
    };
    for (const child of doc.children)
        if (isElement(child) && found === null && !reachedBody)
            visit(child);
    return found;
}
function holdsHeading(el) {
    return el.children.some((c) => isElement(c) && (HEADING.test(c.name) || holdsHeading(c)));
}
//# sourceMappingURL=find-standfirst.js.map