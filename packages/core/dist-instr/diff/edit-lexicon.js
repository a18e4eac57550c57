import { tokenKey } from '../segment/tokenize-words.js';
import { styleRule } from './style-rules.js';
const set = (words) => new Set(words.split(/\s+/).filter(Boolean).map(tokenKey));
const UNITS = styleRule('units', 'units').units;
/**
 * Spelled numbers, ordinals, quantity words, currencies and units: "sixth" becoming "fifth",
 * "$5 million" becoming "$5 billion", "10 km" becoming "10 miles" are number edits.
 */
export const NUMBER_WORDS = set(`
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred hundreds thousand thousands million millions billion billions trillion trillions dozen
  dozens half quarter twice thrice double triple first second third fourth fifth sixth seventh
  eighth ninth tenth percent percentage % $ € £ ¥ dollars dollar euros euro pounds yen yuan
  bn mn km kilometres kilometers kg kilograms miles mile metres meters feet tonnes tons barrels bpd
`);
/** Units of the style rules ("yard", "foot", "knots"): a number edit right after a number only ("Scotland Yard" is a name). */
export const UNIT_WORDS = new Set(UNITS.flatMap((unit) => unit.names.filter((name) => !name.includes(' ')).map(tokenKey)));
/** Digits with the letters a number takes ("21st", "1990s", "3pm", "500m", "5bn", "35C"); other letters and digits make a code. */
export const NUMBER_WITH_SUFFIX = new RegExp(`^\\d[\\d,.]*(?:st|nd|rd|th|s|am|pm|k|m|b|bn|mn|tn|x|${UNITS.flatMap((unit) => [...unit.names, ...(unit.suffixes ?? [])]).filter((name) => /^[a-z]+$/.test(name)).join('|')})$`);
/** Spelled numbers that style guides write either way ("six" / "6"): the same word for style. */
export const SMALL_NUMBERS = new Map(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, n) => [w, String(n)]));
/** Words that mark a claim as unproven: dropping one turns an allegation into a fact. */
export const HEDGE_WORDS = set(`
  allegedly alleged allege alleges suspected suspect suspects reportedly apparently apparent
  appears appear appeared seemingly seems seem seemed possibly possible probably probable likely
  unlikely may might could perhaps purportedly purported unconfirmed unverified claimed claims
  claim believed estimated suggests suggested suggest accused presumably supposedly understood
`);
/** Reporting verbs that hedge in the passive: "is said to have fled", "was thought to be". */
export const PASSIVE_REPORTING = set(`said reported thought believed understood rumoured rumored`);
/** Words that say who said something: "said X", "according to X", "X told reporters". */
export const ATTRIBUTION_WORDS = set(`
  said says say saying told tells telling according stated states quoted quoting cited citing
  spokesman spokeswoman spokesperson sources source statement reporters added adds announced
`);
/** Words that flip a statement. */
export const NEGATION_WORDS = set(`
  not no never none nobody nothing neither nor nowhere deny denies denied denying denial cannot
  without non
`);
/** Dates and times. "May" counts only when capitalized mid-sentence (else it is a hedge). */
export const DATE_WORDS = set(`
  january february march april may june july august september october november december jan feb
  apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
  today yesterday tomorrow tonight noon midnight gmt utc
  est edt bst cet weekend week month year morning afternoon evening overnight
`);
/** Months (abbreviations fold to them): a day beside one is a date. */
export const MONTH_WORDS = set(`january february march april may june july august september october november december`);
/** Words that tell the hour: a number before them is a time. */
export const TIME_WORDS = set(`gmt utc est edt pst pdt bst cet noon midnight`);
/** Capitalized words that are not names even in mid-sentence. */
export const NOT_NAMES = set(`
  i the a an and but or of in on at to for with by from as it he she they we you his her their
  our its this that these those mr mrs ms dr
`);
/** The category word lists as a table (test/diff/edit-lexicon.test.ts holds each to its pairs). */
export const CATEGORY_LISTS = Object.freeze([
    {
        id: 'number-words', category: 'number', words: NUMBER_WORDS,
        description: 'Spelled numbers, ordinals, multipliers, currencies and units.',
        example: ['Six people were killed in the attack.', 'Seven people were killed in the attack.'],
        nearMiss: ['Six people were killed in the attack.', '6 people were killed in the attack.'],
    },
    {
        id: 'hedge-words', category: 'hedge', words: HEDGE_WORDS,
        description: 'Words that mark a claim as unproven; dropping one turns an allegation into a fact.',
        example: ['The man allegedly stabbed two officers.', 'The man stabbed two officers.'],
        nearMiss: ['The man stabbed two officers.', 'The man stabbed two officers, police said.'],
    },
    {
        id: 'passive-reporting', category: 'hedge', words: PASSIVE_REPORTING,
        description: 'Reporting verbs that hedge in the passive: "is said to have fled".',
        example: ['The general is said to have fled to Turkey.', 'The general fled to Turkey.'],
        nearMiss: ['The general said he fled to Turkey.', 'The general fled to Turkey.'],
    },
    {
        id: 'attribution-words', category: 'attribution', words: ATTRIBUTION_WORDS,
        description: 'Words that say who said something: "said X", "according to X", "X told reporters".',
        example: ['The attack was carried out by rebels, police said.', 'The attack was carried out by rebels.'],
        nearMiss: ['"We will not back down," she said.', '"We will not back down," Karnawati said.'],
    },
    {
        id: 'negation-words', category: 'negation', words: NEGATION_WORDS,
        description: 'Words that flip a statement; "n\'t" written out is still "not".',
        example: ["Officials haven't confirmed the toll.", 'Officials have confirmed the toll.'],
        nearMiss: ["Officials haven't confirmed the toll.", 'Officials have not confirmed the toll.'],
    },
    {
        id: 'date-words', category: 'date', words: DATE_WORDS,
        description: 'Months, weekdays, relative days and times of day; "May" only capitalized mid-sentence.',
        example: ['The talks will resume on Tuesday.', 'The talks will resume on Wednesday.'],
        nearMiss: ['The talks may resume.', 'The talks might resume.'],
    },
    {
        id: 'time-words', category: 'date', words: TIME_WORDS,
        description: 'Words that tell the hour: a number before them is a time, not a count.',
        example: ['The blast happened at 10:30 GMT.', 'The blast happened at 11:30 GMT.'],
        nearMiss: ['The blast killed 10 people.', 'The blast killed 11 people.'],
    },
    {
        id: 'not-names', category: 'name', words: NOT_NAMES,
        description: 'Capitalized words that are not names even mid-sentence.',
        example: ['NATO Secretary-General Jens Stoltenberg said.', 'NATO Secretary-General Jens Stoltenburg said.'],
        nearMiss: ['Lee agreed, and so did Kim.', 'Lee agreed, and so did Mr Kim.'],
    },
]);
//# sourceMappingURL=edit-lexicon.js.map