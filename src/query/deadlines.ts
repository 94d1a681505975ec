import type { ParsedDate } from '../dates/edtf.js';
import type { Deadline } from '../model/deadline.js';
import type { Demand } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import type { DeadlineId, DemandId, PlainId } from '../model/ids.js';
import { type DateLike, readDateLike } from './date-like.js';
import { type DeadlineState, stateOf } from './deadline-state.js';
import { type Chain, chainOf, demandChains, dueOf } from './engine/deadline-chains.js';
import { deadlineSetBy } from './engine/deadline-states.js';
import { type DisputeIndex, indexOf } from './engine/dispute-index.js';
import { deadlineOf, demandOf } from './engine/records.js';

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
   * `yes` when it was certainly the demand's deadline then: set, and not yet superseded by an extension; `maybe`
   * when an extension may already have been set by then (its `setOn` is imprecise or unknown), or this deadline may
   * not yet have been.
   */
  readonly truth: 'yes' | 'maybe';
  /**
   * Its state then: `pending`, `passed` (due, with no ending recorded: not in force), `stayed`, `ended` (how,
   * when, on what evidence) or `not-yet-set`, each `yes` or `maybe` (see {@link deadlineState}).
   */
  readonly state: DeadlineState;
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
 * The deadline of a demand at the end of a date, and its state then: the last deadline set for the demand by
 * then, following its chain of extensions and the dates on which each was set (`setOn`) — in India in 2010, the
 * deadline for access to BES and BBM was 31 August; from 30 August, 31 October; from about 12 October,
 * 31 January 2011 — with whether it was `pending`, `passed` (due, with no ending recorded: not in force),
 * `stayed` or `ended` (met, rescinded…: how, when and on what evidence). Only extensions that name the demand are
 * followed. An extension without `setOn` counts as set at some time up to the day its predecessor fell due; a
 * first deadline without `setOn`, at the latest by the earliest evidence of it. When a demand has several chains,
 * the deadline that falls due first among those that may be pending is returned (else the last due).
 *
 * @param dispute - a built dispute
 * @param demand - one of its demands, or its id
 * @param date - the date (a dated record of the dispute or its id is read at its date)
 * @returns the deadline and its state, or `null` when none had been set for the demand by then
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
 * // 31 January 2011 was missed: still the demand's deadline in 2013, ended, not in force.
 * const missed = effectiveDeadline(indiaBlackberry2010, 'bes-bbm-access', '2013-08-01')?.state;
 * [missed?.status, missed?.ending?.kind];
 * //=> ['ended', 'missed']
 * // The UAE's suspension of 11 October 2010 was rescinded on 8 October:
 * effectiveDeadline(uaeBlackberry2010, 'suspend-blackberry-services', '2010-10-07')?.state.status;
 * //=> 'pending'
 * const ended = effectiveDeadline(uaeBlackberry2010, 'suspend-blackberry-services', '2010-10-09')?.state;
 * [ended?.status, ended?.ending?.kind, ended?.ending?.on?.text];
 * //=> ['ended', 'rescinded', '2010-10-08']
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

/** The deadline of a demand at the end of `asOf`, with its state, as {@link effectiveDeadline} describes it. */
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
  const pending = candidates.filter((c) => c.state.possible.pending !== undefined);
  if (pending.length > 0) return pending.reduce((a, b) => (b.due.earliest < a.due.earliest ? b : a));
  return candidates.reduce((a, b) => (b.due.latest > a.due.latest ? b : a));
}

function inChain(index: DisputeIndex, chain: Chain, asOf: ParsedDate): EffectiveDeadline | null {
  let position = -1;
  for (let k = 0; k < chain.length && deadlineSetBy(index, chain[k] as Deadline, asOf) === 'yes'; k++)
    position = k;
  if (position === -1 && deadlineSetBy(index, chain[0] as Deadline, asOf) === 'no') return null;
  const next = chain[position + 1];
  const certain = position >= 0 && (next === undefined || deadlineSetBy(index, next, asOf) === 'no');
  const at = Math.max(position, 0);
  const deadline = chain[at] as Deadline;
  return Object.freeze({
    deadline,
    due: dueOf(index, deadline),
    chain: Object.freeze(chain.slice(0, at + 1)),
    extensions: at,
    truth: certain ? 'yes' : 'maybe',
    state: stateOf(index, deadline, asOf),
  });
}
