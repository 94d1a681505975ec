import { TZDate, tz } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { differenceInBusinessDays } from 'date-fns/differenceInBusinessDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';

/**
 * Calendar arithmetic in a named time zone, through date-fns and its `tz()` context: the machine's zone is
 * never read. Instants are milliseconds since the epoch; `±Infinity` stands for an open end.
 */

type Context = ReturnType<typeof tz>;
const contexts = new Map<string, Context>();

function contextOf(timeZone: string): Context {
  let context = contexts.get(timeZone);
  if (context === undefined) {
    context = tz(timeZone);
    if (contexts.size > 1000) contexts.clear();
    contexts.set(timeZone, context);
  }
  return context;
}

/** Whole calendar days from the day holding `earlier` to the day holding `later`, in `timeZone`. */
export function calendarDaysBetween(later: number, earlier: number, timeZone: string): number {
  if (!Number.isFinite(later) || !Number.isFinite(earlier)) return later - earlier;
  return differenceInCalendarDays(later, earlier, { in: contextOf(timeZone) });
}

/** Business days (Monday to Friday) from the day holding `earlier` to the day holding `later`, in `timeZone`. */
export function businessDaysBetween(later: number, earlier: number, timeZone: string): number {
  if (!Number.isFinite(later) || !Number.isFinite(earlier)) return later - earlier;
  return differenceInBusinessDays(later, earlier, { in: contextOf(timeZone) });
}

/** The instant `days` calendar days after `instant` (before it, when negative), at the same wall-clock time. */
export function addCalendarDays(instant: number, days: number, timeZone: string): number {
  if (!Number.isFinite(instant)) return instant;
  return addDays(instant, days, { in: contextOf(timeZone) }).getTime();
}

/** The month holding an instant in `timeZone`, as `YYYY-MM`; `..` for an open end. */
export function monthOf(instant: number, timeZone: string): string {
  if (!Number.isFinite(instant)) return '..';
  const date = new TZDate(instant, timeZone);
  const year = date.getFullYear();
  const text = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${text}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
