import { fail, issue } from '../_lib/issues.js';
import type { SafeResult } from '../errors/index.js';
import { TimelineError } from '../errors/index.js';
import { type DatePrecision, precisionRank } from './precision.js';
import { isTimeZone, wallClockAsUtc, zonedTimeToInstant } from './zone.js';

/**
 * One end of a date: the range of instants it may stand for.
 *
 * @category Dates
 * @example
 * ```ts
 * import { parseDate, type DateBound } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // India's dispute from its demand, 12 August 2010, to its last deadline, 31 January 2011:
 * const { start, end } = parseDate('2010-08-12/2011-01-31', { timeZone: indiaBlackberry2010.timeZone ?? 'UTC' });
 * const first: DateBound = start;
 * [first.state, first.precision, end.state];
 * //=> ['known', 'day', 'known']
 * parseDate('2010-08-12/..').end.state; // still going on
 * //=> 'open'
 * parseDate('/2011-01-31').start.state; // began at some unknown time
 * //=> 'unknown'
 * ```
 */
export interface DateBound {
  /** `known` for a date; `open` for `..` (no end); `unknown` for an empty end (an end that exists but is not known). */
  readonly state: 'known' | 'open' | 'unknown';
  /** The first instant it may stand for, in milliseconds since 1970-01-01T00:00Z; `-Infinity` when unbounded. */
  readonly earliest: number;
  /** The last instant it may stand for (inclusive), in milliseconds since the epoch; `Infinity` when unbounded. */
  readonly latest: number;
  /** How precisely the source gives it. */
  readonly precision: DatePrecision;
  /** Marked `~` (or `%`): circa. Its range is widened by one unit of its precision on each side. */
  readonly approximate: boolean;
  /** Marked `?` (or `%`): the source is unsure of it. Its range is not widened. */
  readonly uncertain: boolean;
}

/**
 * A date as a source gives it, read: what it says, how precisely, and the range of instants it may stand for.
 *
 * @category Dates
 * @example
 * ```ts
 * import { parseDate, type ParsedDate } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // Read in the dispute's zone, Asia/Karachi (UTC+5):
 * const july: ParsedDate = parseDate('2015-07', { timeZone: 'Asia/Karachi' });
 * [july.kind, july.precision, july.timeZone];
 * //=> ['point', 'month', 'Asia/Karachi']
 * new Date(july.earliest).toISOString();
 * //=> '2015-06-30T19:00:00.000Z'
 * new Date(july.latest).toISOString();
 * //=> '2015-07-31T18:59:59.999Z'
 * ```
 */
export interface ParsedDate {
  /** The EDTF text it was read from. */
  readonly text: string;
  /** The IANA zone the wall-clock parts were read in (a UTC offset in the text takes precedence). */
  readonly timeZone: string;
  /** `point` for one date, `interval` for `start/end`. */
  readonly kind: 'point' | 'interval';
  /** The start; for a point, the point itself. */
  readonly start: DateBound;
  /** The end; for a point, the point itself. */
  readonly end: DateBound;
  /** The first instant it may stand for (the start's earliest). */
  readonly earliest: number;
  /** The last instant it may stand for, inclusive (the end's latest). */
  readonly latest: number;
  /** The precision of a point; the coarser known end's precision for an interval. */
  readonly precision: DatePrecision;
  /** Whether any end is approximate. */
  readonly approximate: boolean;
  /** Whether any end is uncertain. */
  readonly uncertain: boolean;
}

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

type Problem = {
  readonly code: 'invalid-date' | 'impossible-date' | 'invalid-time-zone';
  readonly message: string;
};

const POINT =
  /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX)(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?([?~%])?$/;

const FORMS =
  'expected an EDTF date such as 2015-11-30, 2015-07, 2010, 2015-12-31?, 2011~, 2013-07-XX, ' +
  '2015-11-30T09:00+05:00 or an interval 2010-08-12/2011-01-31';

const MAX_LENGTH = 64;
/** Read dates by zone, then text: two lookups, and no key to concatenate for each of millions of reads. */
const cache = new Map<string, Map<string, ParsedDate | Problem>>();
let cached = 0;

/**
 * Reads an EDTF date (levels 0 and 1): a day, month or year, a time with an optional UTC offset,
 * the qualifiers `?` (uncertain), `~` (approximate) and `%` (both), unspecified digits (`2013-07-XX`, `201X`),
 * and intervals with known, open (`..`) or unknown (empty) ends.
 *
 * @category Dates
 * @param text - the date as the source gives it: EDTF text, or a record's `{ value, timeZone }`
 * @param options - the zone whose wall clock it is in
 * @returns the date, with its precision and the earliest and latest instant it may stand for
 * @throws {@link TimelineError} `invalid-date` when the text is not such a date (`30/12/2015`, `December 2015`),
 *   is longer than 64 characters, or is an interval with no known end (`../..`)
 * @throws {@link TimelineError} `impossible-date` when it names a day or time that does not exist (`2015-02-30`,
 *   month 13, `25:00`) or an interval that ends before it starts
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
 * // A record's { value, timeZone } form is read in its own zone:
 * parseDate(blackberryPakistan2015.responses[0]!.date).timeZone;
 * //=> 'America/Toronto'
 * ```
 */
export function parseDate(text: string | ZonedDateText, options: ParseDateOptions = {}): ParsedDate {
  const [value, zone] = textAndZone(text, options);
  const result = readDate(value, zone);
  if ('code' in result) fail(result.code, [], result.message, value);
  return result;
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
    return { success: false, error: new TimelineError([issue(result.code, [], result.message, value)]) };
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
  if (typeof text === 'object' && text !== null && !Array.isArray(text)) {
    const { value, timeZone } = text as { value?: unknown; timeZone?: unknown };
    return [value, timeZone === undefined ? zoneOf(options) : String(timeZone)];
  }
  return [text, zoneOf(options)];
}

/** The zone of parse options: `UTC` when none is given; a zone that is not a string is read as its text. */
function zoneOf(options: unknown): string {
  const zone =
    typeof options === 'object' && options !== null ? (options as ParseDateOptions).timeZone : undefined;
  return zone === undefined ? 'UTC' : String(zone);
}

/** Reads a date, answering a problem instead of throwing; results are cached by zone and text. */
export function readDate(text: unknown, timeZone: string): ParsedDate | Problem {
  if (typeof text !== 'string') return { code: 'invalid-date', message: `${FORMS}; got ${typeof text}` };
  if (text.length > MAX_LENGTH)
    return { code: 'invalid-date', message: `a date has at most ${MAX_LENGTH} characters` };
  let byText = cache.get(timeZone);
  const found = byText?.get(text);
  if (found !== undefined) return found;
  const result = isTimeZone(timeZone)
    ? readUncached(text, timeZone)
    : ({
        code: 'invalid-time-zone',
        message: `${JSON.stringify(timeZone)} is not an IANA time zone`,
      } as const);
  if (cached >= 250_000) {
    cache.clear();
    cached = 0;
    byText = undefined;
  }
  if (byText === undefined) {
    byText = new Map();
    cache.set(timeZone, byText);
  }
  byText.set(text, result);
  cached++;
  return result;
}

function readUncached(text: string, timeZone: string): ParsedDate | Problem {
  const slash = text.indexOf('/');
  if (slash === -1) {
    const point = readBound(text, timeZone);
    if ('code' in point) return point;
    return Object.freeze({
      text,
      timeZone,
      kind: 'point',
      start: point,
      end: point,
      earliest: point.earliest,
      latest: point.latest,
      precision: point.precision,
      approximate: point.approximate,
      uncertain: point.uncertain,
    });
  }
  const startText = text.slice(0, slash);
  const endText = text.slice(slash + 1);
  if (endText.includes('/')) return { code: 'invalid-date', message: `${FORMS}; an interval has one "/"` };
  const startKnown = startText !== '' && startText !== '..';
  const endKnown = endText !== '' && endText !== '..';
  if (!startKnown && !endKnown)
    return { code: 'invalid-date', message: 'an interval needs at least one known end' };
  const start = startKnown ? readBound(startText, timeZone) : null;
  const end = endKnown ? readBound(endText, timeZone) : null;
  if (start !== null && 'code' in start) return start;
  if (end !== null && 'code' in end) return end;
  if (start !== null && end !== null && start.earliest > end.latest) {
    return { code: 'impossible-date', message: `the interval ${text} ends before it starts` };
  }
  const known = (start ?? end) as DateBound;
  const startBound = start ?? unboundedEnd(startText, 'start', known);
  const endBound = end ?? unboundedEnd(endText, 'end', known);
  const coarser =
    start !== null && end !== null && precisionRank(end.precision) < precisionRank(start.precision)
      ? end.precision
      : known.precision;
  return Object.freeze({
    text,
    timeZone,
    kind: 'interval',
    start: startBound,
    end: endBound,
    earliest: startBound.earliest,
    latest: endBound.latest,
    precision: coarser,
    approximate: startBound.approximate || endBound.approximate,
    uncertain: startBound.uncertain || endBound.uncertain,
  });
}

function unboundedEnd(text: string, side: 'start' | 'end', other: DateBound): DateBound {
  const open = text === '..';
  // An open end is infinitely far; an unknown end lies somewhere on its side of the known end.
  const earliest = side === 'start' ? -Infinity : open ? Infinity : other.earliest;
  const latest = side === 'end' ? Infinity : open ? -Infinity : other.latest;
  return Object.freeze({
    state: open ? 'open' : 'unknown',
    earliest,
    latest,
    precision: other.precision,
    approximate: false,
    uncertain: false,
  });
}

type Wall = [
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
];

function readBound(text: string, timeZone: string): DateBound | Problem {
  const match = POINT.exec(text);
  if (match === null) return { code: 'invalid-date', message: `${FORMS}; got ${JSON.stringify(text)}` };
  const [
    ,
    yearText = '',
    monthText,
    dayText,
    hourText,
    minuteText,
    secondText,
    msText,
    offsetText,
    qualifier,
  ] = match;
  let precision: DatePrecision = yearText.endsWith('XX')
    ? 'century'
    : yearText.endsWith('X')
      ? 'decade'
      : 'year';
  const year = Number(yearText.replace(/X/g, '0'));
  let month = 1;
  let day = 1;
  if (monthText !== undefined) {
    if (monthText === 'XX') {
      if (dayText !== undefined && dayText !== 'XX') return unspecifiedProblem(text);
    } else {
      if (precision !== 'year') return unspecifiedProblem(text);
      month = Number(monthText);
      if (month < 1 || month > 12)
        return { code: 'impossible-date', message: `${text}: there is no month ${month}` };
      precision = 'month';
    }
  }
  if (dayText !== undefined && dayText !== 'XX') {
    if (precision !== 'month') return unspecifiedProblem(text);
    day = Number(dayText);
    const days = daysInMonth(year, month);
    if (day < 1 || day > days) {
      return {
        code: 'impossible-date',
        message: `${text} does not exist: month ${month} of ${year} has ${days} days`,
      };
    }
    precision = 'day';
  }
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  if (hourText !== undefined) {
    if (precision !== 'day') return unspecifiedProblem(text);
    hour = Number(hourText);
    minute = Number(minuteText);
    precision = 'minute';
    if (secondText !== undefined) {
      second = Number(secondText);
      precision = 'second';
    }
    if (msText !== undefined) {
      ms = Number(msText.padEnd(3, '0'));
      precision = 'millisecond';
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return { code: 'impossible-date', message: `${text}: there is no time ${hourText}:${minuteText}` };
    }
  }
  let offsetMs: number | null = null;
  if (offsetText !== undefined) {
    if (offsetText === 'Z') offsetMs = 0;
    else {
      const hours = Number(offsetText.slice(1, 3));
      const minutes = Number(offsetText.slice(4, 6));
      if (hours > 14 || minutes > 59)
        return { code: 'impossible-date', message: `${text}: no zone has offset ${offsetText}` };
      offsetMs = (offsetText.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
    }
  }
  const approximate = qualifier === '~' || qualifier === '%';
  const uncertain = qualifier === '?' || qualifier === '%';
  const wall: Wall = [year, month, day, hour, minute, second, ms];
  const instant = (shift: number): number => {
    const [y, mo, d, h, mi, s, milli] = shiftWall(wall, precision, shift);
    return offsetMs === null
      ? zonedTimeToInstant(timeZone, y, mo, d, h, mi, s, milli)
      : wallClockAsUtc(y, mo, d, h, mi, s, milli) - offsetMs;
  };
  const widen = approximate ? 1 : 0;
  return Object.freeze({
    state: 'known',
    earliest: instant(-widen),
    latest: instant(1 + widen) - 1,
    precision,
    approximate,
    uncertain,
  });
}

function unspecifiedProblem(text: string): Problem {
  return { code: 'invalid-date', message: `${text}: only trailing parts of a date can be unspecified (XX)` };
}

/** The wall-clock start of the unit of `precision` that is `shift` units from the one holding `wall`. */
function shiftWall(wall: Wall, precision: DatePrecision, shift: number): Wall {
  const [year, month, day, hour, minute, second, ms] = wall;
  switch (precision) {
    case 'century':
      return [Math.floor(year / 100) * 100 + shift * 100, 1, 1, 0, 0, 0, 0];
    case 'decade':
      return [Math.floor(year / 10) * 10 + shift * 10, 1, 1, 0, 0, 0, 0];
    case 'year':
      return [year + shift, 1, 1, 0, 0, 0, 0];
    case 'month': {
      const index = year * 12 + (month - 1) + shift;
      return [Math.floor(index / 12), (index % 12) + 1, 1, 0, 0, 0, 0];
    }
    case 'day':
      return readWall(wallClockAsUtc(year, month, day) + shift * 86_400_000);
    case 'minute':
      return readWall(wallClockAsUtc(year, month, day, hour, minute) + shift * 60_000);
    case 'second':
      return readWall(wallClockAsUtc(year, month, day, hour, minute, second) + shift * 1000);
    case 'millisecond':
      return readWall(wallClockAsUtc(year, month, day, hour, minute, second, ms) + shift);
  }
}

function readWall(utc: number): Wall {
  const date = new Date(utc);
  return [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  ];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
