import { checkList, describeValue } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import type { ParsedDate } from '../dates/edtf.js';
import type { DayCount } from './durations.js';

/**
 * A cell of a flat row: what `console.table`, a CSV writer or a data frame takes without nesting.
 *
 * @category Query
 * @example
 * ```ts
 * import { flatRows, responsesTo, type FlatValue } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const [row] = flatRows(responsesTo(blackberryPakistan2015, 'bes-traffic-access'));
 * const cell: FlatValue | undefined = row?.['response'];
 * cell;
 * //=> 'blackberry-exit'
 * ```
 */
export type FlatValue = string | number | boolean | null;

/**
 * A row of flat columns, each a string, number, boolean or null.
 *
 * @category Query
 * @example
 * ```ts
 * import { flatRows, summarizeCases, type FlatRow } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const rows: readonly FlatRow[] = flatRows(summarizeCases([blackberryPakistan2015]));
 * [rows[0]?.['firstDemand'], rows[0]?.['outcome']];
 * //=> [ 'bes-traffic-access', 'rescinded' ]
 * ```
 */
export type FlatRow = Readonly<Record<string, FlatValue>>;

/** The largest instant a `Date` holds (±100,000,000 days from 1970): beyond it an instant has no ISO text. */
const MAX_DATE_MS = 8.64e15;

/**
 * The ISO 8601 text (UTC) of an instant in milliseconds since the epoch, or `null` for an unbounded end
 * (`-Infinity`/`Infinity`) or one beyond what a `Date` can hold.
 *
 * @category Query
 * @param instant - milliseconds since 1970-01-01T00:00Z
 * @returns `2015-12-29T19:00:00.000Z`, or `null`
 *
 * @example
 * ```ts
 * import { instantText, parseDate } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * instantText(parseDate('2015-12-30', { timeZone: blackberryPakistan2015.timeZone }).earliest);
 * //=> '2015-12-29T19:00:00.000Z'
 * instantText(parseDate('2015-12-30/..').latest);
 * //=> null
 * ```
 */
export function instantText(instant: number): string | null {
  if (typeof instant !== 'number' || !Number.isFinite(instant) || Math.abs(instant) > MAX_DATE_MS)
    return null;
  return new Date(instant).toISOString();
}

/**
 * Flattens rows of query results into flat columns, for `console.table`, a CSV writer or a data frame:
 * - a date becomes its text as the source gives it (`key`) and the ISO instants it may stand for
 *   (`keyEarliest`, `keyLatest`: UTC, `null` when unbounded);
 * - a count of days becomes `keyMin` and `keyMax`;
 * - a record (anything with an `id`, a dispute included) becomes its id;
 * - a list becomes its items joined with `;` (records by id);
 * - strings, numbers, booleans and `null` stay as they are; `undefined` becomes `null`.
 *
 * The rich results stay as they were: this writes new rows.
 *
 * @category Query
 * @param rows - rows of a query result: `responsesTo`, `summarizeCases`, the events of an aligned case …
 * @returns one frozen flat row per row, in the order given
 * @throws {@link TimelineError} `invalid-argument` when `rows` is not a list of objects
 *
 * @example
 * ```ts
 * import { flatRows, responsesTo } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * flatRows(responsesTo(blackberryPakistan2015, 'bes-traffic-access'))[0];
 * //=> { response: 'blackberry-exit', daysMin: 122, daysMax: 152, businessDaysMin: 86, businessDaysMax: 108,
 * //     deadline: 'deadline-2015-12-30', deadlineStatus: 'pending', daysBeforeDeadlineMin: 30, daysBeforeDeadlineMax: 30,
 * //     businessDaysBeforeDeadlineMin: 22, businessDaysBeforeDeadlineMax: 22 }
 * ```
 */
export function flatRows(rows: readonly object[]): readonly FlatRow[] {
  const list = checkList(rows, ['rows'], 'rows');
  const out: FlatRow[] = [];
  for (let i = 0; i < list.length; i++) {
    const row: unknown = list[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      fail('invalid-argument', ['rows', i], `a row is an object; got ${describeValue(row)}`);
    out.push(flatRow(row as Record<string, unknown>));
  }
  return Object.freeze(out);
}

/** One row, flattened by the rules of {@link flatRows}. */
export function flatRow(row: Readonly<Record<string, unknown>>): FlatRow {
  const flat: Record<string, FlatValue> = {};
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (isParsedDate(value)) {
      flat[key] = value.text;
      flat[`${key}Earliest`] = instantText(value.earliest);
      flat[`${key}Latest`] = instantText(value.latest);
    } else if (isDayCount(value)) {
      flat[`${key}Min`] = finite(value.min);
      flat[`${key}Max`] = finite(value.max);
    } else {
      flat[key] = cellOf(value);
    }
  }
  return Object.freeze(flat);
}

/** The three columns of a date: its text, and its earliest and latest instants as ISO text (all null for none). */
export function dateColumns(key: string, date: ParsedDate | null): Readonly<Record<string, string | null>> {
  return {
    [key]: date?.text ?? null,
    [`${key}Earliest`]: date === null ? null : instantText(date.earliest),
    [`${key}Latest`]: date === null ? null : instantText(date.latest),
  };
}

function cellOf(value: unknown): FlatValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return finite(value);
  if (Array.isArray(value)) return value.map((item) => String(cellOf(item) ?? '')).join(';');
  if (typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string')
    return (value as { id: string }).id;
  if (typeof value === 'object' && typeof (value as { value?: unknown }).value === 'string')
    return (value as { value: string }).value; // a { value, timeZone } date as written
  return typeof value === 'bigint' ? String(value) : null;
}

/** A number for a cell: an unbounded count (an open interval's) has no number. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function isParsedDate(value: unknown): value is ParsedDate {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ParsedDate).text === 'string' &&
    typeof (value as ParsedDate).earliest === 'number' &&
    typeof (value as ParsedDate).latest === 'number' &&
    typeof (value as ParsedDate).precision === 'string'
  );
}

function isDayCount(value: unknown): value is DayCount {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as DayCount).min === 'number' &&
    typeof (value as DayCount).max === 'number'
  );
}
