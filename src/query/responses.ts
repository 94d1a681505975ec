import type { Deadline } from '../model/deadline.js';
import type { Demand } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import type { DemandId, PlainId } from '../model/ids.js';
import type { DemandResponse } from '../model/response.js';
import type { DeadlineStatus } from './deadline-state.js';
import { effectiveOf } from './deadlines.js';
import { type DayCount, dayCount } from './durations.js';
import { businessDaysBetween as businessDiff } from './engine/days.js';
import { indexOf } from './engine/dispute-index.js';
import { demandOf } from './engine/records.js';
import { query } from './query.js';

/**
 * A response to a demand and how long it took, as {@link responsesTo} lists them.
 *
 * @category Query
 * @example
 * ```ts
 * import { responsesTo, type ResponseTiming } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // The demand is dated by BlackBerry's account of it, 30 November in Waterloo; BlackBerry said it would stay on
 * // 31 December in Waterloo. Each straddles two days in Karachi:
 * const last: ResponseTiming | undefined = responsesTo(blackberryPakistan2015, 'bes-traffic-access').at(-1);
 * [last?.response.id, last?.days, last?.businessDays];
 * //=> [ 'blackberry-stays', { min: 153, max: 184 }, { min: 109, max: 132 } ]
 * ```
 */
export interface ResponseTiming {
  /** The response. */
  readonly response: DemandResponse;
  /** Calendar days from the demand to the response, in the dispute's zone. */
  readonly days: DayCount;
  /** Business days (Monday to Friday) from the demand to the response, in the dispute's zone. */
  readonly businessDays: DayCount;
  /** The demand's deadline at the response's date (see {@link effectiveDeadline}); `null` when none had been set. */
  readonly deadline: Deadline | null;
  /** That deadline's state at the response's date: `pending`, `passed`, `stayed`, `ended`… (see {@link deadlineState}). */
  readonly deadlineStatus: DeadlineStatus | null;
  /**
   * Calendar days from the response to that deadline's due date, in the dispute's zone: how long before it the
   * response came, negative when after (a range where a date is imprecise); `null` without a deadline.
   */
  readonly daysBeforeDeadline: DayCount | null;
  /** The same in business days (Monday to Friday). */
  readonly businessDaysBeforeDeadline: DayCount | null;
}

/**
 * The responses to a demand, in timeline order, each with the time it took: calendar days and business days
 * from the demand's date to the response's, counted in the dispute's time zone (a response dated in another
 * zone may straddle two of the dispute's days, hence a range); and, when a deadline had been set, how many days
 * before (or after) the demand's deadline then the response came.
 *
 * @param dispute - a built dispute
 * @param demand - one of its demands, or its id
 * @returns one frozen row per response, in a frozen list
 * @throws {@link TimelineError} `unknown-reference` when the dispute has no such demand; `invalid-argument` when
 *   `dispute` is not a built dispute
 *
 * @category Query
 * @example
 * ```ts
 * import { responsesTo } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // India's demand of 12 August 2010: RIM's promise, reported by 17 August, and its statement about that day.
 * responsesTo(indiaBlackberry2010, 'bes-bbm-access')
 *   .slice(0, 3)
 *   .map(({ response, days }) => [response.id, days]);
 * //=> [['rim-bbm-access-promise', { min: 0, max: 5 }], ['rim-no-master-key', { min: 0, max: 38 }],
 * //    ['rim-lawful-access-principles', { min: 0, max: 2 }]]
 * // RIM's statement of 28 January 2011 in Waterloo, days before the 31 January deadline:
 * const keys = responsesTo(indiaBlackberry2010, 'bes-bbm-access').find((r) => r.response.id === 'rim-holds-no-bes-keys');
 * [keys?.deadline?.due, keys?.deadlineStatus, keys?.daysBeforeDeadline, keys?.businessDaysBeforeDeadline];
 * //=> ['2011-01-31', 'pending', { min: 2, max: 3 }, { min: 0, max: 1 }]
 * ```
 */
export function responsesTo<Text extends string>(
  dispute: Dispute,
  demand: Demand | DemandId | PlainId<Text>,
): readonly ResponseTiming[] {
  const index = indexOf(dispute);
  const found = demandOf(index, demand);
  const made = index.dateOf(found);
  const rows = query(dispute)
    .responses()
    .byDemand(found)
    .toArray()
    .map((response) => {
      const date = index.dateOf(response);
      const effective = effectiveOf(index, found.id, date);
      return Object.freeze({
        response,
        days: dayCount(made, date, index.timeZone),
        businessDays: dayCount(made, date, index.timeZone, businessDiff),
        deadline: effective?.deadline ?? null,
        deadlineStatus: effective?.state.status ?? null,
        daysBeforeDeadline: effective === null ? null : dayCount(date, effective.due, index.timeZone),
        businessDaysBeforeDeadline:
          effective === null ? null : dayCount(date, effective.due, index.timeZone, businessDiff),
      });
    });
  return Object.freeze(rows);
}
