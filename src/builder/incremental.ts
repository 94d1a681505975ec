import { deepFreeze } from '../_lib/freeze.js';
import { issue } from '../_lib/issues.js';
import { idOf } from '../_lib/record-id.js';
import { quoted } from '../_lib/text.js';
import { canonicalTimeZone, isTimeZone } from '../dates/zone.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../errors/index.js';
import type { DateValue } from '../model/common.js';
import type { Dispute, RecordCollection } from '../model/dispute.js';
import { LIMITS } from '../model/limits.js';
import { parsedDateOf } from '../model/record-date.js';
import { COLLECTIONS } from './places.js';
import { validateRecord } from './record.js';
import { endingEventConflict } from './rules/ending-events.js';
import { RULES } from './rules/registry.js';
import type { Rule, RuleContext, StreamCheck, Valid } from './rules/rule.js';
import { HELD, validRecordsOf } from './rules/run.js';
import { validateDispute } from './validate.js';

/** A dispute's header, as its schema gives it back: the dispute without its collections. */
export type DisputeHeader = Omit<Dispute, RecordCollection>;

/** What {@link IncrementalOptions.onValid} is handed: the header (`'dispute'`) or a record of a collection. */
export type ValidItem =
  | { readonly collection: 'dispute'; readonly record: DisputeHeader; readonly where: IssuePath }
  | {
      readonly [C in RecordCollection]: {
        readonly collection: C;
        readonly record: Valid<C>;
        readonly where: IssuePath;
      };
    }[RecordCollection];

/** How {@link beginValidation} reads a stream. */
export interface IncrementalOptions {
  /**
   * Called with the header and each record once they are validated and deeply frozen, in the order they may be
   * passed on: the header and the records before the events together, in the order of the JSON form, when the
   * first event comes (or at the end); then each event and claim as it is added. Never called after the first
   * issue: every record handed on came before any problem.
   */
  readonly onValid?: (item: ValidItem) => void;
  /**
   * The records are the caller's own plain data (what `JSON.parse` gives, objects made from a table's cells),
   * which nothing else holds: a valid one may be frozen and kept as it is, not copied.
   */
  readonly fresh?: boolean;
}

/** What {@link IncrementalValidation.end} gives: the header, or every issue; and the rules' warnings either way. */
export type IncrementalResult = (
  | { readonly success: true; readonly header: DisputeHeader | undefined }
  | { readonly success: false; readonly error: TimelineError }
) & { readonly warnings: readonly TimelineIssue[] };

/**
 * A validation under way, record by record (see {@link beginValidation}): the bookkeeping a streaming reader of a
 * dispute needs, with the checks of `parseDispute`.
 */
export interface IncrementalValidation {
  /**
   * Reads one record of a collection. `where` is the path its issues start at (`['line', 12, 'record']`,
   * `['row', 3]`): an issue of the field `date` of this record has the path `[...where, 'date']`.
   */
  add(collection: RecordCollection, raw: unknown, where: IssuePath): void;
  /** The issues found so far (a reader may stop passing records on after the first, as `onValid` does). */
  readonly issues: readonly TimelineIssue[];
  /** Ends the stream: checks what could be checked only at the end, and gives the verdict. */
  end(): IncrementalResult;
}

/**
 * Starts validating a dispute whose records come one at a time (a JSON Lines file, the rows of a CSV table, a
 * spreadsheet's sheets), with the checks of `parseDispute` but holding only the few records before the events.
 *
 * - The records of actors, sources, demands, responses and deadlines (and any claim before the first event) are
 *   held until the first event comes (or the end), then validated together with the header as a dispute without
 *   events: every schema, every id, every reference, and the rules of `rules/registry.ts` that read only these
 *   collections (a response before its demand, extension chains, endings, membership loops).
 * - Each event and claim after that is checked as it comes: its id against every id read before it
 *   (`duplicate-id`), its schema (by the fast path when `fresh` and certainly valid), its references against the
 *   records held (`unknown-reference`), and the `each` check of every rule that has one. Events are not held:
 *   only their ids are kept, in one set.
 * - A deadline's ending may name an event still to come: it is resolved when that event is added, and reported at
 *   the end when none has its id.
 * - A record of a held collection added after the first event is an issue (`invalid-value`): a stream gives the
 *   collections in the order of the JSON form, claims anywhere after the header.
 *
 * `header` is the dispute's header (`{ id, title, timeZone?, … }`), its issues' paths starting at `where`; or
 * `undefined` for a stream of events (and claims) alone, such as a table of events: then nothing is held, no
 * reference is resolved (there is nothing to resolve them against) and no rule runs, but ids, duplicates and
 * schemas are checked as above.
 *
 * @param header - the dispute's header, or `undefined` for records without their dispute
 * @param where - the path the header's issues start at
 * @param options - `onValid`, to be handed each valid record; `fresh`, when the records are the caller's own
 * @returns the validation, to {@link IncrementalValidation.add} records to and {@link IncrementalValidation.end}
 *
 * @example
 * ```ts no-run
 * const check = beginValidation({ id: 'case', title: 'A case' }, ['line', 1, 'record'], {
 *   onValid: (item) => console.log(item.collection, item.where),
 * });
 * check.add('actors', { id: 'gov', name: 'Government', kind: 'government' }, ['line', 2, 'record']);
 * check.add('sources', { id: 'src', publisher: 'Reuters' }, ['line', 3, 'record']);
 * check.add('events', { id: 'e1', date: '2015-07', kind: 'order', title: 'An order', actors: ['gov'],
 *   sources: [{ source: 'src' }], confidence: 'confirmed' }, ['line', 4, 'record']);
 * // dispute [line, 1, record]; actors [line, 2, record]; sources [line, 3, record]; events [line, 4, record]
 * check.end().success;
 * //=> true
 * ```
 */
export function beginValidation(
  header: unknown,
  where: IssuePath = [],
  options: IncrementalOptions = {},
): IncrementalValidation {
  return new Incremental(header, where, options);
}

/** A record held until the first event, and where its issues go. */
interface Held {
  readonly raw: unknown[];
  readonly where: IssuePath[];
}

class Incremental implements IncrementalValidation {
  readonly issues: TimelineIssue[] = [];
  private readonly warnings: TimelineIssue[] = [];
  /**
   * The place of each warning's rule in the registry: a whole read gives its warnings rule by rule, and so does a
   * stream at its end, whatever order its rules found them in.
   */
  private readonly warningRules: number[] = [];
  private held: Record<RecordCollection, Held> | undefined = emptyHeld();
  private headerData: DisputeHeader | undefined;
  /** Every id but the events', with the collection that declares it and a name for a message. */
  private readonly ids = new Map<string, { collection: RecordCollection; name: string }>();
  /** The events' ids: only whether one was read, so that a million of them cost one set. */
  private readonly eventIds = new Set<string>();
  private readonly counts = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<
    RecordCollection,
    number
  >;
  /** Deadline endings' events not read yet: the id, and where each deadline that names it is. */
  private readonly laterEvents = new Map<string, Waiting[]>();
  private readonly context: StreamContext | undefined;

  constructor(
    private readonly header: unknown,
    private readonly headerWhere: IssuePath,
    private readonly options: IncrementalOptions,
  ) {
    const alone = header === undefined;
    this.context = alone
      ? undefined
      : new StreamContext(this, this.issues, (rule, found) => this.warn(rule, found), zoneOf(header));
  }

  add(collection: RecordCollection, raw: unknown, where: IssuePath): void {
    const index = this.counts[collection]++;
    if (index === LIMITS.records)
      this.issues.push(issue('too-large', where, `${collection} holds at most ${LIMITS.records} records`));
    if (index >= LIMITS.records) return;
    const streamed = collection === 'events' || collection === 'claims';
    const held = this.held;
    if (held !== undefined && this.header !== undefined && collection !== 'events') {
      held[collection].raw.push(raw);
      held[collection].where.push(where);
    } else if (!streamed) {
      const why =
        this.header === undefined
          ? 'without a header, a stream holds events and claims only'
          : 'they come before the events';
      this.issues.push(
        issue('invalid-value', where, `a record of ${collection} after the events: ${why}`, collection),
      );
    } else {
      if (held !== undefined) this.flush();
      this.streamed(collection, index, raw, where);
    }
  }

  end(): IncrementalResult {
    if (this.held !== undefined) this.flush();
    for (const [id, deadlines] of this.laterEvents)
      for (const { at } of deadlines)
        this.issues.push(
          issue('unknown-reference', [...at, 'outcome', 'event'], `no event has id ${quoted(id)}`, id),
        );
    this.laterEvents.clear();
    const order = this.warnings.map((_, i) => i);
    order.sort((a, b) => (this.warningRules[a] as number) - (this.warningRules[b] as number) || a - b);
    const warnings = Object.freeze(order.map((i) => this.warnings[i] as TimelineIssue));
    if (this.issues.length > 0)
      return {
        success: false,
        error: new TimelineError(this.issues as [TimelineIssue, ...TimelineIssue[]]),
        warnings,
      };
    return { success: true, header: this.headerData, warnings };
  }

  /** Whether an id is declared, and by which collection (the context's lookup). */
  collectionOf(id: string): RecordCollection | undefined {
    return this.ids.get(id)?.collection ?? (this.eventIds.has(id) ? 'events' : undefined);
  }

  /** Every id a collection declares, for suggestions. */
  *idsOf(collection: RecordCollection): Iterable<string> {
    if (collection === 'events') yield* this.eventIds;
    else for (const [id, at] of this.ids) if (at.collection === collection) yield id;
  }

  /** The held records, validated with the header as a dispute without events; passed on when valid. */
  private flush(): void {
    const held = this.held as Record<RecordCollection, Held>;
    this.held = undefined;
    if (this.header === undefined) return;
    for (const collection of COLLECTIONS)
      held[collection].raw.forEach((raw, index) => {
        const id = idOf(raw);
        if (id !== undefined && !this.ids.has(id))
          this.ids.set(id, { collection, name: `${collection}[${index}]` });
      });
    const ranWhole = (rule: Rule) => rule.reads.every((collection) => HELD.includes(collection));
    const result = validateDispute(disputeOf(this.header, held), this.options.fresh === true, {
      laterEvent: (id, index) =>
        this.later(id, held.deadlines.where[index] as IssuePath, held.deadlines.raw[index]),
      rules: RULES.filter(ranWhole),
    });
    // The rules run here that warn (unsourced deadlines, undated endings) come in the registry's warnings, after
    // its first streamed rule and before the next: their warnings are placed there, in their order.
    const firstStreamed = RULES.findIndex((rule) => rule.stream !== undefined);
    const wholeWarnings = RULES.findIndex((rule, at) => at > firstStreamed && ranWhole(rule));
    for (const found of result.warnings ?? [])
      this.warn(wholeWarnings, placed(found, held, this.headerWhere));
    if (!result.success)
      for (const found of result.error.issues) this.issues.push(placed(found, held, this.headerWhere));
    else {
      // The rules that read the events or the claims begin their streamed checks with the records held.
      const records = validRecordsOf(result.data);
      this.context?.setChecks(
        RULES.flatMap((rule, at) =>
          ranWhole(rule) || rule.stream === undefined
            ? []
            : [{ rule: at, check: rule.stream(records, this.heldContext(held, at)) }],
        ),
      );
      this.handOn(result.data, held);
    }
  }

  /** A context for the rules' streamed checks of the held records: issues placed at the rows they came from. */
  private heldContext(held: Record<RecordCollection, Held>, rule: number): RuleContext {
    const zone = zoneOf(this.header);
    return {
      dateOf: (value: DateValue) => parsedDateOf(value, zone),
      collectionOf: (id) => this.collectionOf(id),
      idsOf: (collection) => this.idsOf(collection),
      unresolved: () => [],
      laterEvent: undefined,
      error: (code, path, message, value) =>
        this.issues.push(placed(issue(code, path, message, value), held, this.headerWhere)),
      warning: (code, path, message, value) =>
        this.warn(rule, placed(issue(code, path, message, value), held, this.headerWhere)),
    };
  }

  /** Keeps a warning of the rule at `rule` in the registry. */
  private warn(rule: number, found: TimelineIssue): void {
    this.warnings.push(found);
    this.warningRules.push(rule);
  }

  private later(id: string, at: IssuePath, raw: unknown): void {
    const deadline = raw as { readonly id?: unknown; readonly outcome?: { readonly kind?: unknown } };
    const waiting: Waiting = { at, deadline: String(deadline.id), ending: String(deadline.outcome?.kind) };
    const list = this.laterEvents.get(id);
    if (list === undefined) this.laterEvents.set(id, [waiting]);
    else list.push(waiting);
  }

  private handOn(built: Dispute, held: Record<RecordCollection, Held>): void {
    this.headerData = Object.freeze(headerOf(built)) as DisputeHeader;
    const onValid = this.options.onValid;
    if (onValid === undefined || this.issues.length > 0) return;
    onValid(Object.freeze({ collection: 'dispute', record: this.headerData, where: this.headerWhere }));
    for (const collection of COLLECTIONS)
      built[collection].forEach((record, i) => {
        onValid(Object.freeze({ collection, record, where: held[collection].where[i] }) as ValidItem);
      });
  }

  /** An event or a claim after the held records: checked on its own, and handed on when nothing failed. */
  private streamed(collection: 'events' | 'claims', index: number, raw: unknown, where: IssuePath): void {
    const id = idOf(raw);
    const waiting = id === undefined ? undefined : this.declare(collection, index, id, where);
    const result = validateRecord(collection, raw, where, this.options.fresh === true);
    if ('issues' in result) for (const found of result.issues) this.issues.push(found);
    const record = 'record' in result ? (result.record as Valid<'events'> | Valid<'claims'>) : undefined;
    // The endings that waited for this event: each of a kind the event can record (rules/ending-events.ts).
    if (waiting !== undefined && record !== undefined && collection === 'events')
      for (const { at, deadline, ending } of waiting) {
        const event = record as Valid<'events'>;
        const conflict = endingEventConflict(deadline, ending, event.id, event.kind);
        if (conflict !== undefined)
          this.issues.push(issue('ending-event-conflict', [...at, 'outcome', 'kind'], conflict, ending));
      }
    this.context?.each(collection, index, raw, record, where);
    if (record !== undefined && this.issues.length === 0)
      this.options.onValid?.(Object.freeze({ collection, record: deepFreeze(record), where }) as ValidItem);
  }

  /**
   * Declares a streamed record's id: a duplicate is reported; a deadline ending waiting for it is resolved (a
   * claim is reported; an event's endings are given back, to be checked against its kind).
   */
  private declare(
    collection: 'events' | 'claims',
    index: number,
    id: string,
    where: IssuePath,
  ): readonly Waiting[] | undefined {
    // One lookup in the big set of events' ids per event, not two: an add that leaves its size is a duplicate.
    let known = this.ids.get(id)?.name;
    if (known === undefined && collection === 'events') {
      const size = this.eventIds.size;
      if (this.eventIds.add(id).size === size) known = 'an earlier event';
    } else if (known === undefined && this.eventIds.has(id)) known = 'an earlier event';
    if (known !== undefined)
      this.issues.push(
        issue('duplicate-id', [...where, 'id'], `id ${quoted(id)} is already used by ${known}`, id),
      );
    else if (collection === 'claims') this.ids.set(id, { collection, name: `claims[${index}]` });
    const waiting = this.laterEvents.size === 0 ? undefined : this.laterEvents.get(id);
    if (waiting === undefined) return undefined;
    this.laterEvents.delete(id);
    if (collection === 'events') return waiting;
    for (const { at } of waiting)
      this.issues.push(
        issue('unknown-reference', [...at, 'outcome', 'event'], `${quoted(id)} is a claim, not an event`, id),
      );
    return undefined;
  }
}

/** A deadline's ending that waits for its event: where the deadline is, its id and the ending's kind. */
interface Waiting {
  readonly at: IssuePath;
  readonly deadline: string;
  readonly ending: string;
}

/**
 * The context of the rules' `each` checks on a stream: ids from the validation, errors and warnings with the path
 * of the record being checked (`[collection, index, …rest]` becomes `[...where, …rest]`).
 */
class StreamContext {
  private where: IssuePath = [];
  private readonly context: RuleContext;
  private readonly rules = RULES.filter((rule) => rule.each !== undefined);
  /** The rules' checks of each valid event and claim (see `Rule.stream`), begun when the held records are valid. */
  private checks: readonly { readonly check: StreamCheck; readonly context: RuleContext }[] = [];

  constructor(
    private readonly lookup: Incremental,
    private readonly issues: TimelineIssue[],
    private readonly warn: (rule: number, found: TimelineIssue) => void,
    private readonly zone: string | undefined,
  ) {
    this.context = this.contextOf(-1);
  }

  /** A context whose warnings are the rule's at `rule` in the registry (`-1`: the `each` checks, which do not warn). */
  private contextOf(rule: number): RuleContext {
    const placedPath = (path: IssuePath) => [...this.where, ...path.slice(2)];
    const { lookup, issues, zone } = this;
    return {
      dateOf: (value: DateValue) => parsedDateOf(value, zone),
      collectionOf: (id) => lookup.collectionOf(id),
      idsOf: (collection) => lookup.idsOf(collection),
      unresolved: () => [],
      laterEvent: undefined,
      error: (code, path, message, value) => issues.push(issue(code, placedPath(path), message, value)),
      warning: (code, path, message, value) => this.warn(rule, issue(code, placedPath(path), message, value)),
    };
  }

  each(
    collection: 'events' | 'claims',
    index: number,
    raw: unknown,
    record: Valid<'events'> | Valid<'claims'> | undefined,
    where: IssuePath,
  ): void {
    this.where = where;
    for (const rule of this.rules) rule.each?.(collection, index, raw, record, this.context);
    if (record !== undefined)
      for (const { check, context } of this.checks) check(collection, index, record, context);
  }

  setChecks(checks: readonly { readonly rule: number; readonly check: StreamCheck }[]): void {
    this.checks = checks.map(({ rule, check }) => ({ check, context: this.contextOf(rule) }));
  }
}

/** The valid records of a dispute validated whole, each at its index: what a rule's `stream` is given. */
function emptyHeld(): Record<RecordCollection, Held> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, { raw: [], where: [] }])) as unknown as Record<
    RecordCollection,
    Held
  >;
}

/** The header's fields of a built dispute: every field but the collections, in the dispute's order. */
function headerOf(built: Dispute): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(built))
    if (!(COLLECTIONS as readonly string[]).includes(key)) out[key] = value;
  return out;
}

/** The held records with the header, as the JSON form of a dispute without events. */
function disputeOf(header: unknown, held: Record<RecordCollection, Held>): unknown {
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return header;
  const input: Record<string, unknown> = { ...header };
  for (const collection of COLLECTIONS)
    if (held[collection].raw.length > 0) input[collection] = held[collection].raw;
  return input;
}

/** An issue of the held dispute, with the path of the record it names (or the header's). */
function placed(
  found: TimelineIssue,
  held: Record<RecordCollection, Held>,
  headerWhere: IssuePath,
): TimelineIssue {
  const [first, second, ...rest] = found.path;
  const at =
    typeof first === 'string' && typeof second === 'number'
      ? held[first as RecordCollection]?.where[second]
      : undefined;
  return { ...found, path: at === undefined ? [...headerWhere, ...found.path] : [...at, ...rest] };
}

function zoneOf(header: unknown): string | undefined {
  const zone =
    typeof header === 'object' && header !== null ? (header as { timeZone?: unknown }).timeZone : undefined;
  return typeof zone === 'string' && isTimeZone(zone) ? canonicalTimeZone(zone) : undefined;
}
