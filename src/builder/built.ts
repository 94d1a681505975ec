import type { TimelineIssue } from '../errors/index.js';
import type { Dispute } from '../model/dispute.js';
import type { EventActorNumbers } from './event-actors.js';

/** The disputes this copy of the library validated and froze: they need no second look. */
const BUILT = new WeakSet<object>();

/**
 * The first and last instants of a built dispute's events' dates, by position, as validation read them: the index
 * need not read them again. Typed arrays, never handed to a caller (the index reads them, and copies what it sorts).
 */
export interface BuiltInstants {
  readonly earliest: Float64Array;
  readonly latest: Float64Array;
}

const EVENT_INSTANTS = new WeakMap<readonly unknown[], BuiltInstants>();

/** The actors of a built dispute's events as numbers, by position, as validation resolved them (see `event-actors.ts`). */
const EVENT_ACTORS = new WeakMap<readonly unknown[], EventActorNumbers>();

/** The events of a built dispute whose id could be read as a date, by id (see {@link mayBeDate}). */
const DATE_LIKE_EVENTS = new WeakMap<readonly unknown[], ReadonlyMap<string, unknown>>();

/**
 * The warnings of a built dispute: how to find them until they are first asked for, then the warnings (none for
 * most disputes).
 */
const WARNINGS = new WeakMap<
  object,
  readonly TimelineIssue[] | ((built: Dispute) => readonly TimelineIssue[])
>();

/**
 * Registers a dispute validation has just built and frozen, with what it read on the way, and how to find its
 * warnings (run when they are first asked for: see {@link builtWarnings}).
 */
export function registerBuilt(
  built: Dispute,
  instants: BuiltInstants,
  actors: EventActorNumbers,
  dateLikeEvents: ReadonlyMap<string, unknown>,
  warningsOf: (built: Dispute) => readonly TimelineIssue[],
): void {
  BUILT.add(built);
  EVENT_INSTANTS.set(built.events, instants);
  EVENT_ACTORS.set(built.events, actors);
  DATE_LIKE_EVENTS.set(built.events, dateLikeEvents);
  WARNINGS.set(built, warningsOf);
}

/** Whether this copy of the library validated and froze `value`. */
export function isBuilt(value: unknown): value is Dispute {
  return typeof value === 'object' && value !== null && BUILT.has(value);
}

/**
 * Whether an id could also be read as an EDTF date: it starts as a date can (a digit, `X` for an unspecified
 * digit, `Y` for a long year). Every other id is certainly not a date, so a date string never names its record.
 */
export function mayBeDate(id: string): boolean {
  const code = id.charCodeAt(0);
  return (code >= 48 && code <= 57) || code === 88 || code === 89;
}

/**
 * The events of a dispute this library built whose id {@link mayBeDate}, by id; `undefined` for any other list.
 * Usually empty: a query given a date string looks there, not in a map of a million event ids.
 */
export function builtDateLikeEvents(events: readonly unknown[]): ReadonlyMap<string, unknown> | undefined {
  return DATE_LIKE_EVENTS.get(events);
}

/**
 * The instants of the dates of the events of a dispute this library built, by position; `undefined` for any other
 * list. Such a list is in timeline order (`compareDated` of its dates and the ids), as validation sorted it.
 */
export function builtEventInstants(events: readonly unknown[]): BuiltInstants | undefined {
  return EVENT_INSTANTS.get(events);
}

/**
 * The warnings of a dispute this library built, with its paths, frozen; found by the rules when first asked for,
 * then kept. Empty for any other value, and for most disputes.
 */
export function builtWarnings(dispute: unknown): readonly TimelineIssue[] {
  if (typeof dispute !== 'object' || dispute === null) return NO_WARNINGS;
  const found = WARNINGS.get(dispute);
  if (found === undefined) return NO_WARNINGS;
  if (typeof found !== 'function') return found;
  const kept = frozenWarnings(found(dispute as Dispute));
  WARNINGS.set(dispute, kept);
  return kept;
}

const NO_WARNINGS: readonly TimelineIssue[] = Object.freeze([]);

/** Warnings as a caller is handed them: the list, each warning and its path frozen (one empty list for none). */
export function frozenWarnings(warnings: readonly TimelineIssue[]): readonly TimelineIssue[] {
  return warnings.length === 0
    ? NO_WARNINGS
    : Object.freeze(warnings.map((one) => Object.freeze({ ...one, path: Object.freeze([...one.path]) })));
}

/**
 * The actors of a built dispute's events as numbers (positions among its actors), by the events' positions, as
 * validation resolved them; `undefined` for a list this library did not build. Never handed to a caller.
 */
export function builtEventActors(events: readonly unknown[]): EventActorNumbers | undefined {
  return EVENT_ACTORS.get(events);
}
