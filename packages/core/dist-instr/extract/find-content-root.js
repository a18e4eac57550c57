import { isElement } from './dom.js';
import { BODY_HINT, CONTENT_HINT, SIDE_HINT, hintsOf, noiseHint } from './hints.js';
import { matchSelector } from './match-selector.js';
/** Elements whose text is never story text. */
export const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'footer', 'button', 'select', 'textarea', 'canvas', 'video', 'audio', 'object', 'embed', 'map', 'title', 'meta', 'link']);
const PARAGRAPHS = new Set(['p', 'pre', 'td', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'u', 'small', 'sup', 'sub', 'abbr', 'cite', 'q', 'mark', 'time', 'font', 'br', 'img', 'code', 'wbr', 's', 'del', 'ins']);
const MIN_PARAGRAPH_CHARS = 25; // shorter text is a label or a button, it votes for no container
const MIN_BODY_CHARS = 140; // below this a container is a teaser or a caption, not a story
const HINTED_SHARE = 0.4; // a body-classed container holding less of the scored text is a teaser box
const SIBLING_SHARE = 0.2; // a sibling scoring a fifth of the best is more of the same story
const PROSE_SIBLINGS = new Set(['p', 'ul', 'ol', 'blockquote', 'h2', 'h3', 'h4', 'pre', 'table', 'dl']);
const RIVAL_SHARE = 0.75; // a container scoring three quarters of the best is a rival
const MAX_RIVALS = 5;
const MIN_RIVALS = 3; // three rivals under one ancestor make it the story
const FULL_BONUS_CHARS = 500; // a box holding this much text earns its class bonus in full
const TAG_SCORE = { div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3, form: -3, ol: -3, ul: -3, dl: -3, address: -3, li: -3, h1: -5, h2: -5, h3: -5, header: -5, aside: -10 };
// The page frame and the story's own containers: their classes carry page-wide state
// ("sidebar-open", "has-comments"), not what they hold.
const NEVER_NOISE = new Set(['html', 'body', 'main', 'article', 'a', 'p']);
const WEAK_NOISE_MAX_CHARS = 500; // a weakly marked box holding more prose than this is the story
const WEAK_NOISE_LINK_SHARE = 0.3;
const WEAK_NOISE_PROSE_CHARS = 2000; // unlinked text of a story: the box holds it beside its teasers (yahoo-2's "modal")
/**
 * True when a box's class or id marks it as not the story and nothing marks it as the body: a
 * strong hint (comments, related stories, cookie and newsletter prompts) always, a weak one
 * (sharing, navigation, footer, ad, sidebar) only for a small box, or a link-heavy one without
 * a story's worth of unlinked text, since page builders reuse those words for layout
 * ("with-navigation", "entry themeform share" around the story).
 */
export function isNoiseBox(el, hints, s) {
    if (hints === '' || NEVER_NOISE.has(el.name) || el.attribs.itemprop === 'articleBody' || BODY_HINT.test(hints))
        return false;
    const rule = noiseHint(hints);
    if (!rule)
        return false;
    return rule.strong || s.chars < WEAK_NOISE_MAX_CHARS || (s.linkChars > WEAK_NOISE_LINK_SHARE * s.chars && s.chars - s.linkChars < WEAK_NOISE_PROSE_CHARS);
}
function classWeight(hints) {
    if (hints === '')
        return 0;
    let w = 0;
    if (CONTENT_HINT.test(hints))
        w += 25;
    if (SIDE_HINT.test(hints))
        w -= 25;
    if (BODY_HINT.test(hints))
        w += 25;
    return w;
}
/**
 * Finds the story body by scoring, as Readability does but in one walk: every paragraph of 25
 * characters or more votes for its parent (full), grandparent (half) and great-grandparent
 * (a sixth) with 1 + its commas + one point per 100 characters (at most 3); containers start
 * from their tag and class/id words; the score is scaled by the share of text outside links.
 * A container marked as the article body (itemprop=articleBody, a body class) wins when it holds
 * a fair share of the scored text. Siblings of the winner that score a fifth of it, or that are
 * plain paragraphs, join the body. Boxes marked as navigation, sharing, comments and the like
 * are left out of the vote.
 *
 * With a site rule, the first of its body selectors that matches a container of story length
 * decides instead (all its matches when they are siblings: a story in chunks).
 *
 * @returns null when the page has no paragraph text at all.
 */
export function findContentRoot(doc, rule) {
    const stats = new Map();
    const hinted = [];
    const voters = [];
    const noise = new Set();
    const ruled = rule ? rule.body.map(() => []) : [];
    const walk = (el, inLink) => {
        const s = { chars: 0, linkChars: 0, score: 0 };
        const link = inLink || el.name === 'a';
        let direct = 0;
        let blockChildren = false;
        for (const child of el.children) {
            if (child.type === 'text') {
                const n = child.data.trim().length;
                s.chars += n;
                direct += n;
                if (link)
                    s.linkChars += n;
            }
            else if (isElement(child) && !NOT_PROSE.has(child.name)) {
                const hints = hintsOf(child);
                const hintedBefore = hinted.length;
                const votersBefore = voters.length;
                const c = walk(child, link);
                // A box holding the marked story body is not a share bar, whatever its class says.
                const holdsBody = hinted.length > hintedBefore && hinted.slice(hintedBefore).some((h) => (stats.get(h)?.chars ?? 0) >= MIN_BODY_CHARS);
                if (!holdsBody && isNoiseBox(child, hints, c)) {
                    noise.add(child);
                    // What a cookie banner or a comment thread holds votes for nothing.
                    voters.length = votersBefore;
                    hinted.length = hintedBefore;
                    continue;
                }
                s.chars += c.chars;
                s.linkChars += c.linkChars;
                if (!INLINE.has(child.name))
                    blockChildren = true;
                else
                    direct += c.chars;
                if (child.attribs.itemprop === 'articleBody' || BODY_HINT.test(hints))
                    hinted.push(child);
            }
        }
        stats.set(el, s);
        if (rule)
            rule.body.forEach((selector, i) => matchSelector(el, selector) && ruled[i].push(el));
        if ((PARAGRAPHS.has(el.name) || (!blockChildren && direct >= MIN_PARAGRAPH_CHARS)) && s.chars >= MIN_PARAGRAPH_CHARS)
            voters.push(el);
        return s;
    };
    const top = [];
    for (const child of doc.children) {
        if (isElement(child) && !NOT_PROSE.has(child.name)) {
            walk(child, false);
            top.push(child);
        }
    }
    for (const el of top)
        if (el.attribs.itemprop === 'articleBody' || BODY_HINT.test(hintsOf(el)))
            hinted.push(el);
    for (const matches of ruled) {
        const found = matches.filter((el) => !noise.has(el));
        const chars = found.reduce((n, el) => n + stats.get(el).chars, 0);
        if (found.length === 0 || chars < MIN_BODY_CHARS)
            continue;
        const outer = found.filter((el) => !found.some((o) => o !== el && contains(o, el)));
        const parent = parentElement(outer[0]);
        if (outer.length > 1 && parent && outer.every((el) => el.parent === parent))
            return { region: regionOf(parent, stats), body: new Set(outer), noise, stats };
        const largest = outer.reduce((a, b) => (stats.get(b).chars > stats.get(a).chars ? b : a));
        return { region: regionOf(largest, stats), body: new Set([largest]), noise, stats };
    }
    // Votes.
    const initialized = new Set();
    const credit = (el, points) => {
        const s = stats.get(el);
        if (!s)
            return;
        if (!initialized.has(el)) {
            initialized.add(el);
            const weight = classWeight(hintsOf(el));
            // A content class on a box with a line or two of text ("article-content" around a
            // teaser) says less than the same class around a story: its bonus grows with the text.
            s.score += (TAG_SCORE[el.name] ?? 0) + (weight > 0 ? weight * Math.min(1, s.chars / FULL_BONUS_CHARS) : weight);
        }
        s.score += points;
    };
    for (const p of voters) {
        const s = stats.get(p);
        const text = s.chars;
        const commas = countCommas(p);
        const points = 1 + commas + Math.min(Math.floor(text / 100), 3);
        let ancestor = parentElement(p);
        for (let level = 0; ancestor && level < 3; level++, ancestor = parentElement(ancestor)) {
            credit(ancestor, points / (level === 0 ? 1 : level === 1 ? 2 : 6));
        }
    }
    let best = null;
    let bestScore = 0;
    for (const el of initialized) {
        const s = stats.get(el);
        const final = s.score * (1 - (s.chars === 0 ? 0 : s.linkChars / s.chars));
        s.score = final;
        if (final > bestScore) {
            best = el;
            bestScore = final;
        }
    }
    const hintedBody = mostSpecific(hinted.filter((el) => (stats.get(el)?.chars ?? 0) >= MIN_BODY_CHARS), stats);
    if (hintedBody && (!best || stats.get(hintedBody).chars >= HINTED_SHARE * stats.get(best).chars || contains(hintedBody, best))) {
        // A story cut into chunks by ads ("article__body" three times over) is all of them.
        const parent = parentElement(hintedBody);
        const chunks = parent ? hinted.filter((el) => el.parent === parent) : [];
        if (parent && chunks.length > 1)
            return { region: regionOf(parent, stats), body: new Set(chunks), noise, stats };
        return { region: regionOf(hintedBody, stats), body: new Set([hintedBody]), noise, stats };
    }
    if (!best)
        return null;
    // Near-equal rivals sharing an ancestor with the best: the story is split over boxes (an
    // intro, the text, a fact box) and the ancestor holds all of them.
    const rivals = [...initialized].filter((el) => el !== best && stats.get(el).score >= RIVAL_SHARE * bestScore)
        .sort((a, b) => stats.get(b).score - stats.get(a).score).slice(0, MAX_RIVALS);
    if (rivals.length >= MIN_RIVALS) {
        for (let up = parentElement(best); up && up.name !== 'body' && up.name !== 'html'; up = parentElement(up)) {
            if (rivals.filter((r) => contains(up, r)).length >= MIN_RIVALS) {
                best = up;
                bestScore = Math.max(bestScore, stats.get(up)?.score ?? 0);
                break;
            }
        }
    }
    // Climb while the parent scores more (it gathers the story's scattered pieces), stopping
    // where scores fall under a third: that parent is the page, not the story.
    let last = bestScore;
    for (let up = parentElement(best); up && up.name !== 'body' && up.name !== 'html'; up = parentElement(up)) {
        const score = stats.get(up)?.score ?? 0;
        if (!initialized.has(up))
            continue;
        if (score < bestScore / 3)
            break;
        if (score > last) {
            best = up;
            bestScore = score;
            break;
        }
        last = score;
    }
    // A story cut into repeated modules (text, image, text…): boxes of the best one's own tag and
    // class near it are more of the story.
    const twins = twinsOf(best, stats);
    if (twins.length > 1)
        return { region: regionOf(twins.ancestor, stats), body: new Set(twins), noise, stats };
    // A best candidate that is one of several near-equal children: its parent holds the story.
    const parent = parentElement(best);
    if (parent && parent.name !== 'body' && parent.name !== 'html') {
        const body = new Set([best]);
        const threshold = Math.max(10, bestScore * SIBLING_SHARE);
        for (const sibling of parent.children) {
            if (!isElement(sibling) || sibling === best)
                continue;
            const s = stats.get(sibling);
            if (!s)
                continue;
            const density = s.chars === 0 ? 1 : s.linkChars / s.chars;
            if (s.score >= threshold && density < 0.5)
                body.add(sibling);
            else if (PROSE_SIBLINGS.has(sibling.name) && ((s.chars > 80 && density < 0.25) || (s.chars > 0 && density === 0 && /[.!?:"”]\s*$/.test(sibling.children.map(textOfChild).join('')))))
                body.add(sibling);
        }
        return { region: body.size > 1 ? parent : regionOf(best, stats), body, noise, stats };
    }
    return { region: best, body: new Set([best]), noise, stats };
}
const TWIN_LEVELS = 3; // how far up to look for the modules of one story
const TWIN_MIN_CHARS = 25;
function twinsOf(best, stats) {
    const none = Object.assign([], { ancestor: best });
    const cls = best.attribs.class;
    if (!cls)
        return none;
    let ancestor = best;
    for (let i = 0; i < TWIN_LEVELS; i++) {
        const up = parentElement(ancestor);
        if (!up || up.name === 'body' || up.name === 'html')
            break;
        ancestor = up;
    }
    if (ancestor === best)
        return none;
    const found = [];
    const visit = (el) => {
        for (const child of el.children) {
            if (!isElement(child))
                continue;
            const s = stats.get(child);
            if (!s)
                continue; // noise or not prose
            if (child.name === best.name && child.attribs.class === cls) {
                if (s.chars >= TWIN_MIN_CHARS && s.linkChars < 0.5 * s.chars)
                    found.push(child);
            }
            else
                visit(child);
        }
    };
    visit(ancestor);
    return found.includes(best) ? Object.assign(found, { ancestor }) : none;
}
function textOfChild(n) {
    if (n.type === 'text')
        return n.data;
    if (n.type === 'tag')
        return n.children.map(textOfChild).join('');
    return '';
}
const parentElement = (el) => (el.parent && isElement(el.parent) ? el.parent : null);
function contains(outer, inner) {
    for (let el = inner; el; el = parentElement(el))
        if (el === outer)
            return true;
    return false;
}
function countCommas(el) {
    let n = 0;
    const visit = (node) => {
        if (node.type === 'text') {
            for (let i = node.data.indexOf(','); i !== -1; i = node.data.indexOf(',', i + 1))
                n++;
        }
        else if (node.type === 'tag')
            for (const child of node.children)
                visit(child);
    };
    visit(el);
    return n;
}
const PARENT_GAIN = 1.3; // a parent adding little text still belongs to the article (byline, caption)
const PARENT_EXTRA_CHARS = 800; // or adding no more than a header, a byline and a long caption
// The region around the body that may hold its caption and byline: the enclosing <article> or
// schema.org Article, or the parent when it adds little text of its own.
function regionOf(body, stats) {
    for (let el = body; el; el = parentElement(el)) {
        if (el.name === 'article' || /Article\b/.test(el.attribs.itemtype ?? ''))
            return el;
    }
    const parent = parentElement(body);
    if (!parent || parent.name === 'body' || parent.name === 'html')
        return body;
    const inner = stats.get(body)?.chars ?? 0;
    const outer = stats.get(parent)?.chars ?? Infinity;
    return outer <= PARENT_GAIN * inner || outer - inner <= PARENT_EXTRA_CHARS ? parent : body;
}
// Of nested body containers (a wrapper marked "main-content" around one marked "article-body"),
// the smallest that still holds nearly all the text, so comments and related boxes stay out.
const NEARLY_ALL = 0.8;
function mostSpecific(candidates, stats) {
    const chars = (el) => stats.get(el)?.chars ?? 0;
    const largest = Math.max(0, ...candidates.map(chars));
    let best = null;
    for (const c of candidates)
        if (chars(c) >= NEARLY_ALL * largest && (!best || chars(c) < chars(best)))
            best = c;
    return best;
}
//# sourceMappingURL=find-content-root.js.map