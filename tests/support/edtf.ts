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

/** The forms an EDTF point can take here, from a century (`20XX`) to a minute with an offset. */
export type PointForm =
  | 'century'
  | 'decade'
  | 'year'
  | 'month'
  | 'unspecified-day'
  | 'day'
  | 'minute'
  | 'offset';

const two = (n: number) => String(n).padStart(2, '0');

/** How a point is written, in one of the forms. */
export function writePoint(
  form: PointForm,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
): string {
  const date = `${year}-${two(month)}-${two(day)}`;
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
    case 'offset':
      return `${date}T${two(hour)}:${two(minute)}+05:00`;
  }
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
    .tuple(
      fc.integer(years),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom(...forms),
      fc.constantFrom(...qualifiers),
    )
    .map(
      ([year, month, day, hour, minute, form, qualifier]) =>
        `${writePoint(form, year, month, day, hour, minute)}${qualifier}`,
    );
}
