import { tokenizeWords } from '../segment/tokenize-words.js';
import { SMALL_NUMBERS } from './edit-lexicon.js';
import { styleRule } from './style-rules.js';
const UNITS = styleRule('units', 'units').units;
// Unit names by their first key (longest first: "square kilometres" before "square"), and
// the letters that follow digits in one token ("500m", "35C").
const NAMES = new Map();
const SUFFIXES = new Map();
for (const unit of UNITS) {
    for (const name of unit.names) {
        const keys = tokenizeWords(name).map((t) => t.key);
        const list = NAMES.get(keys[0]) ?? [];
        list.push({ keys, unit });
        list.sort((a, b) => b.keys.length - a.keys.length);
        NAMES.set(keys[0], list);
        if (keys.length === 1)
            SUFFIXES.set(keys[0], unit);
    }
    for (const suffix of unit.suffixes ?? [])
        SUFFIXES.set(suffix, unit);
}
const MULTIPLIERS = new Map([
    ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['bn', 1e9], ['mn', 1e6], ['mln', 1e6], ['bln', 1e9],
]);
// After a currency sign, letters after the digits multiply: "$5m", "€14.5bn", "£20k".
const MONEY_SUFFIXES = new Map([['k', 1e3], ['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12]]);
const SIGNS = new Map([['$', 'dollar'], ['\u20AC', 'euro'], ['\u00A3', 'pound'], ['\u00A5', 'yen']]);
const CODES = new Map([['usd', 'dollar'], ['eur', 'euro'], ['gbp', 'pound'], ['jpy', 'yen'], ['cny', 'yuan']]);
const CURRENCY_WORDS = new Map([
    ['dollar', 'dollar'], ['dollars', 'dollar'], ['euro', 'euro'], ['euros', 'euro'], ['pound', 'pound'], ['pounds', 'pound'],
    ['sterling', 'pound'], ['yen', 'yen'], ['yuan', 'yuan'],
]);
// "about 500 meters (some 1,640 feet)": words a conversion may open with.
const APPROXIMATELY = new Set(['about', 'some', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'over', 'more', 'than', 'less', 'up', 'to']);
const WINDOW = 12; // tokens either side of an edit in which its quantity is read
// A number as written: digits (commas folded away by tokenKey), or zero to ten in words, maybe
// with letters after ("500m").
function readNumber(key) {
    const small = SMALL_NUMBERS.get(key);
    if (small !== undefined)
        return { n: Number(small), step: 1, suffix: '' };
    const m = /^(\d[\d,]*)(?:\.(\d+))?([a-z]*)$/.exec(key);
    if (!m)
        return null;
    const whole = m[1].replace(/,/g, '');
    const step = m[2] ? 10 ** -m[2].length : 10 ** (/0*$/.exec(whole)[0].length);
    return { n: Number(m[2] ? `${whole}.${m[2]}` : whole), step: Math.min(step, Math.max(1, Number(whole))), suffix: m[3] };
}
const amountOf = (unit, n, step) => ({ dimension: unit.dimension, unit: unit.names[0], n, step, size: unit.size, offset: unit.offset ?? 0 });
const money = (currency, n, step) => ({ dimension: `money:${currency}`, unit: currency, n, step, size: 1, offset: 0 });
// The unit named at i ("kilometres", "square miles", "degrees Celsius", "°C"), and where it ends.
function readUnit(tokens, i) {
    let j = i;
    if (tokens[j]?.key === '-')
        j++; // "a 500-meter zone"
    if (tokens[j]?.key === 'degrees' || tokens[j]?.key === '\u00B0') {
        const unit = SUFFIXES.get(tokens[j + 1]?.key ?? '');
        if (unit?.dimension === 'temperature')
            return { unit, end: j + 2 };
    }
    for (const { keys, unit } of NAMES.get(tokens[j]?.key ?? '') ?? []) {
        if (keys.every((k, n) => tokens[j + n]?.key === k))
            return { unit, end: j + keys.length };
    }
    return null;
}
// One amount starting at i: "$19.7 billion", "19.7 billion dollars", "US$5m", "1,640 feet", "35C".
function readAmount(tokens, i) {
    let j = i;
    let currency;
    const t = tokens[j];
    if (!t)
        return null;
    // "US$" is the dollar; "A$", "HK$" are other dollars.
    if (t.isWord && tokens[j + 1]?.key === '$' && tokens[j + 1].start === t.end && /^[A-Z]{1,2}$/.test(t.text.replace(/\./g, ''))) {
        currency = t.key === 'united states' ? 'dollar' : `dollar-${t.key}`;
        j += 2;
    }
    else if (SIGNS.has(t.key)) {
        currency = SIGNS.get(t.key);
        j++;
    }
    else if (CODES.has(t.key) && /^[A-Z]{3}$/.test(t.text)) {
        currency = CODES.get(t.key);
        j++;
    }
    const number = readNumber(tokens[j]?.key ?? '');
    if (!number)
        return null;
    j++;
    let { n, step } = number;
    if (number.suffix) {
        const times = currency ? MONEY_SUFFIXES.get(number.suffix) : undefined;
        if (times)
            return { end: j, amounts: [money(currency, n * times, step * times)] };
        const unit = currency ? undefined : SUFFIXES.get(number.suffix);
        return unit ? { end: j, amounts: [amountOf(unit, n, step)] } : null;
    }
    const times = MULTIPLIERS.get(tokens[j]?.key ?? '');
    if (times) {
        n *= times;
        step *= times;
        j++;
    }
    if (currency)
        return { end: j, amounts: [money(currency, n, step)] };
    const word = CURRENCY_WORDS.get(tokens[j]?.key ?? '');
    const unit = readUnit(tokens, j);
    const amounts = [...(word ? [money(word, n, step)] : []), ...(unit ? [amountOf(unit.unit, n, step)] : [])];
    return amounts.length > 0 ? { end: unit?.end ?? j + 1, amounts } : null;
}
// "1,640 feet" read in the unit of another amount.
const inUnitOf = (a, b) => ((a.n + a.offset) * a.size) / b.size - b.offset;
// One quantity: the same unit and number, or each converted into the other's unit and rounded
// to its last written digit ("500 meters (1,640 feet)", "5 km" / "3 miles"; not "10 km" /
// "7 miles": 10 km is 6.2 miles).
function sameAmount(a, b) {
    if (a.dimension !== b.dimension)
        return false;
    if (a.unit === b.unit)
        return Math.abs(a.n - b.n) <= 1e-9 * Math.max(Math.abs(a.n), Math.abs(b.n));
    if (a.dimension.startsWith('money:'))
        return false;
    return Math.abs(inUnitOf(a, b) - b.n) <= b.step / 2 && Math.abs(inUnitOf(b, a) - a.n) <= a.step / 2;
}
// A quantity at i, with its conversion when one follows in brackets and agrees with it.
function readQuantity(tokens, i) {
    const first = readAmount(tokens, i);
    if (!first)
        return null;
    if (tokens[first.end]?.key === '(') {
        let j = first.end + 1;
        while (APPROXIMATELY.has(tokens[j]?.key ?? ''))
            j++;
        const second = readAmount(tokens, j);
        if (second && tokens[second.end]?.key === ')' &&
            first.amounts.some((a) => second.amounts.some((b) => a.unit !== b.unit && sameAmount(a, b)))) {
            return { start: i, end: second.end + 1, amounts: [...first.amounts, ...second.amounts] };
        }
    }
    return { start: i, end: first.end, amounts: first.amounts };
}
// The quantities an edit of tokens [from, to) touches: those it cuts into, and with `reach`
// those standing right before or after it (all of them, for an insertion point). Null when a
// word of the edit is in none of them.
function quantitiesAt(tokens, from, to, reach) {
    const found = [];
    const last = Math.min(tokens.length, to + WINDOW);
    for (let i = Math.max(0, from - WINDOW); i < last; i++) {
        const q = readQuantity(tokens, i);
        if (!q)
            continue;
        const cuts = q.start < to && from < q.end;
        const touches = q.end === from || q.start === to || (from === to && q.start < from && from < q.end);
        if (cuts || ((reach || from === to) && touches))
            found.push(q);
        i = q.end - 1;
    }
    // Every word of the edit inside one of them (they come in reading order).
    let k = 0;
    for (let i = from; i < to; i++) {
        while (k < found.length && found[k].end <= i)
            k++;
        if (tokens[i].isWord && !(k < found.length && found[k].start <= i))
            return null;
    }
    return found;
}
// Whether the edit or the token before it holds a digit, a unit, a currency or a bracket: else no quantity changed form.
function mayMeasure(tokens, from, to) {
    for (let i = Math.max(0, from - 1); i < to; i++) {
        const key = tokens[i].key;
        if (/\d/.test(key) || NAMES.has(key) || SIGNS.has(key) || CURRENCY_WORDS.has(key) || CODES.has(key) || MULTIPLIERS.has(key) || key === '(' || key === ')')
            return true;
    }
    return false;
}
const sameQuantities = (a, b) => a !== null && b !== null && a.length > 0 && a.length === b.length &&
    a.every((q, k) => q.amounts.some((x) => b[k].amounts.some((y) => sameAmount(x, y))));
/**
 * Whether a hunk only writes one quantity another way: the unit spelled out or short ("10 km" /
 * "10 kilometres"), the currency as a sign or a word ("$19.7 billion" / "19.7 billion dollars"),
 * or a conversion added or dropped ("500 meters (1,640 feet)" / "1,640 feet"). A different
 * number, unit or currency is a number edit.
 *
 * @example isSameQuantity(hunkOf('500 meters (1,640 feet)', '500 meters')) // => true
 */
export function isSameQuantity(hunk) {
    const { ref, copy, r0, r1, c0, c1 } = hunk;
    if (!mayMeasure(ref, r0, r1) && !mayMeasure(copy, c0, c1))
        return false;
    const a = quantitiesAt(ref, r0, r1, false);
    if (!a)
        return false;
    const b = quantitiesAt(copy, c0, c1, false);
    if (!b)
        return false;
    // "14.5 billion euros ($" / "€14.5bn (": an edit may end inside the next quantity on one side
    // and before it on the other.
    return sameQuantities(a, b) || sameQuantities(quantitiesAt(ref, r0, r1, true), b) ||
        sameQuantities(a, quantitiesAt(copy, c0, c1, true)) || sameQuantities(quantitiesAt(ref, r0, r1, true), quantitiesAt(copy, c0, c1, true));
}
//# sourceMappingURL=same-quantity.js.map