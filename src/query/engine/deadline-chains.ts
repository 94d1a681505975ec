import type { ParsedDate } from '../../dates/edtf.js';
import type { InstantRange, Truth } from '../../dates/truth.js';
import type { Deadline } from '../../model/deadline.js';
import type { TimelineEvent } from '../../model/event.js';
import { parsedDateOf } from '../../model/record-date.js';
import type { DisputeIndex } from './dispute-index.js';

/**
 * Chains of deadline extensions. The validator guarantees that each deadline is extended at most once and that
 * no chain loops, so every chain is a line from a first deadline to a last one.
 */

/** A chain, from its first deadline to its last. */
export type Chain = readonly Deadline[];

function extensionsOf(index: DisputeIndex): ReadonlyMap<string, Deadline> {
  return index.memo('extended-by', () => {
    const map = new Map<string, Deadline>();
    for (const deadline of index.dispute.deadlines)
      if (deadline.extends !== undefined) map.set(deadline.extends, deadline);
    return map;
  });
}

function byId(index: DisputeIndex): ReadonlyMap<string, Deadline> {
  return index.memo(
    'deadlines-by-id',
    () => new Map(index.dispute.deadlines.map((d) => [d.id as string, d])),
  );
}

/** Every chain of the dispute, following every extension. */
export function allChains(index: DisputeIndex): readonly Chain[] {
  return index.memo('chains', () => {
    const roots = index.dispute.deadlines.filter(
      (d) => d.extends === undefined || !byId(index).has(d.extends),
    );
    return Object.freeze(roots.map((root) => follow(index, root, () => true)));
  });
}

/** The chain holding a deadline, following every extension. */
export function chainOf(index: DisputeIndex, deadline: Deadline): Chain {
  return allChains(index).find((chain) => chain.includes(deadline)) ?? Object.freeze([deadline]);
}

/**
 * The chains of a demand: from each deadline set for it that extends none set for it, through the extensions
 * that are also set for it. An extension that leaves the demand out ends the demand's chain.
 */
export function demandChains(index: DisputeIndex, demandId: string): readonly Chain[] {
  return index.memo(`demand-chains:${demandId}`, () => {
    const concerns = (d: Deadline) => d.demands.includes(demandId as Deadline['demands'][number]);
    const roots = index.dispute.deadlines.filter((d) => {
      if (!concerns(d)) return false;
      const parent = d.extends === undefined ? undefined : byId(index).get(d.extends);
      return parent === undefined || !concerns(parent);
    });
    const chains = roots.map((root) => follow(index, root, concerns));
    return Object.freeze(
      chains.sort(
        (a, b) => dueOf(index, a[0] as Deadline).earliest - dueOf(index, b[0] as Deadline).earliest,
      ),
    );
  });
}

function follow(index: DisputeIndex, root: Deadline, keep: (d: Deadline) => boolean): Chain {
  const chain = [root];
  const seen = new Set<Deadline>(chain);
  for (let next = extensionsOf(index).get(root.id); next !== undefined && keep(next) && !seen.has(next); ) {
    chain.push(next);
    seen.add(next);
    next = extensionsOf(index).get(next.id);
  }
  return Object.freeze(chain);
}

/** When a deadline falls due, in the dispute's zone. */
export function dueOf(index: DisputeIndex, deadline: Deadline): ParsedDate {
  return parsedDateOf(deadline.due, index.dispute.timeZone);
}

/**
 * When a deadline ended, as the records tell: the date of its ending (`outcome.on`); else, for an `extended` one
 * whose extension is recorded, when that extension was set; for a `missed` one, the instant its due date ends;
 * else some time between when it was set (for an enforced one, when it fell due) and the date of the ending's
 * event (unbounded without one).
 * `null` when no ending is recorded: it stays in force.
 */
export function endingOf(index: DisputeIndex, deadline: Deadline): InstantRange | null {
  return index.memo(`ending:${deadline.id}`, () => {
    const ending = deadline.outcome;
    if (ending === undefined) return null;
    const zone = index.dispute.timeZone;
    if (ending.on !== undefined) return parsedDateOf(ending.on, zone);
    const extension = extensionsOf(index).get(deadline.id);
    if (ending.kind === 'extended' && extension !== undefined) {
      if (extension.setOn !== undefined) return parsedDateOf(extension.setOn, zone);
      return { earliest: -Infinity, latest: dueOf(index, deadline).latest };
    }
    const due = dueOf(index, deadline);
    const event = ending.event === undefined ? undefined : index.record(ending.event)?.record;
    const eventLatest = event === undefined ? undefined : index.dateOf(event as TimelineEvent).latest;
    // A deadline is missed as its due date ends: still pending on that day, over the next.
    if (ending.kind === 'missed') {
      const missed = due.latest + 1;
      return { earliest: missed, latest: Math.max(missed, eventLatest ?? missed) };
    }
    let earliest = deadline.setOn === undefined ? -Infinity : parsedDateOf(deadline.setOn, zone).earliest;
    if (ending.kind === 'enforced') earliest = Math.max(earliest, due.earliest);
    const latest = eventLatest ?? Infinity;
    return { earliest: Math.min(earliest, latest), latest };
  });
}

/** Whether a deadline had ended by the end of `asOf` (`no` when no ending is recorded). */
export function endedBy(index: DisputeIndex, deadline: Deadline, asOf: ParsedDate): Truth {
  const ending = endingOf(index, deadline);
  if (ending === null) return 'no';
  if (ending.latest <= asOf.latest) return 'yes';
  return ending.earliest <= asOf.latest ? 'maybe' : 'no';
}

/** Whether a deadline due on `due` had not yet passed on the day (month…) `asOf`: it falls due that day or later. */
export function notPassed(due: ParsedDate, asOf: ParsedDate): Truth {
  if (due.earliest >= asOf.earliest) return 'yes';
  return due.latest < asOf.earliest ? 'no' : 'maybe';
}
