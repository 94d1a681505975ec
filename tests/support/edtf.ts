/**
 * EDTF dates for property tests, shared by the query and reliability suites: points at every precision the
 * library reads, in a chosen span of years, and the zones the test suite runs in.
 */
import fc from 'fast-check';

/** The zones the suite must pass in, from UTC−11 to UTC+14. */
export const ZONES = [
  'UTC',
  'Asia/Karachi',
  'Asia/Kolkata',
  'America/Toronto',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;

/**
 * The forms an EDTF point can take here, from a century (`20XX`) to a millisecond, in local time, UTC (`Z`), or
 * at an offset east or west of it.
 */
export type PointForm =
  | 'century'
  | 'decade'
  | 'year'
  | 'month'
  | 'unspecified-day'
  | 'day'
  | 'minute'
  | 'second'
  | 'millisecond'
  | 'utc'
  | 'offset'
  | 'negative-offset';

/** Every form, for generators that should reach all of them. */
export const ALL_POINT_FORMS: readonly PointForm[] = [
  'century',
  'decade',
  'year',
  'month',
  'unspecified-day',
  'day',
  'minute',
  'second',
  'millisecond',
  'utc',
  'offset',
  'negative-offset',
];

/** The days in a month of the proleptic Gregorian calendar (29 February in leap years). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The time of day of a point, to the millisecond. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

const two = (n: number) => String(n).padStart(2, '0');

/** How a point is written, in one of the forms. */
export function writePoint(
  form: PointForm,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second = 0,
  millisecond = 0,
): string {
  const date = `${year}-${two(month)}-${two(day)}`;
  const seconds = `${date}T${two(hour)}:${two(minute)}:${two(second)}`;
  switch (form) {
    case 'century':
      return `${String(year).slice(0, 2)}XX`;
    case 'decade':
      return `${String(year).slice(0, 3)}X`;
    case 'year':
      return String(year);
    case 'month':
      return date.slice(0, 7);
    case 'unspecified-day':
      return `${date.slice(0, 7)}-XX`;
    case 'day':
      return date;
    case 'minute':
      return `${date}T${two(hour)}:${two(minute)}`;
    case 'second':
      return seconds;
    case 'millisecond':
      return `${seconds}.${String(millisecond).padStart(3, '0')}`;
    case 'utc':
      return `${seconds}.${String(millisecond).padStart(3, '0')}Z`;
    case 'offset':
      return `${date}T${two(hour)}:${two(minute)}+05:00`;
    case 'negative-offset':
      return `${seconds}-03:30`;
  }
}

/**
 * A day of a month, drawn so that the edges come often: the first, the last (the 29th, 30th or 31st, and
 * 29 February in leap years), the day before the last, or any day.
 */
function dayOf(year: number, month: number): fc.Arbitrary<number> {
  const last = daysInMonth(year, month);
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: last }) },
    { weight: 2, arbitrary: fc.constantFrom(1, last - 1, last) },
  );
}

/** A value in `[0, max]`, its ends drawn often (midnight, the last minute, second and millisecond of a day). */
function edgy(max: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 1, arbitrary: fc.constantFrom(0, max) },
  );
}

/** A time of day to the millisecond, its edges drawn often. */
export const timeOfDay: fc.Arbitrary<TimeOfDay> = fc.record({
  hour: edgy(23),
  minute: edgy(59),
  second: edgy(59),
  millisecond: edgy(999),
});

/** A calendar day in `years`: months end on their true last day, and leap years reach 29 February. */
export function calendarDay(years: {
  readonly min: number;
  readonly max: number;
}): fc.Arbitrary<{ readonly year: number; readonly month: number; readonly day: number }> {
  return fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.integer(years) },
        // a leap year in the span, when there is one, so 29 February is reached
        { weight: 1, arbitrary: fc.integer(years).map((y) => Math.min(years.max, y + ((4 - (y % 4)) % 4))) },
      ),
      fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }) },
        { weight: 1, arbitrary: fc.constant(2) },
      ),
    )
    .chain(([year, month]) => dayOf(year, month).map((day) => ({ year, month, day })));
}

/**
 * An EDTF point in `years`, in one of `forms` (repeat a form to draw it more often), with one of `qualifiers`
 * (`''` for none) appended.
 */
export function edtfPointIn(
  years: { readonly min: number; readonly max: number },
  forms: readonly PointForm[],
  qualifiers: readonly string[],
): fc.Arbitrary<string> {
  return fc
    .tuple(calendarDay(years), timeOfDay, fc.constantFrom(...forms), fc.constantFrom(...qualifiers))
    .map(
      ([{ year, month, day }, time, form, qualifier]) =>
        `${writePoint(form, year, month, day, time.hour, time.minute, time.second, time.millisecond)}${qualifier}`,
    );
}
