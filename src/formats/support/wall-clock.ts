import type { ParsedDate } from '../../dates/edtf.js';
import { groupingOf } from '../../dates/seasons.js';
import { offsetMs } from '../../dates/zone.js';

/** The parts of a date as a source writes them, only as precise as it writes them (no day in `2015-07`). */
export interface WrittenParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  readonly millisecond?: number;
}

const BOUND =
  /^(Y-?\d+(?:E\d+)?(?:S\d+)?|-?[\dX]{4}(?:S\d+)?)(?:-([\dX]{2})(?:-([\dX]{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

/**
 * The first year a year's text stands for: `-0044` is −44 (45 BC), `Y170000002` and `Y17E7` (170000000) are
 * themselves, `201X` is 2010 and `-201X` is −2019 (the first of the decade), `1950S2` is 1900 (the first of
 * 1900–1999, the years whose first two digits are significant).
 */
function firstYear(text: string): number {
  const [, sign = '', digits = '', exponent, significant] =
    /^Y?(-?)([\dX]+)(?:E(\d+))?(?:S(\d+))?$/.exec(text) ?? [];
  const negative = sign === '-';
  // The first year of a negative decade is its most negative: -201X runs from -2019 to -2010.
  const magnitude = Number(digits.replaceAll('X', negative ? '9' : '0')) * 10 ** Number(exponent ?? 0);
  const length = String(magnitude).length;
  const count = significant === undefined ? length : Number(significant);
  if (count >= length) return negative ? -magnitude : magnitude;
  const span = 10 ** (length - count);
  const low = Math.floor(magnitude / span) * span;
  return negative ? -(low + span - 1) : low;
}

/**
 * The wall-clock parts an EDTF bound (`2015-07~`, `2013-07-XX`, `2015-11-30T09:00+05:00`, `-0044-03-15`,
 * `Y170000002`) writes, as integers, with qualifiers anywhere (`?2004-06-~11`) set aside: unspecified digits end the
 * parts (`2013-07-XX` has no day; `201X` is the year 2010, its decade's first); a year with an exponent or
 * significant digits gives the first year it stands for (`1950S2` is 1900); a season, quarter or semester
 * (`2015-21`) gives the first month of its span (March 2015: spring in either hemisphere runs from March to
 * November). `undefined` for an open or unknown end.
 *
 * @example
 * ```ts
 * writtenParts('-0044-03-15');
 * //=> { year: -44, month: 3, day: 15 }
 * writtenParts('2015-21');
 * //=> { year: 2015, month: 3 }
 * ```
 */
export function writtenParts(boundText: string): WrittenParts | undefined {
  const match = BOUND.exec(boundText.replace(/[?~%]/g, ''));
  if (match === null) return undefined;
  const [, yearText = '', month, day, hour, minute, second, millisecond] = match;
  const year = firstYear(yearText);
  if (/[XSE]/.test(yearText) || month === undefined || month.includes('X')) return { year };
  const grouping = groupingOf(Number(month));
  if (grouping !== undefined) return { year, month: grouping.first + 1 };
  if (day === undefined || day.includes('X')) return { year, month: Number(month) };
  if (hour === undefined || minute === undefined) return { year, month: Number(month), day: Number(day) };
  const parts = { year, month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute) };
  if (second === undefined) return parts;
  if (millisecond === undefined) return { ...parts, second: Number(second) };
  return { ...parts, second: Number(second), millisecond: Number(millisecond.slice(0, 3).padEnd(3, '0')) };
}

/**
 * The parts of a bound as the end of a span: a season, quarter or semester's last month (`2015-21`, spring:
 * November 2015; `2015-28`, northern winter: February 2016); any other bound's {@link writtenParts}.
 *
 * @example
 * ```ts
 * writtenEndParts('2015-28');
 * //=> { year: 2016, month: 2 }
 * writtenEndParts('2015-07');
 * //=> { year: 2015, month: 7 }
 * ```
 */
export function writtenEndParts(boundText: string): WrittenParts | undefined {
  const match = BOUND.exec(boundText.replace(/[?~%]/g, ''));
  const [, yearText = '', month] = match ?? [];
  const grouping = month === undefined || /[XSE]/.test(yearText) ? undefined : groupingOf(Number(month));
  if (grouping === undefined) return writtenParts(boundText);
  const last = grouping.first + grouping.months - 1;
  return { year: firstYear(yearText) + Math.floor(last / 12), month: (last % 12) + 1 };
}

/** The texts of a date's two ends: a point's text twice; an interval's `start/end` halves (empty or `..`). */
export function boundTexts(date: ParsedDate): readonly [string, string] {
  const slash = date.text.indexOf('/');
  return slash === -1 ? [date.text, date.text] : [date.text.slice(0, slash), date.text.slice(slash + 1)];
}

/** A calendar day: year, month (1–12) and day (1–31). */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The calendar day, hour, minute and second a wall clock in `timeZone` shows at an instant, and its UTC offset in
 * minutes (a fraction for the offsets to the second some zones kept before about 1972: Monrovia's −44.5).
 */
export function wallClockAt(
  instant: number,
  timeZone: string,
): CalendarDay & { hour: number; minute: number; second: number; offsetMinutes: number } {
  // The library's own offset, not @date-fns/tz's tzOffset, which gives Monrovia's −00:44:30 as +44.5 minutes.
  const offset = offsetMs(timeZone, instant);
  const offsetMinutes = offset / 60_000;
  const shifted = new Date(instant + offset);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    offsetMinutes,
  };
}

/** The day after a calendar day. */
export function nextDay({ year, month, day }: CalendarDay): CalendarDay {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + 1);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const two = (n: number) => String(n).padStart(2, '0');

/** A calendar day as `YYYY-MM-DD`. */
export function isoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}

/** A calendar day as iCalendar's `YYYYMMDD`. */
export function basicDay(day: CalendarDay): string {
  return isoDay(day).replaceAll('-', '');
}

/** The city of an IANA zone, for people: `America/Toronto` → `Toronto`. */
export function cityOf(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/**
 * A date in words that keep what the parts of a timeline viewer cannot: `about 2010-08-12` (`~`),
 * `2015-12-31 (uncertain)` (`?`), `2010-08 to 2011-01`, `from 2010-08 onwards` (`..`), and the zone's city when
 * it is not the dispute's.
 */
export function dateInWords(date: ParsedDate, disputeZone: string): string {
  const [startText, endText] = boundTexts(date);
  const bound = (text: string, approximate: boolean, uncertain: boolean) => {
    const bare = text.replace(/[?~%]$/, '');
    return `${approximate ? 'about ' : ''}${bare}${uncertain ? ' (uncertain)' : ''}`;
  };
  const start = bound(startText, date.start.approximate, date.start.uncertain);
  const end = bound(endText, date.end.approximate, date.end.uncertain);
  let words: string;
  if (date.kind === 'point') words = start;
  else if (date.end.state === 'open') words = `from ${start} onwards`;
  else if (date.start.state === 'open') words = `until ${end}`;
  else if (date.end.state === 'unknown') words = `${start} to an unknown date`;
  else if (date.start.state === 'unknown') words = `an unknown date to ${end}`;
  else words = `${start} to ${end}`;
  return date.timeZone === disputeZone ? words : `${words} (${cityOf(date.timeZone)} time)`;
}
