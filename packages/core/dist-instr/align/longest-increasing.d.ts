/**
 * Indices (into `values`) of one longest strictly increasing subsequence, in O(n log n): the
 * groups a copy kept in the reference's order; the others moved.
 *
 * @example longestIncreasing([0, 3, 1, 2]) // => Set {0, 2, 3}
 */
export declare function longestIncreasing(values: readonly number[]): Set<number>;
//# sourceMappingURL=longest-increasing.d.ts.map