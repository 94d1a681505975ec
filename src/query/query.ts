import { checkDays, checkOneOf, checkText, describeValue, optionsObject } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import type { ParsedDate } from '../dates/edtf.js';
import type { Truth } from '../dates/truth.js';
import { type Actor, type ActorKind, ActorKindSchema } from '../model/actor.js';
import { type Confidence, ConfidenceSchema } from '../model/common.js';
import type { Deadline } from '../model/deadline.js';
import type { Demand } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import { type EventKind, EventKindSchema, type TimelineEvent } from '../model/event.js';
import type { ActorId, DemandId, PlainId, SourceId } from '../model/ids.js';
import type { DemandResponse } from '../model/response.js';
import type { Source } from '../model/source.js';
import { ALLEN_RELATIONS, type AllenRelation, relationTruth } from './allen.js';
import { type DateLike, readDateLike } from './date-like.js';
import { monthOf } from './engine/days.js';
import { statusTruths } from './engine/deadline-states.js';
import {
  actorsOf,
  type CollectionIndex,
  type DatedCollection,
  type DatedRecord,
  type DisputeIndex,
  indexOf,
  kindOf,
  type SpanClass,
} from './engine/dispute-index.js';
import { demandOf, recordOf } from './engine/records.js';
import { countAtOrBelow, countBelow, intersectPositions, reachOf } from './engine/search.js';
import {
  afterWindow,
  and,
  beforeWindow,
  dateWindowTruth,
  type Window,
  windowTruth,
  withinWindow,
} from './engine/windows.js';
import { keeps, type Labelled, type Match, spanOf, spanWindowOf, type TimePredicate } from './predicates.js';

/**
 * What {@link Query.groupBy} and {@link Query.countBy} group by: each actor a record involves, the month of its
 * date, or its kind.
 *
 * @category Query
 * @example
 * ```ts
 * import { query, type GroupKey } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const key: GroupKey = 'month';
 * query(blackberryPakistan2015).events().countBy(key);
 * //=> { '2010-01/2010-12': 1, '2015-07': 3, '2015-11': 3, '2015-12': 1 }
 * ```
 */
export type GroupKey = 'actor' | 'month' | 'kind';

/**
 * The records sharing one key, in timeline order.
 *
 * @category Query
 * @example
 * ```ts
 * import { query, type Group, type TimelineEvent } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const [first]: readonly Group<TimelineEvent>[] = query(blackberryPakistan2015).events().groupBy('kind');
 * first?.key;
 * //=> 'demand'
 * ```
 */
export interface Group<T> {
  /** An actor id, a month (`2015-07`, or a span of months `2010-01/2010-12` for a date less precise), or a kind. */
  readonly key: string;
  /** The records with that key, in timeline order. */
  readonly items: readonly T[];
}

/**
 * A question about one collection of a dispute, built step by step: each step returns a new query and leaves the
 * one it was called on unchanged. Time steps combine as "and", three-valued; the match mode (`certain()` by
 * default, `possible()`, `uncertain()`) decides which answers the terminal methods keep. Results come in
 * timeline order (earliest instant, then coarser precision first, then id) and are frozen.
 *
 * Counting with one time step and any selections is a binary search in indexes built once per dispute.
 *
 * @category Query
 * @example
 * ```ts
 * import { query, type Query, type TimelineEvent } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const events: Query<TimelineEvent> = query(blackberryPakistan2015).events();
 * events.before('deadline-2015-12-30').byActor('pta').toArray().map((event) => event.id);
 * //=> [ 'pta-directs-operators', 'pta-affected-users', 'pta-extends-deadline' ]
 * ```
 */
export interface Query<T> {
  /** Keeps the records before a date or dated record (or its id): see {@link before}. */
  before(ref: DateLike): Query<T>;
  /** Keeps the records after a date or dated record: see {@link after}. */
  after(ref: DateLike): Query<T>;
  /** Keeps the records on a day, month or year: see {@link on}. */
  on(ref: DateLike): Query<T>;
  /** Keeps the records from `start` to `end`, both included: see {@link between}. */
  between(start: DateLike, end: DateLike): Query<T>;
  /** Keeps the records within `days` calendar days before or after a date: see {@link within}. */
  within(days: number, direction: 'before' | 'after', ref: DateLike): Query<T>;
  /** Keeps the records standing in one of Allen's relations to a date: see {@link relate}. */
  relate(relation: AllenRelation, ref: DateLike): Query<T>;
  /**
   * Keeps the deadlines in force at the end of a date: `pending` (see {@link deadlineState}) — set, not yet
   * superseded by an extension, not ended (rescinded, met…), not stayed, and not yet passed; `maybe` while an
   * imprecise or unknown date leaves it open. A deadline whose due date has passed with no ending recorded is
   * `passed`, not in force. Other records are never in force.
   */
  inForce(ref: DateLike): Query<T>;
  /** Keeps the records a test accepts: a {@link TimePredicate}, or a function answering a boolean or a {@link Truth}. */
  where(test: TimePredicate | ((record: T) => boolean | Truth)): Query<T>;
  /** Keeps the records involving an actor, or (unless `members: false`) any actor that belongs to it. */
  byActor<Text extends string>(
    actor: Actor | ActorId | PlainId<Text>,
    options?: { readonly members?: boolean },
  ): Query<T>;
  /** Keeps the records involving an actor of a kind (`regulator`, `company`…). */
  byActorKind(kind: ActorKind): Query<T>;
  /** Keeps the records involving an actor who holds a role in an organisation (`Spokesman`), ignoring case. */
  byRole(role: string): Query<T>;
  /** Keeps the records of a kind: an event's kind; `demand`, `response` or `deadline` for the other records. */
  byKind(kind: EventKind): Query<T>;
  /** Keeps the records concerning a service (`BES`, `BBM`), through the demands they concern, ignoring case. */
  byService(service: string): Query<T>;
  /** Keeps the records citing a source. */
  bySource<Text extends string>(source: Source | SourceId | PlainId<Text>): Query<T>;
  /** Keeps the records concerning a demand (a demand concerns itself). */
  byDemand<Text extends string>(demand: Demand | DemandId | PlainId<Text>): Query<T>;
  /** Keeps the events of any of the confidences given (other records have none, and are left out). */
  byConfidence(...confidences: readonly Confidence[]): Query<T>;
  /** Terminal methods keep the records that certainly match (the default). */
  certain(): Query<T>;
  /** Terminal methods keep the records that certainly or possibly match. */
  possible(): Query<T>;
  /** Terminal methods keep only the records that may or may not match. */
  uncertain(): Query<T>;
  /** The matching records. */
  toArray(): readonly T[];
  /** The records that certainly or possibly match, each labelled `yes` or `maybe`, whatever the match mode. */
  toLabelled(): readonly Labelled<T>[];
  /** The first matching record, or `undefined`. */
  first(): T | undefined;
  /** How many records match. */
  count(): number;
  /** The matching records grouped by actor, month or kind, groups in order of their first record. */
  groupBy(key: GroupKey): readonly Group<T>[];
  /** How many matching records each actor, month or kind has, in order of their first record. */
  countBy(key: GroupKey): Readonly<Record<string, number>>;
}

/**
 * The start of every query on a dispute: pick the collection to ask about.
 *
 * @category Query
 * @example
 * ```ts
 * import { query, type DisputeQuery } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const pakistan: DisputeQuery = query(blackberryPakistan2015);
 * pakistan.deadlines().count();
 * //=> 2
 * ```
 */
export interface DisputeQuery {
  /** Its events. */
  events(): Query<TimelineEvent>;
  /** Its demands, dated when made. */
  demands(): Query<Demand>;
  /** Its responses to demands. */
  responses(): Query<DemandResponse>;
  /** Its deadlines, dated when due. */
  deadlines(): Query<Deadline>;
}

type Test = (record: DatedRecord, date: ParsedDate) => Truth;
type Selector = (collection: CollectionIndex) => Int32Array;

interface State {
  readonly index: DisputeIndex;
  readonly collection: DatedCollection;
  readonly selectors: readonly Selector[];
  readonly windows: readonly Window[];
  readonly tests: readonly Test[];
  readonly match: Match;
}

const GROUP_KEYS: readonly GroupKey[] = ['actor', 'month', 'kind'];

class QueryImpl<T> implements Query<T> {
  /** The selected positions, computed on first use; the query itself never changes. */
  private readonly memo: { positions?: Int32Array | null } = {};

  constructor(private readonly state: State) {
    Object.freeze(this);
  }

  before(ref: DateLike): Query<T> {
    return this.withWindow(beforeWindow(this.read(ref, ['ref'])));
  }
  after(ref: DateLike): Query<T> {
    return this.withWindow(afterWindow(this.read(ref, ['ref'])));
  }
  on(ref: DateLike): Query<T> {
    return this.withWindow(spanWindowOf(this.read(ref, ['ref'])));
  }
  between(start: DateLike, end: DateLike): Query<T> {
    const read = (value: unknown, _zone: string, path: readonly (string | number)[]) =>
      this.read(value as DateLike, path);
    return this.withWindow(spanOf(start, end, this.state.index.timeZone, read));
  }
  within(days: number, direction: 'before' | 'after', ref: DateLike): Query<T> {
    const count = checkDays(days, ['days']);
    const side = checkOneOf(direction, ['before', 'after'] as const, ['direction'], 'direction');
    return this.withWindow(withinWindow(count, side, this.read(ref, ['ref']), this.state.index.timeZone));
  }
  relate(relation: AllenRelation, ref: DateLike): Query<T> {
    const name = checkOneOf(relation, ALLEN_RELATIONS, ['relation'], 'relation');
    const date = this.read(ref, ['ref']);
    return this.withTest((_record, itemDate) => relationTruth(name, itemDate, date));
  }
  inForce(ref: DateLike): Query<T> {
    const asOf = this.read(ref, ['ref']);
    const { index, collection } = this.state;
    return this.withTest((record) =>
      collection === 'deadlines' ? (statusTruths(index, record as Deadline, asOf).pending ?? 'no') : 'no',
    );
  }
  where(test: TimePredicate | ((record: T) => boolean | Truth)): Query<T> {
    if (typeof test !== 'function')
      fail('invalid-argument', ['test'], `expected a function; got ${describeValue(test)}`);
    const predicate = test as Partial<TimePredicate>;
    if (typeof predicate.truth === 'function') {
      const truth = predicate.truth;
      return this.withTest((record) => truth(record));
    }
    const plain = test as (record: T) => unknown;
    return this.withTest((record) => {
      const answer = plain(record as T);
      return answer === 'yes' || answer === 'no' || answer === 'maybe' ? answer : answer ? 'yes' : 'no';
    });
  }
  byActor<Text extends string>(
    actor: Actor | ActorId | PlainId<Text>,
    options?: { readonly members?: boolean },
  ): Query<T> {
    const found = recordOf<Actor>(this.state.index, 'actors', actor, ['actor']);
    const { members = true } = optionsObject(options);
    if (typeof members !== 'boolean')
      fail('invalid-argument', ['options', 'members'], 'members is true or false');
    return this.withSelector((c) => (members ? c.actorPositions(found.id) : c.positions('actor', found.id)));
  }
  byActorKind(kind: ActorKind): Query<T> {
    const name = checkOneOf(kind, ActorKindSchema.options, ['kind'], 'an actor kind');
    return this.withSelector((c) => c.positions('actor-kind', name));
  }
  byRole(role: string): Query<T> {
    const key = checkText(role, ['role'], 'a role').toLowerCase();
    return this.withSelector((c) => c.positions('role', key));
  }
  byKind(kind: EventKind): Query<T> {
    const name = checkOneOf(kind, EventKindSchema.options, ['kind'], 'a kind');
    return this.withSelector((c) => c.positions('kind', name));
  }
  byService(service: string): Query<T> {
    const key = checkText(service, ['service'], 'a service').toLowerCase();
    return this.withSelector((c) => c.positions('service', key));
  }
  bySource<Text extends string>(source: Source | SourceId | PlainId<Text>): Query<T> {
    const found = recordOf<Source>(this.state.index, 'sources', source, ['source']);
    return this.withSelector((c) => c.positions('source', found.id));
  }
  byDemand<Text extends string>(demand: Demand | DemandId | PlainId<Text>): Query<T> {
    const found = demandOf(this.state.index, demand);
    return this.withSelector((c) => c.positions('demand', found.id));
  }
  byConfidence(...confidences: readonly Confidence[]): Query<T> {
    if (confidences.length === 0) fail('invalid-argument', ['confidences'], 'name at least one confidence');
    const names = confidences.map((c, i) =>
      checkOneOf(c, ConfidenceSchema.options, ['confidences', i], 'a confidence'),
    );
    return this.withSelector((c) => {
      const lists = names.map((name) => c.positions('confidence', name));
      return lists.length === 1
        ? (lists[0] as Int32Array)
        : Int32Array.from(new Set(lists.flatMap((l) => [...l]))).sort();
    });
  }
  certain(): Query<T> {
    return this.next({ match: 'certain' });
  }
  possible(): Query<T> {
    return this.next({ match: 'possible' });
  }
  uncertain(): Query<T> {
    return this.next({ match: 'uncertain' });
  }

  toArray(): readonly T[] {
    const fast = this.certainByRange() ?? this.reachByRange();
    if (fast !== null) return Object.freeze(fast as T[]);
    const out: T[] = [];
    this.scan(this.state.match, (record) => {
      out.push(record as T);
      return true;
    });
    return Object.freeze(out);
  }
  toLabelled(): readonly Labelled<T>[] {
    const out: Labelled<T>[] = [];
    this.scan('possible', (record, truth) => {
      out.push(Object.freeze({ item: record as T, truth: truth as 'yes' | 'maybe' }));
      return true;
    });
    return Object.freeze(out);
  }
  first(): T | undefined {
    let found: T | undefined;
    this.scan(this.state.match, (record) => {
      found = record as T;
      return false;
    });
    return found;
  }
  count(): number {
    const fast = this.countBySearch();
    if (fast !== null) return fast;
    let n = 0;
    this.scan(this.state.match, () => {
      n++;
      return true;
    });
    return n;
  }
  groupBy(key: GroupKey): readonly Group<T>[] {
    const keyOf = this.keyFunction(key);
    const groups = new Map<string, T[]>();
    this.scan(this.state.match, (record, _truth, date) => {
      for (const k of keyOf(record, date)) {
        const list = groups.get(k);
        if (list === undefined) groups.set(k, [record as T]);
        else if (list[list.length - 1] !== record) list.push(record as T);
      }
      return true;
    });
    return Object.freeze(
      [...groups].map(([k, items]) => Object.freeze({ key: k, items: Object.freeze(items) })),
    );
  }
  countBy(key: GroupKey): Readonly<Record<string, number>> {
    return Object.freeze(
      Object.fromEntries(this.groupBy(key).map((group) => [group.key, group.items.length])),
    );
  }

  private next(change: Partial<State>): Query<T> {
    return new QueryImpl<T>({ ...this.state, ...change });
  }
  private withWindow(window: Window): Query<T> {
    return this.next({ windows: [...this.state.windows, window] });
  }
  private withTest(test: Test): Query<T> {
    return this.next({ tests: [...this.state.tests, test] });
  }
  private withSelector(selector: Selector): Query<T> {
    return this.next({ selectors: [...this.state.selectors, selector] });
  }
  private read(ref: DateLike, path: readonly (string | number)[]): ParsedDate {
    return readDateLike(ref, this.state.index.timeZone, path, this.state.index);
  }

  private keyFunction(key: GroupKey): (record: DatedRecord, date: ParsedDate) => readonly string[] {
    const name = checkOneOf(key, GROUP_KEYS, ['key'], 'a group key');
    const collection = this.state.collection;
    if (name === 'actor') return (record) => actorsOf(record, collection);
    if (name === 'kind') return (record) => [kindOf(record, collection)];
    return (_record, date) => {
      // The month as the source gives it: in the date's own zone.
      const first = monthOf(date.earliest, date.timeZone);
      const last = monthOf(date.latest, date.timeZone);
      return [first === last ? first : `${first}/${last}`];
    };
  }

  private collectionIndex(): CollectionIndex {
    return this.state.index.collection(this.state.collection);
  }

  /** The positions the selections keep, ascending; `null` when there is no selection. */
  private positions(): Int32Array | null {
    if (this.memo.positions === undefined) {
      const c = this.collectionIndex();
      const lists = this.state.selectors.map((select) => select(c)).sort((a, b) => a.length - b.length);
      this.memo.positions = lists.length === 0 ? null : lists.reduce((a, b) => intersectPositions(a, b));
    }
    return this.memo.positions;
  }

  /**
   * Visits the records a match mode keeps, in timeline order, with their answer and date, until `visit` returns
   * false. Only the records whose first instant lies where the windows allow are looked at.
   */
  private scan(match: Match, visit: (record: DatedRecord, truth: Truth, date: ParsedDate) => boolean): void {
    const c = this.collectionIndex();
    const positions = this.positions();
    const { windows, tests } = this.state;
    let from = -Infinity;
    let to = Infinity;
    let possibleFrom = -Infinity;
    for (const w of windows) {
      to = Math.min(to, match === 'certain' ? w.certainTo : w.possibleTo);
      if (match === 'certain') from = Math.max(from, w.certainFrom);
      possibleFrom = Math.max(possibleFrom, w.possibleFrom);
    }
    const single = windows.length === 1 ? (windows[0] as Window) : null;
    const look = (position: number): boolean => {
      const e = c.earliest[position] as number;
      const l = c.latest[position] as number;
      let truth: Truth =
        single !== null
          ? windowTruth(single, e, l)
          : windows.length === 0
            ? 'yes'
            : windows.reduce<Truth>((t, w) => (t === 'no' ? t : and(t, windowTruth(w, e, l))), 'yes');
      if (truth === 'no') return true;
      const date = c.dateAt(position);
      // The bounds answer yes and no exactly; a set's members may turn a maybe into a no.
      if (truth === 'maybe' && match !== 'certain') truth = windowsTruth(windows, date);
      if (truth === 'no' || (match === 'certain' && truth !== 'yes')) return true;
      const record = c.items[position] as DatedRecord;
      for (let t = 0; t < tests.length && truth !== 'no'; t++)
        truth = and(truth, (tests[t] as Test)(record, date));
      return !keeps(match, truth) || visit(record, truth, date);
    };
    // A record the window certainly holds is uncertain when a test says maybe: with tests, the reach of every
    // record that may match is searched, not only of those the window leaves uncertain.
    const low =
      single === null ? possibleFrom : tests.length > 0 ? single.possibleFrom : lowOf(match, single);
    if (match !== 'certain' && positions === null && low > -Infinity) {
      // A record possibly matches when its range overlaps the window: records that start long before it may
      // reach into it, but only as far as their span. Each class of spans is searched from where its longest
      // span could still reach, rather than the whole collection from its first record.
      const { before, from: first, end } = reachOf(c.earliest, c.spans(), low, to);
      for (let k = 0; k < before.length; k++) if (!look(before[k] as number)) return;
      for (let k = first; k < end; k++) if (!look(k)) return;
      return;
    }
    const start = countBelow(c.earliest, from, positions);
    const end = countAtOrBelow(c.earliest, to, positions);
    for (let k = start; k < end; k++) {
      if (!look(positions === null ? k : (positions[k] as number))) return;
    }
  }

  /**
   * The records certainly in one window with no tests nor selections, in one tight pass over the range the
   * window allows (a few nanoseconds a record, close to copying the list); `null` for any other query.
   */
  private certainByRange(): DatedRecord[] | null {
    const { windows, tests, match, selectors } = this.state;
    const w = windows[0];
    if (match !== 'certain' || tests.length > 0 || selectors.length > 0 || windows.length !== 1 || !w)
      return null;
    const c = this.collectionIndex();
    const { earliest, latest, items } = c;
    const end = countAtOrBelow(earliest, w.certainTo);
    const out: DatedRecord[] = [];
    for (let k = countBelow(earliest, w.certainFrom); k < end; k++) {
      if ((latest[k] as number) <= w.certainTo) out.push(items[k] as DatedRecord);
    }
    return out;
  }

  /**
   * The records possibly (or only possibly) in one window with no tests nor selections, in one tight pass over
   * the records the window's reach allows; `null` for any other query.
   */
  private reachByRange(): DatedRecord[] | null {
    const { windows, tests, match, selectors } = this.state;
    const w = windows[0];
    if (match === 'certain' || tests.length > 0 || selectors.length > 0 || windows.length !== 1 || !w)
      return null;
    const low = lowOf(match, w);
    if (low === -Infinity) return null;
    const c = this.collectionIndex();
    const { earliest, latest, items } = c;
    const { before, from, end } = reachOf(earliest, c.spans(), low, w.possibleTo);
    const out: DatedRecord[] = [];
    // Whether a maybe must ask a set's members: the window's, or a record's (known once per collection, so that a
    // collection without sets never reads a date object here).
    const members = w.members !== undefined;
    const membered = members || c.hasMembers();
    const take = (p: number): void => {
      let truth = windowTruth(w, earliest[p] as number, latest[p] as number);
      if (truth === 'no') return;
      if (truth === 'maybe' && membered && (members || c.dateAt(p).members !== undefined))
        truth = dateWindowTruth(w, c.dateAt(p));
      if (keeps(match, truth)) out.push(items[p] as DatedRecord);
    };
    for (let k = 0; k < before.length; k++) take(before[k] as number);
    for (let p = from; p < end; p++) take(p);
    return out;
  }

  /** The count by binary search alone, when there are no tests and at most one window; else `null`. */
  private countBySearch(): number | null {
    const { windows, tests, match } = this.state;
    if (tests.length > 0 || windows.length > 1) return null;
    const c = this.collectionIndex();
    const positions = this.positions();
    const n = positions === null ? c.items.length : positions.length;
    const w = windows[0];
    if (w === undefined) return match === 'uncertain' ? 0 : n;
    if (match !== 'certain' && (w.members !== undefined || c.hasMembers())) return null;
    const latestSorted = positions === null ? c.latestSorted : c.latestSortedOf(positions);
    const possible =
      w.possibleFrom > w.possibleTo
        ? 0
        : countAtOrBelow(c.earliest, w.possibleTo, positions) - countBelow(latestSorted, w.possibleFrom);
    if (match === 'possible') return possible;
    let certain: number;
    if (w.certainFrom > w.certainTo) certain = 0;
    else if (w.certainFrom === -Infinity) certain = countAtOrBelow(latestSorted, w.certainTo);
    else if (w.certainTo === Infinity) certain = n - countBelow(c.earliest, w.certainFrom, positions);
    else certain = countInside(c, w.certainFrom, w.certainTo, positions);
    return match === 'certain' ? certain : possible - certain;
  }
}

/**
 * The records whose whole range lies in `[from, to]`: those that start in it, less those of them that end after
 * `to`. Only a record that starts within its span class's longest span before `to` can end after it, so without a
 * selection the count is binary searches and a look at those records; with one, a tight pass over the records
 * that start in the window.
 */
/** The ranges {@link countInside} finds, two numbers a span class (there are at most six). */
const RANGES = new Float64Array(16);

function countInside(c: CollectionIndex, from: number, to: number, positions: Int32Array | null): number {
  const first = countBelow(c.earliest, from, positions);
  const end = countAtOrBelow(c.earliest, to, positions);
  const latest = c.latest;
  if (positions !== null) {
    let inside = 0;
    for (let k = first; k < end; k++) if ((latest[positions[k] as number] as number) <= to) inside++;
    return inside;
  }
  // The records each class must look at, found by binary search; when they are not far fewer than the window's
  // own (a short window), one tight pass over the window costs less than reaching into each class's positions,
  // and is the pass `toArray()` makes: a count never costs more than the list.
  const classes = c.spans();
  const ranges = RANGES;
  let looks = 0;
  for (let k = 0; k < classes.length; k++) {
    const starts = (classes[k] as SpanClass).earliest;
    const lo = Math.max(
      countBelow(starts, from),
      countAtOrBelow(starts, to - (classes[k] as SpanClass).longest),
    );
    const hi = countAtOrBelow(starts, to);
    ranges[2 * k] = lo;
    ranges[2 * k + 1] = hi;
    if (hi > lo) looks += hi - lo;
  }
  if (looks * 4 >= end - first) {
    let inside = 0;
    for (let k = first; k < end; k++) if ((latest[k] as number) <= to) inside++;
    return inside;
  }
  let after = 0;
  for (let k = 0; k < classes.length; k++) {
    const members = (classes[k] as SpanClass).positions;
    for (let i = ranges[2 * k] as number; i < (ranges[2 * k + 1] as number); i++)
      if ((latest[members[i] as number] as number) > to) after++;
  }
  return end - first - after;
}

/**
 * The first instant a record matching one window may reach: its possible start, except that the records a window
 * open to the past (before) leaves uncertain end after its certain part. Only the window's own answer counts
 * here: with tests as well, a record the window certainly holds may still be uncertain (`relate`, `where`), so a
 * query with tests asks from the possible start instead.
 */
function lowOf(match: Match, w: Window): number {
  return match === 'uncertain' && w.certainFrom === -Infinity
    ? Math.max(w.possibleFrom, w.certainTo + 1)
    : w.possibleFrom;
}

/** The conjunction of the windows for a date, each asking a set's members. */
function windowsTruth(windows: readonly Window[], date: ParsedDate): Truth {
  let truth: Truth = 'yes';
  for (let w = 0; w < windows.length && truth !== 'no'; w++)
    truth = and(truth, dateWindowTruth(windows[w] as Window, date));
  return truth;
}

/**
 * Starts a query on a dispute. The dispute's indexes (its records in timeline order, their instants sorted for
 * binary search, lists per actor, kind, service, source and demand, the closure of memberships) are built on
 * first use and kept for as long as the dispute is.
 *
 * @param dispute - a built dispute
 * @returns the start of a query: pick `events()`, `demands()`, `responses()` or `deadlines()`
 * @throws {@link TimelineError} `invalid-argument` when `dispute` is not a built dispute; the steps throw
 *   `unknown-reference` for ids the dispute does not have and `invalid-argument` for other bad arguments
 *
 * @category Query
 * @example
 * ```ts
 * import { query } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const events = query(blackberryPakistan2015).events();
 * events.before('deadline-2015-12-30').certain().byActor('government-of-pakistan').count();
 * //=> 4
 * // BlackBerry's announcements of 30 November in Waterloo end on 1 December in Karachi: maybe in December.
 * events.on('2015-12').possible().toLabelled().map(({ item, truth }) => [item.id, truth]);
 * //=> [ [ 'rescission-announced', 'maybe' ] ]
 * events.groupBy('kind').map((group) => group.key);
 * //=> [ 'demand', 'notification', 'order', 'statement', 'announcement', 'extension', 'rescission' ]
 * ```
 */
export function query(dispute: Dispute): DisputeQuery {
  const index = indexOf(dispute);
  const start = <T>(collection: DatedCollection): Query<T> =>
    new QueryImpl<T>({ index, collection, selectors: [], windows: [], tests: [], match: 'certain' });
  return Object.freeze({
    events: () => start<TimelineEvent>('events'),
    demands: () => start<Demand>('demands'),
    responses: () => start<DemandResponse>('responses'),
    deadlines: () => start<Deadline>('deadlines'),
  });
}
