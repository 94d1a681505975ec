/**
 * The order of a build's events by the keys kept in typed arrays (first instant, then precision's rank), found by
 * a radix sort: no comparison function is called. A sort by a comparator calls it about n·log₂ n times (twenty
 * million times for a million events), each call reading two keys from far apart; the radix sort reads each key a
 * few times in order and writes it once per pass. Events with equal keys keep the order they were given in (the
 * sort is stable), which the caller then orders by sequence and id.
 */

/** The number of bits of a digit: one pass of the sort orders by 16 bits of the key (65,536 buckets). */
const DIGIT_BITS = 16;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;

/**
 * The positions `0 … n − 1` ordered by `starts` (numerically; `-0` as `0`), then by `ranks` (small integers,
 * `0 … 255`), equal keys in the order of their positions. `starts` holds no `NaN`.
 */
export function orderByKeys(starts: Float64Array, ranks: ArrayLike<number>, n: number): Int32Array {
  // Each start as 64 bits whose unsigned order is the numeric order: a positive number's sign bit set, a negative
  // number's every bit flipped (IEEE 754 orders the magnitudes of numbers of one sign by their bits).
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const low = little ? 0 : 1;
  const high = 1 - low;
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    bits[0] = (starts[i] as number) + 0;
    const h = words[high] as number;
    const l = words[low] as number;
    if (h >>> 31 === 1) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
    order[i] = i;
  }
  let nextHi = new Uint32Array(n);
  let nextLo = new Uint32Array(n);
  let nextOrder = new Int32Array(n);
  const counts = new Int32Array(BUCKETS);

  // The least significant key first: the rank, then the start's 16-bit digits from the lowest to the highest.
  // Each pass is stable, so equal digits keep the order of the passes before it.
  for (let pass = 0; pass < 5; pass++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const at = order[i] as number;
      const d = digit(pass, hi[i] as number, lo[i] as number, ranks, at);
      counts[d] = (counts[d] as number) + 1;
    }
    // A digit every key shares orders nothing: the pass is skipped (dates of a few decades share most high bits).
    let used = 0;
    for (let b = 0; b < BUCKETS && used < 2; b++) if ((counts[b] as number) > 0) used++;
    if (used < 2) continue;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const count = counts[b] as number;
      counts[b] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const at = order[i] as number;
      const h = hi[i] as number;
      const l = lo[i] as number;
      const d = digit(pass, h, l, ranks, at);
      const to = counts[d] as number;
      counts[d] = to + 1;
      nextHi[to] = h;
      nextLo[to] = l;
      nextOrder[to] = at;
    }
    [hi, nextHi] = [nextHi, hi];
    [lo, nextLo] = [nextLo, lo];
    [order, nextOrder] = [nextOrder, order];
  }
  return order;
}

/** The digit a pass sorts by: the rank (pass 0), then the start's four 16-bit digits, the lowest first. */
function digit(pass: number, hi: number, lo: number, ranks: ArrayLike<number>, at: number): number {
  switch (pass) {
    case 0:
      return (ranks[at] as number) & 0xff;
    case 1:
      return lo & DIGIT_MASK;
    case 2:
      return lo >>> DIGIT_BITS;
    case 3:
      return hi & DIGIT_MASK;
    default:
      return hi >>> DIGIT_BITS;
  }
}
