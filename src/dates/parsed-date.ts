import type { DatePrecision } from './precision.js';

/**
 * A qualifier of a date or of one of its parts: `?` (uncertain), `~` (approximate), `%` (both), or `''` (none).
 *
 * @category Dates
 * @example
 * ```ts
 * import { parseDate, type Qualifier } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // India's extension to 31 January 2011 was set about 12 October 2010:
 * const setOn = indiaBlackberry2010.deadlines.find((d) => d.id === 'deadline-2011-01-31')?.setOn as string;
 * const marks: readonly Qualifier[] | undefined = parseDate(setOn).start.parts?.marks;
 * marks;
 * //=> ['~', '~', '~']
 * parseDate('2004-06~-11').start.parts?.marks; // the year and month are approximate, the day is not
 * //=> ['~', '~', '']
 * ```
 */
export type Qualifier = '' | '?' | '~' | '%';

/**
 * The parts of one EDTF date as written: what {@link writeDate} writes back.
 *
 * @category Dates
 * @example
 * ```ts
 * import { parseDate, type DateParts } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const parts: DateParts | undefined = parseDate(blackberryPakistan2015.deadlines[1]!.due as string).start.parts;
 * [parts?.year, parts?.month, parts?.day];
 * //=> ['2015', '12', '30']
 * parseDate('Y-17E7').start.parts?.year;
 * //=> 'Y-17E7'
 * parseDate('2001-21').start.parts?.month; // a season
 * //=> '21'
 * ```
 */
export interface DateParts {
  /** The year as written: `2015`, `-0044`, `156X`, `Y170000002`, `Y-17E7`, `1950S2`. */
  readonly year: string;
  /** The month (`07`, `1X`, `XX`) or sub-year grouping (`21` to `41`); absent for a year. */
  readonly month?: string | undefined;
  /** The day (`30`, `XX`, `1X`); absent for a month or coarser. */
  readonly day?: string | undefined;
  /** The time with its offset as written (`T09:00+05:00`); absent for a date without a time. */
  readonly time?: string | undefined;
  /** The qualifier of the year, the month and the day (for a date with a time, the whole date's, three times). */
  readonly marks: readonly [Qualifier, Qualifier, Qualifier];
}

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
  /** Marked `~` (or `%`), whole or in part: circa. Its range is widened by one unit on each side. */
  readonly approximate: boolean;
  /** Marked `?` (or `%`), whole or in part: the source is unsure of it. Its range is not widened. */
  readonly uncertain: boolean;
  /** The parts of a known end that is one date, as written. */
  readonly parts?: DateParts | undefined;
  /** For a range `a..b` in a set: its two ends, `null` for an open side (`..b`, `a..`). */
  readonly range?: readonly [DateBound | null, DateBound | null] | undefined;
  /** For an interval end that is a set (`[2015-12-30,2015-12-31]/2016`): the set. */
  readonly set?: ParsedDate | undefined;
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
 * // Sources disagree on the day BlackBerry left: one of two days.
 * const exit = parseDate('[2015-12-30,2015-12-31]', blackberryPakistan2015);
 * [exit.kind, exit.members?.length];
 * //=> ['one-of', 2]
 * ```
 */
export interface ParsedDate {
  /** The EDTF text it was read from. */
  readonly text: string;
  /** The IANA zone the wall-clock parts were read in (a UTC offset in the text takes precedence). */
  readonly timeZone: string;
  /**
   * `point` for one date, `interval` for `start/end`, `one-of` for a set `[a,b]` (one of its members),
   * `all-of` for a list `{a,b}` (every one of its members).
   */
  readonly kind: 'point' | 'interval' | 'one-of' | 'all-of';
  /** The start; for a point, the point itself; for a set or list, the range of all its members. */
  readonly start: DateBound;
  /** The end; for a point, the point itself; for a set or list, the range of all its members. */
  readonly end: DateBound;
  /** The first instant it may stand for (the start's earliest; for a set or list, its first member's). */
  readonly earliest: number;
  /** The last instant it may stand for, inclusive (the end's latest; for a set or list, its last member's). */
  readonly latest: number;
  /** The precision of a point; the coarser known end's for an interval; the coarsest member's for a set or list. */
  readonly precision: DatePrecision;
  /** Whether any end (or member) is approximate. */
  readonly approximate: boolean;
  /** Whether any end (or member) is uncertain. */
  readonly uncertain: boolean;
  /** The members of a set or list, each a point (a range `a..b` is one point somewhere in it); absent otherwise. */
  readonly members?: readonly ParsedDate[] | undefined;
}
