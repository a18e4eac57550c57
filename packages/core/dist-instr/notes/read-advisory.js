/**
 * What a correction or update advisory says about the passage it concerns, read from its words:
 * the paragraphs it names, the earlier wording it says was wrong, the wording that replaced it,
 * whether it concerns the headline, and whether it says paragraphs were added. Agencies write
 * these in a few fixed shapes:
 *
 * - Reuters: "(Corrects paragraph 3 to say July, not August)", "(Corrects spelling of NATO
 *   spokesman's name in paragraph 9)", "(Corrects death toll from 12 to 21 in paragraph 1)",
 *   "(Adds comments from NATO diplomat in paragraphs 5-6)", "(Updates death toll in 1st par)";
 * - AP: "This version corrects the spelling of the region to Tuva, not Tyva.", "This story has
 *   been corrected to show that NATO has 29 members, not 28.", "An earlier version of this
 *   story misspelled the name of the spokesman as Lungescu.";
 * - AFP: "CORRECTS name in 3rd par", "(ADDS details in paras 4-5)".
 *
 * Every expression here is bounded, so reading runs in linear time.
 */
const MAX_PARAGRAPH = 99; // agencies number paragraphs in one or two digits
const ORDINALS = Object.freeze({
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    eleventh: 11, twelfth: 12, lead: 1, lede: 1, opening: 1, top: 1,
});
const PARAGRAPH_WORD = String.raw `(?:paragraphs?|paras?|pars?|grafs?|pgfs?)\.?`;
// "paragraph 3", "paragraphs 5-6", "paras 2, 4 and 7", "par 9"
const NUMBERED = new RegExp(String.raw `\b${PARAGRAPH_WORD}\s{1,3}(\d{1,2}(?:\s{0,2}(?:,|-|–|—|to|through|and|&)\s{0,2}\d{1,2}){0,8})`, 'giu');
// "3rd paragraph", "1st and 2nd pars", "third paragraph", "lead paragraph"
const ORDINAL = new RegExp(String.raw `\b((?:\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})(?:\s{0,2}(?:,|-|–|and|&)\s{0,2}(?:\d{1,2}(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})){0,4})\s{1,3}${PARAGRAPH_WORD}`, 'giu');
// An earlier wording's end: punctuation, a bracket, or "as previously reported" and the like.
const UNTIL = String.raw `(?=\s{1,3}(?:as|in|which|that)\s{1,3}(?:previously|originally|earlier|incorrectly|erroneously|wrongly|paragraph|par|para|the|an?)\b|\s{0,3}[,.;:()]|\s{0,3}$)`;
// "… to Tuva, not Tyva", "… July, not August", "rather than …", "instead of …"
// ("did not comment" has no comma: it is what the story says, not what it used to say).
const NOT_CLAUSE = new RegExp(String.raw `([^,;\n]{1,80}?)(?:,\s{1,3}not|\s{1,3}(?:rather\s{1,3}than|instead\s{1,3}of))\s{1,3}([^,.;:()\n]{1,60}?)${UNTIL}`, 'giu');
// What precedes "to say …" or "to …" in "Corrects headline to say Tuesday" is the subject, not the wording.
const TO_SAY = /^.{0,80}?\bto\s{1,3}(?:(?:say|show|read|reflect|state|clarify)\s{1,3}(?:that\s{1,3})?)?/iu;
// "death toll from 12 to 21", "spelling of the name from Lungesku to Lungescu"
const FROM_TO = new RegExp(String.raw `\b(?:toll|number|figure|total|spelling|name|date|day|age|year|time|amount|price|rate|count|percentage|title|location)\s{1,3}(?:of\s{1,3}[^,.;()\n]{1,40}?\s{1,3})?from\s{1,3}([^,.;()\n]{1,40}?)\s{1,3}to\s{1,3}([^,.;()\n]{1,40}?)${UNTIL}`, 'giu');
// "misspelled the name of the spokesman as Lungesku", "incorrectly gave her age as 43"
const AS_CLAUSE = new RegExp(String.raw `\b(?:misspell(?:ed|t)|misstated|misidentified|misnamed|incorrectly\s{1,3}(?:gave|said|stated|identified|reported|spelled|spelt|named|described)|wrongly\s{1,3}(?:gave|said|stated|identified|reported|named|described)|erroneously\s{1,3}(?:gave|said|stated|identified|reported|named|described))\b[^.;()\n]{0,80}?\bas\s{1,3}([^,.;:()\n]{1,60}?)${UNTIL}`, 'giu');
const HEADLINE = /\b(?:headlines?|hed|HEADLINE|title)\b/iu;
const ADDS = /(?:^|[(\s])(?:Adds|ADDS|Inserts|INSERTS|Expands|EXPANDS|adds|inserts)\b/u;
function numbersOf(list) {
    const out = [];
    const parts = list.split(/\s*(?:,|and|&)\s*/iu);
    for (const part of parts) {
        const range = /^(\S+?)\s*(?:-|–|—|to|through)\s*(\S+)$/iu.exec(part.trim());
        const [from, to] = range ? [ordinal(range[1]), ordinal(range[2])] : [ordinal(part.trim()), ordinal(part.trim())];
        if (from === null || to === null || to < from || to - from > 20)
            continue;
        for (let n = from; n <= to; n++)
            out.push(n);
    }
    return out;
}
function ordinal(word) {
    const n = /^(\d{1,2})(?:st|nd|rd|th)?$/iu.exec(word)?.[1];
    if (n !== undefined)
        return Number(n) >= 1 && Number(n) <= MAX_PARAGRAPH ? Number(n) : null;
    return ORDINALS[word.toLowerCase()] ?? null;
}
// The last few words of what precedes ", not …", after any "to say": the corrected wording.
const lastWords = (text, max = 3) => text.replace(TO_SAY, '').trim().split(/\s+/u).slice(-max).join(' ');
const clean = (text) => text.trim().replace(/^["'“‘]|["'”’]$/gu, '').trim();
/**
 * Reads a correction or update advisory.
 *
 * @example
 * readAdvisory('This version corrects the spelling of the region to Tuva, not Tyva.')
 * // => { paragraphs: [], earlier: ['Tyva'], corrected: ['Tuva'], headline: false, adds: false }
 */
export function readAdvisory(text) {
    const paragraphs = new Set();
    for (const m of text.matchAll(NUMBERED))
        for (const n of numbersOf(m[1]))
            paragraphs.add(n);
    for (const m of text.matchAll(ORDINAL))
        for (const n of numbersOf(m[1]))
            paragraphs.add(n);
    const earlier = [];
    const corrected = [];
    const add = (before, after) => {
        const b = clean(before);
        const a = clean(after);
        if (b.length >= 2 && !earlier.includes(b))
            earlier.push(b);
        if (a.length >= 2 && !corrected.includes(a))
            corrected.push(a);
    };
    for (const m of text.matchAll(NOT_CLAUSE))
        add(m[2], lastWords(m[1]));
    for (const m of text.matchAll(FROM_TO))
        add(m[1], m[2]);
    for (const m of text.matchAll(AS_CLAUSE))
        add(m[1], '');
    return {
        paragraphs: [...paragraphs].sort((a, b) => a - b),
        earlier,
        corrected,
        headline: HEADLINE.test(text),
        adds: ADDS.test(text),
    };
}
//# sourceMappingURL=read-advisory.js.map