import { describeValue } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import { type ParsedDate, readDate } from '../dates/edtf.js';
import { precisionRank } from '../dates/precision.js';
import type { DateValue } from './common.js';

/** The zone a date value is read in: its own, else the dispute's, else UTC. */
export function zoneOf(value: DateValue, disputeZone: string | undefined): string {
  return typeof value === 'string' ? (disputeZone ?? 'UTC') : value.timeZone;
}

/** Reads a validated date value; the model guarantees it parses. */
export function parsedDateOf(value: DateValue, disputeZone: string | undefined): ParsedDate {
  const result = readDate(typeof value === 'string' ? value : value.value, zoneOf(value, disputeZone));
  if ('code' in result) throw new Error(`unreachable: a validated date did not parse: ${result.message}`);
  return result;
}

/**
 * A record that carries a date: an event, demand or response (its `date`), or a deadline (its `due`).
 *
 * @category Dates
 * @example
 * ```ts
 * import { dateOf, type DatedRecord } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const records: DatedRecord[] = [...blackberryPakistan2015.demands, ...blackberryPakistan2015.deadlines];
 * records.map((record) => dateOf(record, blackberryPakistan2015).text);
 * //=> [ '2015-07', '2015-07-24', '2015-11-30', '2015-12-30' ]
 * ```
 */
export type DatedRecord = { readonly date: DateValue } | { readonly due: DateValue };

/**
 * The date of a record, or a date value, read in the right zone: the value's own zone when it has one
 * (`{ value, timeZone }`), else the dispute's, else UTC. This is the one way every format and query reads a
 * record's date, so `event.date` never needs a branch on its two shapes.
 *
 * @category Dates
 * @param record - an event, demand or response (its `date`), a deadline (its `due`), or a date value itself
 * @param dispute - the dispute the record belongs to, for its time zone (optional: UTC without it)
 * @returns the parsed date: its text, zone, precision, and the earliest and latest instant it may stand for
 * @throws {@link TimelineError} `invalid-argument` when `record` carries no date value; `invalid-date`,
 *   `impossible-date` or `invalid-time-zone` when its date does not parse
 *
 * @example
 * ```ts
 * import { dateOf } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // BlackBerry's exit announcement is dated in Waterloo, Ontario; the deadline in Pakistan's zone.
 * const exit = dateOf(blackberryPakistan2015.responses[0]!, blackberryPakistan2015);
 * [exit.text, exit.timeZone, exit.precision];
 * //=> [ '2015-11-30', 'Asia/Karachi', 'day' ]
 * const due = dateOf(blackberryPakistan2015.deadlines[1]!, blackberryPakistan2015);
 * [due.text, due.timeZone, new Date(due.earliest).toISOString()];
 * //=> ['2015-12-30', 'Asia/Karachi', '2015-12-29T19:00:00.000Z']
 * ```
 */
export function dateOf(
  record: DatedRecord | DateValue,
  dispute?: { readonly timeZone?: string | undefined },
): ParsedDate {
  const value = dateValueOf(record);
  const disputeZone =
    typeof dispute === 'object' && dispute !== null && typeof dispute.timeZone === 'string'
      ? dispute.timeZone
      : undefined;
  const result = readDate(typeof value === 'string' ? value : value.value, zoneOf(value, disputeZone));
  if ('code' in result) fail(result.code, [], result.message, value);
  return result;
}

function dateValueOf(record: unknown): DateValue {
  if (isDateValue(record)) return record;
  if (typeof record === 'object' && record !== null) {
    const date = 'date' in record ? (record as { date: unknown }).date : undefined;
    if (isDateValue(date)) return date;
    const due = 'due' in record ? (record as { due: unknown }).due : undefined;
    if (isDateValue(due)) return due;
  }
  return fail(
    'invalid-argument',
    ['record'],
    `a record with a date (or a date value) is expected; got ${describeValue(record)}`,
  );
}

function isDateValue(value: unknown): value is DateValue {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  const { value: text, timeZone } = value as { value?: unknown; timeZone?: unknown };
  return typeof text === 'string' && typeof timeZone === 'string';
}

/** What the timeline order reads of a record beside its date: its id, and its order within the date. */
export interface Ordered {
  readonly id: string;
  readonly sequence?: number | undefined;
}

/**
 * The timeline order: earliest instant, then coarser precision first (a month heads its days), then `sequence`
 * (a record without one counts as 0), then id.
 */
export function compareTimelineOrder(
  a: { readonly date: ParsedDate } & Ordered,
  b: { readonly date: ParsedDate } & Ordered,
): number {
  return compareDated(a.date, a, b.date, b);
}

/** The timeline order of two records given by date and record, without an object to hold each pair. */
export function compareDated(a: ParsedDate, aRecord: Ordered, b: ParsedDate, bRecord: Ordered): number {
  return compareDateOrder(a, b) || compareSequence(aRecord, bRecord) || compareIds(aRecord.id, bRecord.id);
}

/**
 * The timeline order of two dates alone: earliest instant, then coarser precision first. Records whose dates
 * compare 0 are ordered by sequence, then id; a caller holding positions reads the records only then.
 */
export function compareDateOrder(a: ParsedDate, b: ParsedDate): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  return precisionRank(a.precision) - precisionRank(b.precision);
}

/** The order of two records of the same date by their `sequence` (absent counts as 0). */
export function compareSequence(a: Ordered, b: Ordered): number {
  return sequenceOf(a) - sequenceOf(b);
}

/** A record's `sequence`, 0 when it gives none (or gives something else: a record not validated). */
export function sequenceOf(record: { readonly sequence?: unknown }): number {
  const sequence = record.sequence;
  return typeof sequence === 'number' && Number.isFinite(sequence) ? sequence : 0;
}

/** The order of two ids, by UTF-16 code units: the last key of the timeline order. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
