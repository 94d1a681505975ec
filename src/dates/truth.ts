/**
 * The answer of a comparison involving imprecise dates: certainly (`yes`), certainly not (`no`), or `maybe`.
 *
 * @category Dates
 * @example
 * ```ts
 * import { before, type Truth } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // Is an event dated only "December 2015" before the 30 December 2015 deadline? It depends on the day.
 * const deadline = blackberryPakistan2015.deadlines[1]!;
 * const beforeDeadline = before(deadline.due, blackberryPakistan2015);
 * const answers: Truth[] = ['2015-07', '2015-12', '2016-01'].map((date) => beforeDeadline.truth(date));
 * answers;
 * //=> ['yes', 'maybe', 'no']
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
