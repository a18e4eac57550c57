import { collapseSpace } from '../segment/normalize-text.js';
// Separators with spaces around them, so "U.S.-led" stays whole.
const SEPARATOR = /\s+(?:[|\-–—·»\\/>]|::)\s+/g;
const HIERARCHY = /[\\/>»]/;
const MIN_TITLE_WORDS = 3; // "Home - Site" keeps its site name: the first part alone says too little
const SHORT_TITLE_WORDS = 4; // a <title> cut to this few words was probably cut wrong
const MIN_TITLE_CHARS = 15; // a <title> shorter than this ("Home", "News") or
const MAX_TITLE_CHARS = 150; // longer than this is not the headline; the one <h1> is
const words = (text) => text.split(/\s+/).filter((w) => w !== '').length;
function stripSiteName(title, siteName) {
    if (siteName === null)
        return title;
    const parts = title.split(SEPARATOR);
    if (parts.length < 2 || parts[parts.length - 1].toLowerCase() !== siteName.toLowerCase())
        return title;
    const kept = title.slice(0, title.length - parts[parts.length - 1].length).replace(/\s+(?:[|\-–—·»\\/>]|::)\s+$/, '');
    return kept === '' ? title : kept;
}
// "Story headline | Section | Site": the part after the last separator is the site, whatever
// its name (Readability's rule, so "New Zealand - Wikipedia" reads "New Zealand"); when that
// leaves too few words the site came first ("Site | Story headline").
function cutElementTitle(title) {
    const separators = [...title.matchAll(SEPARATOR)];
    if (separators.length === 0)
        return title;
    const last = separators[separators.length - 1];
    let cut = title.slice(0, last.index);
    if (words(cut) < MIN_TITLE_WORDS)
        cut = title.slice(separators[0].index + separators[0][0].length);
    // Few words left: keep the whole, unless a path separator ("Site » Section » Story") says the
    // cut took exactly the last step of a path.
    const path = separators.some((m) => HIERARCHY.test(m[0]));
    return words(cut) <= SHORT_TITLE_WORDS && (!path || words(cut) !== words(title.replace(SEPARATOR, ' ')) - 1) ? title : cut;
}
/**
 * The story's title: the declared title without the site's name; else the <title> element
 * without what follows its last separator; the page's one <h1> when there is no <title>, or
 * when the <title> is too short or too long to be a headline and the <h1> reads as one.
 *
 * @example chooseTitle({ declared: null, element: 'New Zealand - Wikipedia', headings: [], siteName: null }) // => 'New Zealand'
 */
export function chooseTitle(sources) {
    if (sources.declared !== null)
        return stripSiteName(sources.declared, sources.siteName);
    const heading = sources.headings.length === 1 ? collapseSpace(sources.headings[0]) : '';
    const element = sources.element === null ? '' : collapseSpace(sources.element);
    if (element === '')
        return heading === '' ? null : heading;
    if (words(heading) > SHORT_TITLE_WORDS && (element.length < MIN_TITLE_CHARS || element.length > MAX_TITLE_CHARS))
        return heading;
    const own = stripSiteName(element, sources.siteName);
    return own !== element ? own : cutElementTitle(element);
}
//# sourceMappingURL=choose-title.js.map