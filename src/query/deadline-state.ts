import type { ParsedDate } from '../dates/edtf.js';
import type { Deadline, DeadlineOutcome } from '../model/deadline.js';
import type { Dispute } from '../model/dispute.js';
import type { TimelineEvent } from '../model/event.js';
import type { DeadlineId, PlainId } from '../model/ids.js';
import { parsedDateOf } from '../model/record-date.js';
import { type DateLike, readDateLike } from './date-like.js';
import { chainOf, endedBy, endingOf } from './engine/deadline-chains.js';
import {
  DEADLINE_STATUSES,
  type DeadlineStatus,
  deadlineSetBy,
  type StatusTruths,
  type Stay,
  statusOf,
  statusTruths,
  staysOf,
} from './engine/deadline-states.js';
import { type DisputeIndex, indexOf } from './engine/dispute-index.js';
import { deadlineOf } from './engine/records.js';

export { DEADLINE_STATUSES, type DeadlineStatus, type StatusTruths, type Stay };

/**
 * How and when a deadline ended, as {@link deadlineEnding} reads it from the records.
 *
 * @category Query
 * @example
 * ```ts
 * import { deadlineEnding, type DeadlineEndingDate } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const ending: DeadlineEndingDate | null = deadlineEnding(uaeBlackberry2010, 'deadline-2010-10-11');
 * [ending?.kind, ending?.on?.text, ending?.event?.id];
 * //=> ['rescinded', '2010-10-08', 'suspension-withdrawn']
 * ```
 */
export interface DeadlineEndingDate {
  /** The deadline. */
  readonly deadline: Deadline;
  /** How it ended. */
  readonly kind: DeadlineOutcome;
  /** The date of the ending as its sources give it (`outcome.on`), read in the right zone; `null` when not given. */
  readonly on: ParsedDate | null;
  /**
   * The first instant at which it may have ended (`-Infinity` when unbounded): from `on`, else from the records —
   * when its extension was set, when it was set, when it fell due.
   */
  readonly earliest: number;
  /** The last instant by which it had ended (`Infinity` when nothing bounds it): `on`, else the ending's event. */
  readonly latest: number;
  /** The event that records the ending, if any. */
  readonly event: TimelineEvent | null;
}

/**
 * How and when a deadline ended: its kind, the date its sources give, the event that records it, and the
 * instants between which it ended as the queries read them — `on` when it is given; else, for an extended
 * deadline, when its extension was set; for a missed one, as its due day ended; else some time after it was set
 * and no later than its event. This is the ending every deadline query honours.
 *
 * @param dispute - a built dispute
 * @param deadline - one of its deadlines, or its id
 * @returns the ending, frozen, or `null` when no ending is recorded (the deadline stays in force)
 * @throws {@link TimelineError} `unknown-reference` when the dispute has no such deadline; `invalid-argument` when
 *   `dispute` is not a built dispute
 *
 * @category Query
 * @example
 * ```ts
 * import { deadlineChain, deadlineEnding } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // How the chain ended, and when: extended on 30 November; rescinded on a day no source gives, no later than
 * // BlackBerry's announcement of 31 December in Waterloo.
 * deadlineChain(blackberryPakistan2015, 'deadline-2015-11-30').map((deadline) => {
 *   const ending = deadlineEnding(blackberryPakistan2015, deadline);
 *   return [deadline.due, ending?.kind, ending?.on?.text ?? null, new Date(ending?.latest ?? 0).toISOString()];
 * });
 * //=> [['2015-11-30', 'extended', '2015-11-30', '2015-11-30T18:59:59.999Z'],
 * //    ['2015-12-30', 'rescinded', null, '2016-01-01T04:59:59.999Z']]
 * ```
 */
export function deadlineEnding<Text extends string>(
  dispute: Dispute,
  deadline: Deadline | DeadlineId | PlainId<Text>,
): DeadlineEndingDate | null {
  const index = indexOf(dispute);
  const found = deadlineOf(index, deadline);
  const ending = found.outcome;
  const window = endingOf(index, found);
  if (ending === undefined || window === null) return null;
  const event = ending.event === undefined ? undefined : index.record(ending.event)?.record;
  return Object.freeze({
    deadline: found,
    kind: ending.kind,
    on: ending.on === undefined ? null : parsedDateOf(ending.on, index.dispute.timeZone),
    earliest: window.earliest,
    latest: window.latest,
    event: (event as TimelineEvent | undefined) ?? null,
  });
}

/**
 * A deadline's state on a date, as {@link deadlineState} reads it from the records.
 *
 * @category Query
 * @example
 * ```ts
 * import { deadlineState, type DeadlineState } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const state: DeadlineState = deadlineState(uaeBlackberry2010, 'deadline-2010-10-11', '2010-10-09');
 * [state.status, state.truth, state.ending?.kind, state.ending?.on?.text];
 * //=> ['ended', 'yes', 'rescinded', '2010-10-08']
 * ```
 */
export interface DeadlineState {
  /** The deadline. */
  readonly deadline: Deadline;
  /** The date asked about, read in the dispute's zone; the state is as it stood at the end of it. */
  readonly date: ParsedDate;
  /**
   * The state it was certainly in (`truth: 'yes'`), else the first in its life it may have been in (`maybe`):
   * `not-yet-set`, `pending` (set, not yet due), `stayed`, `passed` (due, no ending recorded by then) or
   * `ended` (met, missed, enforced, rescinded, or superseded by an extension).
   */
  readonly status: DeadlineStatus;
  /** How sure `status` is. */
  readonly truth: 'yes' | 'maybe';
  /** Every state it may have been in, with how sure each is: the others are ruled out. */
  readonly possible: StatusTruths;
  /** How, when and on what evidence it ended, when it may have ended by then and its ending is recorded. */
  readonly ending: DeadlineEndingDate | null;
  /** The extension that superseded it, when it may have been set by then. */
  readonly supersededBy: Deadline | null;
  /** The stay in force, when it may have been stayed then. */
  readonly stay: Stay | null;
}

/**
 * A deadline's state on a date, as it stood at the end of that day (month, year): not yet set, pending, stayed,
 * passed (its due date gone by with no ending recorded: a fact to count, not a deadline in force) or ended —
 * how, when and on what evidence. Each answer is `yes` or, where imprecise dates leave it open, `maybe`, with
 * every state it may have been in. A deadline without `setOn` was set at the latest by the earliest evidence of it
 * (a source that reports it, an event that names it, the demand it is for): before that, it *may* have been set.
 * A stay is an event of kind `stay` naming the deadline or its demand, until an event of kind `stay-lifted`.
 *
 * @param dispute - a built dispute
 * @param deadline - one of its deadlines, or its id
 * @param date - the date (a dated record of the dispute or its id is read at its date)
 * @returns the state, frozen
 * @throws {@link TimelineError} `unknown-reference` for a deadline or record id the dispute does not have;
 *   `invalid-argument` for a date that cannot be read or a dispute that is not built
 *
 * @category Query
 * @example
 * ```ts
 * import { deadlineState } from 'dispute-timeline';
 * import { indiaBlackberry2010, uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * // India's last deadline, 31 January 2011: RIM said in October 2011 it was not operating under any deadline.
 * deadlineState(indiaBlackberry2010, 'deadline-2011-01-31', '2010-12-01').status;
 * //=> 'pending'
 * deadlineState(indiaBlackberry2010, 'deadline-2011-01-31', '2013-08-01').ending?.kind; // recorded as missed
 * //=> 'missed'
 * // The compliance report due on 22 September 2010 has no ending recorded:
 * deadlineState(indiaBlackberry2010, 'deadline-2010-09-22', '2013-08-01').status;
 * //=> 'passed'
 * // The UAE's suspension of 11 October 2010 was rescinded on 8 October:
 * const uae = deadlineState(uaeBlackberry2010, 'deadline-2010-10-11', '2010-10-09');
 * [uae.status, uae.ending?.kind, uae.ending?.on?.text, uae.ending?.event?.id];
 * //=> ['ended', 'rescinded', '2010-10-08', 'suspension-withdrawn']
 * // It was set between 12 August and 19 September 2010: on 1 September, maybe set.
 * deadlineState(indiaBlackberry2010, 'deadline-2010-09-22', '2010-09-01').possible;
 * //=> { 'not-yet-set': 'maybe', pending: 'maybe' }
 * ```
 */
export function deadlineState<Text extends string>(
  dispute: Dispute,
  deadline: Deadline | DeadlineId | PlainId<Text>,
  date: DateLike,
): DeadlineState {
  const index = indexOf(dispute);
  const found = deadlineOf(index, deadline);
  const asOf = readDateLike(date, index.timeZone, ['date'], index);
  return stateOf(index, found, asOf);
}

/** The state of a deadline of an indexed dispute at the end of `asOf`. */
export function stateOf(index: DisputeIndex, deadline: Deadline, asOf: ParsedDate): DeadlineState {
  const possible = statusTruths(index, deadline, asOf);
  const { status, truth } = statusOf(possible);
  const chain = chainOf(index, deadline);
  const next = chain[chain.indexOf(deadline) + 1];
  const superseded = next !== undefined && deadlineSetBy(index, next, asOf) !== 'no';
  const ended = possible.ended !== undefined && endedBy(index, deadline, asOf) !== 'no';
  const stay =
    possible.stayed === undefined
      ? null
      : ([...staysOf(index, deadline)]
          .reverse()
          .find((one) => index.dateOf(one.stayed).earliest <= asOf.latest) ?? null);
  return Object.freeze({
    deadline,
    date: asOf,
    status,
    truth,
    possible,
    ending: ended ? deadlineEnding(index.dispute, deadline) : null,
    supersededBy: superseded ? (next as Deadline) : null,
    stay,
  });
}
