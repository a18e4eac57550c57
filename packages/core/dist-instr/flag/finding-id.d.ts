import type { FindingKind } from '../types.js';
/**
 * A finding's stable id: its kind and a hash of the texts it concerns, folded, so that it
 * survives renumbered blocks and restyled quotes. Ids that collide within one copy get a
 * suffix in reading order (see uniqueIds).
 *
 * @example findingId('changed', ['All 29 ambassadors…', 'All 28 ambassadors…']) // => 'changed-3f9a0c1d2e'
 */
export declare function findingId(kind: FindingKind, texts: readonly string[]): string;
/** Makes ids unique within one list, in order: the second "x" becomes "x.2". */
export declare function uniqueIds<T extends {
    id: string;
}>(items: readonly T[]): T[];
//# sourceMappingURL=finding-id.d.ts.map