/**
 * Word lists that say which category an edit falls in. Lower-case comparison keys (see
 * tokenKey). Kept as data so that a reviewer can read and extend them without the code.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Spelled numbers, ordinals and quantity words: "sixth" becoming "fifth" is a number edit. */
export const NUMBER_WORDS = set(`
  zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
  half quarter twice thrice double triple first second third fourth fifth sixth seventh eighth
  ninth tenth percent % $ € £ ¥ km kg miles mile tonnes tons barrels bpd
`);

/** Words that mark a claim as unproven: dropping one turns an allegation into a fact. */
export const HEDGE_WORDS = set(`
  allegedly alleged allege alleges suspected suspect suspects reportedly apparently apparent
  appears appear appeared seemingly seems seem seemed possibly possible probably probable likely
  unlikely may might could perhaps purportedly purported unconfirmed unverified claimed claims
  claim believed estimated suggests suggested suggest accused
`);

/** Words that say who said something. */
export const ATTRIBUTION_WORDS = set(`
  said says say saying told tells telling according stated states quoted quoting cited citing
  spokesman spokeswoman spokesperson sources source statement reporters
`);

/** Words that flip a statement. */
export const NEGATION_WORDS = set(`
  not no never none nobody nothing neither nor nowhere deny denies denied denying cannot without
  non
`);

/** Dates and times. "May" counts only when capitalized mid-sentence (else it is a hedge). */
export const DATE_WORDS = set(`
  january february march april june july august september october november december jan feb
  mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
  sunday today yesterday tomorrow tonight noon midnight a.m p.m gmt utc est edt bst cet weekend
  week month year
`);

/** Capitalized words that are not names even in mid-sentence. */
export const NOT_NAMES = set(`
  i the a an and but or of in on at to for with by from as it he she they we you his her their
  our its this that these those mr mrs ms dr
`);
