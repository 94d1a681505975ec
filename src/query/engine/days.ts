import type { TZDate } from '@date-fns/tz';
import { TZDateMini } from '@date-fns/tz/date/mini';
import { addDays } from 'date-fns/addDays';
import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { instantAtWall, wallClockOf } from '../../dates/zone.js';

/**
 * Calendar arithmetic in a named time zone. Each instant is first turned into the wall clock of its zone (read
 * as UTC, by `dates/zone`), and date-fns then counts in UTC: the machine's zone is never read, and date-fns's own
 * zone offsets (wrong for the offsets between 0 and −1 hour of Monrovia, Dublin or Lisbon before about 1972)
 * are never used. Instants are milliseconds since the epoch; `±Infinity` stands for an open end.
 */

/**
 * date-fns's context for counting in UTC, as `tz('UTC')` makes it but with the part of `TZDate` that arithmetic
 * needs (`TZDateMini`): the full `TZDate` adds only text forms (`toString`…), which these counts never read.
 */
const UTC = (value: Date | number | string): TZDate => new TZDateMini(+new Date(value), 'UTC');

/** Whole calendar days from the day holding `earlier` to the day holding `later`, in `timeZone`. */
export function calendarDaysBetween(later: number, earlier: number, timeZone: string): number {
  if (!Number.isFinite(later) || !Number.isFinite(earlier)) return later - earlier;
  return differenceInCalendarDays(wallClockOf(later, timeZone), wallClockOf(earlier, timeZone), { in: UTC });
}

/** Business days (Monday to Friday) from the day holding `earlier` to the day holding `later`, in `timeZone`. */
export function businessDaysBetween(later: number, earlier: number, timeZone: string): number {
  if (!Number.isFinite(later) || !Number.isFinite(earlier)) return later - earlier;
  return differenceInBusinessDays(wallClockOf(later, timeZone), wallClockOf(earlier, timeZone), { in: UTC });
}

/** The instant `days` calendar days after `instant` (before it, when negative), at the same wall-clock time. */
export function addCalendarDays(instant: number, days: number, timeZone: string): number {
  if (!Number.isFinite(instant)) return instant;
  const shifted = addDays(wallClockOf(instant, timeZone), days, { in: UTC }).getTime();
  return instantAtWall(timeZone, shifted);
}

/** The month holding an instant in `timeZone`, as `YYYY-MM`; `..` for an open end. */
export function monthOf(instant: number, timeZone: string): string {
  if (!Number.isFinite(instant)) return '..';
  const date = new Date(wallClockOf(instant, timeZone));
  const year = date.getUTCFullYear();
  const text = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${text}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}
