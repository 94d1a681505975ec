import { indexOf } from '../_lib/dispute-index.js';
import { fail } from '../_lib/issues.js';
import type { Deadline } from '../model/deadline.js';
import type { Dispute } from '../model/dispute.js';
import type { TimelineEvent } from '../model/event.js';
import { query } from './query.js';

/**
 * The events of a dispute split by whether they came before a date: `certain` ones certainly did,
 * `possible` ones may have (their dates overlap, such as an event known only to the month of the deadline).
 *
 * @example
 * ```ts
 * import { blackberryPakistan2015, eventsBefore, type EventsBefore } from 'dispute-timeline';
 * const split: EventsBefore = eventsBefore(blackberryPakistan2015, 'deadline-2015-12-30');
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
 * @param dispute - a built dispute
 * @param deadline - one of its deadlines, or that deadline's id
 * @returns the events certainly before and the events possibly before, each in timeline order, frozen
 * @throws {@link TimelineError} `unknown-reference` when the dispute has no such deadline
 *
 * @example
 * ```ts
 * import { blackberryPakistan2015, eventsBefore } from 'dispute-timeline';
 * const { certain, possible } = eventsBefore(blackberryPakistan2015, 'deadline-2015-12-30');
 * certain.map((event) => event.date);
 * //=> ['2015-07-24', '2015-07-24', ...]
 * possible.length;
 * //=> 0
 * ```
 */
export function eventsBefore(dispute: Dispute, deadline: Deadline | string): EventsBefore {
  const index = indexOf(dispute);
  const id = typeof deadline === 'string' ? deadline : (deadline as Partial<Deadline> | null)?.id;
  const found = index.dispute.deadlines.find((d) => d.id === id);
  if (found === undefined)
    fail('unknown-reference', ['deadline'], `the dispute has no deadline ${JSON.stringify(id)}`, id);
  const events = query(dispute).events().before(found);
  return Object.freeze({ certain: events.toArray(), possible: events.uncertain().toArray() });
}
