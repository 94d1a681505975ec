import type { ParsedDate } from '../dates/edtf.js';
import { type DateLike, readDateLike } from './date-like.js';
import { businessDaysBetween as businessDiff, calendarDaysBetween as calendarDiff } from './engine/days.js';
import { disputeOption, zoneOption } from './engine/zone-option.js';

/**
 * A number of days known to lie between `min` and `max` (equal when both dates are precise to the day or finer).
 * An open interval end gives an infinite bound.
 *
 * @category Query
 * @example
 * ```ts
 * import { daysBetween, type DayCount } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // From India's demand to the Mumbai server report, which is dated only to its month:
 * const demand = indiaBlackberry2010.demands[0]!;
 * const report = indiaBlackberry2010.events.find((event) => event.id === 'mumbai-server-reported')!;
 * const span: DayCount = daysBetween(demand, report, indiaBlackberry2010);
 * span;
 * //=> { min: 538, max: 566 }
 * ```
 */
export interface DayCount {
  /** The fewest days it may be. */
  readonly min: number;
  /** The most days it may be. */
  readonly max: number;
}

/** Days between two parsed dates, by a difference of day numbers that grows with its first argument. */
export function dayCount(
  from: ParsedDate,
  to: ParsedDate,
  timeZone: string,
  difference: (later: number, earlier: number, zone: string) => number = calendarDiff,
): DayCount {
  return Object.freeze({
    min: difference(to.earliest, from.latest, timeZone),
    max: difference(to.latest, from.earliest, timeZone),
  });
}

/**
 * Counts calendar days from one date to another in a time zone: the difference of the days that hold them,
 * so 24 July to 30 November is 129 days whatever the hours. For imprecise dates, the fewest and most days
 * it may be. Negative when `to` comes first.
 *
 * @param from - the earlier date
 * @param to - the later date
 * @param options - the zone days are counted in, and dates without their own zone read in (pass the dispute)
 * @returns the least and greatest number of days, frozen
 * @throws {@link TimelineError} `invalid-argument` when `from` or `to` is not a date, or the zone is not known
 *
 * @category Query
 * @example
 * ```ts
 * import { daysBetween } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * daysBetween('2015-07-24', '2015-11-30', blackberryPakistan2015);
 * //=> { min: 129, max: 129 }
 * const exit = blackberryPakistan2015.responses[0]!; // 30 November in Waterloo, Ontario
 * daysBetween('2015-07-24', exit, blackberryPakistan2015);
 * //=> { min: 129, max: 129 }
 * ```
 */
export function daysBetween(
  from: DateLike,
  to: DateLike,
  options?: { readonly timeZone?: string | undefined },
): DayCount {
  return countBetween(from, to, options, calendarDiff);
}

/**
 * Counts business days (Monday to Friday) from one date to another in a time zone, as date-fns'
 * `differenceInBusinessDays` does: the weekdays after `from`'s day up to and including `to`'s (when `to`'s day is
 * a weekday). For imprecise dates, the fewest and most it may be.
 *
 * @param from - the earlier date
 * @param to - the later date
 * @param options - the zone days are counted in, and dates without their own zone read in (pass the dispute)
 * @returns the least and greatest number of business days, frozen
 * @throws {@link TimelineError} `invalid-argument` when `from` or `to` is not a date, or the zone is not known
 *
 * @category Query
 * @example
 * ```ts
 * import { businessDaysBetween } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * businessDaysBetween('2015-11-30', '2015-12-30', blackberryPakistan2015);
 * //=> { min: 22, max: 22 }
 * ```
 */
export function businessDaysBetween(
  from: DateLike,
  to: DateLike,
  options?: { readonly timeZone?: string | undefined },
): DayCount {
  return countBetween(from, to, options, businessDiff);
}

/** {@link dayCount} of two dates given as a user gives them, read in the zone of `options` (default UTC);
 * a record id when `options` is the dispute. */
function countBetween(
  from: DateLike,
  to: DateLike,
  options: { readonly timeZone?: string | undefined } | undefined,
  difference: (later: number, earlier: number, zone: string) => number,
): DayCount {
  const zone = zoneOption(options, 'UTC');
  const index = disputeOption(options);
  return dayCount(
    readDateLike(from, zone, ['from'], index),
    readDateLike(to, zone, ['to'], index),
    zone,
    difference,
  );
}
