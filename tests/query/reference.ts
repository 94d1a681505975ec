/**
 * Naive reference implementations for the property tests: plain filters and comparisons over parsed dates,
 * written without the library's indexes, windows or date-fns, so that a bug in one is not copied into the other.
 */
import { type DateValue, type Dispute, type ParsedDate, parseDate, type Truth } from 'dispute-timeline';

export type Collection = 'events' | 'demands' | 'responses' | 'deadlines';
export type AnyRecord = Dispute[Collection][number];

/** A record's date, read as the library reads it: in the dispute's zone unless it names its own. */
export function dateOf(value: DateValue, zone: string): ParsedDate {
  return typeof value === 'string'
    ? parseDate(value, { timeZone: zone })
    : parseDate(value.value, { timeZone: value.timeZone });
}

export function recordDate(record: AnyRecord, zone: string): ParsedDate {
  return dateOf('due' in record ? record.due : record.date, zone);
}

export function naiveBefore(d: ParsedDate, ref: ParsedDate): Truth {
  if (d.latest < ref.earliest) return 'yes';
  if (d.earliest >= ref.latest) return 'no';
  return 'maybe';
}

export function naiveAfter(d: ParsedDate, ref: ParsedDate): Truth {
  if (d.earliest > ref.latest) return 'yes';
  if (d.latest <= ref.earliest) return 'no';
  return 'maybe';
}

export function naiveInside(d: ParsedDate, from: number, to: number): Truth {
  // An empty span (a between whose end comes before its start) holds nothing.
  if (from > to) return 'no';
  if (d.earliest >= from && d.latest <= to) return 'yes';
  if (d.latest < from || d.earliest > to) return 'no';
  return 'maybe';
}

export function naiveAnd(...truths: Truth[]): Truth {
  if (truths.includes('no')) return 'no';
  return truths.includes('maybe') ? 'maybe' : 'yes';
}

/** The wall clock of an instant in a zone, by Intl. */
export function wallClock(
  instant: number,
  zone: string,
): { y: number; m: number; d: number; h: number; mi: number; s: number; ms: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    y: get('year'),
    m: get('month'),
    d: get('day'),
    h: get('hour'),
    mi: get('minute'),
    s: get('second'),
    ms: ((instant % 1000) + 1000) % 1000,
  };
}

/** The calendar day of an instant in a zone, as a day number (days since 1970-01-01 of the wall-clock date). */
export function dayNumber(instant: number, zone: string): number {
  const w = wallClock(instant, zone);
  return Date.UTC(w.y, w.m - 1, w.d) / 86_400_000;
}

/** The instant `days` wall-clock days after `instant` in a zone, by reading the shifted wall clock back with parseDate. */
export function shiftDays(instant: number, days: number, zone: string): number {
  if (!Number.isFinite(instant)) return instant;
  const w = wallClock(instant, zone);
  const shifted = new Date(Date.UTC(w.y, w.m - 1, w.d + days, w.h, w.mi, w.s, w.ms));
  const text = shifted.toISOString().slice(0, 23);
  return parseDate(text, { timeZone: zone }).earliest;
}

/** Business days as date-fns counts them: the weekdays from the earlier day up to, not including, the later one. */
export function naiveBusinessDays(laterDay: number, earlierDay: number): number {
  const sign = laterDay < earlierDay ? -1 : 1;
  let count = 0;
  for (let day = earlierDay; day !== laterDay; day += sign) {
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += sign;
  }
  return count;
}

const RANK = [
  'millennium',
  'century',
  'decade',
  'year',
  'season',
  'month',
  'day',
  'minute',
  'second',
  'millisecond',
];

/** The timeline order, written out. */
export function naiveSort<T extends { readonly id: string }>(
  records: readonly T[],
  dates: (r: T) => ParsedDate,
): T[] {
  return [...records].sort((a, b) => {
    const da = dates(a);
    const db = dates(b);
    if (da.earliest !== db.earliest) return da.earliest < db.earliest ? -1 : 1;
    const rank = RANK.indexOf(da.precision) - RANK.indexOf(db.precision);
    if (rank !== 0) return rank;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** The actors a record involves. */
export function involved(record: AnyRecord, collection: Collection): readonly string[] {
  if (collection === 'events') return (record as Dispute['events'][number]).actors;
  if (collection === 'demands') {
    const demand = record as Dispute['demands'][number];
    return [...demand.by, ...demand.of];
  }
  if (collection === 'responses') return (record as Dispute['responses'][number]).by;
  return (record as Dispute['deadlines'][number]).setBy;
}

/** The demands a record concerns. */
export function concerns(record: AnyRecord, collection: Collection): readonly string[] {
  if (collection === 'events') return (record as Dispute['events'][number]).demands ?? [];
  if (collection === 'demands') return [record.id];
  if (collection === 'responses') return (record as Dispute['responses'][number]).to;
  return (record as Dispute['deadlines'][number]).demands;
}

/** An actor and all who belong to it, by repeated passes over the memberships. */
export function naiveMembers(dispute: Dispute, actor: string): Set<string> {
  const members = new Set([actor]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const a of dispute.actors) {
      if (!members.has(a.id) && (a.memberships ?? []).some((m) => members.has(m.organization))) {
        members.add(a.id);
        grown = true;
      }
    }
  }
  return members;
}
