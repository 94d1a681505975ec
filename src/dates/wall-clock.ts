import type { ParsedDate } from './parsed-date.js';
import { offsetMs } from './zone.js';

/** A calendar day: year, month (1–12) and day (1–31). */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What a wall clock shows at an instant: the calendar day, the time, and the zone's UTC offset then. */
export interface WallClock extends CalendarDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC; a fraction for the offsets to the second some zones kept before about 1972 (Monrovia's −44.5). */
  readonly offsetMinutes: number;
}

/** The calendar day, hour, minute and second a wall clock in `timeZone` shows at an instant, and its UTC offset. */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  // The library's own offset, not @date-fns/tz's tzOffset, which gives Monrovia's −00:44:30 as +44.5 minutes.
  const offset = offsetMs(timeZone, instant);
  const shifted = new Date(instant + offset);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    offsetMinutes: offset / 60_000,
  };
}

/**
 * The wall clocks, in the date's own zone, at the first and the last instant a date may stand for: an open or
 * unknown start is taken from the end (`../2011-01-31` starts on the 31st); `last` is absent for an open or
 * unknown end; `instant` is the first instant. The one reading of "the days a date covers" the calendar and event-data formats share.
 */
export function daySpanOf(date: ParsedDate): {
  readonly first: WallClock;
  readonly last?: WallClock;
  /** The first instant, in milliseconds since the epoch. */
  readonly instant: number;
} {
  const instant = Number.isFinite(date.earliest) ? date.earliest : date.end.earliest;
  const first = wallClockAt(instant, date.timeZone);
  if (!Number.isFinite(date.latest)) return { first, instant };
  const last = wallClockAt(date.latest, date.timeZone);
  // A day the zone skipped (Kiritimati went from 30 December 1994 to 1 January 1995) reads as the day after it, as
  // if the clocks had moved on (`instantAtWall`); whatever a date's instants, its span never ends before it starts.
  const before = last.year - first.year || last.month - first.month || last.day - first.day;
  return { first, last: before < 0 ? first : last, instant };
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
