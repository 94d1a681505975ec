import { describeValue } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import { nearest } from '../_lib/nearest.js';
import { type ParsedDate, readDate } from '../dates/edtf.js';
import type { IssuePath } from '../errors/index.js';
import type { DateValue } from '../model/common.js';
import type { DisputeIndex } from './engine/dispute-index.js';

/**
 * Anything a query can read a date from: an EDTF string (`'2015-12-30'`, `'2015-07'`, `'2010-08-12/2011-01-31'`),
 * a `{ value, timeZone }` date, a parsed date, a JavaScript `Date` (an exact instant), or a dated record: an event,
 * demand or response (its `date`) or a deadline (its `due`). Queries on a dispute also take the id of one of its
 * dated records.
 *
 * @category Query
 * @example
 * ```ts
 * import { before, parseDate, type DateLike } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const deadline: DateLike = blackberryPakistan2015.deadlines[1]!; // a dated record: its due date, 30 December 2015
 * const dates: DateLike[] = [
 *   '2015-07-24',
 *   { value: '2015-11-30', timeZone: 'America/Toronto' },
 *   parseDate('2015-12', { timeZone: 'Asia/Karachi' }),
 *   new Date('2015-12-31T12:00:00Z'),
 * ];
 * dates.map((date) => before(deadline, blackberryPakistan2015).truth(date));
 * //=> ['yes', 'yes', 'maybe', 'no']
 * ```
 */
export type DateLike =
  | DateValue
  | ParsedDate
  | Date
  | { readonly date: DateValue }
  | { readonly due: DateValue };

/** Reads a date out of a {@link DateLike}; strings name a record first when `index` is given. */
export function readDateLike(
  value: unknown,
  timeZone: string,
  path: IssuePath,
  index?: DisputeIndex,
): ParsedDate {
  if (typeof value === 'string') return readText(value, timeZone, path, index);
  if (value instanceof Date) {
    const time = value.getTime();
    const parsed = Number.isNaN(time) ? null : readDate(value.toISOString(), 'UTC');
    if (parsed === null || 'code' in parsed)
      fail('invalid-argument', path, 'the Date is invalid or outside the years 0–9999');
    return parsed;
  }
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    if (isParsedDate(object)) return object as unknown as ParsedDate;
    if (typeof object['value'] === 'string' && typeof object['timeZone'] === 'string') {
      const parsed = readDate(object['value'], object['timeZone']);
      if ('code' in parsed) fail('invalid-argument', path, parsed.message, object['value']);
      return parsed;
    }
    if ('due' in object) return readValue(object['due'], timeZone, path, 'due');
    if ('date' in object) return readValue(object['date'], timeZone, path, 'date');
  }
  return fail(
    'invalid-argument',
    path,
    `expected a date (an EDTF string, { value, timeZone }, a parsed date or a Date) or a dated record; got ${describeValue(value)}`,
  );
}

/** Reads a record's date; the path is built only on failure, since a filter reads millions of them. */
function readValue(value: unknown, timeZone: string, parent: IssuePath, key: string): ParsedDate {
  if (typeof value === 'string') {
    const parsed = readDate(value, timeZone);
    if (!('code' in parsed)) return parsed;
  }
  const path = [...parent, key];
  if (value === undefined) fail('invalid-argument', path, 'the record has no date');
  if (typeof value === 'string' || (typeof value === 'object' && value !== null && 'value' in value)) {
    return readDateLike(value, timeZone, path);
  }
  return fail(
    'invalid-argument',
    path,
    `expected an EDTF date or { value, timeZone }; got ${describeValue(value)}`,
  );
}

function readText(
  text: string,
  timeZone: string,
  path: IssuePath,
  index: DisputeIndex | undefined,
): ParsedDate {
  const parsed = readDate(text, timeZone);
  const found = index?.record(text);
  if (found !== undefined) {
    if (!('code' in parsed)) {
      fail(
        'invalid-argument',
        path,
        `${JSON.stringify(text)} is both a date and the id of a record; pass the record, or the date as { value, timeZone }`,
        text,
      );
    }
    const record = found.record as { date?: DateValue; due?: DateValue; published?: DateValue };
    const date = record.due ?? record.date ?? record.published;
    if (date === undefined)
      fail('invalid-argument', path, `${found.collection} record ${JSON.stringify(text)} has no date`, text);
    return readDateLike(date, timeZone, path);
  }
  if ('code' in parsed) {
    if (index !== undefined) {
      const ids = (['events', 'demands', 'responses', 'deadlines'] as const).flatMap((collection) =>
        index.dispute[collection].length > 2000 ? [] : index.dispute[collection].map((record) => record.id),
      );
      const near = nearest(text, ids);
      fail(
        'unknown-reference',
        path,
        near === undefined
          ? `the dispute has no record ${JSON.stringify(text)}, and it is not a date: ${parsed.message}`
          : `the dispute has no record ${JSON.stringify(text)}; did you mean ${JSON.stringify(near)}?`,
        text,
      );
    }
    fail('invalid-argument', path, parsed.message, text);
  }
  return parsed;
}

function isParsedDate(object: Record<string, unknown>): boolean {
  return (
    typeof object['earliest'] === 'number' &&
    typeof object['latest'] === 'number' &&
    (object['kind'] === 'point' || object['kind'] === 'interval'
      ? object['members'] === undefined
      : (object['kind'] === 'one-of' || object['kind'] === 'all-of') && areMembers(object['members'])) &&
    isBound(object['start']) &&
    isBound(object['end']) &&
    !Number.isNaN(object['earliest']) &&
    !Number.isNaN(object['latest'])
  );
}

/** The members of a set or list: parsed dates that are points or intervals themselves. */
function areMembers(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (member) =>
        typeof member === 'object' &&
        member !== null &&
        (member.kind === 'point' || member.kind === 'interval') &&
        isParsedDate(member),
    )
  );
}

/** The ends of a parsed date are read by the interval relations: null or number-less ends must not pass. */
function isBound(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const bound = value as Record<string, unknown>;
  return (
    typeof bound['earliest'] === 'number' &&
    typeof bound['latest'] === 'number' &&
    !Number.isNaN(bound['earliest']) &&
    !Number.isNaN(bound['latest'])
  );
}
