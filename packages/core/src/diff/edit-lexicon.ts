/**
 * Word lists that say which category an edit falls in. Lower-case comparison keys (see
 * tokenKey). Kept as data so that a reviewer can read and extend them without the code.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

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
  km kilometres kilometers kg kilograms miles mile metres meters feet tonnes tons barrels bpd
`);

/** Spelled numbers that style guides write either way ("six" / "6"): the same word for style. */
export const SMALL_NUMBERS: ReadonlyMap<string, string> = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((w, n) => [w, String(n)]),
);

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

/** Words that tell the hour: a number before them is a time. */
export const TIME_WORDS = set(`gmt utc est edt pst pdt bst cet noon midnight`);

/** Capitalized words that are not names even in mid-sentence. */
export const NOT_NAMES = set(`
  i the a an and but or of in on at to for with by from as it he she they we you his her their
  our its this that these those mr mrs ms dr
`);
