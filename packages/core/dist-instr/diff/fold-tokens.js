import { tokenizeWords, tokenKey } from '../segment/tokenize-words.js';
import { RIC } from './mark-codes.js';
import { STYLE_RULES, styleRule } from './style-rules.js';
// Forms by their first key, longest first, so "United States of America" wins over "United States".
const FORMS = new Map();
for (const rule of STYLE_RULES) {
    if (rule.kind !== 'same')
        continue;
    for (const forms of rule.forms) {
        const keysOf = (form) => tokenizeWords(form).filter((t) => t.key !== '.').map((t) => t.key);
        const canonical = keysOf(forms[0]).join(' ');
        for (const form of forms) {
            const keys = keysOf(form);
            // "US" and "UK" are the country only in capitals: "told us" is not the United States.
            const capitals = keys.length === 1 && /^[A-Z.]{2,}$/.test(form);
            const list = FORMS.get(keys[0]) ?? [];
            list.push({ keys, canonical, capitals });
            list.sort((a, b) => b.keys.length - a.keys.length);
            FORMS.set(keys[0], list);
        }
    }
}
const CONTRACTIONS = styleRule('contractions', 'contractions');
const ENDINGS = CONTRACTIONS.endings;
const WHOLE = new Map(CONTRACTIONS.whole.map(([from, to]) => [from, to.split(' ')]));
const IS_AFTER = new Set(CONTRACTIONS.isAfter);
const HAS_BEFORE = new Set(CONTRACTIONS.hasBefore);
// Word endings after a mis-encoded apostrophe ("Poor”s", "don”t").
const SLIP_ENDINGS = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);
// Keys of one written-out contraction, or null: "haven't" -> have not, "it's" -> it is.
function expand(key, next) {
    const whole = WHOLE.get(key);
    if (whole)
        return whole;
    const apostrophe = key.indexOf("'");
    if (apostrophe <= 0)
        return null;
    const stem = key.slice(0, apostrophe);
    if (key.endsWith("n't"))
        return [key.slice(0, -3), 'not'];
    const ending = key.slice(apostrophe);
    if (ending === "'s")
        return IS_AFTER.has(stem) ? [stem, next !== undefined && HAS_BEFORE.has(next) ? 'has' : 'is'] : null;
    if (ending === "'d" && next !== undefined && HAS_BEFORE.has(next))
        return [stem, 'had'];
    for (const [suffix, word] of ENDINGS)
        if (ending === suffix)
            return [stem, word];
    return null;
}
// The tokens with encoding slips mended: "Poor”s" and "Poorâ€™s" become one word, "Poor's".
function mendSlips(text, tokens) {
    if (!text.includes('\u201D') && !text.includes('\u20AC'))
        return tokens;
    // A closing mark or a euro sign touching a word: most marks close quotations, after a space.
    if (!tokens.some((t, i) => (t.text === '\u201D' || t.text === '\u20AC') && i > 0 && tokens[i - 1].isWord && tokens[i - 1].end === t.start &&
        tokens[i + 1]?.start === t.end))
        return tokens;
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const prev = out[out.length - 1];
        const touching = (a, b) => a !== undefined && b !== undefined && a.end === b.start;
        let after;
        let stem = '';
        if (t.text === '\u201D' && prev?.isWord && touching(prev, t)) {
            after = tokens[i + 1];
            stem = prev.text;
        }
        else if (t.text === '\u20AC' && prev?.isWord && prev.text.endsWith('\u00E2') && touching(prev, t) && /^[\u2122\u02DC]$/.test(tokens[i + 1]?.text ?? '')) {
            // "â€™" is "’" read as Windows-1252: the word before ends in "â", then "€" and "™".
            after = tokens[i + 2];
            stem = prev.text.slice(0, -1);
            if (after && touching(tokens[i + 1], after))
                i++;
            else
                after = undefined;
        }
        if (prev && after?.isWord && touching(tokens[i], after) && SLIP_ENDINGS.has(after.key)) {
            const written = text.slice(prev.start, after.end);
            out[out.length - 1] = { text: written, key: tokenKey(`${stem}'${after.text}`), isWord: true, start: prev.start, end: after.end };
            i++;
            continue;
        }
        out.push(t);
    }
    return out;
}
/**
 * The tokens of a text as the diff compares them: encoding slips mended, contractions written
 * out ("haven't" as two tokens, have and not), and every form of a `same` style rule given its
 * class's key ("United States", "U.S." and "American" compare alike; "per cent" is one token).
 * A folded token keeps the words as written, so a restyled form is still a `style` edit.
 *
 * @param text The text the tokens came from (for the words of a merged token).
 * @param tokens Its tokens, from tokenizeWords.
 * @example foldTokens("haven't", tokenizeWords("haven't")).map((t) => t.key) // => ['have', 'not']
 */
export function foldTokens(text, tokens) {
    const mended = mendSlips(text, tokens);
    // Most tokens fold to nothing: a new list only from the first that does.
    let out = null;
    for (let i = 0; i < mended.length; i++) {
        const t = mended[i];
        const forms = FORMS.get(t.key) ?? (t.key.endsWith("'s") ? FORMS.get(t.key.slice(0, -2)) : undefined);
        const form = forms?.find((f) => matches(mended, i, f));
        if (form) {
            const last = mended[i + form.keys.length - 1];
            // "North Korea's" is the DPRK's.
            const canonical = last.key === form.keys[form.keys.length - 1] ? form.canonical : `${form.canonical}'s`;
            (out ??= mended.slice(0, i)).push({ text: text.slice(t.start, last.end), key: canonical, isWord: t.isWord || form.keys.length > 1, start: t.start, end: last.end });
            i += form.keys.length - 1;
            continue;
        }
        // "TSLA.O" and "TSLA" are one company's stock on its exchange: compared by the symbol.
        if (t.isWord && t.text.includes('.') && RIC.test(t.text) && (t.text.indexOf('.') >= 2 || mended[i - 1]?.key === '(')) {
            (out ??= mended.slice(0, i)).push({ text: t.text, key: t.key.slice(0, t.key.indexOf('.')), isWord: true, start: t.start, end: t.end });
            continue;
        }
        const parts = t.isWord && (t.key.includes("'") || WHOLE.has(t.key)) ? expand(t.key, mended[i + 1]?.key) : null;
        if (parts) {
            // Both parts keep the word as written (the second in lower case, so "Don't" is no name):
            // "haven't" against "have not" is one restyled run, quoted as written on each side.
            (out ??= mended.slice(0, i)).push({ text: t.text, key: parts[0], isWord: true, start: t.start, end: t.end }, { text: t.text.toLowerCase(), key: parts[1], isWord: true, start: t.start, end: t.end });
            continue;
        }
        out?.push(t);
    }
    return out ?? mended;
}
// The form's keys from token i on, the last maybe possessive ("Korea's").
function matches(tokens, i, form) {
    const n = form.keys.length;
    if (i + n > tokens.length)
        return false;
    for (let k = 0; k < n; k++) {
        const key = tokens[i + k].key;
        if (key !== form.keys[k] && !(k === n - 1 && key === `${form.keys[k]}'s`))
            return false;
    }
    return !form.capitals || !/\p{Ll}/u.test(tokens[i].text.replace(/['\u2019]s$/, ''));
}
//# sourceMappingURL=fold-tokens.js.map