import { idOf } from '../_lib/record-id.js';
import { RECORD_SCHEMAS, type RecordCollection } from '../model/dispute.js';
import { type EventActors, NO_LIST } from './event-actors.js';
import { IdTable } from './id-table.js';
import type { IdLookup } from './references.js';
import type { Valid } from './rules/rule.js';

/** The collections of a dispute, in the order of its JSON form. */
export const COLLECTIONS = Object.freeze(Object.keys(RECORD_SCHEMAS) as RecordCollection[]);

const COLLECTION_NUMBER = Object.fromEntries(COLLECTIONS.map((c, i) => [c, i])) as Record<
  RecordCollection,
  number
>;

/** The collection number of the actors, in a {@link place}. */
const ACTORS = COLLECTION_NUMBER.actors;

/** Where a record is, as one number: its index times the number of collections, plus its collection's position. */
export function place(collection: RecordCollection, index: number): number {
  return index * COLLECTIONS.length + COLLECTION_NUMBER[collection];
}

/** The collection and index of a {@link place}. */
export function placeOf(at: number): { collection: RecordCollection; index: number } {
  return { collection: collectionAt(at), index: Math.floor(at / COLLECTIONS.length) };
}

/** The collection of a {@link place}. */
export function collectionAt(at: number): RecordCollection {
  return COLLECTIONS[at % COLLECTIONS.length] as RecordCollection;
}

/** Event ids declared in one batch: enough for the processor to wait for many slots of the id table at once. */
const EVENT_BATCH = 256;

/** Called with a record that declares an id already declared at `found` (a {@link place}). */
export type DuplicateReport = (index: number, id: string, found: number) => void;

/**
 * Where each id is declared, as one number (see {@link place}): a million ids need no million objects. Event
 * ids are kept apart from the others: no record refers to an event but a deadline's ending, so the references
 * of a million events are looked up in a map of the few hundred records they can name.
 */
export class Ids implements IdLookup {
  private readonly records = new Map<string, number>();
  /** The event ids, with the index of the event that declares each (see `id-table.ts`). */
  private events = new IdTable(0, () => '');
  /** Event ids waiting to be declared, in order, with their events' indices (see {@link Ids.flushEvents}). */
  private readonly queuedIds: string[] = [];
  private readonly queuedIndices: number[] = [];
  private readonly earlier: number[] = [];

  /** Where `id` is declared, or `undefined`. */
  get(id: string): number | undefined {
    const found = this.records.get(id);
    if (found !== undefined) return found;
    const event = this.events.get(id);
    return event === undefined ? undefined : place('events', event);
  }

  /** Declares the id of a record other than an event, and returns `undefined`; or, when it is declared already, where. */
  declare(id: string, collection: RecordCollection, index: number): number | undefined {
    const found = this.get(id);
    if (found === undefined) this.records.set(id, place(collection, index));
    return found;
  }

  /** Starts reading events from `list`, which will hold the copy of each event read before the next is declared. */
  readEvents(list: readonly unknown[]): void {
    this.events = new IdTable(list.length, (i) => idOf(list[i]) as string);
  }

  /**
   * Queues the id of the event at `index`, to be declared by the next {@link Ids.flushEvents}, which is called
   * when the queue is full: declared in batches, the ids of a million events wait for the id table's slots
   * many at a time (see {@link IdTable.addAll}).
   */
  queueEvent(id: string, index: number, report: DuplicateReport): void {
    this.queuedIndices.push(index);
    if (this.queuedIds.push(id) === EVENT_BATCH) this.flushEvents(report);
  }

  /**
   * Declares the queued event ids in their order, calling `report` with the place that already declared an id, as
   * declaring each at once would: a record's id first, else an earlier event's.
   */
  flushEvents(report: DuplicateReport): void {
    const ids = this.queuedIds;
    const indices = this.queuedIndices;
    const count = ids.length;
    if (count === 0) return;
    const records = this.records;
    // An id some other record has is not declared again: its event is reported, and a later event too.
    let clashes = false;
    for (let k = 0; k < count && !clashes; k++) clashes = records.has(ids[k] as string);
    if (!clashes) this.addAll(ids, indices, count, report);
    else
      for (let k = 0; k < count; k++) {
        const id = ids[k] as string;
        const index = indices[k] as number;
        const record = records.get(id);
        const event = record === undefined ? this.events.add(id, index) : undefined;
        if (record !== undefined) report(index, id, record);
        else if (event !== undefined) report(index, id, place('events', event));
      }
    ids.length = 0;
    indices.length = 0;
  }

  private addAll(ids: string[], indices: number[], count: number, report: DuplicateReport): void {
    const earlier = this.earlier;
    this.events.addAll(ids, indices, count, earlier);
    for (let k = 0; k < count; k++) {
      const at = earlier[k] as number;
      if (at >= 0) report(indices[k] as number, ids[k] as string, place('events', at));
    }
  }

  /** Whether `id` is declared in `collection`. */
  resolves(id: string, collection: RecordCollection): boolean {
    if (collection === 'events') return this.events.get(id) !== undefined && !this.records.has(id);
    const found = this.records.get(id);
    return found !== undefined && collectionAt(found) === collection;
  }

  /**
   * Whether every reference of an event the fast path took resolves among the records declared so far; when
   * one does not (or names a record declared later), the reference check reads the event again and reports.
   */
  resolveEvent(event: Valid<'events'>, actors: EventActors): boolean {
    const list = this.numberActors(event.actors, actors);
    actors.push(list);
    return (
      list !== NO_LIST &&
      this.all(event.demands, 'demands') &&
      this.all(event.responses, 'responses') &&
      this.all(event.deadlines, 'deadlines') &&
      event.sources.every((citation) => this.resolves(citation.source, 'sources'))
    );
  }

  /**
   * The number of a new list of `actors` holding the numbers of `ids` (each actor's position among the actors), or
   * {@link NO_LIST} when an id names no actor: the lookup the check makes anyway gives each number.
   */
  numberActors(ids: readonly string[], actors: EventActors): number {
    actors.begin();
    const records = this.records;
    for (let i = 0; i < ids.length; i++) {
      const found = records.get(ids[i] as string);
      if (found === undefined || collectionAt(found) !== 'actors') return actors.close(false);
      actors.add((found - ACTORS) / COLLECTIONS.length);
    }
    return actors.close(true);
  }

  private all(list: readonly string[] | undefined, collection: RecordCollection): boolean {
    if (list === undefined) return true;
    for (let i = 0; i < list.length; i++) if (!this.resolves(list[i] as string, collection)) return false;
    return true;
  }

  collectionOf(id: string): RecordCollection | undefined {
    const at = this.get(id);
    return at === undefined ? undefined : collectionAt(at);
  }

  /** Every id declared in `collection`, for suggestions. */
  idsOf(collection: RecordCollection): string[] {
    if (collection === 'events') return this.events.values();
    const out: string[] = [];
    for (const [known, where] of this.records) if (collectionAt(where) === collection) out.push(known);
    return out;
  }
}
