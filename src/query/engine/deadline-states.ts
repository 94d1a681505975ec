import type { ParsedDate } from '../../dates/edtf.js';
import type { InstantRange, Truth } from '../../dates/truth.js';
import type { Deadline } from '../../model/deadline.js';
import type { TimelineEvent } from '../../model/event.js';
import { parsedDateOf } from '../../model/record-date.js';
import { chainOf, dueOf, endedBy, notPassed } from './deadline-chains.js';
import type { DisputeIndex } from './dispute-index.js';
import { and, not, or } from './windows.js';

/**
 * A deadline's state on a date, in the order of its life: `not-yet-set`; `pending` (set, not yet due, not
 * ended); `stayed` (suspended by a court or its setter, until the stay is lifted); `passed` (due, with no ending
 * recorded by then); `ended` (met, missed, enforced, rescinded, or superseded by an extension).
 *
 * @category Query
 * @example
 * ```ts
 * import { DEADLINE_STATUSES, deadlineState } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * DEADLINE_STATUSES;
 * //=> ['not-yet-set', 'pending', 'stayed', 'passed', 'ended']
 * DEADLINE_STATUSES.includes(deadlineState(indiaBlackberry2010, 'deadline-2010-09-22', '2013-08-01').status);
 * //=> true
 * ```
 */
export const DEADLINE_STATUSES = Object.freeze([
  'not-yet-set',
  'pending',
  'stayed',
  'passed',
  'ended',
] as const);

/**
 * One of {@link DEADLINE_STATUSES}.
 *
 * @category Query
 * @example
 * ```ts
 * import { deadlineState, type DeadlineStatus } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // The compliance report India asked for by 22 September 2010 has no ending recorded:
 * const status: DeadlineStatus = deadlineState(indiaBlackberry2010, 'deadline-2010-09-22', '2013-08-01').status;
 * status;
 * //=> 'passed'
 * ```
 */
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/**
 * How sure each state is, on a date: `yes`, `maybe`, or absent (`no`).
 *
 * @category Query
 * @example
 * ```ts
 * import { deadlineState, type StatusTruths } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // Set between 12 August and 19 September 2010: on 1 September it may or may not have been set yet.
 * const truths: StatusTruths = deadlineState(indiaBlackberry2010, 'deadline-2010-09-22', '2010-09-01').possible;
 * truths;
 * //=> { 'not-yet-set': 'maybe', pending: 'maybe' }
 * ```
 */
export type StatusTruths = Readonly<Partial<Record<DeadlineStatus, 'yes' | 'maybe'>>>;

/** Whether something dated `date` had happened by the end of `asOf`. */
export function happenedBy(date: InstantRange, asOf: InstantRange): Truth {
  if (date.latest <= asOf.latest) return 'yes';
  return date.earliest <= asOf.latest ? 'maybe' : 'no';
}

/**
 * The instants between which a deadline was set: its `setOn`; else at the latest by the earliest evidence of it
 * (a source that reports it, an event that names it, its due date; for the first of a chain, the demands it is
 * for; for an extension, its predecessor's due date), with no bound before.
 */
export function setWindow(index: DisputeIndex, deadline: Deadline): InstantRange {
  return index.memo(`set-window:${deadline.id}`, () => {
    const zone = index.dispute.timeZone;
    if (deadline.setOn !== undefined) return parsedDateOf(deadline.setOn, zone);
    let latest = dueOf(index, deadline).latest;
    const sources = new Map(index.dispute.sources.map((source) => [source.id as string, source]));
    for (const citation of deadline.sources ?? []) {
      const published = sources.get(citation.source)?.published;
      if (published !== undefined) latest = Math.min(latest, parsedDateOf(published, zone).latest);
    }
    const events = index.collection('events');
    for (const at of events.positions('deadline', deadline.id))
      latest = Math.min(latest, events.latest[at] as number);
    const chain = chainOf(index, deadline);
    const position = chain.indexOf(deadline);
    if (position > 0) latest = Math.min(latest, dueOf(index, chain[position - 1] as Deadline).latest);
    // The demand a first deadline enforces is evidence of it; an extension is set later than its demand.
    else
      for (const id of deadline.demands) {
        const demand = index.record(id)?.record;
        if (demand !== undefined) latest = Math.min(latest, index.dateOf(demand as never).latest);
      }
    return { earliest: Number.NEGATIVE_INFINITY, latest };
  });
}

/** Whether a deadline had been set by the end of `asOf`. */
export function deadlineSetBy(index: DisputeIndex, deadline: Deadline, asOf: InstantRange): Truth {
  return happenedBy(setWindow(index, deadline), asOf);
}

/**
 * A stay of a deadline: the event that stayed it (or its demand), and the event that lifted it, if any.
 *
 * @category Query
 * @example
 * ```ts
 * import type { Stay } from 'dispute-timeline';
 * import { whatsappBrazil2015 } from 'dispute-timeline/datasets';
 * // A TJ-PI appeals judge suspended the Piauí order on 26 February 2015; nothing lifted the stay.
 * const stayed = whatsappBrazil2015.events.find((event) => event.id === 'piaui-order-suspended')!;
 * const stay: Stay = { stayed, lifted: null };
 * [stay.stayed.kind, stay.lifted];
 * //=> ['stay', null]
 * ```
 */
export interface Stay {
  readonly stayed: TimelineEvent;
  readonly lifted: TimelineEvent | null;
}

/**
 * The stays of a deadline, in timeline order: each event of kind `stay` that names it or one of its demands,
 * lifted by the first later event of kind `stay-lifted` that names the same.
 */
export function staysOf(index: DisputeIndex, deadline: Deadline): readonly Stay[] {
  return index.memo(`stays:${deadline.id}`, () => {
    const events = index.collection('events');
    const targets = [deadline.id as string, ...deadline.demands];
    const positions = new Set<number>();
    for (const id of targets) {
      for (const at of events.positions('deadline', id)) positions.add(at);
      for (const at of events.positions('demand', id)) positions.add(at);
    }
    const ordered = [...positions].sort((a, b) => a - b).map((at) => events.items[at] as TimelineEvent);
    const stays: Stay[] = [];
    let open: TimelineEvent | null = null;
    for (const event of ordered) {
      if (event.kind === 'stay' && open === null) open = event;
      else if (event.kind === 'stay-lifted' && open !== null) {
        stays.push(Object.freeze({ stayed: open, lifted: event }));
        open = null;
      }
    }
    if (open !== null) stays.push(Object.freeze({ stayed: open, lifted: null }));
    return Object.freeze(stays);
  });
}

/** Whether a deadline was stayed at the end of `asOf`: some stay had begun and not yet been lifted. */
export function stayedBy(index: DisputeIndex, deadline: Deadline, asOf: InstantRange): Truth {
  let truth: Truth = 'no';
  for (const stay of staysOf(index, deadline)) {
    const begun = happenedBy(index.dateOf(stay.stayed), asOf);
    const lifted = stay.lifted === null ? 'no' : happenedBy(index.dateOf(stay.lifted), asOf);
    truth = or(truth, and(begun, not(lifted)));
  }
  return truth;
}

/**
 * Whether a deadline had ended by the end of `asOf`: its recorded ending, or, for one that an extension
 * supersedes, the extension's being set.
 */
export function endedOrSuperseded(index: DisputeIndex, deadline: Deadline, asOf: InstantRange): Truth {
  const chain = chainOf(index, deadline);
  const next = chain[chain.indexOf(deadline) + 1];
  const ended = endedBy(index, deadline, asOf as ParsedDate);
  return next === undefined ? ended : or(ended, deadlineSetBy(index, next, asOf));
}

/** The truth of each state of a deadline at the end of `asOf` (see {@link DEADLINE_STATUSES}). */
export function statusTruths(index: DisputeIndex, deadline: Deadline, asOf: ParsedDate): StatusTruths {
  const set = deadlineSetBy(index, deadline, asOf);
  const ended = endedOrSuperseded(index, deadline, asOf);
  const stayed = stayedBy(index, deadline, asOf);
  const due = notPassed(dueOf(index, deadline), asOf);
  const live = and(set, and(not(ended), not(stayed)));
  const truths: Record<DeadlineStatus, Truth> = {
    'not-yet-set': not(set),
    pending: and(live, due),
    stayed: and(set, and(not(ended), stayed)),
    passed: and(live, not(due)),
    ended: and(set, ended),
  };
  const out: Partial<Record<DeadlineStatus, 'yes' | 'maybe'>> = {};
  for (const status of DEADLINE_STATUSES) {
    const truth = truths[status];
    if (truth !== 'no') out[status] = truth;
  }
  return Object.freeze(out);
}

/** The state a deadline is certainly in, else the first in its life it may be in. */
export function statusOf(truths: StatusTruths): { status: DeadlineStatus; truth: 'yes' | 'maybe' } {
  for (const status of DEADLINE_STATUSES) if (truths[status] === 'yes') return { status, truth: 'yes' };
  for (const status of DEADLINE_STATUSES) if (truths[status] === 'maybe') return { status, truth: 'maybe' };
  return { status: 'not-yet-set', truth: 'maybe' };
}
