import { CREDIT_PATTERNS } from '../credits/credit-patterns.js';
import { AGENCIES } from '../credits/agencies.js';
import { NOTE_CATALOGUE } from '../notes/note-catalogue.js';
import { anyMatches, candidatesIn, compilePattern, matchCandidate } from './compile-pattern.js';
import { FURNITURE_PATTERNS } from './furniture-patterns.js';
import { normalizeText } from './normalize-text.js';
const MAX_FURNITURE_CHARS = 200; // furniture is a label or a prompt, never a paragraph
const MAX_SOURCE_LABEL_WORDS = 4; // "Politics Reuters", "Reuters", "By Reuters Staff"
const MIN_CREDIT_SHARE = 0.8; // a credit block is mostly the credit: "(Reporting by …)"
const MAX_NOTE_BLOCK_WORDS = 80; // "Editor's note: …" stands alone; a paragraph quoting one is body
const MAX_CREDIT_BLOCK_CHARS = 600; // the longest credit lines list a dozen reporters
const NOTE_LEAD_CHARS = 160; // a standalone note announces itself at the start
/** True when the whole block is outlet furniture ("Continue Reading Below"). */
export function isFurniture(text) {
    if (text.length > 2 * MAX_FURNITURE_CHARS)
        return false; // folding never halves a text: skip it
    let known = FURNITURE_SEEN.get(text);
    if (known === undefined) {
        if (FURNITURE_SEEN.size >= FURNITURE_SEEN_LIMIT)
            FURNITURE_SEEN.clear();
        const folded = normalizeText(text);
        known = folded.length > 0 && folded.length <= MAX_FURNITURE_CHARS && anyMatches(FURNITURE_PATTERNS, folded);
        FURNITURE_SEEN.set(text, known);
    }
    return known;
}
// Short texts an outlet repeats on every page (menus, labels, prompts) and that extraction asks
// about more than once (collecting, then classifying): answered once. Cleared when full, so
// memory stays bounded on any input; the answer depends on the text alone.
const FURNITURE_SEEN = new Map();
const FURNITURE_SEEN_LIMIT = 50_000;
const DATE_LINE = FURNITURE_PATTERNS.filter((rule) => rule.id === 'date-line');
// Where a label's date begins: "Reuters · March 9, 2023", "The Associated Press | Tuesday, May
// 15, 2018", "Kyodo -- Jan 10", "Xinhua, January 21, 2016".
const LABEL_DATE = /^(.{1,80}?)(?:\s(?:[·|•]|--?|[—–])\s|,\s)(.{1,120})$/u;
// What points at a label, not a word of it: "• Kyodo", ">> Reuters".
const LABEL_MARK = /^(?:[•·>»|*]{1,2}\s?)/u;
const COPYRIGHT_MARK = /^(?:©|\(c\)|copyright\b)/iu;
/**
 * True when a short block names an agency and nothing else of note: a source label ("Reuters",
 * "Politics Reuters", "Reuters via Briefline", "• Kyodo"), also with the date the outlet filed
 * it ("Reuters · March 9, 2023").
 */
export function isSourceLabel(text) {
    let label = text.trim().replace(LABEL_MARK, '');
    if (COPYRIGHT_MARK.test(label))
        return false; // "© 2020 AFP" is the copyright line, a credit of its own
    const dated = LABEL_DATE.exec(label);
    if (dated && anyMatches(DATE_LINE, normalizeText(dated[2])))
        label = dated[1];
    const words = label.split(/\s+/);
    if (words.length > MAX_SOURCE_LABEL_WORDS || /[.!?]$/.test(label))
        return false;
    return anyMatches(AGENCIES, label);
}
function creditShare(text, types) {
    let covered = 0;
    for (const rule of candidatesIn(CREDIT_PATTERNS, text)) {
        if (!types.has(rule.type))
            continue;
        for (const m of matchCandidate(rule, text))
            covered = Math.max(covered, m.end - m.start);
    }
    return text.length === 0 ? 0 : covered / text.trim().length;
}
// A match at the very start (or after one opening character), tried in place with a sticky
// expression instead of scanning the whole lead for every rule of the catalogue; a rule whose
// words the block lacks (and so its lead) is not tried at all.
function startsWithNote(lead, text) {
    return candidatesIn(NOTE_CATALOGUE, text).some((rule) => startsWith(rule, lead));
}
function startsWith(rule, lead) {
    const re = compilePattern(rule, 'y');
    for (const at of [0, 1]) {
        re.lastIndex = at;
        const m = re.exec(lead);
        if (m && m[0] !== '')
            return true;
    }
    return false;
}
const PHOTO_RULES = CREDIT_PATTERNS.filter((rule) => rule.type === 'photo');
const STANDALONE_CREDITS = new Set(['credit-line', 'byline', 'copyright']);
/**
 * Says what a block is for, from its text and the markup shape it came from. Captions stay
 * captions whatever they carry; a block that is all furniture, all credit or a standalone
 * editor note gets that role; a block holding a photo credit is a caption (plain-text copies
 * keep captions as paragraphs); everything else is body.
 *
 * A memo shared by the pages of one story classifies a text they repeat once.
 *
 * @example classifyBlock('(Reporting by Robin Emmott; Editing by Andrew Heavens)', 'paragraph') // => 'credit'
 */
export function classifyBlock(text, form, memo) {
    if (form === 'caption' || form === 'alt')
        return 'caption';
    return memo ? memo.remember(classifyScope(form), text, () => roleOf(text, form)) : roleOf(text, form);
}
// One memo scope per form, so the key is the block's own text and not a copy of it.
const CLASSIFY_SCOPES = new Map();
function classifyScope(form) {
    let scope = CLASSIFY_SCOPES.get(form);
    if (!scope)
        CLASSIFY_SCOPES.set(form, (scope = { classify: form }));
    return scope;
}
function roleOf(text, form) {
    if (isFurniture(text))
        return 'furniture';
    if (text.length <= MAX_CREDIT_BLOCK_CHARS && (creditShare(text, STANDALONE_CREDITS) >= MIN_CREDIT_SHARE || isSourceLabel(text)))
        return 'credit';
    const words = text.split(/\s+/).length;
    if (words <= MAX_NOTE_BLOCK_WORDS) {
        const lead = text.trimStart().slice(0, NOTE_LEAD_CHARS);
        if (form !== 'heading' && startsWithNote(lead, text))
            return 'note';
    }
    if (anyMatches(PHOTO_RULES, text))
        return 'caption';
    return 'body';
}
//# sourceMappingURL=classify-block.js.map