/**
 * The order of a build's events by the keys kept in typed arrays (first instant, then precision's rank), found by
 * a radix sort: no comparison function is called. A sort by a comparator calls it about n·log₂ n times (twenty
 * million times for a million events), each call reading two keys from far apart; the radix sort reads each key a
 * few times in order and writes it once per pass. Events with equal keys keep the order they were given in (the
 * sort is stable), which the caller then orders by sequence and id.
 */

/** A pass of the sort orders by one 16-bit digit of the keys (65,536 buckets). */
const BUCKETS = 1 << 16;

/**
 * The positions `0 … n − 1` ordered by `starts` (numerically; `-0` as `0`), then by `ranks` (small integers,
 * `0 … 255`), equal keys in the order of their positions. `starts` holds no `NaN`.
 */
export function orderByKeys(starts: Float64Array, ranks: ArrayLike<number>, n: number): Int32Array {
  // Each event's keys as five 16-bit digits, the least significant first: the rank, then the start's 64 bits,
  // taken so that their unsigned order is the numeric order (a positive number's sign bit set, a negative number's
  // every bit flipped: IEEE 754 orders the magnitudes of numbers of one sign by their bits).
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const high = new Uint8Array(Uint16Array.of(1).buffer)[0] as number;
  const digits = new Uint16Array(5 * n);
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    bits[0] = (starts[i] as number) + 0;
    let h = words[high] as number;
    let l = words[1 - high] as number;
    if (h >>> 31 === 1) {
      h = ~h;
      l = ~l;
    } else h |= 0x80000000;
    const at = 5 * i;
    digits[at] = ranks[i] as number;
    digits[at + 1] = l;
    digits[at + 2] = l >>> 16;
    digits[at + 3] = h;
    digits[at + 4] = h >>> 16;
    order[i] = i;
  }
  let next = new Int32Array(n);
  const counts = new Int32Array(BUCKETS);
  // One stable pass a digit: equal digits keep the order of the passes before. A digit every key shares orders
  // nothing, and its pass is skipped (dates of a few decades share most high bits).
  for (let d = 0; d < 5; d++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = digits[5 * i + d] as number;
      counts[digit] = (counts[digit] as number) + 1;
    }
    if (counts.includes(n)) continue;
    for (let b = 0, sum = 0; b < BUCKETS; b++) {
      const count = counts[b] as number;
      counts[b] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const at = order[i] as number;
      const digit = digits[5 * at + d] as number;
      const to = counts[digit] as number;
      counts[digit] = to + 1;
      next[to] = at;
    }
    [order, next] = [next, order];
  }
  return order;
}
