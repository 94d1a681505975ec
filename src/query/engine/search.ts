/**
 * Binary searches over ascending lists of instants, optionally seen through a list of positions
 * (a subset of a collection, in ascending order of position, hence also of instant).
 */

/** The number of values below `x`: the first index whose value is `>= x`. */
export function countBelow(values: Float64Array, x: number, positions?: Int32Array | null): number {
  let lo = 0;
  let hi = positions ? positions.length : values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = values[positions ? (positions[mid] as number) : mid] as number;
    if (value < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of values at or below `x`: the first index whose value is `> x`. */
export function countAtOrBelow(values: Float64Array, x: number, positions?: Int32Array | null): number {
  let lo = 0;
  let hi = positions ? positions.length : values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = values[positions ? (positions[mid] as number) : mid] as number;
    if (value <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The positions held by both ascending lists. */
export function intersectPositions(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.slice(0, n);
}

/** The positions held by any of the ascending lists, ascending, each once. */
export function unionPositions(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0] as Int32Array;
  let total = 0;
  for (const list of lists) total += list.length;
  const all = new Int32Array(total);
  let n = 0;
  for (const list of lists) {
    all.set(list, n);
    n += list.length;
  }
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i++) {
    if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i] as number;
  }
  return all.slice(0, kept);
}
