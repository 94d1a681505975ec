import { fail, issue } from '../_lib/issues.js';
import type { SafeResult } from '../errors/index.js';
import { TimelineError } from '../errors/index.js';
import { EDTF_MAX_LENGTH } from './edtf-pattern.js';
import { FORMS, type Problem, readEdtf } from './edtf-read.js';
import { localDateMessage } from './local-date.js';
import type { ParsedDate } from './parsed-date.js';
import { canonicalTimeZone, isTimeZone, zoneNameProblem } from './zone.js';
import { ZoneMemo } from './zone-memo.js';

export type { DateBound, DateParts, ParsedDate, Qualifier } from './parsed-date.js';

/**
 * Options of {@link parseDate}.
 *
 * @category Dates
 * @example
 * ```ts
 * import { parseDate, type ParseDateOptions } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const options: ParseDateOptions = { timeZone: 'Asia/Kolkata' };
 * indiaBlackberry2010.timeZone === options.timeZone;
 * //=> true
 * new Date(parseDate('2010-08-31', options).earliest).toISOString();
 * //=> '2010-08-30T18:30:00.000Z'
 * ```
 */
export interface ParseDateOptions {
  /** The IANA zone whose wall clock the date is in. Default `UTC`; the machine's zone is never used. */
  readonly timeZone?: string | undefined;
}

const MAX_LENGTH = EDTF_MAX_LENGTH;
/** Read dates by zone, then text: two lookups, and no key to concatenate for each of millions of reads. */
const cache = new ZoneMemo<string, ParsedDate | Problem>(250_000);

/**
 * Reads an EDTF date of any level (ISO 8601-2 levels 0, 1 and 2): a day, month or year, a time with an optional
 * UTC offset; seasons and other sub-year groupings (`2015-21`, `2015-33`); years before year 0 (`-0044-03-15`),
 * long, exponential and significant-digit years (`Y170000002`, `Y-17E7`, `1950S2`); the qualifiers `?`
 * (uncertain), `~` (approximate) and `%` (both), on the whole date or on one part (`2004-06~-11`); unspecified
 * digits anywhere (`2013-07-XX`, `201X`, `156X-12-25`); intervals with known, open (`..`) or unknown (empty)
 * ends; "one of a set" (`[2015-12-30,2015-12-31]`) and "all of a list" (`{2015-07,2015-09}`), which keep their
 * members. Dates are read on the wall clock of the zone; {@link writeDate} writes one back.
 *
 * @category Dates
 * @param text - the date as the source gives it: EDTF text, or a record's `{ value, timeZone }`
 * @param options - the zone whose wall clock it is in
 * @returns the date, with its precision and the earliest and latest instant it may stand for
 * @throws {@link TimelineError} `invalid-date` when the text is not such a date (`30/12/2015`, `December 2015`),
 *   is longer than 256 characters, or is an interval with no known end (`../..`); the message names the form
 *   it comes closest to and the EDTF level that form needs
 * @throws {@link TimelineError} `impossible-date` when it names a day or time that does not exist (`2015-02-30`,
 *   month 13 or 42, `25:00`) or an interval that ends before it starts
 * @throws {@link TimelineError} `invalid-time-zone` when `options.timeZone` is not an IANA time zone
 *
 * @example
 * ```ts
 * import { parseDate } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const due = blackberryPakistan2015.deadlines[1]!.due;
 * due;
 * //=> '2015-12-30'
 * const deadline = parseDate(due as string, { timeZone: 'Asia/Karachi' });
 * deadline.precision;
 * //=> 'day'
 * new Date(deadline.earliest).toISOString();
 * //=> '2015-12-29T19:00:00.000Z'
 * // Approximate (~) widens by one unit each side: "about 2011" is 2010 to 2012.
 * new Date(parseDate('2011~').earliest).toISOString();
 * //=> '2010-01-01T00:00:00.000Z'
 * // Uncertain (?) does not widen.
 * parseDate('2015-12-31?').latest === parseDate('2015-12-31').latest;
 * //=> true
 * // A record's { value, timeZone } form (a statement dated in Waterloo, Ontario) is read in its own zone:
 * parseDate({ value: blackberryPakistan2015.responses[0]!.date as string, timeZone: 'America/Toronto' }).timeZone;
 * //=> 'America/Toronto'
 * ```
 */
export function parseDate(text: string | ZonedDateText, options: ParseDateOptions = {}): ParsedDate {
  const [value, zone] = textAndZone(text, options);
  const result = readDate(value, zone);
  if ('code' in result) fail(result.code, problemPath(text, result.code), result.message, value);
  return result;
}

/** Where a problem of {@link parseDate} is: the zone, in the text or the options, or the date itself. */
function problemPath(text: unknown, code: string): (string | number)[] {
  if (code !== 'invalid-time-zone') return [];
  return typeof text === 'object' && text !== null ? ['text', 'timeZone'] : ['options', 'timeZone'];
}

/**
 * Like {@link parseDate}, but returns the error instead of throwing it.
 *
 * @category Dates
 * @param text - the date as the source gives it: EDTF text, or a record's `{ value, timeZone }`
 * @param options - the zone whose wall clock it is in
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseDate } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const result = safeParseDate('2015-02-30', { timeZone: 'Asia/Karachi' });
 * result.success ? 'ok' : result.error.issues[0].code;
 * //=> 'impossible-date'
 * safeParseDate('2015-12-30', { timeZone: 'Asia/Lahore' }).success;
 * //=> false
 * ```
 */
export function safeParseDate(
  text: string | ZonedDateText,
  options: ParseDateOptions = {},
): SafeResult<ParsedDate> {
  const [value, zone] = textAndZone(text, options);
  const result = readDate(value, zone);
  if ('code' in result) {
    const path = problemPath(text, result.code);
    return { success: false, error: new TimelineError([issue(result.code, path, result.message, value)]) };
  }
  return { success: true, data: result };
}

/**
 * A date local to its own zone, as records carry it: `{ value: '2015-11-30', timeZone: 'America/Toronto' }`.
 *
 * @category Dates
 * @example
 * ```ts
 * import { parseDate, type ZonedDateText } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const exit: ZonedDateText = { value: '2015-11-30', timeZone: 'America/Toronto' };
 * new Date(parseDate(exit).earliest).toISOString();
 * //=> '2015-11-30T05:00:00.000Z'
 * ```
 */
export interface ZonedDateText {
  /** The EDTF text. */
  readonly value: string;
  /** The IANA zone whose wall clock it is in; it wins over `options.timeZone`. */
  readonly timeZone: string;
}

/** The text and zone to read: a `{ value, timeZone }` brings its own zone; a string is read in the options' zone. */
function textAndZone(text: unknown, options: unknown): [unknown, string] {
  try {
    if (typeof text === 'object' && text !== null && !Array.isArray(text)) {
      const { value, timeZone } = text as { value?: unknown; timeZone?: unknown };
      return [value, timeZone === undefined ? zoneOf(options) : String(timeZone)];
    }
    return [text, zoneOf(options)];
  } catch {
    // An argument that throws when read (a Proxy, a getter) is no date: reported as one, never thrown on.
    return [undefined, 'UTC'];
  }
}

/** The zone of parse options: `UTC` when none is given; a zone that is not a string is read as its text. */
function zoneOf(options: unknown): string {
  const zone =
    typeof options === 'object' && options !== null ? (options as ParseDateOptions).timeZone : undefined;
  return zone === undefined ? 'UTC' : String(zone);
}

/**
 * Reads a date, answering a problem instead of throwing; results are cached by zone and text unless `remember` is
 * `false` (a caller that keeps its own memo, as the build's event reader does, need not pay for two).
 */
export function readDate(text: unknown, timeZone: string, remember = true): ParsedDate | Problem {
  if (typeof text !== 'string') return { code: 'invalid-date', message: `${FORMS}; got ${typeof text}` };
  if (text.length > MAX_LENGTH)
    return { code: 'invalid-date', message: `a date has at most ${MAX_LENGTH} characters` };
  const found = remember ? cache.get(timeZone, text) : undefined;
  if (found !== undefined) return found;
  const read = isTimeZone(timeZone)
    ? readEdtf(text, canonicalTimeZone(timeZone))
    : ({
        code: 'invalid-time-zone',
        message: zoneNameProblem(timeZone) ?? `${JSON.stringify(timeZone)} is not an IANA time zone`,
      } as const);
  // A date in a local format (12/30/2015, Dec 30, 2015) gets a message that suggests its EDTF form.
  // A date in EDTF's own shape (2015-21-05) keeps the grammar's message, which says what the form needs.
  const local =
    'code' in read && read.code === 'invalid-date' && !/^-?\d{4}-\d{2}-\d{2}/.test(text)
      ? localDateMessage(text)
      : undefined;
  const result = local === undefined ? read : ({ code: 'invalid-date', message: local } as const);
  if (remember) cache.set(timeZone, text, result);
  return result;
}
