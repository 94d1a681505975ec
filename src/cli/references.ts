import { type Dispute, EventKindSchema, safeParseDate, TimelineError } from '../index.js';
import { UsageError } from './errors.js';
import { listed, shown } from './shown.js';
import { didYouMean } from './suggest.js';

/** The ids of the records a date argument may name: those that carry a date. */
function datedIds(dispute: Dispute): string[] {
  return [...dispute.deadlines, ...dispute.demands, ...dispute.responses, ...dispute.events].map(
    (record) => record.id as string,
  );
}

/** A text that is meant as a date rather than an id: it starts like one (`2015`, `2015-12`, `..`, `X`). */
function looksLikeDate(value: string): boolean {
  return /^(\d|\.\.|[XY]\d|-\d)/.test(value);
}

/**
 * Checks a `<date|id>` argument against the dispute: an EDTF date (read in the dispute's zone), or the id of one
 * of its deadlines, demands, responses or events. A near miss gets a "did you mean"; an id that is nowhere near
 * gets the list of the dispute's deadline ids.
 */
export function checkDateOrRecord(dispute: Dispute, value: string, option: string): string {
  const ids = datedIds(dispute);
  if (ids.includes(value)) return value;
  const date = safeParseDate(value, { timeZone: dispute.timeZone ?? 'UTC' });
  if (date.success) return value;
  if (looksLikeDate(value))
    throw new UsageError(`${option} ${shown(value)} is not a date: ${date.error.issues[0].message}`);
  const deadlines = dispute.deadlines.map((deadline) => deadline.id as string);
  const hint = didYouMean(value, deadlines) || didYouMean(value, ids);
  throw new UsageError(
    `${option} ${shown(value)} is neither a date nor a record of ${dispute.id}${hint}` +
      (hint === '' ? `; ${deadlineList(dispute)}` : ''),
  );
}

/** `its deadlines are a, b` (or that it has none), for a hint. */
export function deadlineList(dispute: Dispute): string {
  const ids = dispute.deadlines.map((deadline) => deadline.id as string);
  return ids.length === 0 ? `${dispute.id} has no deadlines` : `its deadlines are ${listed(ids)}`;
}

/** Checks a demand's id, with the near misses or the list of demands. */
export function checkDemand(dispute: Dispute, value: string, option: string): string {
  const ids = dispute.demands.map((demand) => demand.id as string);
  if (ids.includes(value)) return value;
  const hint = didYouMean(value, ids);
  throw new UsageError(
    `${option}: ${dispute.id} has no demand ${shown(value)}${hint}` +
      (hint === '' ? (ids.length === 0 ? '; it has no demands' : `; its demands are ${listed(ids)}`) : ''),
  );
}

/** Checks an actor, named by id or by name (any case); answers its id. */
export function checkActor(dispute: Dispute, value: string, option: string): string {
  const byId = dispute.actors.find((actor) => actor.id === value);
  if (byId !== undefined) return byId.id;
  // By name or alias, in any case (`--actor Apple`, `--actor RIM`): one actor, or the ones it could be.
  const wanted = value.toLowerCase();
  const byName = dispute.actors.filter((actor) =>
    [actor.name, ...(actor.aliases ?? [])].some((name) => name.toLowerCase() === wanted),
  );
  if (byName.length === 1) return (byName[0] as (typeof byName)[number]).id;
  if (byName.length > 1)
    throw new UsageError(
      `${option}: ${shown(value)} names ${byName.length} actors of ${dispute.id}: ${listed(byName.map((actor) => actor.id))}; give one's id`,
    );
  const ids = dispute.actors.map((actor) => actor.id as string);
  const hint = didYouMean(value, ids);
  throw new UsageError(
    `${option}: ${dispute.id} has no actor ${shown(value)}${hint}` +
      (hint === '' ? `; its actors are ${listed(ids)}` : ''),
  );
}

/** Checks an event kind. */
export function checkKind(value: string, option: string): string {
  const kinds: readonly string[] = EventKindSchema.options;
  if (kinds.includes(value)) return value;
  const hint = didYouMean(value, kinds);
  throw new UsageError(
    `${option}: no event kind ${shown(value)}${hint}${hint === '' ? `; the kinds are ${listed(kinds, 20)}` : ''}`,
  );
}

/**
 * Runs a question the arguments were checked for: a {@link TimelineError} it still throws (a date that is also
 * an id, a span that ends before it starts) is a wrong argument, so it becomes a usage error.
 */
export function asked<T>(question: () => T): T {
  try {
    return question();
  } catch (error) {
    if (error instanceof TimelineError)
      throw new UsageError(error.issues.map((issue) => issue.message).join('; '));
    throw error;
  }
}
