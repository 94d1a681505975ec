import { describeValue, optionsObject } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import { builtDispute } from '../builder/seam.js';
import type { ParsedDate } from '../dates/edtf.js';
import { precisionRank } from '../dates/precision.js';
import { basicDay, daySpanOf, nextDay } from '../dates/wall-clock.js';
import { dateInWords } from '../dates/words/index.js';
import type { Citation } from '../model/common.js';
import type { Deadline } from '../model/deadline.js';
import { deadlineSentences } from '../model/deadline-words.js';
import type { Dispute } from '../model/dispute.js';
import { dateOf } from '../model/record-date.js';
import { defineFormat } from './format.js';
import { deadlineSubject } from './support/deadline-subject.js';
import { asUri, withoutControls } from './support/html-escape.js';

/**
 * Options of {@link writeICalendar}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { writeICalendar, type ICalendarOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const options: ICalendarOptions = { events: false, stamp: '2026-01-01T00:00:00Z' };
 * writeICalendar(blackberryPakistan2015, options).split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length;
 * //=> 2
 * ```
 */
export interface ICalendarOptions {
  /** Whether the events are entries too, beside the deadlines. Default `true`. */
  readonly events?: boolean;
  /**
   * The DTSTAMP of every entry, as an ISO instant. Default: derived from the data — the last instant any of the
   * dispute's dates (and its sources' publication dates) may stand for — so the same data gives the same file.
   */
  readonly stamp?: string;
}

/**
 * The deadlines and events of a dispute as an iCalendar file (RFC 5545): one entry (`VEVENT`) each. A date known
 * to the minute or finer is an entry at its time, written in UTC, which a calendar shows in its reader's zone;
 * every other date is an all-day entry spanning every day it may stand for in its own zone (a month-precision
 * event covers its month; an approximate day the day before and after). UIDs are stable (`deadline-<id>@<dispute>.dispute-timeline`), and
 * DTSTAMP is derived from the data, never the clock. Each deadline of a chain of extensions is its own entry
 * (all its days stay visible in a calendar), with a `RELATED-TO` naming the deadline it extends: a single file
 * cannot carry one UID's successive SEQUENCEs; as calendars do not show it, the descriptions also say which
 * deadline extends which. An event the sources only report, or that is unverified, says so in its
 * description. TEXT is escaped (`\\ \; \, \n`), lines end in CRLF and are
 * folded at 75 octets without splitting a character. A date with an open end covers its first day only.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - whether events are included; the DTSTAMP
 * @returns the calendar text
 * @throws {@link TimelineError} `invalid-argument` for bad options; `too-small` at `deadlines` when there is no
 *   entry to write (RFC 5545 needs one); the dispute's own issues when it is not a valid dispute
 *
 * @example
 * ```ts
 * import { writeICalendar } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const lines = writeICalendar(blackberryPakistan2015).split('\r\n');
 * const first = lines.indexOf('UID:deadline-deadline-2015-12-30@blackberry-pakistan-2015.dispute-timeline');
 * lines.slice(first, first + 4);
 * //=> ['UID:deadline-deadline-2015-12-30@blackberry-pakistan-2015.dispute-timeline',
 * //    'DTSTAMP:20160101T045959Z', 'DTSTART;VALUE=DATE:20151230', 'DTEND;VALUE=DATE:20151231']
 * ```
 */
export function writeICalendar(dispute: Dispute, options: ICalendarOptions = {}): string {
  const built = builtDispute(dispute);
  const { events = true, stamp } = optionsObject(options);
  if (typeof events !== 'boolean')
    fail('invalid-argument', ['options', 'events'], `expected true or false; got ${describeValue(events)}`);
  const zone = built.timeZone ?? 'UTC';
  const stampText = stamp === undefined ? dataStamp(built) : checkedStamp(stamp);
  const sources = new Map(built.sources.map((source) => [source.id as string, source]));
  const domain = `${built.id}.dispute-timeline`;
  const entries: string[][] = [];
  const entry = (
    uid: string,
    date: ParsedDate,
    summary: string,
    description: readonly (string | undefined)[],
    citations: readonly Citation[] | undefined,
    extra: readonly string[],
  ) => {
    const cited = (citations ?? [])
      .map((citation) => sources.get(citation.source))
      .filter((s) => s !== undefined);
    const url = cited.find((source) => source.url !== undefined)?.url;
    const sourceLine =
      cited.length === 0
        ? undefined
        : `Sources: ${cited.map((source) => `${source.publisher}${source.url === undefined ? '' : ` <${asUri(source.url)}>`}`).join('; ')}`;
    const words = [
      `Date as the sources give it: ${dateInWords(date, zone)} [${date.text}, ${date.timeZone}]`,
    ];
    entries.push([
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stampText}`,
      ...span(date),
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText([...description, ...words, sourceLine].filter((line) => line !== undefined).join('\n'))}`,
      ...(url === undefined ? [] : [`URL:${asUri(url)}`]),
      ...extra,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]);
  };
  const uidOf = (kind: string, id: string) => `${kind}-${id}@${domain}`;
  const deadlines = new Map(built.deadlines.map((deadline) => [deadline.id as string, deadline]));
  // Each deadline's extensions, indexed once: searching every deadline for each would be quadratic.
  const extensions = new Map<string, Deadline[]>();
  for (const deadline of built.deadlines)
    if (deadline.extends !== undefined) {
      const list = extensions.get(deadline.extends);
      if (list === undefined) extensions.set(deadline.extends, [deadline]);
      else list.push(deadline);
    }
  for (const deadline of built.deadlines) {
    // RELATED-TO is not shown by calendar applications: the description says which deadline each extends, and
    // which extend it.
    const extended = deadline.extends === undefined ? undefined : deadlines.get(deadline.extends);
    const extendedBy = extensions.get(deadline.id) ?? [];
    entry(
      uidOf('deadline', deadline.id),
      dateOf(deadline, built),
      `Deadline: ${deadlineSubject(deadline, built)}`,
      deadlineSentences(deadline, built, zone, { extended, extendedBy }),
      deadline.sources,
      [
        'CATEGORIES:deadline',
        ...(deadline.extends === undefined
          ? []
          : [`RELATED-TO;RELTYPE=SIBLING:${uidOf('deadline', deadline.extends)}`]),
      ],
    );
  }
  if (events) {
    for (const event of built.events) {
      // A calendar shows every entry as fact: say so when the sources only report it or it is unverified.
      const confidence =
        event.confidence === 'confirmed' ? undefined : `Confidence: ${event.confidence}, not confirmed.`;
      entry(
        uidOf('event', event.id),
        dateOf(event, built),
        event.title,
        [event.description, confidence],
        event.sources,
        [`CATEGORIES:${event.kind}`],
      );
    }
  }
  if (entries.length === 0)
    fail(
      'too-small',
      ['deadlines'],
      'an iCalendar file needs at least one entry: the dispute has no deadline or event to write',
    );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//dispute-timeline//dispute-timeline//EN',
    'CALSCALE:GREGORIAN',
    // An X- property's value has no type of its own (ical.js keeps `\,` as written): VALUE=TEXT says it is TEXT.
    `X-WR-CALNAME;VALUE=TEXT:${escapeText(built.title)}`,
    ...entries.flat(),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** 1 January of year 1 and of year 10000, UTC: the instants an iCalendar DATE-TIME can write. */
const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const PAST_LAST_INSTANT = Date.parse('+010000-01-01T00:00:00Z');
/** The coarsest precision an entry is written at its time for. */
const MINUTE = precisionRank('minute');

/**
 * DTSTART and DTEND (exclusive) of an entry. A date known to the minute or finer, neither approximate nor
 * uncertain, is an entry at its time, in UTC (`DTSTART:20160502T170000Z` for 14:00 in São Paulo), which a calendar
 * shows at that time in its reader's zone, lasting its minute (or second); every other date is an all-day entry
 * over every day it may stand for, in its own zone.
 */
function span(date: ParsedDate): string[] {
  const timed =
    date.kind === 'point' &&
    precisionRank(date.precision) >= MINUTE &&
    !date.approximate &&
    !date.uncertain &&
    date.earliest >= FIRST_INSTANT &&
    date.latest < PAST_LAST_INSTANT;
  if (!timed) return daySpan(date);
  const start = Math.floor(date.earliest / 1000) * 1000;
  const end = Math.max(Math.ceil((date.latest + 1) / 1000) * 1000, start + 1000);
  return [`DTSTART:${basicInstant(start)}`, `DTEND:${basicInstant(end)}`];
}

/** DTSTART and DTEND (exclusive) of an all-day entry over every day the date may stand for, in its own zone. */
function daySpan(date: ParsedDate): string[] {
  const { first, last = first } = daySpanOf(date);
  return [`DTSTART;VALUE=DATE:${basicDay(first)}`, `DTEND;VALUE=DATE:${basicDay(nextDay(last))}`];
}

/** The last finite instant any date of the dispute may stand for, to the second, as an iCalendar UTC time. */
function dataStamp(dispute: Dispute): string {
  let last = 0;
  const dated = [
    ...dispute.events.map((event) => event.date),
    ...dispute.demands.map((demand) => demand.date),
    ...dispute.responses.map((response) => response.date),
    ...dispute.deadlines.flatMap((deadline) =>
      deadline.setOn === undefined ? [deadline.due] : [deadline.due, deadline.setOn],
    ),
    ...dispute.sources.flatMap((source) => (source.published === undefined ? [] : [source.published])),
  ];
  for (const value of dated) {
    const date = dateOf(value, dispute);
    for (const instant of [date.earliest, date.latest, date.end.earliest])
      if (Number.isFinite(instant) && instant > last) last = instant;
  }
  return basicInstant(last);
}

function checkedStamp(stamp: unknown): string {
  const instant =
    typeof stamp === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(stamp) ? Date.parse(stamp) : Number.NaN;
  if (!Number.isFinite(instant))
    fail(
      'invalid-argument',
      ['options', 'stamp'],
      `expected an ISO instant such as 2026-01-01T00:00:00Z; got ${describeValue(stamp)}`,
    );
  return basicInstant(instant);
}

const basicInstant = (instant: number) =>
  `${new Date(instant).toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`;

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped; control characters other than tab dropped. */
export function escapeText(text: string): string {
  return withoutControls(text.replace(/\r\n|\r/g, '\n'))
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll('\n', '\\n');
}

/** The UTF-8 length of a code point (a lone surrogate is written as U+FFFD, three octets). */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space. */
export function fold(line: string): string {
  // Most lines are short ASCII: at most 75 UTF-16 units of at most one octet each need no folding.
  if (line.length <= 25 || (line.length <= 75 && /^[\u0000-\u007f]*$/.test(line))) return line;
  let total = 0;
  for (const character of line) total += utf8Length(character.codePointAt(0) as number);
  if (total <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) as number);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space takes one octet
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** iCalendar (RFC 5545). */
export const iCalendarFormat = /* @__PURE__ */ defineFormat({
  name: 'ical',
  description:
    'iCalendar (RFC 5545): deadlines and events as entries at their times or days, for calendar applications',
  mediaType: 'text/calendar',
  extension: '.ics',
  options: [
    {
      name: 'events',
      description: 'the events as entries too, beside the deadlines (default true)',
      type: 'boolean',
    },
    {
      name: 'stamp',
      description: "every entry's DTSTAMP, an ISO instant (default: from the data)",
      type: 'string',
    },
  ],
  write: (dispute, options) => writeICalendar(dispute, options as ICalendarOptions),
});
