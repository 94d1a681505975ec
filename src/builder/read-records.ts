import { issue } from '../_lib/issues.js';
import { quoted } from '../_lib/text.js';
import type { TimelineIssue } from '../errors/index.js';
import { MAX_RECORDS, RECORD_SCHEMAS, type RecordCollection } from '../model/dispute.js';
import { mayBeDate } from './built.js';
import { EventActors, NO_LIST } from './event-actors.js';
import { EventInstants } from './event-instants.js';
import { canReadInPlace, EventReader } from './fast-event.js';
import { COLLECTIONS, type DuplicateReport, Ids, placeOf } from './places.js';
import type { Valid, ValidList } from './rules/rule.js';
import type { Copier } from './snapshot.js';
import { describe, zodIssues } from './zod-issues.js';

/** A list of valid records and their positions in the input, filled as they are read. */
class Listed<C extends RecordCollection> implements ValidList<C> {
  readonly records: Valid<C>[] = [];
  /** The positions, once one differs from the record's place in `records` (events: most lists have no gap). */
  private positions: number[] | undefined;

  add(record: Valid<C>, index: number): void {
    if (this.positions === undefined && index !== this.records.length)
      this.positions = this.records.map((_, i) => i);
    this.records.push(record);
    this.positions?.push(index);
  }

  get indices(): readonly number[] {
    this.positions ??= this.records.map((_, i) => i);
    return this.positions;
  }
}

/**
 * Reads the collections of a dispute's JSON form, record by record: each id declared (a duplicate reported),
 * each record checked by its schema, or for an event by the fast path (`fast-event.ts`) when it is certainly
 * valid, and kept when valid. What it gathers is what the rules and the built dispute are made of.
 */
export class RecordsReader {
  readonly issues: TimelineIssue[] = [];
  readonly ids = new Ids();
  readonly valid = Object.fromEntries(COLLECTIONS.map((c) => [c, new Listed()])) as unknown as {
    readonly [C in RecordCollection]: Listed<C>;
  };
  /** The instants of each valid event's date when the fast path read it, by its place in `valid.events`. */
  instants = new EventInstants(0);
  /** The events whose references could not be resolved as they were read: the references rule reads these. */
  readonly eventsToCheck: number[] = [];
  /** The events whose id could also be read as a date: a query given a date string asks whether it names one. */
  readonly dateLikeEvents = new Map<string, Valid<'events'>>();
  /** The actors of each valid event as numbers, in reading order (see `event-actors.ts`). */
  actors = new EventActors();
  private readonly reader: EventReader | undefined;
  private readonly reportEvent: DuplicateReport = (index, id, found) =>
    this.duplicate('events', index, id, found);

  /**
   * @param copier - the copier of the caller's input, or `undefined` for plain data (what `JSON.parse` gives),
   *   read in place when nothing enumerable is on Object.prototype (anything else is copied)
   */
  constructor(
    disputeZone: string | undefined,
    private readonly copier: Copier | undefined,
  ) {
    this.reader =
      copier !== undefined || canReadInPlace()
        ? new EventReader(disputeZone ?? 'UTC', {
            copier,
            resolves: (id, collection) => this.ids.resolves(id, collection),
            numberActors: (list) => this.ids.numberActors(list, this.actors),
            sharedDates: true,
          })
        : undefined;
  }

  /** Reads every collection of `source`, in the order of the JSON form. */
  readAll(source: Record<string, unknown>): void {
    for (const collection of COLLECTIONS) {
      const list = Object.hasOwn(source, collection) ? source[collection] : undefined;
      if (list === undefined) continue;
      if (!Array.isArray(list))
        this.issues.push(issue('wrong-type', [collection], `${collection} is a list; got ${describe(list)}`));
      else if (list.length > MAX_RECORDS)
        this.issues.push(
          issue('too-large', [collection], `${collection} holds at most ${MAX_RECORDS} records`),
        );
      else if (collection === 'events') this.readEvents(list);
      else for (let index = 0; index < list.length; index++) this.readRecord(collection, list[index], index);
    }
  }

  private readRecord(collection: RecordCollection, raw: unknown, index: number): void {
    const id =
      typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'id')
        ? (raw as { id: unknown }).id
        : undefined;
    if (typeof id === 'string') {
      const found = this.ids.declare(id, collection, index);
      if (found !== undefined) this.duplicate(collection, index, id, found);
    }
    const parsed = RECORD_SCHEMAS[collection].safeParse(raw, { reportInput: true });
    if (parsed.success) (this.valid[collection] as Listed<RecordCollection>).add(parsed.data, index);
    else pushAll(this.issues, zodIssues(parsed.error.issues, [collection, index]));
  }

  /** The events: the list is the copier's (or JSON.parse's), and each is replaced by what was read of it. */
  private readEvents(list: unknown[]): void {
    const { ids, reader, copier } = this;
    ids.readEvents(list);
    this.actors = new EventActors(list.length);
    this.instants = new EventInstants(list.length);
    for (let index = 0; index < list.length; index++) {
      let raw: unknown = list[index];
      if (reader !== undefined) raw = reader.read(raw);
      else if (copier !== undefined) raw = copier.copy(raw, 2);
      list[index] = raw;
      if (reader === undefined || !reader.dated) {
        this.readEvent(raw, index);
        continue;
      }
      // Certainly valid: its only issue can be its id's, declared in a batch, in order (see `Ids.flushEvents`).
      const event = raw as Valid<'events'>;
      ids.queueEvent(event.id, index, this.reportEvent);
      this.instants.set(this.valid.events.records.length, reader.earliest, reader.latest, reader.rank);
      this.keepEvent(event, index);
      if (reader.resolved) this.actors.push(reader.actorList);
      else if (!ids.resolveEvent(event, this.actors)) this.eventsToCheck.push(index);
    }
    ids.flushEvents(this.reportEvent);
  }

  /** An event the fast path did not take: its id declared after the queued ones, then the schema's verdict. */
  private readEvent(raw: unknown, index: number): void {
    const id =
      typeof raw === 'object' && raw !== null && Object.hasOwn(raw, 'id')
        ? (raw as { id: unknown }).id
        : undefined;
    // Declared now, after the queued ids before it, so that its id's issue comes before its schema's.
    if (typeof id === 'string') this.ids.queueEvent(id, index, this.reportEvent);
    this.ids.flushEvents(this.reportEvent);
    this.eventsToCheck.push(index);
    const parsed = RECORD_SCHEMAS.events.safeParse(raw, { reportInput: true });
    if (parsed.success) {
      this.keepEvent(parsed.data as Valid<'events'>, index);
      this.actors.push(NO_LIST);
    } else pushAll(this.issues, zodIssues(parsed.error.issues, ['events', index]));
  }

  private keepEvent(event: Valid<'events'>, index: number): void {
    this.valid.events.add(event, index);
    if (mayBeDate(event.id)) this.dateLikeEvents.set(event.id, event);
  }

  private duplicate(collection: RecordCollection, index: number, id: string, found: number): void {
    const first = placeOf(found);
    this.issues.push(
      issue(
        'duplicate-id',
        [collection, index, 'id'],
        `id ${quoted(id)} is already used by ${first.collection}[${first.index}]`,
        id,
      ),
    );
  }
}

/** Appends one by one: spreading a list of 100,000+ issues into `push` overflows the stack. */
export function pushAll(issues: TimelineIssue[], more: readonly TimelineIssue[]): void {
  for (const one of more) issues.push(one);
}
