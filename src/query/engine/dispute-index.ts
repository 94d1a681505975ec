import { describeValue } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import {
  builtDateLikeEvents,
  builtDispute,
  builtEventActors,
  builtEventInstants,
  type EventActorNumbers,
  mayBeDate,
} from '../../builder/seam.js';
import type { ParsedDate } from '../../dates/edtf.js';
import type { Actor } from '../../model/actor.js';
import type { Deadline } from '../../model/deadline.js';
import type { Demand } from '../../model/demand.js';
import type { Dispute, RecordCollection } from '../../model/dispute.js';
import type { TimelineEvent } from '../../model/event.js';
import { compareDated, compareTimelineOrder, parsedDateOf } from '../../model/record-date.js';
import type { DemandResponse } from '../../model/response.js';
import { type ReachClass, unionPositions } from './search.js';

/**
 * Indexes of a dispute, built once and cached by the (frozen) dispute: each dated collection in timeline order
 * with its instants in typed arrays for binary search, positions grouped by actor, kind, service, source, demand
 * and confidence, and the closure of actor memberships.
 */

/** The dated collections a query reads. */
export type DatedCollection = 'events' | 'demands' | 'responses' | 'deadlines';

/** A record of a dated collection. */
export type DatedRecord = TimelineEvent | Demand | DemandResponse | Deadline;

/** What records can be grouped by. */
export type Facet =
  | 'actor'
  | 'actor-kind'
  | 'role'
  | 'kind'
  | 'service'
  | 'source'
  | 'demand'
  | 'deadline'
  | 'confidence';

/** One dated collection, in timeline order. */
export interface CollectionIndex {
  readonly collection: DatedCollection;
  readonly items: readonly DatedRecord[];
  /**
   * The date of the record at a position, read in the dispute's zone. For a built dispute's events it is read when
   * first asked for (validation kept only the instants below), then kept.
   */
  dateAt(position: number): ParsedDate;
  /** Whether some record's date is a set or a list (`[…]`, `{…}`), whose members may answer what its bounds do not. */
  hasMembers(): boolean;
  /** First instants, by position: ascending, since the order is by earliest instant first. */
  readonly earliest: Float64Array;
  /** Last instants, by position. */
  readonly latest: Float64Array;
  /** Last instants, ascending. */
  readonly latestSorted: Float64Array;
  /** The positions of the records holding `key` under `facet`, ascending. */
  positions(facet: Facet, key: string): Int32Array;
  /** The positions of the records that involve an actor or any of its members. */
  actorPositions(actorId: string): Int32Array;
  /** The last instants of the records at `positions`, ascending (cached for the lists this index hands out). */
  latestSortedOf(positions: Int32Array): Float64Array;
  /** The records grouped by how long their dates span (a day, a month, a year…), each group in timeline order. */
  spans(): readonly SpanClass[];
}

/** Records whose dates span at most about as long as each other, with the longest span among them. */
export type SpanClass = ReachClass;

const DAY_MS = 86_400_000;
/** Upper bounds of the span classes: days (with a little room for zones), months, quarters, years, decades. */
const SPAN_LIMITS = [3 * DAY_MS, 32 * DAY_MS, 100 * DAY_MS, 400 * DAY_MS, 4_000 * DAY_MS, Infinity];

/** The indexes of one dispute. */
export interface DisputeIndex {
  readonly dispute: Dispute;
  /** The zone its dates are read in. */
  readonly timeZone: string;
  collection(name: DatedCollection): CollectionIndex;
  /** A record by id, with the collection that holds it; events are indexed only when asked for. */
  record(id: string): { readonly collection: RecordCollection; readonly record: unknown } | undefined;
  /** The actor and every actor that belongs to it, directly or through other memberships. */
  membersOf(actorId: string): readonly string[];
  /** The date of a dated record, read in the dispute's zone. */
  dateOf(record: DatedRecord): ParsedDate;
  /** A value derived from the dispute, computed once under `key`. */
  memo<T>(key: string, compute: () => T): T;
}

const cache = new WeakMap<object, DisputeIndex>();
const COLLECTIONS = ['actors', 'sources', 'demands', 'responses', 'deadlines', 'events', 'claims'] as const;

/**
 * The indexes of a dispute: from the cache when it is frozen (as every built dispute is), else built afresh,
 * since an object that can change cannot key a cache.
 * @throws `invalid-argument` when `dispute` is not a built dispute
 */
export function indexOf(dispute: Dispute, path: readonly (string | number)[] = ['dispute']): DisputeIndex {
  if (typeof dispute !== 'object' || dispute === null || Array.isArray(dispute)) {
    fail('invalid-argument', path, `expected a built dispute; got ${describeValue(dispute)}`);
  }
  const cached = cache.get(dispute);
  if (cached !== undefined) return cached;
  // A dispute this library did not build is validated first (and again on each call, as it may change).
  const valid = builtDispute(dispute, path);
  const index = cache.get(valid) ?? buildIndex(valid);
  cache.set(valid, index);
  return index;
}

function buildIndex(dispute: Dispute): DisputeIndex {
  const timeZone = dispute.timeZone ?? 'UTC';
  const collections = new Map<DatedCollection, CollectionIndex>();
  const ids = new Map<RecordCollection, Map<string, unknown>>();
  const actors = new Map<string, Actor>(dispute.actors.map((actor) => [actor.id, actor]));
  const demands = new Map<string, Demand>(dispute.demands.map((demand) => [demand.id, demand]));
  const members = new Map<string, readonly string[]>();
  const memos = new Map<string, unknown>();
  let memberEdges: Map<string, string[]> | null = null;
  let dateLikeEvents: ReadonlyMap<string, unknown> | undefined;

  const dateOf = (record: DatedRecord): ParsedDate =>
    parsedDateOf('due' in record ? record.due : record.date, dispute.timeZone);

  const index: DisputeIndex = {
    dispute,
    timeZone,
    collection(name) {
      let found = collections.get(name);
      if (found === undefined) {
        found = buildCollection(
          name,
          dispute[name] as readonly DatedRecord[],
          dateOf,
          index,
          actors,
          demands,
        );
        collections.set(name, found);
      }
      return found;
    },
    record(id) {
      for (const collection of COLLECTIONS) {
        let map = ids.get(collection);
        if (map === undefined) {
          // Every string a query reads is looked up here, dates too: to rule out an event whose id is that date,
          // only the events whose id could be a date are looked at (validation noted them) until an id of
          // another form is asked for.
          if (collection === 'events' && mayBeDate(id)) {
            dateLikeEvents ??=
              builtDateLikeEvents(dispute.events) ??
              new Map(dispute.events.filter((e) => mayBeDate(e.id)).map((e) => [e.id, e]));
            map = dateLikeEvents as Map<string, unknown>;
          } else {
            map = new Map((dispute[collection] as readonly { id: string }[]).map((r) => [r.id, r]));
            ids.set(collection, map);
          }
        }
        const record = map.get(id);
        if (record !== undefined) return { collection, record };
      }
      return undefined;
    },
    membersOf(actorId) {
      let found = members.get(actorId);
      if (found === undefined) {
        if (memberEdges === null) {
          memberEdges = new Map();
          for (const actor of dispute.actors) {
            for (const membership of actor.memberships ?? []) {
              const list = memberEdges.get(membership.organization) ?? [];
              list.push(actor.id);
              memberEdges.set(membership.organization, list);
            }
          }
        }
        const seen = new Set([actorId]);
        const queue = [actorId];
        for (let i = 0; i < queue.length; i++) {
          for (const member of memberEdges.get(queue[i] as string) ?? []) {
            if (!seen.has(member)) {
              seen.add(member);
              queue.push(member);
            }
          }
        }
        found = Object.freeze([...seen]);
        members.set(actorId, found);
      }
      return found;
    },
    dateOf,
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
  return index;
}

/** The index of one dated collection: its records in timeline order, with the date of each read once. */
function buildCollection(
  collection: DatedCollection,
  records: readonly DatedRecord[],
  dateOf: (record: DatedRecord) => ParsedDate,
  index: DisputeIndex,
  actors: ReadonlyMap<string, Actor>,
  demands: ReadonlyMap<string, Demand>,
): CollectionIndex {
  // Validation read the events' dates and sorted them: take the instants it read rather than read a million dates
  // again, and its order rather than compare a million neighbours again.
  const validated = collection === 'events' ? builtEventInstants(records) : undefined;
  let items: readonly DatedRecord[] = records;
  let dates: (ParsedDate | undefined)[];
  let earliest: Float64Array;
  let latest: Float64Array;
  let sorted = true;
  if (validated !== undefined) {
    ({ earliest, latest } = validated);
    dates = [];
  } else {
    dates = records.map(dateOf);
    for (let i = 1; i < records.length && sorted; i++) {
      sorted =
        compareDated(
          dates[i - 1] as ParsedDate,
          records[i - 1] as DatedRecord,
          dates[i] as ParsedDate,
          records[i] as DatedRecord,
        ) <= 0;
    }
    if (!sorted) {
      const entries = records.map((record, i) => ({
        record,
        id: record.id as string,
        sequence: record.sequence,
        date: dates[i] as ParsedDate,
      }));
      entries.sort(compareTimelineOrder);
      items = entries.map((e) => e.record);
      dates = entries.map((e) => e.date);
    }
    earliest = new Float64Array(dates.length);
    latest = new Float64Array(dates.length);
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i] as ParsedDate;
      earliest[i] = date.earliest;
      latest[i] = date.latest;
    }
  }
  items = Object.isFrozen(items) ? items : Object.freeze(items);
  const n = items.length;
  const dateAt = (position: number): ParsedDate => {
    let date = dates[position];
    if (date === undefined) {
      date = dateOf(items[position] as DatedRecord);
      dates[position] = date;
    }
    return date;
  };
  let membered: boolean | undefined;
  // A set or a list is the only date with members: a text that starts with its bracket and is no interval (an
  // interval's end may be a set, but the interval has no members), in any zone.
  const hasMembers = (): boolean => {
    if (membered !== undefined) return membered;
    membered = false;
    for (let i = 0; i < n && !membered; i++) {
      const record = items[i] as DatedRecord;
      const value = 'due' in record ? record.due : record.date;
      const text = typeof value === 'string' ? value : value.value;
      const first = text.charCodeAt(0);
      membered = (first === 91 || first === 123) && !text.includes('/');
    }
    return membered;
  };
  const latestSorted = latest.slice().sort();
  const facets = new Map<Facet, Map<string, Int32Array>>();
  const byActor = new Map<string, Int32Array>();
  /** The positions of the events that involve an actor itself, not its members. */
  const byActorAlone = new Map<string, Int32Array>();
  const sortedLatest = new WeakMap<Int32Array, Float64Array>();
  const empty = new Int32Array(0);
  // The events' actors as numbers, from validation: a selection by actor is then one pass over typed arrays,
  // where grouping every event by actor reads a million lists and hashes every id in them.
  const numbered = sorted && collection === 'events' ? builtEventActors(records) : undefined;
  const ofActors =
    numbered !== undefined && numbered.lists.length === n
      ? (ids: readonly string[]) =>
          positionsOfActors(numbered, ids, index.dispute.actors, items as readonly TimelineEvent[])
      : undefined;

  const facetOf = (facet: Facet): Map<string, Int32Array> => {
    let map = facets.get(facet);
    if (map === undefined) {
      map = groupPositions(n, (position) =>
        keysOf(items[position] as DatedRecord, collection, facet, actors, demands),
      );
      facets.set(facet, map);
    }
    return map;
  };

  let spans: readonly SpanClass[] | undefined;
  const spanClasses = (): readonly SpanClass[] => {
    if (spans !== undefined) return spans;
    // Two passes: the class of each record and the size of each class, then each class's positions in order.
    const classOf = new Uint8Array(n);
    const sizes = new Int32Array(SPAN_LIMITS.length);
    const longest = new Float64Array(SPAN_LIMITS.length);
    for (let i = 0; i < n; i++) {
      const span = (latest[i] as number) - (earliest[i] as number);
      let k = 0;
      while (!(span <= (SPAN_LIMITS[k] as number)) && k < SPAN_LIMITS.length - 1) k++;
      classOf[i] = k;
      sizes[k] = (sizes[k] as number) + 1;
      if (span > (longest[k] as number)) longest[k] = span;
    }
    const classes = Array.from(SPAN_LIMITS, (_, k) => ({
      positions: new Int32Array(sizes[k] as number),
      earliest: new Float64Array(sizes[k] as number),
      longest: longest[k] as number,
    }));
    const filled = new Int32Array(SPAN_LIMITS.length);
    for (let i = 0; i < n; i++) {
      const k = classOf[i] as number;
      const at = filled[k] as number;
      const c = classes[k] as SpanClass;
      c.positions[at] = i;
      c.earliest[at] = earliest[i] as number;
      filled[k] = at + 1;
    }
    spans = classes.filter((c) => c.positions.length > 0);
    return spans;
  };

  return {
    collection,
    items,
    dateAt,
    hasMembers,
    spans: spanClasses,
    earliest,
    latest,
    latestSorted,
    positions: (facet, key) => {
      if (facet !== 'actor' || ofActors === undefined || facets.has('actor'))
        return facetOf(facet).get(key) ?? empty;
      let found = byActorAlone.get(key);
      if (found === undefined) {
        found = ofActors([key]);
        byActorAlone.set(key, found);
      }
      return found;
    },
    actorPositions(actorId) {
      let found = byActor.get(actorId);
      if (found === undefined) {
        if (ofActors !== undefined) found = ofActors(index.membersOf(actorId));
        else {
          const direct = facetOf('actor');
          found = unionPositions(
            index.membersOf(actorId).map((id) => direct.get(id) ?? empty),
            n,
          );
        }
        byActor.set(actorId, found);
      }
      return found;
    },
    latestSortedOf(positions) {
      let found = sortedLatest.get(positions);
      if (found === undefined) {
        found = new Float64Array(positions.length);
        for (let i = 0; i < positions.length; i++) found[i] = latest[positions[i] as number] as number;
        found.sort();
        sortedLatest.set(positions, found);
      }
      return found;
    },
  };
}

/**
 * The positions `0 … n − 1` grouped by the keys each holds (a key given twice by one position counted once), each
 * group ascending. Keys are numbered as they come and each position's numbers kept in one flat list, so that the
 * groups are typed arrays of their exact size, filled in a second pass.
 */
function groupPositions(n: number, keysAt: (position: number) => readonly string[]): Map<string, Int32Array> {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  let counts = new Int32Array(16);
  let flat = new Int32Array(n + 16);
  const starts = new Int32Array(n + 1);
  let length = 0;
  for (let position = 0; position < n; position++) {
    const start = length;
    starts[position] = start;
    const keys = keysAt(position);
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j] as string;
      let number = numbers.get(key);
      if (number === undefined) {
        number = names.length;
        numbers.set(key, number);
        names.push(key);
        if (number === counts.length) {
          const grown = new Int32Array(counts.length * 2);
          grown.set(counts);
          counts = grown;
        }
      }
      let again = false;
      for (let q = start; q < length && !again; q++) again = flat[q] === number;
      if (again) continue;
      if (length === flat.length) {
        const grown = new Int32Array(flat.length * 2);
        grown.set(flat);
        flat = grown;
      }
      flat[length++] = number;
      counts[number] = (counts[number] as number) + 1;
    }
  }
  starts[n] = length;
  const groups = names.map((_, number) => new Int32Array(counts[number] as number));
  const filled = new Int32Array(names.length);
  for (let position = 0; position < n; position++) {
    for (let q = starts[position] as number; q < (starts[position + 1] as number); q++) {
      const number = flat[q] as number;
      (groups[number] as Int32Array)[filled[number] as number] = position;
      filled[number] = (filled[number] as number) + 1;
    }
  }
  return new Map(names.map((name, number) => [name, groups[number] as Int32Array]));
}

/**
 * The positions of the events that involve any of `ids`, ascending, from the numbers validation gave the events'
 * actors (see `builder/event-actors.ts`): each list of numbers checked once against a mark for each actor wanted,
 * then one pass over the events' list numbers, with no id hashed and no event read; an event without a list of
 * numbers has its own list read.
 */
function positionsOfActors(
  numbered: EventActorNumbers,
  ids: readonly string[],
  actorList: readonly Actor[],
  events: readonly TimelineEvent[],
): Int32Array {
  const { lists, ends, items } = numbered;
  const n = lists.length;
  const wanted = new Set(ids);
  const marks = new Uint8Array(actorList.length);
  for (let i = 0; i < actorList.length; i++) if (wanted.has((actorList[i] as Actor).id)) marks[i] = 1;
  // Whether each list names an actor wanted: a list is read once, however many events name it.
  const hits = new Uint8Array(ends.length);
  let start = 0;
  for (let l = 0; l < ends.length; l++) {
    const end = ends[l] as number;
    for (let q = start; q < end && hits[l] === 0; q++) hits[l] = marks[items[q] as number] as number;
    start = end;
  }
  const out = new Int32Array(n);
  let kept = 0;
  for (let p = 0; p < n; p++) {
    const list = lists[p] as number;
    if (list >= 0 ? hits[list] === 1 : (events[p] as TimelineEvent).actors.some((id) => wanted.has(id)))
      out[kept++] = p;
  }
  return out.slice(0, kept);
}

/** The actors a record involves: an event's actors, who demands and of whom, who responds, who sets a deadline. */
export function actorsOf(record: DatedRecord, collection: DatedCollection): readonly string[] {
  switch (collection) {
    case 'events':
      return (record as TimelineEvent).actors;
    case 'demands':
      return [...(record as Demand).by, ...(record as Demand).of];
    case 'responses':
      return (record as DemandResponse).by;
    case 'deadlines':
      return (record as Deadline).setBy;
  }
}

/** The demands a record concerns; a demand concerns itself. */
export function demandsOf(record: DatedRecord, collection: DatedCollection): readonly string[] {
  switch (collection) {
    case 'events':
      return (record as TimelineEvent).demands ?? [];
    case 'demands':
      return [record.id];
    case 'responses':
      return (record as DemandResponse).to;
    case 'deadlines':
      return (record as Deadline).demands;
  }
}

/** The kind of a record: an event's kind; `demand`, `response` or `deadline` for the others. */
export function kindOf(record: DatedRecord, collection: DatedCollection): string {
  return collection === 'events' ? (record as TimelineEvent).kind : collection.slice(0, -1);
}

function keysOf(
  record: DatedRecord,
  collection: DatedCollection,
  facet: Facet,
  actors: ReadonlyMap<string, Actor>,
  demands: ReadonlyMap<string, Demand>,
): readonly string[] {
  switch (facet) {
    case 'actor':
      return actorsOf(record, collection);
    case 'actor-kind':
      return actorsOf(record, collection).flatMap((id) => actors.get(id)?.kind ?? []);
    case 'role':
      return actorsOf(record, collection).flatMap((id) =>
        (actors.get(id)?.memberships ?? []).flatMap((m) =>
          m.role === undefined ? [] : [m.role.toLowerCase()],
        ),
      );
    case 'kind':
      return [kindOf(record, collection)];
    case 'service':
      return demandsOf(record, collection).flatMap((id) =>
        (demands.get(id)?.services ?? []).map((s) => s.toLowerCase()),
      );
    case 'source':
      return ((record as { sources?: readonly { source: string }[] }).sources ?? []).map((c) => c.source);
    case 'demand':
      return demandsOf(record, collection);
    case 'deadline':
      return collection === 'events'
        ? ((record as TimelineEvent).deadlines ?? [])
        : collection === 'deadlines'
          ? [record.id]
          : [];
    case 'confidence':
      return collection === 'events' ? [(record as TimelineEvent).confidence] : [];
  }
}
