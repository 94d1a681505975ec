import { fail } from '../_lib/issues.js';
import { nearest } from '../_lib/nearest.js';
import { readDate } from '../dates/edtf.js';
import type { Deadline } from '../model/deadline.js';
import type { Dispute } from '../model/dispute.js';
import type { TimelineEvent } from '../model/event.js';
import type { DeadlineId, PlainId } from '../model/ids.js';
import { indexOf } from './engine/dispute-index.js';
import { query } from './query.js';

/**
 * The events of a dispute split by whether they came before a date: `certain` ones certainly did,
 * `possible` ones may have (their dates overlap, such as an event known only to the month of the deadline).
 *
 * @category Query
 * @example
 * ```ts
 * import { eventsBefore, type EventsBefore } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * // The planned suspension day itself is the deadline's day: only possibly before it.
 * const split: EventsBefore = eventsBefore(uaeBlackberry2010, 'deadline-2010-10-11');
 * [split.certain.map((event) => event.id), split.possible.map((event) => event.id)];
 * //=> [ [ 'tra-announces-suspension', 'suspension-withdrawn' ], [] ]
 * ```
 */
export interface EventsBefore {
  /** Events that certainly came before, in timeline order. */
  readonly certain: readonly TimelineEvent[];
  /** Events that may have come before, or may not, in timeline order. */
  readonly possible: readonly TimelineEvent[];
}

/**
 * The events that came before a deadline: those that certainly did, and separately those that only may have.
 * An event is certainly before a deadline when the last instant it may stand for precedes the first instant
 * of the day the deadline falls due (in their own time zones); an event on the deadline's day, or known only
 * to its month, is only possibly before.
 *
 * @category Query
 * @param dispute - a built dispute
 * @param deadline - one of its deadlines, or that deadline's id
 * @returns the events certainly before and the events possibly before, each in timeline order, frozen
 * @throws {@link TimelineError} `unknown-reference` when the dispute has no such deadline
 *
 * @example
 * ```ts
 * import { eventsBefore } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const { certain, possible } = eventsBefore(blackberryPakistan2015, 'deadline-2015-12-30');
 * certain.map((event) => event.id);
 * //=> [ 'india-2010-precedent', 'pta-directs-operators', 'interior-ministry-decision', 'pta-affected-users', 'blackberry-exit-announced', 'pta-extends-deadline', 'blackberry-exit-delayed' ]
 * possible;
 * //=> []
 * // Events of the first deadline's own day, 30 November, only possibly came before it:
 * eventsBefore(blackberryPakistan2015, 'deadline-2015-11-30').possible.map((event) => event.id);
 * //=> [ 'blackberry-exit-announced', 'pta-extends-deadline', 'blackberry-exit-delayed' ]
 * ```
 */
export function eventsBefore<Text extends string>(
  dispute: Dispute,
  deadline: Deadline | DeadlineId | PlainId<Text>,
): EventsBefore {
  const index = indexOf(dispute);
  const id = typeof deadline === 'string' ? deadline : (deadline as Partial<Deadline> | null)?.id;
  const found = index.dispute.deadlines.find((d) => d.id === id);
  if (found === undefined) fail('unknown-reference', ['deadline'], noDeadlineMessage(id, index.dispute), id);
  const events = query(dispute).events().before(found);
  return Object.freeze({ certain: events.toArray(), possible: events.uncertain().toArray() });
}

/** Why no deadline was found, with the ids that would be: a date where an id belongs is pointed to `query().before`. */
function noDeadlineMessage(id: unknown, dispute: Dispute): string {
  const ids = dispute.deadlines.map((d) => d.id as string);
  const listed =
    ids.length === 0
      ? 'it has no deadlines'
      : `its deadlines are ${ids
          .slice(0, 10)
          .map((d) => JSON.stringify(d))
          .join(', ')}${ids.length > 10 ? ` and ${ids.length - 10} more` : ''}`;
  const shown =
    typeof id === 'string' ? JSON.stringify(id.length > 100 ? `${id.slice(0, 100)}…` : id) : String(id);
  if (typeof id === 'string' && !('code' in readDate(id, 'UTC')))
    return `${shown} is a date, not a deadline id (${listed}); for the events before a date, use query(dispute).events().before(${shown})`;
  const near = typeof id === 'string' ? nearest(id, ids) : undefined;
  return `the dispute has no deadline ${shown}${near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`} (${listed})`;
}
