import { WirediffError } from '../errors.js';
import { AGENCIES } from '../credits/agencies.js';
import { auditPattern } from './audit-pattern.js';
import { NOTE_CATALOGUE } from './note-catalogue.js';
import { timePattern } from './time-pattern.js';
const CATEGORIES = ['verification', 'third-party', 'restriction', 'correction', 'update', 'editors-note', 'warning', 'embargo'];
const KEYS = new Set(['id', 'category', 'agencies', 'pattern', 'flags', 'description', 'example', 'nearMiss']);
const PROBE_CHARS = (1 << 20) / 64; // 1/64 of the 1 MB the built-in rules are tested on
// The built-in budget is 1.5 s for 1 MB; a probe at 1/64 may take 4 times its share before a
// pattern is judged to grow faster than its input (a linear one takes a few milliseconds).
const PROBE_BUDGET_MS = (1500 * 4) / 64;
/**
 * Checks one note rule written by a user (for example in a configuration file) as the
 * built-in rules are checked, and returns it frozen with its defaults filled in: known keys
 * and category, a kebab-case id not already taken, agencies wirediff knows, flags among `imsu`
 * with `u`, a pattern that compiles, has no backreference or nested repetition (and, with a
 * clock, scans adversarial input in linear time), matches its example and not its near-miss.
 *
 * @param label How the message names the entry, e.g. 'notes[2]'.
 * @throws WirediffError `WD_BAD_OPTION`, one line naming the entry and what is wrong with it.
 */
export function validateNoteRule(entry, label, options = {}) {
    const taken = options.taken ?? new Set(NOTE_CATALOGUE.map((rule) => rule.id));
    const fail = (why) => {
        throw new WirediffError('WD_BAD_OPTION', `${label}: ${why}`);
    };
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
        return fail('must be an object');
    const e = entry;
    const named = typeof e.id === 'string' ? `${label} ("${e.id}")` : label;
    const bad = (why) => {
        throw new WirediffError('WD_BAD_OPTION', `${named}: ${why}`);
    };
    for (const key of Object.keys(e))
        if (!KEYS.has(key))
            bad(`unknown key "${key}" (expected ${[...KEYS].join(', ')})`);
    const text = (key, required) => {
        const value = e[key];
        if (value === undefined && !required)
            return '';
        if (typeof value !== 'string' || value.trim() === '' || value.includes('\n'))
            return bad(`"${key}" must be a non-empty string of one line`);
        return value;
    };
    const id = text('id', true);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
        bad('"id" must be kebab-case, like "my-outlet-caveat"');
    if (taken.has(id))
        bad(`"id" is already taken by ${NOTE_CATALOGUE.some((r) => r.id === id) ? 'a built-in rule' : 'an earlier entry'}`);
    const category = text('category', true);
    if (!CATEGORIES.includes(category))
        bad(`"category" must be one of ${CATEGORIES.join(', ')}`);
    const agencies = e.agencies ?? [];
    if (!Array.isArray(agencies) || agencies.some((a) => typeof a !== 'string'))
        bad('"agencies" must be a list of agency ids');
    const unknown = agencies.find((a) => !AGENCIES.some((agency) => agency.id === a));
    if (unknown !== undefined)
        bad(`unknown agency "${unknown}" (known: ${AGENCIES.map((a) => a.id).join(', ')})`);
    const flags = e.flags === undefined ? 'u' : text('flags', true);
    if (!/^(?!.*(.).*\1)[imsu]*u[imsu]*$/.test(flags))
        bad('"flags" must be letters among i, m, s, u, each once, including u');
    const pattern = text('pattern', true);
    let re;
    try {
        re = new RegExp(pattern, flags);
    }
    catch (error) {
        return bad(`"pattern" does not compile: ${error.message}`);
    }
    const problems = auditPattern(pattern);
    if (problems.length > 0)
        bad(`"pattern" could take more than linear time: ${problems[0]}`);
    const example = text('example', true);
    const nearMiss = text('nearMiss', true);
    if (!re.test(example))
        bad('"pattern" does not match its example');
    if (re.test(nearMiss))
        bad('"pattern" matches its near-miss');
    if (re.test(''))
        bad('"pattern" matches empty text');
    const rule = { id, category, agencies: [...agencies].sort(), pattern, flags, description: text('description', false), example, nearMiss };
    if (options.now) {
        const ms = timePattern(rule, example, PROBE_CHARS, options.now, PROBE_BUDGET_MS);
        if (ms > PROBE_BUDGET_MS)
            bad(`"pattern" is too slow: ${Math.round(ms)} ms on ${PROBE_CHARS} characters of adversarial text (allowed ${Math.round(PROBE_BUDGET_MS)})`);
    }
    return Object.freeze(rule);
}
//# sourceMappingURL=validate-note-rule.js.map