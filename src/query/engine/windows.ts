import type { InstantRange, Truth } from '../../dates/truth.js';
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
}

/** The truth of a window for an item whose instant lies in `[earliest, latest]`. */
export function windowTruth(window: Window, earliest: number, latest: number): Truth {
  if (earliest >= window.certainFrom && latest <= window.certainTo) return 'yes';
  if (earliest <= window.possibleTo && latest >= window.possibleFrom) return 'maybe';
  return 'no';
}

/** Strictly before every instant of `ref` (yes), or at least one (maybe): the same answers as `rangeBefore`. */
export function beforeWindow(ref: InstantRange): Window {
  return {
    possibleFrom: -Infinity,
    possibleTo: ref.latest - 1,
    certainFrom: -Infinity,
    certainTo: ref.earliest - 1,
  };
}

/** Strictly after every instant of `ref` (yes), or at least one (maybe). */
export function afterWindow(ref: InstantRange): Window {
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
  ref: InstantRange,
  timeZone: string,
): Window {
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
