import type * as z from 'zod/mini';
import type { ParsedDate } from '../../dates/edtf.js';
import type { IssueCode, IssuePath } from '../../errors/index.js';
import type { DateValue } from '../../model/common.js';
import type { RECORD_SCHEMAS, RecordCollection } from '../../model/dispute.js';

/** A record of a collection as its schema gives it back: what a rule reads. */
export type Valid<C extends RecordCollection> = z.infer<(typeof RECORD_SCHEMAS)[C]>;

/**
 * The valid records of one collection, in the order of the input, beside the position of each in the input (the
 * index an issue's path names). Two lists, not a list of pairs: a million events need no million wrappers.
 */
export interface ValidList<C extends RecordCollection> {
  readonly records: readonly Valid<C>[];
  readonly indices: readonly number[];
}

/** The valid records of every collection (the records a schema refused are not here: their issues are). */
export type ValidRecords = { readonly [C in RecordCollection]: ValidList<C> };

/** How sure a finding is: an `error` fails validation; a `warning` (valid but suspicious data) is returned beside the result. */
export type RuleLevel = 'error' | 'warning';

/**
 * What a rule is given besides the records: the dates it reads, where each id is declared, and the two ways to
 * report a finding. Paths start at the dispute's root: `['responses', 3, 'date']`.
 */
export interface RuleContext {
  /** A record's date read in the dispute's zone (or its own), as validation reads every date. */
  dateOf(value: DateValue): ParsedDate;
  /** The collection that declares an id, or `undefined` when no record has it. */
  collectionOf(id: string): RecordCollection | undefined;
  /** Every id declared in a collection (for a suggestion: the id nearest to one that names no record). */
  idsOf(collection: RecordCollection): Iterable<string>;
  /**
   * The raw records of a collection whose references are still to be checked, as `[index, raw]`: every record
   * but the events the fast path resolved as it read them. Raw, so that a record with a schema problem still has
   * its references checked.
   */
  unresolved(collection: RecordCollection): Iterable<readonly [number, unknown]>;
  /**
   * Set when the events are still to come (a stream has them after the deadlines): a rule that meets a reference
   * to an id no record has, which an event may declare later, hands it here instead of reporting it.
   */
  readonly laterEvent: ((id: string, deadlineIndex: number) => void) | undefined;
  /** Reports that the records cannot be true: validation fails. */
  error(code: IssueCode, path: IssuePath, message: string, value?: unknown): void;
  /** Reports data that is valid but suspicious: validation succeeds, and the warning is returned beside the dispute. */
  warning(code: IssueCode, path: IssuePath, message: string, value?: unknown): void;
}

/**
 * A check across records, one file in `src/builder/rules/` and one line in `registry.ts`. Validation runs
 * every rule of the registry, in its order, on the records the schemas accepted (so a rule reads well-formed
 * records only, and reports with `context.error` or `context.warning`). A whole dispute is checked by
 * {@link Rule.check}; a stream (see `incremental.ts`) runs `check` once the collections it {@link Rule.reads}
 * are complete, and {@link Rule.each} on every event and claim as it comes.
 */
export interface Rule {
  /**
   * The collections `check` reads. A stream holds the records before the events (actors, sources, demands,
   * responses, deadlines), not the events or the claims: a rule that reads those gives {@link Rule.each} or
   * {@link Rule.stream} to run on a stream.
   */
  readonly reads: readonly RecordCollection[];
  /** Checks the valid records together. */
  check(records: ValidRecords, context: RuleContext): void;
  /**
   * Checks one event or claim of a stream as it comes, against the records before the events (`context.find`
   * knows every id read so far). `record` is `undefined` when the schema refused it (its references are still
   * worth checking: `raw` is what was read).
   */
  each?(
    collection: 'events' | 'claims',
    index: number,
    raw: unknown,
    record: Valid<'events'> | Valid<'claims'> | undefined,
    context: RuleContext,
  ): void;
  /**
   * How a rule that reads the events or the claims together with the records before them runs on a stream: called
   * once, when the records before the events are complete and valid (`held`: its events and claims empty), it
   * checks what it can of those (reporting through `context`, paths `[collection, index, …]` of `held`) and gives
   * back the check of each valid event and claim as it comes, which may keep what it needs between them (a map of
   * the topics seen, not the claims). It must report what {@link Rule.check} reports of the whole dispute.
   */
  stream?(held: ValidRecords, context: RuleContext): StreamCheck;
}

/** A rule's check of each valid event and claim of a stream (see {@link Rule.stream}). */
export type StreamCheck = (
  collection: 'events' | 'claims',
  index: number,
  record: Valid<'events'> | Valid<'claims'>,
  context: RuleContext,
) => void;

/** Calls `visit` with each valid record of a list and its position in the input. */
export function forEach<C extends RecordCollection>(
  list: ValidList<C>,
  visit: (record: Valid<C>, index: number) => void,
): void {
  const { records, indices } = list;
  for (let i = 0; i < records.length; i++) visit(records[i] as Valid<C>, indices[i] as number);
}

/**
 * Visits each valid response with each valid demand it answers (a reference to a demand that is not there is the
 * references rule's to report), with the response's index in the input.
 */
export function forEachAnswer(
  records: ValidRecords,
  visit: (response: Valid<'responses'>, demand: Valid<'demands'>, index: number) => void,
): void {
  const demands = new Map(records.demands.records.map((demand) => [demand.id as string, demand]));
  forEach(records.responses, (response, index) => {
    for (const demandId of response.to) {
      const demand = demands.get(demandId);
      if (demand !== undefined) visit(response, demand, index);
    }
  });
}

/** How a date is written in a message: its text, and its zone when it has its own. */
export function showDate(value: DateValue): string {
  return typeof value === 'string' ? value : `${value.value} (${value.timeZone})`;
}
