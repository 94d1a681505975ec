/**
 * The EDTF grammar, written once: the pieces of one date (qualifiers, a year, two-digit parts, a time), as
 * regular-expression sources. The reader (`edtf-read.ts`) matches a date with {@link SINGLE_DATE}; the JSON
 * Schema's pattern (`edtf-pattern.ts`) is built from the same pieces; what a viewer needs of a date read is
 * taken from its parts (`written-parts.ts`), never by reading its text again.
 */

/** A qualifier: `?` (uncertain), `~` (approximate), `%` (both). */
const QUALIFIER = '[?~%]';
/** A year: `2015`, `-0044`, `156X`, `1950S2`, `Y170000002`, `Y-17E7`. */
const YEAR = 'Y-?\\d+(?:E\\d+)?(?:S\\d+)?|-?[\\dX]{4}(?:S\\d+)?';
/** A month, a sub-year grouping (21 to 41) or a day: two digits, any of them X. */
const TWO_DIGITS = '[\\dX]{2}';
/** A UTC offset: `Z`, `+05`, `+05:30`, `-0330`. */
const OFFSET = 'Z|[+-]\\d{2}(?::?\\d{2})?';
/** A time; its groups: hour, minute, second, the fraction of a second (to the millisecond), the offset. */
const TIME = `T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?(${OFFSET})?`;
/** A qualifier or none, as a group. */
const MARK = `(${QUALIFIER})?`;

/**
 * One date of any level (no interval, no set), anchored. Its groups, in order: the year's left mark, the year,
 * its right mark; the month's left mark, the month, its right mark; the day's likewise; the time with its
 * offset, then the {@link TIME} groups; the mark after all.
 */
export const SINGLE_DATE = `^${MARK}(${YEAR})${MARK}(?:-${MARK}(${TWO_DIGITS})${MARK}(?:-${MARK}(${TWO_DIGITS})${MARK})?)?(${TIME})?${MARK}$`;

/** A source with every group made non-capturing, for a pattern that only tests. */
export function withoutGroups(source: string): string {
  return source.replace(/(?<!\\)\((?!\?)/g, '(?:');
}

/** One date, unanchored and without groups: what the JSON Schema's pattern builds points, ranges and sets of. */
export const POINT_SHAPE = withoutGroups(SINGLE_DATE.slice(1, -1));

/** A qualifier or none, without a group. */
export const QUALIFIER_SHAPE = `${QUALIFIER}?`;

const TIME_ALONE = new RegExp(`^${TIME}$`);

/** The numbers of a time as written (`T09:00:30.5+05:00`), from a date's parts (`DateParts.time`). */
export interface TimeParts {
  readonly hour: number;
  readonly minute: number;
  /** Absent when the time stops at the minute. */
  readonly second?: number;
  /** The fraction of a second in milliseconds (`.5` is 500); absent when none is written. */
  readonly millisecond?: number;
  /** The offset as written (`Z`, `+05:00`); absent for a wall-clock time in the date's zone. */
  readonly offset?: string;
}

/**
 * The numbers of a time a date was read with (its parts' `time`, which the reader matched with this grammar);
 * `undefined` for text that is not one.
 */
export function timeParts(time: string): TimeParts | undefined {
  const match = TIME_ALONE.exec(time);
  if (match === null) return undefined;
  const [, hour, minute, second, fraction, offset] = match;
  return {
    hour: Number(hour),
    minute: Number(minute),
    ...(second === undefined ? {} : { second: Number(second) }),
    ...(fraction === undefined ? {} : { millisecond: Number(fraction.padEnd(3, '0')) }),
    ...(offset === undefined ? {} : { offset }),
  };
}
