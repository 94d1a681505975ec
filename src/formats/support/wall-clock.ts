import type { ParsedDate } from '../../dates/edtf.js';
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
  /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX)(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?[?~%]?$/;

/**
 * The wall-clock parts an EDTF bound (`2015-07~`, `2013-07-XX`, `2015-11-30T09:00+05:00`) writes, as integers:
 * unspecified digits end the parts (`2013-07-XX` has no day; `201X` is the year 2010, its decade's first).
 * `undefined` for an open or unknown end.
 */
export function writtenParts(boundText: string): WrittenParts | undefined {
  const match = BOUND.exec(boundText);
  if (match === null) return undefined;
  const [, yearText = '', month, day, hour, minute, second, millisecond] = match;
  const year = Number(yearText.replaceAll('X', '0'));
  if (yearText.includes('X') || month === undefined || month === 'XX') return { year };
  if (day === undefined || day === 'XX') return { year, month: Number(month) };
  if (hour === undefined || minute === undefined) return { year, month: Number(month), day: Number(day) };
  const parts = { year, month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute) };
  if (second === undefined) return parts;
  if (millisecond === undefined) return { ...parts, second: Number(second) };
  return { ...parts, second: Number(second), millisecond: Number(millisecond.padEnd(3, '0')) };
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
