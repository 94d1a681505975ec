import type { z } from 'zod';
import { issue } from '../_lib/issues.js';
import { nearest } from '../_lib/nearest.js';
import { idOf } from '../_lib/record-id.js';
import { quoted } from '../_lib/text.js';
import { type ParsedDate, readDate } from '../dates/edtf.js';
import { rangeBefore } from '../dates/truth.js';
import { canonicalTimeZone, isTimeZone } from '../dates/zone.js';
import {
  type IssueCode,
  type IssuePath,
  type SafeResult,
  TimelineError,
  type TimelineIssue,
} from '../errors/index.js';
import type { DateValue } from '../model/common.js';
import {
  type Dispute,
  DisputeHeaderSchema,
  MAX_RECORDS,
  RECORD_SCHEMAS,
  type RecordCollection,
} from '../model/dispute.js';
import {
  compareDateOrder,
  compareIds,
  compareSequence,
  type Ordered,
  parsedDateOf,
} from '../model/record-date.js';
import { checkDeadlineEndings } from './check-endings.js';
import { checkSequences } from './check-sequence.js';
import { canReadInPlace, EventReader, isCertainlyValidEvent } from './fast-event.js';
import { IdTable } from './id-table.js';
import { nearestField } from './known-fields.js';
import { migrateDispute } from './migrate.js';
import { Copier, deepFreeze } from './snapshot.js';

const COLLECTIONS = Object.keys(RECORD_SCHEMAS) as RecordCollection[];

type Valid<C extends RecordCollection> = z.infer<(typeof RECORD_SCHEMAS)[C]>;
type ValidRecords = { [C in RecordCollection]: { readonly record: Valid<C>; readonly index: number }[] };

/**
 * Validates a dispute in its JSON form, of any format version (see `migrate.ts`), and returns it built: every
 * record checked against its schema,
 * every reference resolved, the chains of extensions and memberships checked for loops, responses
 * checked against the dates of their demands, events sorted into timeline order, the whole deeply frozen.
 * Collects every problem rather than stopping at the first. The input is read once, into a plain snapshot that
 * every check then reads (see `snapshot.ts`); `fresh` says it already is such data (what `JSON.parse` returns).
 */
export function validateDispute(
  given: unknown,
  fresh = false,
  options: ValidateOptions = {},
): SafeResult<Dispute> {
  try {
    return validateReadable(given, fresh, options);
  } catch {
    // Only input that fights being read gets here: a Proxy or a getter that throws, nesting too deep for the stack.
    return failure([issue('wrong-type', [], 'the dispute cannot be read: reading it threw an error')]);
  }
}

/** How {@link validateDispute} treats what a streaming reader has not read yet. */
export interface ValidateOptions {
  /**
   * Called for a deadline ending's `event` that names no record at all, instead of reporting it: the events are
   * still to come (a JSON Lines stream has them after the deadlines), and the caller resolves it when they do.
   */
  readonly laterEvent?: (id: string, deadlineIndex: number) => void;
}

function validateReadable(given: unknown, fresh: boolean, options: ValidateOptions): SafeResult<Dispute> {
  // Read once into plain data (own fields, each getter once), then migrated from an earlier version of the form.
  // The events are left to the event reader, which copies each as it checks it: one pass over a million.
  const copier = fresh ? undefined : new Copier(true);
  const migrated = migrateDispute(copier === undefined ? given : copier.copy(given, 0));
  if ('issues' in migrated) return failure([...migrated.issues]);
  const input = migrated.value;
  const issues: TimelineIssue[] = [];
  const data = input;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    issues.push(issue('wrong-type', [], `a dispute is a JSON object; got ${describe(data)}`));
    return failure(issues);
  }
  const source = data as Record<string, unknown>;
  const headerInput: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(source)) {
    if (!Object.hasOwn(RECORD_SCHEMAS, key)) headerInput[key] = source[key];
  }
  const header = DisputeHeaderSchema.safeParse(headerInput, { reportInput: true });
  if (!header.success) pushAll(issues, zodIssues(header.error.issues, []));
  const disputeZone =
    typeof source['timeZone'] === 'string' && isTimeZone(source['timeZone'])
      ? canonicalTimeZone(source['timeZone'])
      : undefined;

  const valid = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as ValidRecords;
  const ids = new Ids();
  // Events need no index beside them (no check below reads one): a million wrappers would be garbage. The date
  // of an event the fast path took is kept, by position, so that nothing reads it twice.
  const validEvents: Valid<'events'>[] = [];
  const validEventDates: (ParsedDate | undefined)[] = [];
  // The events whose references the loop below could not resolve at once: the reference check reads only these.
  const eventsToCheck: number[] = [];
  // The events whose id could also be read as a date: a query given a date string asks whether it names one.
  const dateLikeEvents = new Map<string, Valid<'events'>>();
  // Plain data (JSON.parse's output) is read in place, decided once: it runs no getter. Anything else is copied.
  const reader =
    copier !== undefined || canReadInPlace()
      ? new EventReader(disputeZone ?? 'UTC', {
          copier,
          resolves: (id, collection) => ids.resolves(id, collection),
          sharedDates: true,
        })
      : undefined;
  const duplicate = (collection: RecordCollection, index: number, id: string, found: number) => {
    const first = placeOf(found);
    issues.push(
      issue(
        'duplicate-id',
        [collection, index, 'id'],
        `id ${quoted(id)} is already used by ${first.collection}[${first.index}]`,
        id,
      ),
    );
  };
  const reportDuplicate = (index: number, id: string, found: number) => duplicate('events', index, id, found);
  for (const collection of COLLECTIONS) {
    const list = Object.hasOwn(source, collection) ? source[collection] : undefined;
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push(issue('wrong-type', [collection], `${collection} is a list; got ${describe(list)}`));
      continue;
    }
    if (list.length > MAX_RECORDS) {
      issues.push(issue('too-large', [collection], `${collection} holds at most ${MAX_RECORDS} records`));
      continue;
    }
    const schema = RECORD_SCHEMAS[collection];
    const isEvents = collection === 'events';
    if (isEvents) ids.readEvents(list);
    for (let index = 0; index < list.length; index++) {
      let raw: unknown = list[index];
      if (isEvents) {
        if (reader !== undefined) raw = reader.read(raw);
        else if (copier !== undefined) raw = copier.copy(raw, 2);
        // The list is the copier's (or JSON.parse's): the reference check below reads the copy.
        list[index] = raw;
      }
      const date = isEvents ? reader?.date : undefined;
      if (date !== undefined) {
        // Certainly valid: its only issue can be its id's, declared in a batch, in order (see `flushEvents`).
        const event = raw as Valid<'events'>;
        ids.queueEvent(event.id, index, reportDuplicate);
        validEvents.push(event);
        validEventDates.push(date);
        if (mayBeDate(event.id)) dateLikeEvents.set(event.id, event);
        if (!(reader?.resolved || ids.resolveEvent(event))) eventsToCheck.push(index);
        continue;
      }
      const id =
        typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'id')
          ? (raw as { id: unknown }).id
          : undefined;
      if (isEvents) {
        // Declared now, after the queued ids before it, so that its id's issue comes before its schema's.
        if (typeof id === 'string') ids.queueEvent(id, index, reportDuplicate);
        ids.flushEvents(reportDuplicate);
        eventsToCheck.push(index);
      } else if (typeof id === 'string') {
        const found = ids.get(id);
        if (found === undefined) ids.set(id, collection, index);
        else duplicate(collection, index, id, found);
      }
      const parsed = schema.safeParse(raw, { reportInput: true });
      if (parsed.success && isEvents) {
        validEvents.push(parsed.data as Valid<'events'>);
        validEventDates.push(undefined);
        if (mayBeDate(parsed.data.id)) dateLikeEvents.set(parsed.data.id, parsed.data as Valid<'events'>);
      } else if (parsed.success)
        (valid[collection] as { record: unknown; index: number }[]).push({ record: parsed.data, index });
      else pushAll(issues, zodIssues(parsed.error.issues, [collection, index]));
    }
    if (isEvents) ids.flushEvents(reportDuplicate);
  }

  const refs = new References(ids, issues);
  for (const collection of COLLECTIONS) {
    const list = source[collection];
    if (!Array.isArray(list)) continue;
    if (collection === 'events')
      for (const index of eventsToCheck) refs.checkRecord(collection, index, list[index]);
    else for (let index = 0; index < list.length; index++) refs.checkRecord(collection, index, list[index]);
  }

  const dateOf = (value: DateValue) => parsedDateOf(value, disputeZone);
  const demandsById = new Map(valid.demands.map((d) => [d.record.id as string, d.record]));
  for (const { record, index } of valid.responses) {
    for (const demandId of record.to) {
      const demand = demandsById.get(demandId);
      if (demand !== undefined && rangeBefore(dateOf(record.date), dateOf(demand.date)) === 'yes') {
        issues.push(
          issue(
            'response-before-demand',
            ['responses', index, 'date'],
            `response ${record.id} (${show(record.date)}) is dated before demand ${demandId} (${show(demand.date)}) that it answers`,
          ),
        );
      }
    }
  }
  for (const { record, index } of valid.deadlines) {
    const due = dateOf(record.due);
    for (const demandId of record.demands) {
      const demand = demandsById.get(demandId);
      if (demand !== undefined && rangeBefore(due, dateOf(demand.date)) === 'yes') {
        issues.push(
          issue(
            'deadline-before-demand',
            ['deadlines', index, 'due'],
            `deadline ${record.id} falls due (${show(record.due)}) before demand ${demandId} was made (${show(demand.date)})`,
          ),
        );
      }
    }
    if (record.setOn !== undefined && rangeBefore(due, dateOf(record.setOn)) === 'yes') {
      issues.push(
        issue(
          'deadline-set-after-due',
          ['deadlines', index, 'setOn'],
          `deadline ${record.id} was set (${show(record.setOn)}) after it fell due (${show(record.due)})`,
        ),
      );
    }
  }
  checkExtensionChains(valid, issues);
  checkDeadlineEndings(
    valid.deadlines,
    {
      get: (id) => {
        const at = ids.get(id);
        return at === undefined ? undefined : placeOf(at);
      },
    },
    dateOf,
    issues,
    options.laterEvent,
  );
  checkMembershipCycles(valid, issues);
  checkSequences(valid.demands, valid.responses, dateOf, issues);

  if (issues.length > 0 || !header.success) return failure(issues);

  // Sorted as positions into the records and their dates, not as a million objects pairing them.
  // The dates the fast path did not read are those of the events the schema parsed: read, and frozen, now.
  const eventDates = validEventDates as ParsedDate[];
  for (let i = 0; i < validEvents.length; i++) {
    if (eventDates[i] !== undefined) continue;
    const record = validEvents[i] as Valid<'events'>;
    eventDates[i] = dateOf(record.date);
    deepFreeze(record);
  }
  let inOrder = true;
  for (let i = 1; i < validEvents.length && inOrder; i++)
    inOrder = compareEvents(validEvents, eventDates, i - 1, i) <= 0;
  let events = validEvents;
  let dates = eventDates;
  if (!inOrder) {
    const order = validEvents.map((_, i) => i);
    order.sort((a, b) => compareEvents(validEvents, eventDates, a, b));
    events = order.map((i) => validEvents[i] as Valid<'events'>);
    dates = order.map((i) => eventDates[i] as ParsedDate);
  }
  // Every event is frozen, deeply, by the reader or above: the walk below need not visit a million of them.
  Object.freeze(events);
  const dispute = {
    ...header.data,
    actors: valid.actors.map((v) => v.record),
    sources: valid.sources.map((v) => v.record),
    demands: valid.demands.map((v) => v.record),
    responses: valid.responses.map((v) => v.record),
    deadlines: valid.deadlines.map((v) => v.record),
    events,
    claims: valid.claims.map((v) => v.record),
  };
  // Every object in it is fresh from the schemas or the reader, so freezing in place changes nothing the caller holds.
  const built = deepFreeze(dispute) as Dispute;
  BUILT.add(built);
  EVENT_DATES.set(built.events, Object.freeze(dates));
  DATE_LIKE_EVENTS.set(built.events, dateLikeEvents);
  return { success: true, data: built };
}

/**
 * Checks one record against its collection's schema, apart from any dispute (references are not resolved),
 * with the issues' paths starting at `path`: for formats that read records one by one.
 */
export function validateRecord<C extends RecordCollection>(
  collection: C,
  raw: unknown,
  path: IssuePath,
  fresh = false,
): { readonly record: Valid<C> } | { readonly issues: readonly TimelineIssue[] } {
  // Plain data the caller made itself (`fresh`) may be taken as it is when it is certainly a valid event.
  if (fresh && collection === 'events' && isCertainlyValidEvent(raw)) return { record: raw as Valid<C> };
  const parsed = RECORD_SCHEMAS[collection].safeParse(raw, { reportInput: true });
  if (parsed.success) return { record: parsed.data as Valid<C> };
  return { issues: zodIssues(parsed.error.issues, path) };
}

function compareEvents(
  records: readonly { readonly id: string }[],
  dates: readonly ParsedDate[],
  a: number,
  b: number,
): number {
  // The records only on a tie: reading a million events' ids is a million cache misses.
  return (
    compareDateOrder(dates[a] as ParsedDate, dates[b] as ParsedDate) ||
    compareSequence(records[a] as Ordered, records[b] as Ordered) ||
    compareIds((records[a] as Ordered).id, (records[b] as Ordered).id)
  );
}

/** The disputes this copy of the library validated and froze: they need no second look. */
const BUILT = new WeakSet<object>();

/** The dates of a built dispute's events, by position, as validation read them: the index need not read them again. */
const EVENT_DATES = new WeakMap<readonly unknown[], readonly ParsedDate[]>();

/** The events of a built dispute whose id could be read as a date, by id (see {@link mayBeDate}). */
const DATE_LIKE_EVENTS = new WeakMap<readonly unknown[], ReadonlyMap<string, unknown>>();

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
 * The dates of the events of a dispute this library built, by position; `undefined` for any other list. Such a
 * list is in timeline order (`compareDated` of these dates and the ids), as validation sorted it.
 */
export function builtEventDates(events: readonly unknown[]): readonly ParsedDate[] | undefined {
  return EVENT_DATES.get(events);
}

/**
 * The dispute a function was handed, known to be valid: itself when this library built it, else the result of
 * validating it (a hand-made object, a dispute built by another copy of the library, JSON read by hand).
 * Throws a {@link TimelineError} whose issues' paths start at `path`, so that a formatter or a query never meets
 * a record it cannot read.
 */
export function builtDispute(value: unknown, path: IssuePath = ['dispute']): Dispute {
  if (typeof value === 'object' && value !== null && BUILT.has(value)) return value as Dispute;
  const result = validateDispute(value);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues.map((found) => ({ ...found, path: [...path, ...found.path] }));
  throw new TimelineError([first as TimelineIssue, ...rest]);
}

/**
 * Where each id is declared, as one number (see {@link place}): a million ids need no million objects. Event
 * ids are kept apart from the others: no record refers to an event but a deadline's ending, so the references
 * of a million events are looked up in a map of the few hundred records they can name.
 */
class Ids implements IdLookup {
  private readonly records = new Map<string, number>();
  /** The event ids, with the index of the event that declares each (see `id-table.ts`). */
  private events = new IdTable(0, () => '');

  get(id: string): number | undefined {
    const found = this.records.get(id);
    if (found !== undefined) return found;
    const event = this.events.get(id);
    return event === undefined ? undefined : place('events', event);
  }

  /** Where a record other than an event declares `id`. */
  recordPlace(id: string): number | undefined {
    return this.records.get(id);
  }

  set(id: string, collection: RecordCollection, index: number): void {
    this.records.set(id, place(collection, index));
  }

  /** Starts reading events from `list`, which will hold the copy of each event read before the next is declared. */
  readEvents(list: readonly unknown[]): void {
    this.events = new IdTable(list.length, (i) => idOf(list[i]) as string);
  }

  /** Event ids waiting to be declared, in order, with their events' indices (see {@link Ids.flushEvents}). */
  private readonly queuedIds: string[] = [];
  private readonly queuedIndices: number[] = [];
  private readonly earlier: number[] = [];

  /**
   * Queues the id of the event at `index`, to be declared by the next {@link Ids.flushEvents}, which is called
   * when the queue is full: declared in batches, the ids of a million events wait for the id table's slots
   * many at a time (see {@link IdTable.addAll}).
   */
  queueEvent(id: string, index: number, report: (index: number, id: string, found: number) => void): void {
    this.queuedIndices.push(index);
    if (this.queuedIds.push(id) === EVENT_BATCH) this.flushEvents(report);
  }

  /**
   * Declares the queued event ids in their order, calling `report` with the place that already declared an id, as
   * declaring each at once would: a record's id first, else an earlier event's.
   */
  flushEvents(report: (index: number, id: string, found: number) => void): void {
    const ids = this.queuedIds;
    const indices = this.queuedIndices;
    const count = ids.length;
    if (count === 0) return;
    const earlier = this.earlier;
    const records = this.records;
    // An id some other record has is not declared again: its event is reported, and a later event too.
    let clashes = false;
    for (let k = 0; k < count && !clashes; k++) clashes = records.has(ids[k] as string);
    if (!clashes) {
      this.events.addAll(ids, indices, count, earlier);
      for (let k = 0; k < count; k++) {
        const at = earlier[k] as number;
        if (at >= 0) report(indices[k] as number, ids[k] as string, place('events', at));
      }
    } else {
      for (let k = 0; k < count; k++) {
        const id = ids[k] as string;
        const index = indices[k] as number;
        const record = this.recordPlace(id);
        const event = record === undefined ? this.events.add(id, index) : undefined;
        if (record !== undefined) report(index, id, record);
        else if (event !== undefined) report(index, id, place('events', event));
      }
    }
    ids.length = 0;
    indices.length = 0;
  }

  /** Whether `id` is declared in `collection`. */
  resolves(id: string, collection: RecordCollection): boolean {
    if (collection === 'events') return this.events.get(id) !== undefined && !this.records.has(id);
    const found = this.records.get(id);
    return found !== undefined && COLLECTIONS[found % COLLECTIONS.length] === collection;
  }

  /**
   * Whether every reference of an event the fast path took resolves among the records declared so far; when
   * one does not (or names a record declared later), the reference check reads the event again and reports.
   */
  resolveEvent(event: Valid<'events'>): boolean {
    return (
      this.all(event.actors, 'actors') &&
      this.all(event.demands, 'demands') &&
      this.all(event.responses, 'responses') &&
      this.all(event.deadlines, 'deadlines') &&
      event.sources.every((citation) => this.resolves(citation.source, 'sources'))
    );
  }

  private all(list: readonly string[] | undefined, collection: RecordCollection): boolean {
    if (list === undefined) return true;
    for (let i = 0; i < list.length; i++) if (!this.resolves(list[i] as string, collection)) return false;
    return true;
  }

  collectionOf(id: string): RecordCollection | undefined {
    const at = this.get(id);
    return at === undefined ? undefined : (COLLECTIONS[at % COLLECTIONS.length] as RecordCollection);
  }

  /** Every id declared in `collection`, for suggestions. */
  idsOf(collection: RecordCollection): string[] {
    if (collection === 'events') return this.events.values();
    const out: string[] = [];
    for (const [known, where] of this.records) if (placeOf(where).collection === collection) out.push(known);
    return out;
  }
}

const COLLECTION_NUMBER = Object.fromEntries(COLLECTIONS.map((c, i) => [c, i])) as Record<
  RecordCollection,
  number
>;

function place(collection: RecordCollection, index: number): number {
  return index * COLLECTIONS.length + COLLECTION_NUMBER[collection];
}

function placeOf(at: number): { collection: RecordCollection; index: number } {
  return {
    collection: COLLECTIONS[at % COLLECTIONS.length] as RecordCollection,
    index: Math.floor(at / COLLECTIONS.length),
  };
}

/** Event ids declared in one batch: enough for the processor to wait for many slots of the id table at once. */
const EVENT_BATCH = 256;

/** Appends one by one: spreading a list of 100,000+ issues into `push` overflows the stack. */
function pushAll(issues: TimelineIssue[], more: readonly TimelineIssue[]): void {
  for (const one of more) issues.push(one);
}

function failure(issues: TimelineIssue[]): SafeResult<never> {
  const list = issues.length > 0 ? issues : [issue('wrong-type', [], 'the dispute is not valid')];
  return { success: false, error: new TimelineError(list as [TimelineIssue, ...TimelineIssue[]]) };
}

/** A field of a record that refers to other records: a single id, a list of ids, or a list of objects holding one. */
interface ReferenceField {
  readonly field: string;
  readonly key?: string;
  readonly target: RecordCollection;
}

const SOURCES: ReferenceField = { field: 'sources', key: 'source', target: 'sources' };

/** Every reference the model has, by the collection that holds it. */
const REFERENCES: Record<RecordCollection, readonly ReferenceField[]> = {
  actors: [{ field: 'memberships', key: 'organization', target: 'actors' }],
  sources: [],
  demands: [{ field: 'by', target: 'actors' }, { field: 'of', target: 'actors' }, SOURCES],
  responses: [{ field: 'by', target: 'actors' }, { field: 'to', target: 'demands' }, SOURCES],
  deadlines: [
    { field: 'setBy', target: 'actors' },
    { field: 'demands', target: 'demands' },
    { field: 'extends', target: 'deadlines' },
    SOURCES,
  ],
  events: [
    { field: 'actors', target: 'actors' },
    { field: 'demands', target: 'demands' },
    { field: 'responses', target: 'responses' },
    { field: 'deadlines', target: 'deadlines' },
    SOURCES,
  ],
  claims: [SOURCES],
};

/** The records references may point at: which collection holds an id, and the ids of a collection. */
export interface IdLookup {
  collectionOf(id: string): RecordCollection | undefined;
  idsOf(collection: RecordCollection): Iterable<string>;
}

/**
 * Checks the references of records one at a time against `ids`, pushing an issue for each that does not
 * resolve, with paths `[collection, index, field, …]`: for a reader that streams records past.
 */
export function referenceChecker(
  ids: IdLookup,
  issues: TimelineIssue[],
): (collection: RecordCollection, index: number, raw: unknown) => void {
  const references = new References(ids, issues);
  return (collection, index, raw) => references.checkRecord(collection, index, raw);
}

/**
 * Resolves references. It reads raw records, so that a record with a schema problem still has its references
 * checked; values of the wrong type are skipped here, as the schema reports them.
 */
class References {
  /** Suggestions cost a search each: a crafted input with a million dangling references gets the first 100. */
  private suggestionsLeft = 100;
  private readonly idsByCollection = new Map<RecordCollection, string[]>();

  constructor(
    private readonly ids: IdLookup,
    private readonly issues: TimelineIssue[],
  ) {}

  checkRecord(collection: RecordCollection, index: number, raw: unknown): void {
    if (typeof raw !== 'object' || raw === null) return;
    // Paths are built only for a reference that fails: a million records would otherwise make millions of them.
    for (const { field, key, target } of REFERENCES[collection]) {
      const value = Object.hasOwn(raw, field) ? (raw as Record<string, unknown>)[field] : undefined;
      if (typeof value === 'string' && key === undefined && !this.resolves(value, target))
        this.report(value, target, [collection, index, field]);
      if (!Array.isArray(value)) continue;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (key === undefined) {
          if (typeof item === 'string' && !this.resolves(item, target))
            this.report(item, target, [collection, index, field, i]);
        } else if (typeof item === 'object' && item !== null && Object.hasOwn(item, key)) {
          const id = (item as Record<string, unknown>)[key];
          if (typeof id === 'string' && !this.resolves(id, target))
            this.report(id, target, [collection, index, field, i, key]);
        }
      }
    }
  }

  /** The id of the right kind nearest to an unknown one (`interior-ministry` → `interior-ministry-pk`). */
  private nearestId(id: string, collection: RecordCollection): string | undefined {
    if (this.suggestionsLeft <= 0) return undefined;
    this.suggestionsLeft--;
    let list = this.idsByCollection.get(collection);
    if (list === undefined) {
      list = [...this.ids.idsOf(collection)];
      this.idsByCollection.set(collection, list);
    }
    return nearest(id, list);
  }

  private resolves(id: string, collection: RecordCollection): boolean {
    return this.ids.collectionOf(id) === collection;
  }

  private report(id: string, collection: RecordCollection, path: IssuePath): void {
    const of = this.ids.collectionOf(id);
    const found = of === undefined ? undefined : { collection: of };
    if (found === undefined) {
      const near = this.nearestId(id, collection);
      const hint = near === undefined ? '' : `; did you mean ${quoted(near)}?`;
      this.issues.push(
        issue('unknown-reference', path, `no ${singular(collection)} has id ${quoted(id)}${hint}`, id),
      );
    } else if (found.collection !== collection) {
      this.issues.push(
        issue(
          'unknown-reference',
          path,
          `${quoted(id)} is ${withArticle(singular(found.collection))}, not ${withArticle(singular(collection))}`,
          id,
        ),
      );
    }
  }
}

/** Each deadline is extended at most once, and following `extends` never comes back to where it started. */
function checkExtensionChains(valid: ValidRecords, issues: TimelineIssue[]): void {
  const extendsOf = new Map<string, string>();
  const indexOf = new Map<string, number>();
  const extendedBy = new Map<string, string>();
  for (const { record, index } of valid.deadlines) {
    indexOf.set(record.id, index);
    if (record.extends === undefined) continue;
    extendsOf.set(record.id, record.extends);
    const other = extendedBy.get(record.extends);
    if (other !== undefined) {
      issues.push(
        issue(
          'extension-branch',
          ['deadlines', index, 'extends'],
          `deadlines ${other} and ${record.id} both extend ${record.extends}`,
        ),
      );
    } else extendedBy.set(record.extends, record.id);
  }
  reportCycles(extendsOf, (cycle) => {
    const first = cycle[0] as string;
    issues.push(
      issue(
        'extension-cycle',
        ['deadlines', indexOf.get(first) ?? 0, 'extends'],
        `the extensions loop: ${[...cycle, first].join(' → ')}`,
      ),
    );
  });
}

/** No actor is, through its memberships, a member of itself. */
function checkMembershipCycles(valid: ValidRecords, issues: TimelineIssue[]): void {
  const indexOf = new Map<string, number>();
  const edges = new Map<string, string[]>();
  for (const { record, index } of valid.actors) {
    indexOf.set(record.id, index);
    if (record.memberships !== undefined)
      edges.set(
        record.id,
        record.memberships.map((m) => m.organization),
      );
  }
  reportCycles(edges, (cycle) => {
    const first = cycle[0] as string;
    issues.push(
      issue(
        'membership-cycle',
        ['actors', indexOf.get(first) ?? 0, 'memberships'],
        `the memberships loop: ${[...cycle, first].join(' → ')}`,
      ),
    );
  });
}

/**
 * Reports cycles of a directed graph in linear time, without recursion: each back edge found by a depth-first
 * search reports the cycle it closes (so a crafted graph cannot make this quadratic, the report names the cycle
 * only by its first node and length when it is long).
 */
function reportCycles(
  edges: Map<string, string | readonly string[]>,
  report: (cycle: string[]) => void,
): void {
  const done = new Set<string>();
  const depthOf = new Map<string, number>();
  const stack: { node: string; next: number }[] = [];
  for (const root of edges.keys()) {
    if (done.has(root)) continue;
    stack.push({ node: root, next: 0 });
    depthOf.set(root, 0);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { node: string; next: number };
      const out = edges.get(frame.node);
      const targets = out === undefined ? [] : typeof out === 'string' ? [out] : out;
      if (frame.next >= targets.length) {
        done.add(frame.node);
        depthOf.delete(frame.node);
        stack.pop();
        continue;
      }
      const target = targets[frame.next++] as string;
      const depth = depthOf.get(target);
      if (depth !== undefined) {
        const length = stack.length - depth;
        report(
          length <= 10
            ? stack.slice(depth).map((f) => f.node)
            : [target, `… ${length - 2} more …`, (stack[stack.length - 1] as { node: string }).node],
        );
      } else if (!done.has(target)) {
        depthOf.set(target, stack.length);
        stack.push({ node: target, next: 0 });
      }
    }
  }
}

const FIELD_CODES: Record<string, IssueCode> = {
  country: 'invalid-country',
  countries: 'invalid-country',
  url: 'invalid-url',
};

/** Turns zod's issues into this library's, with stable codes and paths from the root. */
function zodIssues(list: readonly z.core.$ZodIssue[], prefix: IssuePath): TimelineIssue[] {
  const out: TimelineIssue[] = [];
  for (const zi of list) {
    const path = [...prefix, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const field = [...zi.path].reverse().find((p) => typeof p === 'string') as string | undefined;
    const input = (zi as { input?: unknown }).input;
    if (input === undefined && zi.code !== 'unrecognized_keys' && zi.code !== 'custom') {
      out.push(issue('missing-field', path, `${field ?? 'the value'} is required`));
      continue;
    }
    switch (zi.code) {
      case 'unrecognized_keys':
        for (const key of zi.keys) {
          // Typos come one or two at a time; an object of many unknown fields gets no search per field.
          const near = zi.keys.length <= 20 ? nearestFieldAt(path, key) : undefined;
          const hint = near === undefined ? '' : `; did you mean ${quoted(near)}?`;
          out.push(issue('unknown-field', [...path, key], `unknown field ${quoted(key)}${hint}`));
        }
        break;
      case 'invalid_type':
        out.push(issue('wrong-type', path, `expected ${zi.expected}, got ${describe(input)}`, input));
        break;
      case 'invalid_union':
        out.push(unionIssue(zi, path, input));
        break;
      case 'too_small':
        if (field === 'sources' && zi.origin === 'array') out.push(issue('missing-source', path, zi.message));
        else out.push(issue('too-small', path, zi.message, input));
        break;
      case 'too_big':
        out.push(issue('too-large', path, zi.message, input));
        break;
      case 'invalid_format':
        if (zi.format === 'url') out.push(issue('invalid-url', path, zi.message, input));
        else out.push(issue('invalid-id', path, zi.message, input));
        break;
      case 'invalid_value':
        out.push(
          issue(
            field !== undefined ? (FIELD_CODES[field] ?? 'invalid-value') : 'invalid-value',
            path,
            valueMessage(zi),
            input,
          ),
        );
        break;
      case 'custom': {
        const code = (zi.params as { code?: IssueCode } | undefined)?.code ?? 'invalid-value';
        out.push(issue(code, path, zi.message, input));
        break;
      }
      default:
        out.push(issue('invalid-value', path, zi.message, input));
    }
  }
  return out;
}

/** The known field nearest to an unknown one at a path from the dispute's root. */
function nearestFieldAt(path: IssuePath, key: string): string | undefined {
  const [first] = path;
  if (typeof first === 'string' && Object.hasOwn(RECORD_SCHEMAS, first) && path.length >= 2)
    return nearestField(first as RecordCollection, path.slice(2), key);
  return nearestField(undefined, path, key);
}

/** A date union failed: report why the string form failed, or that the object form was malformed. */
function unionIssue(zi: z.core.$ZodIssueInvalidUnion, path: IssuePath, input: unknown): TimelineIssue {
  if (typeof input === 'string') {
    const result = readDate(input, 'UTC');
    if ('code' in result) return issue(result.code, path, result.message, input);
  }
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const nested = zi.errors.flat().filter((e) => e.code !== 'invalid_type' || e.path.length > 0);
    const first = zodIssues(nested, path)[0];
    if (first !== undefined) return first;
  }
  return issue(
    'wrong-type',
    path,
    `expected an EDTF date string or { value, timeZone }; got ${describe(input)}`,
    input,
  );
}

function valueMessage(zi: z.core.$ZodIssueInvalidValue): string {
  const options = zi.values.map((v) => JSON.stringify(v));
  return options.length <= 20 ? `expected one of ${options.join(', ')}` : zi.message;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function show(value: DateValue): string {
  return typeof value === 'string' ? value : `${value.value} (${value.timeZone})`;
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function singular(collection: RecordCollection): string {
  return collection === 'responses' ? 'response' : collection.slice(0, -1);
}
