/**
 * How precisely a source gives a date, from the coarsest to the finest.
 *
 * @category Dates
 * @example
 * ```ts
 * import { DATE_PRECISIONS, parseDate } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * DATE_PRECISIONS.indexOf('month') < DATE_PRECISIONS.indexOf('day');
 * //=> true
 * // The precisions India's events are dated with, coarsest first:
 * const precisions = indiaBlackberry2010.events.map(({ date }) =>
 *   typeof date === 'string' ? parseDate(date).precision : parseDate(date.value, date).precision,
 * );
 * DATE_PRECISIONS.filter((precision) => precisions.includes(precision));
 * //=> ['month', 'day']
 * ```
 */
export const DATE_PRECISIONS = Object.freeze([
  'millennium',
  'century',
  'decade',
  'year',
  'season',
  'month',
  'day',
  'minute',
  'second',
  'millisecond',
] as const);

/**
 * One of the {@link DATE_PRECISIONS}: `2015` has year precision, `2015-07` month, `2015-07-24` day; `2015-21` (a
 * season, quarter, quadrimester or semester) has `season` precision, `1XXX` `millennium`.
 *
 * @category Dates
 * @example
 * ```ts
 * import { parseDate, type DatePrecision } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // The Economic Times article that ended India's dispute is dated only to its month:
 * const article = indiaBlackberry2010.sources.find((source) => source.id === 'economic-times-2013-07');
 * const precision: DatePrecision = parseDate(article?.published as string).precision;
 * precision;
 * //=> 'month'
 * parseDate('201X').precision;
 * //=> 'decade'
 * parseDate('2015-11-30T09:00+05:00').precision;
 * //=> 'minute'
 * ```
 */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The ranks, looked up rather than searched for: the timeline order compares precisions millions of times. */
const RANKS = Object.freeze(
  Object.fromEntries(DATE_PRECISIONS.map((precision, rank) => [precision, rank])),
) as Readonly<Record<DatePrecision, number>>;

/** Rank of a precision: 0 for millennium, growing with finer precisions. */
export function precisionRank(precision: DatePrecision): number {
  return RANKS[precision];
}
