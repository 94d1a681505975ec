import { FULL } from './mode.js';

/**
 * The fast-check parameters of a heavy property test: `numRuns` cases in the full run (`npm run check`, and so
 * CI), a third of them (at least 25) under `npm test`, which runs the whole suite in about 30 seconds; each
 * `npm test` draws new cases, so the runs of a day still cover the full count many times over. A run cut short by
 * the time limit fails, never passes.
 */
export function heavyRuns(numRuns: number) {
  return { numRuns: FULL ? numRuns : Math.max(25, Math.ceil(numRuns / 3)), ...TIME_LIMIT } as const;
}

const TIME_LIMIT = { interruptAfterTimeLimit: 45_000, markInterruptAsFailure: true } as const;
