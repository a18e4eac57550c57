import { collapseSpace } from '../segment/normalize-text.js';
import { candidatesIn, matchCandidate } from '../segment/compile-pattern.js';
import { CREDIT_PATTERNS } from '../credits/credit-patterns.js';
const MAX_BYLINE_CHARS = 100; // longer text under a byline class is an author box, not a byline
const LEAD = /^(?:(?:posted|written|words|text)\s+by|by|par|von|por|di|door|av)\b\s*:?\s*/iu;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?';
// A date run on after the name in one element ("Sarah Gooding March 9, 2017", "Joe Wee Monday,
// February 29, 2016 @ 11:10 PM UTC"): cut from the date to the end.
const DATE = `(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})\\b`;
const TRAILING_DATE = new RegExp(`[\\s,|·•–—-]+${DATE}.*$`, 'iu');
const ONLY_DATE = new RegExp(`^${DATE}`, 'iu');
const TRAILING_MARK = /[\s,|·•–—-]+$/u;
// Not a name: a date or a time alone, a link, a photo credit.
const NOT_A_NAME = /^\d|\d:\d\d|^https?:|^www\.|^(?:photo|foto|image|picture)s?\b|^(?:last\s+)?(?:updated|published|modified|posted on)\b/iu;
// Byline and credit boxes also hold credits of other kinds: a photo credit ("(AP Photo/Jung
// Yeon-je)"), a copyright line ("© 2020 AFP"), AP's "… contributed to this report.". None of them
// names who wrote the story.
const OTHER_CREDITS = CREDIT_PATTERNS.filter((rule) => rule.type !== 'byline');
const MIN_CREDIT_SHARE = 0.5; // a credit filling half the text is what the text is
function isOtherCredit(text) {
    for (const rule of candidatesIn(OTHER_CREDITS, text)) {
        for (const m of matchCandidate(rule, text))
            if (m.end - m.start >= MIN_CREDIT_SHARE * text.length)
                return true;
    }
    return false;
}
/**
 * The name in a byline element's text, or null when the text is not a byline: "By Robin
 * Emmott" gives "Robin Emmott"; a date run on after the name is cut; a date, a link, a photo
 * credit, a copyright or credit line, or an author box's paragraph gives null.
 *
 * @example cleanByline('by Laura June Topolsky July 10, 2015') // => 'Laura June Topolsky'
 */
export function cleanByline(text) {
    const whole = collapseSpace(text);
    if (whole.length > MAX_BYLINE_CHARS || whole.includes('|') || ONLY_DATE.test(whole))
        return null;
    const name = whole.replace(LEAD, '').replace(TRAILING_DATE, '').replace(TRAILING_MARK, '');
    if (!/\p{L}{2}/u.test(name) || NOT_A_NAME.test(name) || isOtherCredit(whole))
        return null;
    return name;
}
//# sourceMappingURL=clean-byline.js.map