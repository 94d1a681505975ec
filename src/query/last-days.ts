import { checkDays } from '../_lib/args.js';
import type { Deadline } from '../model/deadline.js';
import type { Dispute } from '../model/dispute.js';
import type { DeadlineId, PlainId } from '../model/ids.js';
import { indexOf } from './engine/dispute-index.js';
import { deadlineOf } from './engine/records.js';
import type { EventsBefore } from './events-before.js';
import { query } from './query.js';

/**
 * The events in the last `days` calendar days before a deadline falls due: from the start of the day `days`
 * days before its due day, up to the due day itself (which counts as for {@link eventsBefore}: an event on the due
 * day is only possibly before). Days are counted in the dispute's zone. A deadline that ended before it fell due
 * (rescinded, met) is still counted back from its due date — the days before it would have fallen due; whether it
 * was still in force is what {@link effectiveDeadline} and {@link deadlineEnding} tell.
 *
 * @param dispute - a built dispute
 * @param deadline - one of its deadlines, or its id
 * @param days - how many days, a whole number from 0 to 100,000
 * @returns the events certainly in those days and, apart, those possibly in them, in timeline order, frozen
 * @throws {@link TimelineError} `unknown-reference` when the dispute has no such deadline; `invalid-argument` for a
 *   bad number of days or a dispute that is not built
 *
 * @category Query
 * @example
 * ```ts
 * import { eventsInLastDays } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const { certain, possible } = eventsInLastDays(indiaBlackberry2010, 'deadline-2011-01-31', 10);
 * certain.map((event) => event.id);
 * //=> [ 'rim-states-no-bes-keys' ]
 * possible.map((event) => event.id); // the deadline's own day
 * //=> [ 'rim-writes-to-sibal', 'january-deadline-reached' ]
 * ```
 */
export function eventsInLastDays<Text extends string>(
  dispute: Dispute,
  deadline: Deadline | DeadlineId | PlainId<Text>,
  days: number,
): EventsBefore {
  const index = indexOf(dispute);
  const found = deadlineOf(index, deadline);
  const count = checkDays(days, ['days']);
  const events = query(dispute).events().within(count, 'before', found);
  return Object.freeze({ certain: events.toArray(), possible: events.uncertain().toArray() });
}
