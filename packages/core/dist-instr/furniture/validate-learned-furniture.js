import { WirediffError } from '../errors.js';
const isCount = (v, min) => Number.isInteger(v) && v >= min;
/**
 * Checks that a value read from JSON is a learned-furniture table (as learnFurniture returns
 * and `wirediff check --write-furniture` writes), and returns it typed.
 *
 * @param input The file or option it came from, named in the error.
 * @throws WirediffError WD_FURNITURE_INVALID naming `input` and the first thing wrong.
 * @example validateLearnedFurniture(JSON.parse(text), 'furniture.json')
 */
export function validateLearnedFurniture(value, input) {
    const bad = (why) => {
        throw new WirediffError('WD_FURNITURE_INVALID', `not a wirediff furniture table: ${why}`, { input });
    };
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return bad('expected a JSON object');
    const v = value;
    if (v.kind !== 'wirediff-furniture')
        bad('"kind" must be "wirediff-furniture"');
    if (v.schemaVersion !== 1)
        bad(`schemaVersion ${String(v.schemaVersion)} is not supported (expected 1)`);
    if (!isCount(v.minStories, 2))
        bad('"minStories" must be a whole number of at least 2');
    if (!isCount(v.maxWords, 1))
        bad('"maxWords" must be a whole number of at least 1');
    if (!isCount(v.stories, 0))
        bad('"stories" must be a whole number');
    const outlets = v.outlets;
    if (typeof outlets !== 'object' || outlets === null || Array.isArray(outlets))
        return bad('"outlets" must be an object of outlet to texts');
    for (const [outlet, texts] of Object.entries(outlets)) {
        const ok = Array.isArray(texts) && texts.every((t) => typeof t === 'object' && t !== null && typeof t.text === 'string' && t.text !== '' && isCount(t.stories, 1));
        if (!ok)
            bad(`outlets["${outlet}"] must be a list of { "text": "…", "stories": n }`);
    }
    return value;
}
//# sourceMappingURL=validate-learned-furniture.js.map