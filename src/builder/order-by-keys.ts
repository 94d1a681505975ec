/**
 * The order of a build's events by the keys kept in typed arrays (first instant, then precision's rank), found by
 * a radix sort from {@link SMALL} keys on: no comparison function is called. A sort by a comparator calls it about
 * n·log₂ n times (twenty million times for a million events), each call reading two keys from far apart; the radix
 * sort reads each key a few times in order and writes it once per pass. Events with equal keys keep the order they
 * were given in (the sort is stable), which the caller then orders by sequence and id.
 */

import { type Ordered, sequenceOf } from '../model/record-date.js';

/** A pass of the sort orders by one 16-bit digit of the keys (65,536 buckets). */
const BUCKETS = 1 << 16;

/** Below this many keys, {@link orderByKeys} compares them instead (exported for the tests of both ways). */
export const SMALL = 4096;

/**
 * The positions `0 … n − 1` ordered by `starts` (numerically; `-0` as `0`), then by `ranks` (small integers,
 * `0 … 255`), equal keys in the order of their positions. `starts` holds no `NaN`.
 */
export function orderByKeys(starts: Float64Array, ranks: ArrayLike<number>, n: number): Int32Array {
  // Each event's keys as five 16-bit digits, the least significant first: the rank, then the start's 64 bits,
  // taken so that their unsigned order is the numeric order (a positive number's sign bit set, a negative number's
  // every bit flipped: IEEE 754 orders the magnitudes of numbers of one sign by their bits). A digit is taken from
  // the start when a pass needs it, not kept: an array of them would be ten bytes an event more of the typed
  // arrays that set off a full collection (see `permuteInPlace` in assemble.ts).
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const high = new Uint8Array(Uint16Array.of(1).buffer)[0] as number;
  const digit = (at: number, d: number): number => {
    if (d === 0) return ranks[at] as number;
    bits[0] = (starts[at] as number) + 0;
    // All ones for a negative number (every bit flipped), else none but the high word's sign bit (set).
    const flip = (words[high] as number) >> 31;
    const word = d < 3 ? (words[1 - high] as number) ^ flip : (words[high] as number) ^ (flip | 0x80000000);
    return d & 1 ? word & 0xffff : word >>> 16;
  };
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // A pass costs its 65,536 buckets whatever the number of keys: a few thousand are sorted by comparison (a
  // shipped dataset's few dozen events took 2 ms each way, 17 ms of importing the nine).
  if (n < SMALL)
    return order.sort(
      (a, b) =>
        (starts[a] as number) - (starts[b] as number) || (ranks[a] as number) - (ranks[b] as number) || a - b,
    );
  let next = new Int32Array(n);
  const counts = new Int32Array(BUCKETS);
  // One stable pass a digit: equal digits keep the order of the passes before. A digit every key shares orders
  // nothing, and its pass is skipped (dates of a few decades share most high bits).
  for (let d = 0; d < 5; d++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const value = digit(i, d);
      counts[value] = (counts[value] as number) + 1;
    }
    if (counts.includes(n)) continue;
    for (let b = 0, sum = 0; b < BUCKETS; b++) {
      const count = counts[b] as number;
      counts[b] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const at = order[i] as number;
      const value = digit(at, d);
      const to = counts[value] as number;
      counts[value] = to + 1;
      next[to] = at;
    }
    [order, next] = [next, order];
  }
  return order;
}

/** The sequence a tie key is scaled by: above any key an id gives (four bytes). */
const ID_KEY_RANGE = 2 ** 32;

/**
 * A number for each record that orders records by sequence, then by id (the order of a tie in the timeline),
 * wherever two keys differ: the sequence (0 to 1,000,000; absent is 0) times 2³², plus four characters of the id
 * from where the ids stop sharing their first characters, a byte each (none: 0; an ASCII character: its code + 1).
 * Equal keys say nothing (the ids may differ further on): the caller compares those records. Sorting a run of ties
 * by these numbers reads a typed array; comparing the records reads two objects far apart in the heap at each
 * step. Made in one pass over the records in the order they were read, which is the order they lie in memory.
 */
export function tieKeys(records: readonly Ordered[]): Float64Array {
  const keys = new Float64Array(records.length);
  const first = records[0]?.id ?? '';
  let shared = first.length;
  for (const { id } of records) {
    let c = 0;
    while (c < shared && id.charCodeAt(c) === first.charCodeAt(c)) c++;
    shared = c;
  }
  records.forEach((record, i) => {
    let key = 0;
    // Past the end, no character (`NaN + 1 || 0`); past the ASCII a valid id is made of, 255: such ids tie here.
    for (let c = shared; c < shared + 4; c++)
      key = key * 256 + Math.min(record.id.charCodeAt(c) + 1 || 0, 255);
    keys[i] = sequenceOf(record) * ID_KEY_RANGE + key;
  });
  return keys;
}
