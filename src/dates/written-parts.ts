import { timeParts } from './edtf-grammar.js';
import { firstYearOf } from './edtf-read.js';
import type { DateBound, ParsedDate } from './parsed-date.js';
import { groupingOf } from './seasons.js';

/**
 * The parts of a date as a source writes them, as integers, only as precise as it writes them (a month-precision
 * date has no `day`): what a viewer with year, month and day fields is given (TimelineJS3's dates, the columns
 * of its sheet).
 *
 * @category Dates
 * @example
 * ```ts
 * import { toTimelineJs, type WrittenParts } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const slide = toTimelineJs(indiaBlackberry2010).events.find((event) => event.unique_id === 'event-interception-system-ready');
 * const start: WrittenParts | undefined = slide?.start_date;
 * start;
 * //=> { year: 2013, month: 7 }
 * ```
 */
export interface WrittenParts {
  /** The year (a decade or century gives its first year; a date in words says so). */
  readonly year: number;
  /** The month, 1–12, when the source gives it. */
  readonly month?: number;
  /** The day of the month, when the source gives it. */
  readonly day?: number;
  /** The hour, when the source gives a time. */
  readonly hour?: number;
  /** The minute, when the source gives a time. */
  readonly minute?: number;
  /** The second, when the source gives it. */
  readonly second?: number;
  /** The millisecond, when the source gives it. */
  readonly millisecond?: number;
}

/**
 * The bound that ends a date on one side and has parts of its own: a point itself; an interval's end (the first
 * or last member of an end that is a set); a set's first or last member (the near end of a range `a..b` in it).
 * `undefined` for an open or unknown end, or the open side of a range (`..b`).
 */
export function edgeOf(date: ParsedDate, side: 'start' | 'end'): DateBound | undefined {
  const members = date.members;
  if (members !== undefined && members.length > 0) {
    const member = side === 'start' ? members[0] : members[members.length - 1];
    return member === undefined ? undefined : boundEdge(member.start, side);
  }
  return boundEdge(side === 'start' ? date.start : date.end, side);
}

function boundEdge(bound: DateBound, side: 'start' | 'end'): DateBound | undefined {
  if (bound.state !== 'known') return undefined;
  if (bound.set !== undefined) return edgeOf(bound.set, side);
  if (bound.range !== undefined) return (side === 'start' ? bound.range[0] : bound.range[1]) ?? undefined;
  return bound;
}

/**
 * The parts a bound was written with (`2015-07~`, `2013-07-XX`, `2015-11-30T09:00+05:00`, `-0044-03-15`,
 * `Y170000002`), as integers, qualifiers set aside: unspecified digits end the parts (`2013-07-XX` has no day;
 * `201X` is the year 2010, its decade's first); a year with an exponent or significant digits gives the first
 * year it stands for (`1950S2` is 1900); a season, quarter or semester (`2015-21`) gives the first month of its
 * span (March 2015: spring in either hemisphere runs from March to November). `undefined` for a bound without
 * parts (see {@link edgeOf}).
 */
export function writtenParts(bound: DateBound | undefined): WrittenParts | undefined {
  const parts = bound?.parts;
  if (parts === undefined) return undefined;
  const year = firstYearOf(parts.year);
  const { month, day, time } = parts;
  if (/[XSE]/.test(parts.year) || month === undefined || month.includes('X')) return { year };
  const grouping = groupingOf(Number(month));
  if (grouping !== undefined) return { year, month: grouping.first + 1 };
  if (day === undefined || day.includes('X')) return { year, month: Number(month) };
  const clock = time === undefined ? undefined : timeParts(time);
  if (clock === undefined) return { year, month: Number(month), day: Number(day) };
  const { hour, minute, second, millisecond } = clock;
  return {
    year,
    month: Number(month),
    day: Number(day),
    hour,
    minute,
    ...(second === undefined ? {} : { second }),
    ...(millisecond === undefined ? {} : { millisecond }),
  };
}

/**
 * The parts of a bound as the end of a span: a season, quarter or semester's last month (`2015-21`, spring:
 * November 2015; `2015-28`, northern winter: February 2016); any other bound's {@link writtenParts}.
 */
export function writtenEndParts(bound: DateBound | undefined): WrittenParts | undefined {
  const parts = bound?.parts;
  const grouping =
    parts?.month === undefined || /[XSE]/.test(parts.year) ? undefined : groupingOf(Number(parts.month));
  if (parts === undefined || grouping === undefined) return writtenParts(bound);
  const last = grouping.first + grouping.months - 1;
  return { year: firstYearOf(parts.year) + Math.floor(last / 12), month: (last % 12) + 1 };
}

/**
 * Whether the parts of a date say all its text does, so that a viewer's year, month, day and time fields need no
 * words beside them: a point, or an interval with two known ends, each as plain as `2015-11-30T09:05` — a year of
 * four digits (not BCE, Y, exponential or significant), a month (not a season), no qualifier, no unspecified
 * digit, no UTC offset, and a fraction of a second only where `fractions` allows it.
 */
export function saidByParts(date: ParsedDate, fractions: boolean): boolean {
  if (date.kind === 'point') return plainBound(date.start, fractions);
  return date.kind === 'interval' && plainBound(date.start, fractions) && plainBound(date.end, fractions);
}

function plainBound(bound: DateBound, fractions: boolean): boolean {
  const parts = bound.parts;
  if (bound.state !== 'known' || parts === undefined) return false;
  if (!/^\d{4}$/.test(parts.year) || parts.marks.some((mark) => mark !== '')) return false;
  if (parts.month !== undefined && (parts.month.includes('X') || Number(parts.month) > 12)) return false;
  if (parts.day?.includes('X')) return false;
  const clock = parts.time === undefined ? undefined : timeParts(parts.time);
  return (
    clock === undefined || (clock.offset === undefined && (fractions || clock.millisecond === undefined))
  );
}
