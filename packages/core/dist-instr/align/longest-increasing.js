/**
 * Indices (into `values`) of one longest strictly increasing subsequence, in O(n log n): the
 * groups a copy kept in the reference's order; the others moved.
 *
 * @example longestIncreasing([0, 3, 1, 2]) // => Set {0, 2, 3}
 */
export function longestIncreasing(values) {
    const tails = [];
    const previous = new Array(values.length).fill(-1);
    values.forEach((v, k) => {
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (values[tails[mid]] < v)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo > 0)
            previous[k] = tails[lo - 1];
        tails[lo] = k;
    });
    const keep = new Set();
    for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k])
        keep.add(k);
    return keep;
}
//# sourceMappingURL=longest-increasing.js.map