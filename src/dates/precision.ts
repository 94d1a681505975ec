/**
 * How precisely a source gives a date, from the coarsest to the finest.
 *
 * @category Dates
 * @example
 * ```ts
 * import { DATE_PRECISIONS } from 'dispute-timeline';
 * DATE_PRECISIONS.indexOf('month') < DATE_PRECISIONS.indexOf('day');
 * //=> true
 * ```
 */
export const DATE_PRECISIONS = [
  'century',
  'decade',
  'year',
  'month',
  'day',
  'minute',
  'second',
  'millisecond',
] as const;

/**
 * One of the {@link DATE_PRECISIONS}: `2015` has year precision, `2015-07` month, `2015-07-24` day.
 *
 * @category Dates
 * @example
 * ```ts
 * import { parseDate, type DatePrecision } from 'dispute-timeline';
 * const precision: DatePrecision = parseDate('2015-07').precision;
 * //=> 'month'
 * ```
 */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Rank of a precision: 0 for century, growing with finer precisions. */
export function precisionRank(precision: DatePrecision): number {
  return DATE_PRECISIONS.indexOf(precision);
}
