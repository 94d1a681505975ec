import { eachMember, type InstantRange, type MemberedRange, type Truth } from '../../dates/truth.js';
import { addCalendarDays } from './days.js';

/**
 * A time condition on an item whose instant lies somewhere in `[earliest, latest]`, in the form every
 * `before`, `after`, `on`, `between` and `within` takes: the item certainly meets it when its whole range lies
 * in the certain window, possibly when its range overlaps the possible window. The certain window always lies
 * inside the possible one. Bounds are inclusive instants; `±Infinity` leaves a side open.
 */
export interface Window {
  readonly possibleFrom: number;
  readonly possibleTo: number;
  readonly certainFrom: number;
  readonly certainTo: number;
  /**
   * For a date that is a set or list, the window of each member: the item is asked about each. The four bounds
   * then hold them all: possible from the first to the last, certain only where every member's is.
   */
  readonly members?: readonly Window[] | undefined;
}

/**
 * The truth of a window for an item whose instant lies in `[earliest, latest]`. An empty window (within 0 days
 * after an exact instant) holds no instant, so nothing is in it, not even a date open to the past.
 */
export function windowTruth(window: Window, earliest: number, latest: number): Truth {
  if (window.possibleFrom > window.possibleTo) return 'no';
  if (earliest >= window.certainFrom && latest <= window.certainTo) return 'yes';
  if (earliest <= window.possibleTo && latest >= window.possibleFrom) return 'maybe';
  return 'no';
}

/**
 * The truth of a window for a date, asking each member of a set or list on either side: the bounds alone answer
 * `yes` and `no` exactly (a window is one span), and the members turn a `maybe` into `no` when every member
 * lies outside it.
 */
export function dateWindowTruth(window: Window, date: MemberedRange): Truth {
  const hull = windowTruth(window, date.earliest, date.latest);
  if (hull !== 'maybe' || (date.members === undefined && window.members === undefined)) return hull;
  const windows = window.members ?? [window];
  return eachMember(date, (member) =>
    agree(windows.map((w) => windowTruth(w, member.earliest, member.latest))),
  );
}

/** `yes` when all say yes, `no` when all say no, `maybe` otherwise. */
function agree(truths: readonly Truth[]): Truth {
  const first = truths[0] ?? 'no';
  return truths.every((truth) => truth === first) ? first : 'maybe';
}

/** The window of a date, or of each of its members when it is a set or list (see {@link Window}). */
export function windowOf(ref: MemberedRange, build: (range: InstantRange) => Window): Window {
  if (ref.members === undefined) return build(ref);
  const members = ref.members.map(build);
  return combinedWindow(members);
}

/** One window standing for several, each asked: possible over all of them, certain where all are. */
export function combinedWindow(members: readonly Window[]): Window {
  if (members.length === 1) return members[0] as Window;
  let possibleFrom = Infinity;
  let possibleTo = -Infinity;
  let certainFrom = -Infinity;
  let certainTo = Infinity;
  for (const w of members) {
    possibleFrom = Math.min(possibleFrom, w.possibleFrom);
    possibleTo = Math.max(possibleTo, w.possibleTo);
    certainFrom = Math.max(certainFrom, w.certainFrom);
    certainTo = Math.min(certainTo, w.certainTo);
  }
  return { possibleFrom, possibleTo, certainFrom, certainTo, members: Object.freeze([...members]) };
}

/** Strictly before every instant of `ref` (yes), or at least one (maybe): the same answers as `rangeBefore`. */
export function beforeWindow(ref: MemberedRange): Window {
  if (ref.members !== undefined) return windowOf(ref, beforeWindow);
  return {
    possibleFrom: -Infinity,
    possibleTo: ref.latest - 1,
    certainFrom: -Infinity,
    certainTo: ref.earliest - 1,
  };
}

/** Strictly after every instant of `ref` (yes), or at least one (maybe). */
export function afterWindow(ref: MemberedRange): Window {
  if (ref.members !== undefined) return windowOf(ref, afterWindow);
  return {
    possibleFrom: ref.earliest + 1,
    possibleTo: Infinity,
    certainFrom: ref.latest + 1,
    certainTo: Infinity,
  };
}

/** Inside the span from `from` to `to`, both inclusive. */
export function spanWindow(from: number, to: number): Window {
  return { possibleFrom: from, possibleTo: to, certainFrom: from, certainTo: to };
}

/**
 * Within `days` calendar days before `ref` (from the same wall-clock time `days` days before its first instant,
 * up to `ref` itself, exclusive, as `before` reads it) or after it (from `ref`, exclusive, up to the same
 * wall-clock time `days` days after its last instant).
 */
export function withinWindow(
  days: number,
  direction: 'before' | 'after',
  ref: MemberedRange,
  timeZone: string,
): Window {
  if (ref.members !== undefined)
    return windowOf(ref, (member) => withinWindow(days, direction, member, timeZone));
  if (direction === 'before') {
    const from = addCalendarDays(ref.earliest, -days, timeZone);
    const window = beforeWindow(ref);
    return { ...window, possibleFrom: from, certainFrom: from };
  }
  const to = addCalendarDays(ref.latest, days, timeZone);
  const window = afterWindow(ref);
  return { ...window, possibleTo: to, certainTo: to };
}

/** Three-valued conjunction: `no` wins, then `maybe`. */
export function and(a: Truth, b: Truth): Truth {
  if (a === 'no' || b === 'no') return 'no';
  return a === 'maybe' || b === 'maybe' ? 'maybe' : 'yes';
}

/** Three-valued negation. */
export function not(a: Truth): Truth {
  return a === 'yes' ? 'no' : a === 'no' ? 'yes' : 'maybe';
}

/** Three-valued disjunction: `yes` wins, then `maybe`. */
export function or(a: Truth, b: Truth): Truth {
  return not(and(not(a), not(b)));
}
