/**
 * The answer of a comparison involving imprecise dates: certainly (`yes`), certainly not (`no`), or `maybe`.
 *
 * @category Dates
 * @example
 * ```ts
 * import type { Truth } from 'dispute-timeline';
 * const answer: Truth = 'maybe';
 * ```
 */
export type Truth = 'yes' | 'no' | 'maybe';

/** Anything with a range of instants: a parsed date or one of its bounds. */
export interface InstantRange {
  readonly earliest: number;
  readonly latest: number;
}

/**
 * Whether every instant of `a` comes before every instant of `b` (`yes`), none does (`no`), or it depends (`maybe`).
 * Ranges are inclusive.
 */
export function rangeBefore(a: InstantRange, b: InstantRange): Truth {
  if (a.latest < b.earliest) return 'yes';
  if (a.earliest >= b.latest) return 'no';
  return 'maybe';
}
