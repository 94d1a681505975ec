import { fail } from '../_lib/issues.js';
import type { DateBound, DateParts, ParsedDate, Qualifier } from './parsed-date.js';

/**
 * Writes a parsed date back as EDTF text, from its parts: what {@link parseDate} read, in canonical form. The
 * canonical form is the text as read, except that a qualifier is written once where one covers the same parts
 * (`2004?-06?-11?` is written `2004-06-11?`; a mark to the left of the year, `?2004`, is written `2004?`), a
 * qualified part not covered by a mark after an earlier part gets its mark on its left (`2004-?06-?11`), the
 * members of a set or list are written without spaces, and `.5` seconds keep their digits as written.
 *
 * @category Dates
 * @param date - a date read by {@link parseDate} or {@link safeParseDate}
 * @returns its EDTF text, which {@link parseDate} reads back to the same date
 * @throws {@link TimelineError} `invalid-argument` when `date` was not read by this library (it has no parts)
 *
 * @example
 * ```ts
 * import { parseDate, writeDate } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * writeDate(parseDate(blackberryPakistan2015.deadlines[1]!.due as string));
 * //=> '2015-12-30'
 * writeDate(parseDate('[2015-12-30, 2015-12-31]'));
 * //=> '[2015-12-30,2015-12-31]'
 * writeDate(parseDate('?2004-06-~11'));
 * //=> '2004?-06-~11'
 * writeDate(parseDate('2004?-06?-11?'));
 * //=> '2004-06-11?'
 * ```
 */
export function writeDate(date: ParsedDate): string {
  switch (date.kind) {
    case 'point':
      return writeBound(date.start);
    case 'interval':
      return `${writeEnd(date.start)}/${writeEnd(date.end)}`;
    default: {
      const members = date.members ?? [];
      const inner = members.map((member) => writeBound(member.start)).join(',');
      return date.kind === 'one-of' ? `[${inner}]` : `{${inner}}`;
    }
  }
}

function writeEnd(bound: DateBound): string {
  if (bound.state === 'open') return '..';
  if (bound.state === 'unknown') return '';
  return bound.set === undefined ? writeBound(bound) : writeDate(bound.set);
}

function writeBound(bound: DateBound): string {
  if (bound.range !== undefined) {
    const [from, to] = bound.range;
    return `${from === null ? '' : writeBound(from)}..${to === null ? '' : writeBound(to)}`;
  }
  if (bound.parts === undefined)
    fail('invalid-argument', ['date'], 'expected a date read by parseDate: it has no parts to write');
  return writeParts(bound.parts);
}

/** A date's parts, each qualifier written once: after the run of parts it covers from the year, else before its part. */
export function writeParts(parts: DateParts): string {
  const values = [parts.year, parts.month, parts.day].filter((value): value is string => value !== undefined);
  const marks = parts.marks.slice(0, values.length) as Qualifier[];
  const time = parts.time ?? '';
  const all = marks[0] as Qualifier;
  if (marks.every((mark) => mark === all)) return `${values.join('-')}${time}${all}`;
  let run = 0;
  while (run < values.length && marks[run] === all && all !== '') run++;
  const written = values.map((value, part) => {
    if (part < run) return part === run - 1 ? `${value}${all}` : value;
    return `${marks[part]}${value}`;
  });
  return written.join('-') + time;
}
