/**
 * Indices (into `values`) of one longest strictly increasing subsequence, in O(n log n): the
 * groups a copy kept in the reference's order; the others moved.
 *
 * @example longestIncreasing([0, 3, 1, 2]) // => Set {0, 2, 3}
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((v, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) keep.add(k);
  return keep;
}
