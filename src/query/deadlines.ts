import type { ParsedDate } from '../dates/edtf.js';
import type { Deadline, DeadlineOutcome } from '../model/deadline.js';
import type { Demand } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import type { TimelineEvent } from '../model/event.js';
import type { DeadlineId, DemandId, PlainId } from '../model/ids.js';
import { parsedDateOf } from '../model/record-date.js';
import { type DateLike, readDateLike } from './date-like.js';
import {
  type Chain,
  chainOf,
  demandChains,
  dueOf,
  endedBy,
  endingOf,
  notPassed,
  setBy,
} from './engine/deadline-chains.js';
import { type DisputeIndex, indexOf } from './engine/dispute-index.js';
import { deadlineOf, demandOf } from './engine/records.js';
import { and, not } from './engine/windows.js';

/**
 * The deadline of a demand in force on a date, as {@link effectiveDeadline} finds it.
 *
 * @category Query
 * @example
 * ```ts
 * import { effectiveDeadline, type EffectiveDeadline } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const effective: EffectiveDeadline | null = effectiveDeadline(indiaBlackberry2010, 'bes-bbm-access', '2010-09-01');
 * effective?.extensions;
 * //=> 1
 * ```
 */
export interface EffectiveDeadline {
  /** The deadline in force. */
  readonly deadline: Deadline;
  /** When it falls due, read in the dispute's zone. */
  readonly due: ParsedDate;
  /** Its chain for the demand, from the first deadline set up to this one. */
  readonly chain: readonly Deadline[];
  /** How many extensions led to it: its position in the chain. */
  readonly extensions: number;
  /**
   * `yes` when it was certainly in force; `maybe` when a later extension may already have been set by then
   * (its `setOn` is imprecise or unknown), this deadline may not yet have been, or it may already have ended
   * (an ending dated imprecisely, or not dated at all).
   */
  readonly truth: 'yes' | 'maybe';
}

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
 * The whole chain of extensions a deadline belongs to, from the first deadline to the last extension. Each
 * deadline's `outcome` says how it ended; {@link deadlineEnding} reads when.
 *
 * @param dispute - a built dispute
 * @param deadline - one of its deadlines, or its id
 * @returns the chain, frozen
 * @throws {@link TimelineError} `unknown-reference` when the dispute has no such deadline; `invalid-argument` when
 *   `dispute` is not a built dispute
 *
 * @category Query
 * @example
 * ```ts
 * import { deadlineChain } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * deadlineChain(indiaBlackberry2010, 'deadline-2010-10-31').map((deadline) => deadline.due);
 * //=> ['2010-08-31', '2010-10-31', '2011-01-31']
 * ```
 */
export function deadlineChain<Text extends string>(
  dispute: Dispute,
  deadline: Deadline | DeadlineId | PlainId<Text>,
): readonly Deadline[] {
  const index = indexOf(dispute);
  return chainOf(index, deadlineOf(index, deadline));
}

/**
 * The deadline of a demand in force at the end of a date, following its chain of extensions and the dates on
 * which each was set (`setOn`): in India in 2010, the deadline for access to BES and BBM was 31 August; from
 * 30 August, 31 October; from about 12 October, 31 January 2011. Only extensions that name the demand are
 * followed. A first deadline without `setOn` counts as set from the start; an extension without `setOn`, as set
 * at some time up to the day its predecessor fell due. The last deadline of a chain stays in force, even once it
 * has passed, until it ends (its `outcome`: rescinded, met, missed, enforced) — after a rescission nothing is in
 * force, and while the date of the ending is imprecise or unknown the answer is `maybe`. When a demand has several
 * chains, the deadline that falls due first among those not yet passed is returned (or, when all have passed, the
 * last).
 *
 * @param dispute - a built dispute
 * @param demand - one of its demands, or its id
 * @param date - the date (a dated record of the dispute or its id is read at its date)
 * @returns the deadline in force, or `null` when none had been set by then, or the one set had ended
 * @throws {@link TimelineError} `unknown-reference` for a demand (or record id) the dispute does not have;
 *   `invalid-argument` for a date that cannot be read or a dispute that is not built
 *
 * @category Query
 * @example
 * ```ts
 * import { effectiveDeadline } from 'dispute-timeline';
 * import { indiaBlackberry2010, uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * effectiveDeadline(indiaBlackberry2010, 'bes-bbm-access', '2010-09-01')?.deadline.due;
 * //=> '2010-10-31'
 * effectiveDeadline(indiaBlackberry2010, 'bes-bbm-access', '2010-12-01')?.deadline.due;
 * //=> '2011-01-31'
 * effectiveDeadline(indiaBlackberry2010, 'bes-bbm-access', '2010-10-12')?.truth;
 * //=> 'maybe'
 * // The UAE's suspension of 11 October 2010 was rescinded on 8 October:
 * effectiveDeadline(uaeBlackberry2010, 'suspend-blackberry-services', '2010-10-07')?.deadline.due;
 * //=> '2010-10-11'
 * effectiveDeadline(uaeBlackberry2010, 'suspend-blackberry-services', '2010-10-09');
 * //=> null
 * ```
 */
export function effectiveDeadline<Text extends string>(
  dispute: Dispute,
  demand: Demand | DemandId | PlainId<Text>,
  date: DateLike,
): EffectiveDeadline | null {
  const index = indexOf(dispute);
  const found = demandOf(index, demand);
  const asOf = readDateLike(date, index.timeZone, ['date'], index);
  return effectiveOf(index, found.id, asOf);
}

/** The deadline in force for a demand at the end of `asOf`, as {@link effectiveDeadline} describes it. */
export function effectiveOf(
  index: DisputeIndex,
  demandId: string,
  asOf: ParsedDate,
): EffectiveDeadline | null {
  const candidates = demandChains(index, demandId).flatMap((chain) => {
    const found = inChain(index, chain, asOf);
    return found === null ? [] : [found];
  });
  if (candidates.length <= 1) return candidates[0] ?? null;
  const pending = candidates.filter((c) => notPassed(c.due, asOf) !== 'no');
  if (pending.length > 0) return pending.reduce((a, b) => (b.due.earliest < a.due.earliest ? b : a));
  return candidates.reduce((a, b) => (b.due.latest > a.due.latest ? b : a));
}

function inChain(index: DisputeIndex, chain: Chain, asOf: ParsedDate): EffectiveDeadline | null {
  let position = -1;
  for (let k = 0; k < chain.length && setBy(index, chain, k, asOf) === 'yes'; k++) position = k;
  if (position === -1 && setBy(index, chain, 0, asOf) === 'no') return null;
  const certain =
    position >= 0 && (position + 1 >= chain.length || setBy(index, chain, position + 1, asOf) === 'no');
  const at = Math.max(position, 0);
  const deadline = chain[at] as Deadline;
  // The chain's last deadline stays in force until it ends (rescinded, met…); the others until the next is set.
  const ended = at + 1 === chain.length ? endedBy(index, deadline, asOf) : 'no';
  const truth = and(certain ? 'yes' : 'maybe', not(ended));
  if (truth === 'no') return null;
  return Object.freeze({
    deadline,
    due: dueOf(index, deadline),
    chain: Object.freeze(chain.slice(0, at + 1)),
    extensions: at,
    truth,
  });
}
