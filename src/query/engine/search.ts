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

/**
 * The positions held by any of the ascending lists, ascending, each once. `size` is one more than the largest
 * position any list can hold (the collection's length): when the lists hold many positions, each is marked in a
 * table of that size and the table read in order, in linear time, rather than sorted.
 */
export function unionPositions(lists: readonly Int32Array[], size = Infinity): Int32Array {
  if (lists.length === 1) return lists[0] as Int32Array;
  let total = 0;
  for (const list of lists) total += list.length;
  if (total * 8 > size) {
    const marked = new Uint8Array(size);
    for (const list of lists) for (let i = 0; i < list.length; i++) marked[list[i] as number] = 1;
    const out = new Int32Array(total);
    let kept = 0;
    for (let p = 0; p < size; p++) if (marked[p] === 1) out[kept++] = p;
    return out.slice(0, kept);
  }
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

/** Records grouped by how far their dates reach: positions ascending, their first instants ascending. */
export interface ReachClass {
  readonly positions: Int32Array;
  readonly earliest: Float64Array;
  /** The longest span (latest − earliest) among them, in milliseconds. */
  readonly longest: number;
}

/**
 * The records that start at or before `to` and whose class's longest span could reach `low`, in ascending
 * position: `before`, the records of the longer classes that start before `from` (each class's run, ascending,
 * merged), then every record from position `from` to `end` (exclusive), where the shortest class's reach starts.
 */
export interface Reach {
  readonly before: ArrayLike<number>;
  readonly from: number;
  readonly end: number;
}

/**
 * The {@link Reach} of `low` … `to` in a collection whose first instants are `earliest` (ascending), grouped into
 * `classes` by span (shortest first). The cost is two binary searches a class plus the number of records reached;
 * only those of the longer classes that start before the shortest one's reach are merged.
 */
export function reachOf(
  earliest: Float64Array,
  classes: readonly ReachClass[],
  low: number,
  to: number,
): Reach {
  const end = countAtOrBelow(earliest, to);
  const shortest = classes[0];
  if (shortest === undefined) return { before: [], from: end, end };
  const edge = low - shortest.longest;
  const from = Math.min(countBelow(earliest, edge), end);
  let before: ArrayLike<number> = [];
  for (let k = 1; k < classes.length; k++) {
    const { positions, earliest: starts, longest } = classes[k] as ReachClass;
    const first = countBelow(starts, low - longest);
    const last = Math.min(countBelow(starts, edge), countAtOrBelow(starts, to));
    if (first < last) before = mergeTwo(before, positions.subarray(first, last));
  }
  return { before, from, end };
}

/**
 * Two ascending lists of distinct positions merged into one, in one linear pass (the runs are few, one a longer
 * class: sorting them all again took most of a wide query's time). A plain array: a typed array's buffer, made
 * for each query, cost a collection every few queries (a million events: 4–8 ms each, one query in forty).
 */
function mergeTwo(a: ArrayLike<number>, b: ArrayLike<number>): ArrayLike<number> {
  if (a.length === 0) return b;
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let n = 0; n < out.length; n++) {
    out[n] =
      j === b.length || (i < a.length && (a[i] as number) < (b[j] as number))
        ? (a[i++] as number)
        : (b[j++] as number);
  }
  return out;
}
