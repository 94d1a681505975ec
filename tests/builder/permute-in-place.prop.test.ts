/**
 * The build puts its instants in timeline order in the arrays it read them into: the same arrays a copy in that
 * order would give, for every permutation (fixed points, one long cycle, many short ones, none at all), with the
 * order itself given back as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { permuteInPlace } from '../../src/builder/assemble.js';
import { heavyRuns } from '../support/runs.js';

function check(order: number[], spare = 0): void {
  const n = order.length;
  const first = Float64Array.from({ length: n + spare }, (_, i) => i * 1.5 - 7);
  const second = Float64Array.from({ length: n + spare }, (_, i) => -i);
  const wantFirst = [...order.map((from) => first[from] as number), ...first.slice(n)];
  const wantSecond = [...order.map((from) => second[from] as number), ...second.slice(n)];
  const given = Int32Array.from(order);
  permuteInPlace(given, first, second, n);
  expect(Array.from(first)).toEqual(wantFirst);
  expect(Array.from(second)).toEqual(wantSecond);
  expect(Array.from(given)).toEqual(order);
}

describe('putting the instants in order in place', () => {
  it('gives what a copy in that order gives, and leaves the order as it was (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 400 }).map((keys) =>
          keys
            .map((key, i) => [key, i] as const)
            .sort((a, b) => a[0] - b[0] || a[1] - b[1])
            .map(([, i]) => i),
        ),
        fc.integer({ min: 0, max: 3 }),
        (order, spare) => check(order, spare),
      ),
      heavyRuns(300),
    );
  });

  it('handles no events, fixed points, one cycle through all of 100,000, and swaps', () => {
    check([]);
    check([0, 1, 2]);
    check(Array.from({ length: 100_000 }, (_, i) => (i + 1) % 100_000));
    check(Array.from({ length: 1000 }, (_, i) => i ^ 1));
  });
});
