import { instantAtWall, wallClockAsUtc } from './zone.js';

/** A wall-clock time: year, month (1–12), day, hour, minute, second, millisecond. */
export type Wall = readonly [
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
];

/** The units a wall clock is moved by: the date precisions, a sub-year grouping counted in months. */
export type CalendarUnit =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'month'
  | 'day'
  | 'minute'
  | 'second'
  | 'millisecond';

const YEARS: Partial<Record<CalendarUnit, number>> = { millennium: 1000, century: 100, decade: 10, year: 1 };
const MS: Partial<Record<CalendarUnit, number>> = {
  day: 86_400_000,
  minute: 60_000,
  second: 1000,
  millisecond: 1,
};

/** The years JavaScript's `Date` holds (±275,760, kept a little inside); beyond, a wall clock is read in UTC. */
const DATE_YEARS = 270_000;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `wall` moved by `count` units; a day past the end of a shorter month is the month's last day. */
export function addUnits(wall: Wall, unit: CalendarUnit, count: number, months = 1): Wall {
  const [year, month, day, hour, minute, second, ms] = wall;
  const years = YEARS[unit];
  if (years !== undefined) {
    const y = year + years * count;
    return [y, month, Math.min(day, daysInMonth(y, month)), hour, minute, second, ms];
  }
  if (unit === 'month') {
    const index = year * 12 + (month - 1) + count * months;
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    return [y, m, Math.min(day, daysInMonth(y, m)), hour, minute, second, ms];
  }
  return readWall(wallClockAsUtc(year, month, day, hour, minute, second, ms) + count * (MS[unit] as number));
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

/**
 * The instant a wall clock shows `wall`: at a fixed UTC offset when one is written, else in `timeZone`. With `end`,
 * `wall` is the end (exclusive) of a span of wall clocks, and the answer the span's end (see `instantAtWall`).
 */
export function wallInstant(wall: Wall, timeZone: string, offsetMs: number | null, end = false): number {
  const [year, month, day, hour, minute, second, ms] = wall;
  if (Math.abs(year) > DATE_YEARS) {
    // No zone has rules this far out, and Date cannot hold it: count days on the proleptic Gregorian calendar.
    return daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  }
  const utc = wallClockAsUtc(year, month, day, hour, minute, second, ms);
  return offsetMs === null ? instantAtWall(timeZone, utc, end) : utc - offsetMs;
}

/** Days from 1970-01-01 to a proleptic Gregorian date, for any year (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
