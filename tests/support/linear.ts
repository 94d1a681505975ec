/**
 * A check that a piece of work grows linearly with its input, robust on a busy machine: no time is compared with
 * a threshold; only the ratio of the work at 4n to the work at n, which is about 4 when the work is linear and
 * about 16 when it is quadratic.
 *
 * Each size is run several times, alternating, and the least processor time of each is kept (load from other
 * processes can only add time, never take it away; processor time, not wall-clock time, leaves out the time the
 * process waits for a core). A ratio above the bound is measured again, then once more from 4n to 16n, before it
 * fails: a quadratic path fails every attempt, a linear one that met a garbage collection at the wrong moment, or
 * the young generation's step, passes the next.
 */
import { expect } from 'vitest';

/** The ratio of the work at 4n to the work at n above which the work is not linear. */
export const LINEAR_BOUND = 6;

/** Processor time of this process, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function leastTime(run: () => unknown, times: number[]): Promise<void> {
  const start = cpuMs();
  await run();
  times.push(cpuMs() - start);
}

/**
 * How the work grows from `n` to `4n`: the least processor time at 4n divided by the least at n.
 *
 * @param make - builds the input of a size (not timed)
 * @param run - does the work on an input; may return a promise
 * @param n - the smaller size
 * @param runs - how many times each size is run
 */
export async function growth<T>(
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
  runs = 5,
): Promise<{ readonly ratio: number; readonly small: number; readonly large: number }> {
  const small = make(n);
  const large = make(4 * n);
  await run(make(Math.max(1, Math.floor(n / 4)))); // warm the compiler up before measuring
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    await leastTime(() => run(small), smallTimes);
    await leastTime(() => run(large), largeTimes);
  }
  const least = (times: number[]) => Math.max(Math.min(...times), 0.05);
  return { ratio: least(largeTimes) / least(smallTimes), small: least(smallTimes), large: least(largeTimes) };
}

/**
 * Asserts that `run` grows linearly from `n` to `4n` (a ratio of at most {@link LINEAR_BOUND}), measuring up to
 * three times before failing. Choose `n` so that the work takes a few milliseconds at least:
 * below that, fixed costs hide how it grows (which can only make a ratio smaller, never fail a linear path).
 *
 * @returns the ratios measured
 */
export async function expectLinear<T>(
  name: string,
  make: (n: number) => T,
  run: (input: T) => unknown,
  n: number,
): Promise<number[]> {
  const ratios: number[] = [];
  // The third attempt is from 4n to 16n: work that holds all it makes outgrows V8's young generation somewhere
  // between a few thousand and some ten thousand records, and its time per record steps up once there (×6 to ×7
  // measured across the step, ×4 past it); a quadratic path grows ×16 at any size.
  for (const size of [n, n, 4 * n]) {
    const { ratio } = await growth(make, run, size);
    ratios.push(ratio);
    if (ratio <= LINEAR_BOUND) return ratios;
  }
  expect.fail(
    `${name} is not linear: from n to 4n its time grew ×${ratios.map((r) => r.toFixed(1)).join(', ×')} (n = ${n}, ${n}, ${4 * n}; bound ×${LINEAR_BOUND})`,
  );
}
