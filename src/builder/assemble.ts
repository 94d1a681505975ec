import { deepFreeze } from '../_lib/freeze.js';
import type { ParsedDate } from '../dates/edtf.js';
import { precisionRank } from '../dates/precision.js';
import type { TimelineIssue } from '../errors/index.js';
import type { DateValue } from '../model/common.js';
import type { Dispute } from '../model/dispute.js';
import { compareIds, compareSequence, type Ordered } from '../model/record-date.js';
import { registerBuilt } from './built.js';
import type { EventInstants } from './event-instants.js';
import { orderByKeys, tieKeys } from './order-by-keys.js';
import type { RecordsReader } from './read-records.js';
import type { Valid } from './rules/rule.js';

/**
 * The built dispute, once every check has passed: the header and the valid records, the events in timeline
 * order, the whole deeply frozen and registered as built (see `built.ts`) with the instants validation read.
 */
export function assemble(
  header: object,
  read: RecordsReader,
  dateOf: (value: DateValue) => ParsedDate,
  warningsOf: (built: Dispute, order: ArrayLike<number> | undefined) => readonly TimelineIssue[],
): Dispute {
  const { valid } = read;
  const { events, earliest, latest, order } = eventsInOrder(valid.events.records, read.instants, dateOf);
  // Every event is frozen, deeply, by the reader or in `eventsInOrder`: the walk below need not visit a million.
  Object.freeze(events);
  const dispute = {
    ...header,
    actors: valid.actors.records,
    sources: valid.sources.records,
    demands: valid.demands.records,
    responses: valid.responses.records,
    deadlines: valid.deadlines.records,
    events,
    claims: valid.claims.records,
  };
  // Every object in it is fresh from the schemas or the reader, so freezing in place changes nothing the caller holds.
  const built = deepFreeze(dispute) as unknown as Dispute;
  // The warnings are found when first asked for, in the order of the input: only the order is kept till then.
  registerBuilt(built, { earliest, latest }, read.actors.inOrder(order), read.dateLikeEvents, (done) =>
    warningsOf(done, order),
  );
  return built;
}

/**
 * The events sorted into timeline order, with their dates' instants. The instants the fast path did not read are
 * those of the events the schema parsed: read, and the events frozen, now. The sort compares positions by keys kept
 * in typed arrays (first instant, precision): a comparison reads two numbers side by side, not two date objects
 * spread over the heap, and reaches the records (sequence, id) only on a tie. At 200,000 events of varied dates
 * that took the sort from about a quarter of a first build to a few percent.
 */
function eventsInOrder(
  validEvents: Valid<'events'>[],
  instants: EventInstants,
  dateOf: (value: DateValue) => ParsedDate,
): { events: Valid<'events'>[]; earliest: Float64Array; latest: Float64Array; order?: ArrayLike<number> } {
  const n = validEvents.length;
  const { earliest: starts, latest: ends, ranks } = instants;
  for (let i = 0; i < n; i++) {
    if ((ranks[i] as number) >= 0) continue;
    const record = validEvents[i] as Valid<'events'>;
    const date = dateOf(record.date);
    instants.set(i, date.earliest, date.latest, precisionRank(date.precision));
    deepFreeze(record);
  }
  // The order of compareDateOrder, then of sequence and id (the timeline order of model/record-date.ts): the keys in
  // typed arrays first, the records only on a tie (reading a million events' sequences up front is a million cache
  // misses).
  const byKeys = (a: number, b: number): number => {
    const x = starts[a] as number;
    const y = starts[b] as number;
    if (x !== y) return x < y ? -1 : 1;
    return (ranks[a] as number) - (ranks[b] as number);
  };
  const byRecord = (a: number, b: number): number => {
    const first = validEvents[a] as Ordered;
    const second = validEvents[b] as Ordered;
    return compareSequence(first, second) || compareIds(first.id, second.id);
  };
  // The arrays were sized for every event given; an invalid one leaves the valid fewer (and the build fails).
  const earliest = starts.length === n ? starts : starts.slice(0, n);
  const latest = ends.length === n ? ends : ends.slice(0, n);
  let inOrder = true;
  for (let i = 1; i < n && inOrder; i++) inOrder = (byKeys(i - 1, i) || byRecord(i - 1, i)) <= 0;
  if (inOrder) return { events: validEvents, earliest, latest };
  // In two steps: by the keys in typed arrays alone (a tie kept in input order), by a radix sort that calls no
  // comparison, then each run of ties by sequence and id. Events often share a day; compared in one sort, each tie
  // reads two records far apart in the heap, where a run sorted on its own reads its few records once and then
  // from the cache.
  const order = orderByKeys(starts, ranks, n);
  // A run of ties is sorted by numbers that order sequence and id (`tieKeys`), made for every event in one pass in
  // reading order the first time a run is met; the records are compared only where those numbers tie too.
  let ties: Float64Array | undefined;
  const byTie = (a: number, b: number): number => {
    const keys = ties as Float64Array;
    return (keys[a] as number) - (keys[b] as number) || byRecord(a, b);
  };
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && byKeys(order[from] as number, order[to] as number) === 0) to++;
    if (to - from > 1) {
      ties ??= tieKeys(validEvents);
      order.subarray(from, to).sort(byTie);
    }
    from = to;
  }
  const events: Valid<'events'>[] = new Array(n);
  for (let i = 0; i < n; i++) events[i] = validEvents[order[i] as number] as Valid<'events'>;
  permuteInPlace(order, earliest, latest, n);
  return { events, earliest, latest, order };
}

/**
 * Puts two arrays in the order `order` gives (position `i` gets what was at `order[i]`) in place, cycle by cycle:
 * a build of a million events keeps its instants in the arrays it read them into, with no second pair made.
 * Typed arrays live outside the heap, and V8 answers each 64 MB of them made with a full collection of the whole
 * heap (the caller's input included): what a build allocates of them it pays for once more there. `order` is
 * marked (each entry flipped) as its cycle is walked, then every entry flipped back.
 */
export function permuteInPlace(
  order: Int32Array,
  first: Float64Array,
  second: Float64Array,
  n: number,
): void {
  for (let start = 0; start < n; start++) {
    if ((order[start] as number) < 0) continue;
    const firstAtStart = first[start] as number;
    const secondAtStart = second[start] as number;
    let at = start;
    for (let from = order[at] as number; from !== start; from = order[at] as number) {
      order[at] = ~from;
      first[at] = first[from] as number;
      second[at] = second[from] as number;
      at = from;
    }
    order[at] = ~start;
    first[at] = firstAtStart;
    second[at] = secondAtStart;
  }
  for (let i = 0; i < n; i++) order[i] = ~(order[i] as number);
}
