import type { Demand } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import type { DemandId, PlainId } from '../model/ids.js';
import type { DemandResponse } from '../model/response.js';
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
}

/**
 * The responses to a demand, in timeline order, each with the time it took: calendar days and business days
 * from the demand's date to the response's, counted in the dispute's time zone (a response dated in another
 * zone may straddle two of the dispute's days, hence a range).
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
 * // India's demand of 12 August 2010: RIM's statement about that day, and its promise reported on 17 August.
 * responsesTo(indiaBlackberry2010, 'bes-bbm-access')
 *   .slice(0, 2)
 *   .map(({ response, days }) => [response.id, days]);
 * //=> [ [ 'rim-bbm-access-promise', { min: 0, max: 5 } ], [ 'rim-no-master-key', { min: 0, max: 38 } ] ]
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
      return Object.freeze({
        response,
        days: dayCount(made, date, index.timeZone),
        businessDays: dayCount(made, date, index.timeZone, businessDiff),
      });
    });
  return Object.freeze(rows);
}
