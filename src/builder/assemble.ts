import { deepFreeze } from '../_lib/freeze.js';
import type { ParsedDate } from '../dates/edtf.js';
import type { TimelineIssue } from '../errors/index.js';
import type { DateValue } from '../model/common.js';
import type { Dispute } from '../model/dispute.js';
import { compareDateOrder, compareIds, compareSequence, type Ordered } from '../model/record-date.js';
import { registerBuilt } from './built.js';
import type { RecordsReader } from './read-records.js';
import type { Valid } from './rules/rule.js';

/**
 * The built dispute, once every check has passed: the header and the valid records, the events in timeline
 * order, the whole deeply frozen and registered as built (see `built.ts`) with the dates validation read.
 */
export function assemble(
  header: object,
  read: RecordsReader,
  dateOf: (value: DateValue) => ParsedDate,
  warnings: readonly TimelineIssue[],
): Dispute {
  const { valid } = read;
  const { events, dates, order } = eventsInOrder(valid.events.records, read.eventDates, dateOf);
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
  registerBuilt(
    built,
    dates,
    read.dateLikeEvents,
    order === undefined ? warnings : placed(warnings, order, valid.events.indices),
  );
  return built;
}

/**
 * The warnings with the paths of the built dispute: an event's position in the input becomes its position in
 * timeline order, so that `events[3]` of a built dispute's warning is `dispute.events[3]`.
 */
function placed(
  warnings: readonly TimelineIssue[],
  order: readonly number[],
  indices: readonly number[],
): readonly TimelineIssue[] {
  if (!warnings.some((warning) => warning.path[0] === 'events')) return warnings;
  const position = new Map<number, number>();
  order.forEach((valid, at) => {
    position.set(indices[valid] as number, at);
  });
  return warnings.map((warning) => {
    const [collection, index, ...rest] = warning.path;
    if (collection !== 'events' || typeof index !== 'number') return warning;
    return { ...warning, path: ['events', position.get(index) ?? index, ...rest] };
  });
}

/**
 * The events sorted into timeline order, with their dates. Sorted as positions into the records and their dates,
 * not as a million objects pairing them. The dates the fast path did not read are those of the events the schema
 * parsed: read, and the events frozen, now.
 */
function eventsInOrder(
  validEvents: Valid<'events'>[],
  eventDates: (ParsedDate | undefined)[],
  dateOf: (value: DateValue) => ParsedDate,
): { events: Valid<'events'>[]; dates: ParsedDate[]; order?: number[] } {
  for (let i = 0; i < validEvents.length; i++) {
    if (eventDates[i] !== undefined) continue;
    const record = validEvents[i] as Valid<'events'>;
    eventDates[i] = dateOf(record.date);
    deepFreeze(record);
  }
  const dates = eventDates as ParsedDate[];
  let inOrder = true;
  for (let i = 1; i < validEvents.length && inOrder; i++)
    inOrder = compareEvents(validEvents, dates, i - 1, i) <= 0;
  if (inOrder) return { events: validEvents, dates };
  const order = validEvents.map((_, i) => i);
  order.sort((a, b) => compareEvents(validEvents, dates, a, b));
  return {
    events: order.map((i) => validEvents[i] as Valid<'events'>),
    dates: order.map((i) => dates[i] as ParsedDate),
    order,
  };
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
