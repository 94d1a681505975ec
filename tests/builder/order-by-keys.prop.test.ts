/**
 * The build orders its events by the keys it keeps in typed arrays (first instant, then precision) with a radix
 * sort: the same order as a stable sort by those keys compared as numbers, for every number a first instant can
 * be (negative, `-0`, the infinities of open ends, the edges of the instants `Date` can hold, numbers differing in
 * their lowest bit), every rank, and lists long enough to reach every digit of the sort.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByKeys } from '../../src/builder/order-by-keys.js';

/** The order a stable sort by the two keys gives, compared as numbers (`-0` equal to `0`). */
function plainOrder(starts: Float64Array, ranks: Int8Array, n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      ((starts[a] as number) < (starts[b] as number)
        ? -1
        : (starts[a] as number) > (starts[b] as number)
          ? 1
          : 0) ||
      (ranks[a] as number) - (ranks[b] as number) ||
      a - b,
  );
}

const MAX_INSTANT = 8.64e15;
const start = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    MAX_INSTANT,
    -MAX_INSTANT,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ),
  // Instants of the dates a dispute gives: whole milliseconds around now, and far from it.
  fc.integer({ min: -62_167_219_200_000, max: 4_102_444_800_000 }),
  fc.integer({ min: -MAX_INSTANT, max: MAX_INSTANT }),
  // Any number but NaN: neighbours that differ in their lowest bit, subnormals, the largest.
  fc.double({ noNaN: true }),
);

describe('the order of a build by its typed keys', () => {
  it('is a stable sort by first instant, then rank', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(start, fc.integer({ min: 0, max: 9 })), { maxLength: 300 }),
        fc.integer({ min: 0, max: 5 }),
        (keys, spare) => {
          // Arrays longer than the events, as a build sizes them before it knows which events are valid.
          const n = keys.length;
          const starts = new Float64Array(n + spare).fill(Number.NaN);
          const ranks = new Int8Array(n + spare).fill(-1);
          keys.forEach(([s, r], i) => {
            starts[i] = s;
            ranks[i] = r;
          });
          expect(Array.from(orderByKeys(starts, ranks, n))).toEqual(plainOrder(starts, ranks, n));
        },
      ),
    );
  });

  it('keeps equal keys in the order given, over a list that reaches every digit', () => {
    // 70,000 events: more than one digit's 65,536 buckets; days and times to the second and millisecond on 4,000
    // days either side of 1970, so that many share a day, and on one day of 2013.
    const n = 70_000;
    const starts = new Float64Array(n);
    const ranks = new Int8Array(n);
    // mulberry32, seeded: the same list on every run.
    let seed = 7;
    const next = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    for (let i = 0; i < n; i++) {
      // A fifth of them within 20 minutes of one instant: instants that differ only in their lowest bits.
      const day = next() < 0.2 ? 16_000 : Math.floor(next() * 8_000) - 4_000;
      const roll = next();
      const time =
        roll < 0.3 ? Math.floor(next() * 86_400) * 1000 : roll < 0.5 ? Math.floor(next() * 86_400_000) : 0;
      starts[i] = day * 86_400_000 + time;
      ranks[i] = Math.floor(next() * 10);
    }
    expect(Array.from(orderByKeys(starts, ranks, n))).toEqual(plainOrder(starts, ranks, n));
  });

  it('reads -0 as 0: a tie, kept in the order given', () => {
    const starts = Float64Array.of(0, -0, -0, 0, -1);
    expect(Array.from(orderByKeys(starts, Int8Array.of(6, 6, 5, 5, 6), 5))).toEqual([4, 2, 3, 0, 1]);
  });

  it('gives nothing for no events', () => {
    expect(orderByKeys(new Float64Array(3), new Int8Array(3), 0)).toEqual(new Int32Array(0));
  });
});
