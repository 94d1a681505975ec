import type { ParsedDate } from '../dates/edtf.js';
import type { Truth } from '../dates/truth.js';
import type { Deadline } from '../model/deadline.js';
import type { Demand } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import { type DateLike, readDateLike } from './date-like.js';
import { endedBy } from './engine/deadline-chains.js';
import { happenedBy, statusTruths } from './engine/deadline-states.js';
import { indexOf } from './engine/dispute-index.js';
import { and, not, or } from './engine/windows.js';
import { outcomeOf } from './outcome.js';
import type { Labelled } from './predicates.js';
import { query } from './query.js';

/**
 * What was pending on a date, as {@link pendingOn} finds it; each record labelled `yes` (certainly pending) or
 * `maybe` (imprecise dates leave it open).
 *
 * @category Query
 * @example
 * ```ts
 * import { pendingOn, type Pending } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const pending: Pending = pendingOn(blackberryPakistan2015, '2015-12-01');
 * pending.deadlines.map(({ item }) => item.id);
 * //=> ['deadline-2015-12-30']
 * ```
 */
export interface Pending {
  /** The date asked about. */
  readonly date: ParsedDate;
  /** Demands made by then and not yet resolved (see {@link demandOutcome}). */
  readonly demands: readonly Labelled<Demand>[];
  /**
   * Deadlines `pending` then (see {@link deadlineState}): set by then, not superseded by an extension set by then,
   * not ended, not stayed, and not yet passed.
   */
  readonly deadlines: readonly Labelled<Deadline>[];
  /** Demands made by then that no response had yet answered. */
  readonly unanswered: readonly Labelled<Demand>[];
}

function labelled<T>(item: T, truth: Truth): Labelled<T>[] {
  return truth === 'no' ? [] : [Object.freeze({ item, truth })];
}

/**
 * What was pending on a date, as it stood at the end of that day (month, year): the demands made and not yet
 * resolved; the deadlines in the state `pending` (see {@link deadlineState}): set, not yet superseded by an
 * extension, not ended (rescinded, met…), not stayed and not yet passed (a deadline due that day is still
 * pending; one whose due date has gone by with no ending recorded is `passed`, not pending); and the demands that
 * no response had answered yet. A deadline whose ending is dated imprecisely, or not at all, is `maybe` pending
 * from when it may have ended.
 *
 * @param dispute - a built dispute
 * @param date - the date (a dated record of the dispute or its id is read at its date)
 * @returns the pending demands, deadlines and unanswered demands, in timeline order, labelled, frozen
 * @throws {@link TimelineError} `unknown-reference` for a record id the dispute does not have; `invalid-argument`
 *   for a date that cannot be read or a dispute that is not built
 *
 * @category Query
 * @example
 * ```ts
 * import { pendingOn } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const { demands, deadlines, unanswered } = pendingOn(blackberryPakistan2015, '2015-12-01');
 * demands.map(({ item, truth }) => [item.id, truth]);
 * //=> [ [ 'bes-traffic-access', 'yes' ], [ 'bes-shutdown-order', 'yes' ] ]
 * deadlines.map(({ item }) => item.due);
 * //=> ['2015-12-30']
 * unanswered.map(({ item }) => item.id);
 * //=> []
 * ```
 */
export function pendingOn(dispute: Dispute, date: DateLike): Pending {
  const index = indexOf(dispute);
  const asOf = readDateLike(date, index.timeZone, ['date'], index);
  const demands = query(dispute).demands().toArray();
  const open: Labelled<Demand>[] = [];
  const unanswered: Labelled<Demand>[] = [];
  for (const demand of demands) {
    const made = happenedBy(index.dateOf(demand), asOf);
    const outcome = outcomeOf(index, demand);
    const resolved =
      outcome.resolvedOn !== null
        ? happenedBy(outcome.resolvedOn, asOf)
        : outcome.status !== 'open' && outcome.finalDeadline !== null
          ? endedBy(index, outcome.finalDeadline, asOf) // ended on a day the records do not give
          : 'no';
    open.push(...labelled(demand, and(made, not(resolved))));
    const answered = outcome.responses.reduce<Truth>(
      (t, r) => or(t, happenedBy(index.dateOf(r), asOf)),
      'no',
    );
    unanswered.push(...labelled(demand, and(made, not(answered))));
  }
  const deadlines: Labelled<Deadline>[] = [];
  for (const deadline of dispute.deadlines)
    deadlines.push(...labelled(deadline, statusTruths(index, deadline, asOf).pending ?? 'no'));
  const order = query(dispute).deadlines().toArray();
  deadlines.sort((a, b) => order.indexOf(a.item) - order.indexOf(b.item));
  return Object.freeze({
    date: asOf,
    demands: Object.freeze(open),
    deadlines: Object.freeze(deadlines),
    unanswered: Object.freeze(unanswered),
  });
}
