/**
 * The build orders its events by the keys it keeps in typed arrays (first instant, then precision) with a radix
 * sort: the same order as a stable sort by those keys compared as numbers, for every number a first instant can
 * be (negative, `-0`, the infinities of open ends, the edges of the instants `Date` can hold, numbers differing in
 * their lowest bit), every rank, and lists long enough to reach every digit of the sort. A tie is then ordered by
 * numbers made from each event's sequence and id (`tieKeys`), which never order two events against their sequence
 * and id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByKeys, SMALL, tieKeys } from '../../src/builder/order-by-keys.js';
import { compareIds, compareSequence } from '../../src/model/record-date.js';
import { heavyRuns } from '../support/runs.js';

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
  it('is a stable sort by first instant, then rank, compared below SMALL keys and radix sorted from it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(start, fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        (keys, spare, radix) => {
          // The keys as drawn, or repeated to SMALL and past it, so that the radix sort orders them.
          const n = radix ? SMALL + keys.length : keys.length;
          // Arrays longer than the events, as a build sizes them before it knows which events are valid.
          const starts = new Float64Array(n + spare).fill(Number.NaN);
          const ranks = new Int8Array(n + spare).fill(-1);
          for (let i = 0; i < n; i++) {
            const [s, r] = keys[i % keys.length] as [number, number];
            starts[i] = s;
            ranks[i] = r;
          }
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

/** Ids as datasets write them: a shared prefix or none, ASCII letters, digits and marks, of every length. */
const idCharacter = fc.constantFrom(...'aAzZ09-_.:'.split(''), 'e', 'v');
const id = fc
  .tuple(fc.constantFrom('', 'ev-', 'event-2015-', 'e'), fc.array(idCharacter, { maxLength: 8 }))
  .map(([prefix, rest]) => `${prefix}${rest.join('')}` || 'a');
const tied = fc.record({
  id,
  sequence: fc.option(fc.constantFrom(0, 1, 2, 999_999, 1_000_000), { nil: undefined }),
});

describe('the numbers that order a tie', () => {
  it('never order two events against their sequence and id, and differ wherever four characters tell', () => {
    fc.assert(
      fc.property(fc.array(tied, { minLength: 1, maxLength: 60 }), (records) => {
        const keys = tieKeys(records);
        expect(keys).toHaveLength(records.length);
        let shared = 0;
        const first = (records[0] as (typeof records)[number]).id;
        while (shared < first.length && records.every((r) => r.id[shared] === first[shared])) shared++;
        for (let a = 0; a < records.length; a++)
          for (let b = 0; b < records.length; b++) {
            const x = records[a] as (typeof records)[number];
            const y = records[b] as (typeof records)[number];
            const truth = Math.sign(compareSequence(x, y) || compareIds(x.id, y.id));
            const told = Math.sign((keys[a] as number) - (keys[b] as number));
            // A tie of the numbers leaves the order to the records; any other answer is the truth.
            if (told !== 0) expect(told).toBe(truth);
            // Where the sequences agree and the ids differ in the four characters after the shared prefix, they tell.
            const window = (text: string) => text.slice(shared, shared + 4);
            if (compareSequence(x, y) === 0 && window(x.id) !== window(y.id)) expect(told).toBe(truth);
          }
      }),
      heavyRuns(300),
    );
  });

  it('tell apart ids that share their first characters, by the four after them', () => {
    const records = ['ev-b', 'ev-a', 'ev-ab', 'ev-', 'ev-abcd', 'ev-abce', 'ev-abcdz'].map((i) => ({
      id: i,
    }));
    const keys = Array.from(tieKeys(records));
    // ev-abcd and ev-abcdz share the four characters read: a tie, left to the records.
    expect(keys[4]).toBe(keys[6]);
    const order = records.map((_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
    expect(order.map((i) => records[i]?.id)).toEqual([
      'ev-',
      'ev-a',
      'ev-ab',
      'ev-abcd',
      'ev-abcdz',
      'ev-abce',
      'ev-b',
    ]);
  });

  it('put a sequence before any id, and read an id past ASCII as a tie for the records to settle', () => {
    const keys = tieKeys([
      { id: 'z', sequence: 1 },
      { id: 'a', sequence: 2 },
      { id: 'þ' },
      { id: 'ā' },
      { id: 'a' },
    ]);
    expect(keys[0]).toBeLessThan(keys[1] as number);
    expect(keys[2]).toBe(keys[3]);
    expect(keys[4]).toBeLessThan(keys[2] as number);
    expect(tieKeys([])).toEqual(new Float64Array(0));
  });
});
