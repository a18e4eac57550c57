import { createHash } from 'node:crypto';
import { normalizeText } from '../segment/normalize-text.js';
/**
 * A finding's stable id: its kind and a hash of the texts it concerns, folded, so that it
 * survives renumbered blocks and restyled quotes. Ids that collide within one copy get a
 * suffix in reading order (see uniqueIds).
 *
 * @example findingId('changed', ['All 29 ambassadors…', 'All 28 ambassadors…']) // => 'changed-3f9a0c1d2e'
 */
export function findingId(kind, texts) {
    const hash = createHash('sha256');
    hash.update(kind);
    for (const text of texts)
        hash.update(`\u0000${normalizeText(text).toLowerCase()}`);
    return `${kind}-${hash.digest('hex').slice(0, 10)}`;
}
/** Makes ids unique within one list, in order: the second "x" becomes "x.2". */
export function uniqueIds(items) {
    const seen = new Map();
    return items.map((item) => {
        const n = (seen.get(item.id) ?? 0) + 1;
        seen.set(item.id, n);
        return n === 1 ? item : { ...item, id: `${item.id}.${n}` };
    });
}
//# sourceMappingURL=finding-id.js.map