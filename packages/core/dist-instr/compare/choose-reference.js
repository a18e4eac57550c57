import { findCredits } from '../credits/find-credits.js';
/** The marks of an agency's own copy, which republishers strip; in order of weight. */
const MARKS = [
    { id: 'dateline', says: 'the agency dateline', has: (c) => c.type === 'dateline' && c.agencies.length > 0 },
    { id: 'credit-line', says: 'the agency credit line', has: (c) => c.type === 'credit-line' },
    { id: 'byline', says: 'the byline', has: (c) => c.type === 'byline' },
    { id: 'photo', says: 'the agency photo credits', has: (c) => c.type === 'photo' && c.agencies.length > 0 },
];
const wordCount = (a) => a.article.blocks.filter((b) => b.role === 'body').reduce((n, b) => n + b.text.split(/\s+/).length, 0);
const count = (c) => c.marks.filter(Boolean).length;
// Of two pages with as many marks, the one with the weightier ones: a dateline beats a byline.
const weight = (c) => c.marks.reduce((w, has, k) => w + (has ? 1 << (MARKS.length - 1 - k) : 0), 0);
const says = (c) => MARKS.filter((_, k) => c.marks[k]).map((m) => m.says);
function list(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/**
 * Chooses the reference among pages of one story when none is named: the page carrying most of
 * the agency's marks — its dateline tag ("BRUSSELS (Reuters) -"), its credit line ("(Reporting
 * by …)"), the byline and the agency's photo credits, which republishers strip — the weightier
 * marks deciding between pages with as many (dateline, then credit line, byline, photo credit);
 * else the most complete (most body words), ties going to the earliest published, then to the
 * order given. Says why in words, naming what the next best page lacks.
 *
 * @returns The position of the chosen page in `pages` and the reason.
 * @example chooseReference([fox, reuters]) // => { index: 1, source: 'reuters.html', reason: 'it alone carries the agency dateline and the agency credit line' }
 */
export function chooseReference(pages) {
    if (pages.length === 0)
        throw new RangeError('chooseReference: no pages to choose from');
    const candidates = pages.map((page, at) => {
        const credits = findCredits(page.article).filter((c) => c.block !== null);
        return { at, marks: MARKS.map((mark) => credits.some(mark.has)), words: wordCount(page), published: page.article.publishedTime };
    });
    const sorted = [...candidates].sort((a, b) => count(b) - count(a) || weight(b) - weight(a) || b.words - a.words ||
        (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.at - b.at);
    const best = sorted[0];
    const next = sorted[1];
    const marks = says(best);
    let reason;
    if (marks.length === 0) {
        reason = !next || next.words < best.words
            ? `no page carries the agency dateline, credit line, byline or photo credits; it is the most complete (${best.words} words)`
            : 'no page carries the agency dateline, credit line, byline or photo credits; it is the earliest of the most complete';
    }
    else if (!next || count(next) === 0) {
        reason = `it alone carries ${list(marks)}`;
    }
    else if (count(next) < count(best) || weight(next) < weight(best)) {
        const lacks = MARKS.filter((_, k) => best.marks[k] && !next.marks[k]).map((m) => m.says);
        reason = `it carries ${list(marks)}; the next best, ${pages[next.at].source}, lacks ${list(lacks)}`;
    }
    else if (next.words < best.words) {
        reason = `it carries ${list(marks)} and is the most complete of those that do (${best.words} words)`;
    }
    else {
        reason = `it carries ${list(marks)} and is the earliest of the most complete of those that do`;
    }
    return { index: best.at, source: pages[best.at].source, reason };
}
//# sourceMappingURL=choose-reference.js.map