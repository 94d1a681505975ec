import { describeValue, optionsObject } from '../_lib/args.js';
import { fail, issue } from '../_lib/issues.js';
import { builtDispute } from '../builder/seam.js';
import type { ParsedDate } from '../dates/edtf.js';
import { DATE_PRECISIONS, type DatePrecision, precisionRank } from '../dates/precision.js';
import { dateInWords } from '../dates/words/index.js';
import { TimelineError, type TimelineIssue } from '../errors/index.js';
import { deadlineHeadline, deadlineSentences } from '../model/deadline-words.js';
import type { Dispute } from '../model/dispute.js';
import { dateOf } from '../model/record-date.js';
import { defineFormat } from './format.js';
import { escapeHtml, withoutControls } from './support/html-escape.js';

/**
 * One item of a vis-timeline `DataSet`: an event (a point, or a range over the span its date may cover) or a
 * deadline (a background range over its due date). `content` and `title` are HTML, escaped.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toVisTimeline, type VisTimelineItem } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const report: VisTimelineItem | undefined = toVisTimeline(indiaBlackberry2010).items.find(
 *   (item) => item.id === 'event:interception-system-ready',
 * );
 * [report?.type, report?.start, report?.end]; // July 2013 in Asia/Kolkata, as a range over the month
 * //=> ['range', '2013-06-30T18:30:00.000Z', '2013-07-31T18:30:00.000Z']
 * ```
 */
export interface VisTimelineItem {
  /** `event:<id>` or `deadline:<id>`. */
  readonly id: string;
  /** What it shows, as escaped HTML. */
  readonly content: string;
  /** Its tooltip: the date as the sources give it, and more; escaped HTML. */
  readonly title: string;
  /** The first instant, as a UTC ISO string ending in `Z`. */
  readonly start: string;
  /** The end (exclusive), as a UTC ISO string ending in `Z`, for a range or a background. */
  readonly end?: string;
  /** `point` for a date precise enough, `range` for one that spans, `background` for a deadline. */
  readonly type: 'point' | 'range' | 'background';
  /** The group (an actor id), for events. */
  readonly group?: string;
  /** `dt-event dt-kind-<kind>` or `dt-deadline`, plus `dt-open` for an end that is not known. */
  readonly className: string;
}

/**
 * One group (row) of a vis-timeline: an actor whose events it shows.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toVisTimeline, type VisTimelineGroup } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const groups: readonly VisTimelineGroup[] = toVisTimeline(blackberryPakistan2015).groups;
 * groups.map((group) => group.content).includes('BlackBerry');
 * //=> true
 * ```
 */
export interface VisTimelineGroup {
  /** The actor's id (`no-actor` for events without one). */
  readonly id: string;
  /** The actor's name, as escaped HTML. */
  readonly content: string;
}

/**
 * Options of {@link toVisTimeline}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toVisTimeline, type VisTimelineOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const options: VisTimelineOptions = { pointPrecision: 'minute' }; // days too become ranges
 * toVisTimeline(blackberryPakistan2015, options).items.every((item) => item.type !== 'point');
 * //=> true
 * ```
 */
export interface VisTimelineOptions {
  /** The coarsest precision still drawn as a point; coarser dates are ranges. Default `day`. */
  readonly pointPrecision?: DatePrecision;
}

/**
 * The items and groups of a vis-timeline.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toVisTimeline, type VisTimelineData } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * const data: VisTimelineData = toVisTimeline(saudiBlackberry2010);
 * data.items.length === saudiBlackberry2010.events.length + saudiBlackberry2010.deadlines.length;
 * //=> true
 * ```
 */
export interface VisTimelineData {
  /** The items: `new vis.DataSet(items)`. */
  readonly items: readonly VisTimelineItem[];
  /** The groups: `new vis.DataSet(groups)`. */
  readonly groups: readonly VisTimelineGroup[];
}

/**
 * The timeline of a dispute as vis-timeline items and groups. An event is a `point` at its first instant when
 * its date is as precise as `options.pointPrecision` (default `day`) and neither approximate nor an interval;
 * otherwise a `range` over every instant its date may stand for (a month-precision event covers its month in
 * its zone). A deadline is a `background` range over its due date, behind every group. Dates are UTC ISO
 * strings ending in `Z` (vis reads date-only strings as the viewer's local midnight). A date with an open or
 * unknown end is a point at its known end, marked `dt-open`. A deadline's tooltip also says the deadline it
 * extends, its consequence and how it ended. Groups are the events' first actors.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - which precision is still a point
 * @returns the items and groups, deeply frozen
 * @throws {@link TimelineError} `invalid-argument` for bad options; `invalid-date` for each date outside the
 *   years a JavaScript `Date` holds (`Y170000002`), which vis-timeline cannot draw; the dispute's own issues when
 *   it is not a valid dispute
 *
 * @example
 * ```ts
 * import { toVisTimeline } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const { items } = toVisTimeline(blackberryPakistan2015);
 * const due = items.find((item) => item.id === 'deadline:deadline-2015-12-30');
 * [due?.type, due?.start, due?.end]; // 30 December in Asia/Karachi
 * //=> ['background', '2015-12-29T19:00:00.000Z', '2015-12-30T19:00:00.000Z']
 * ```
 */
export function toVisTimeline(dispute: Dispute, options: VisTimelineOptions = {}): VisTimelineData {
  const built = builtDispute(dispute);
  const { pointPrecision = 'day' } = optionsObject(options);
  if (!(DATE_PRECISIONS as readonly unknown[]).includes(pointPrecision))
    fail(
      'invalid-argument',
      ['options', 'pointPrecision'],
      `expected one of ${DATE_PRECISIONS.join(', ')}; got ${describeValue(pointPrecision)}`,
    );
  const finest = precisionRank(pointPrecision as DatePrecision);
  const zone = built.timeZone ?? 'UTC';
  const names = new Map(built.actors.map((actor) => [actor.id as string, actor.name]));
  const items: VisTimelineItem[] = [];
  const groups = new Map<string, VisTimelineGroup>();
  const beyond: TimelineIssue[] = [];
  for (const [index, event] of built.events.entries()) {
    const date = dateOf(event, built);
    if (!holds(date, ['events', index, 'date'], beyond)) continue;
    const actor = (event.actors[0] as string | undefined) ?? 'no-actor';
    if (!groups.has(actor))
      groups.set(actor, { id: actor, content: safe(names.get(actor) ?? 'No actor named') });
    const point = precisionRank(date.precision) >= finest && date.kind === 'point' && !date.approximate;
    items.push({
      id: `event:${event.id}`,
      content: safe(event.title),
      title: safe(`${dateInWords(date, zone)}: ${event.title}`),
      ...span(date, point),
      group: actor,
      className: `dt-event dt-kind-${event.kind}${open(date)}`,
    });
  }
  const deadlineById = new Map(built.deadlines.map((deadline) => [deadline.id as string, deadline]));
  for (const [index, deadline] of built.deadlines.entries()) {
    const date = dateOf(deadline, built);
    if (!holds(date, ['deadlines', index, 'due'], beyond)) continue;
    const extended = deadline.extends === undefined ? undefined : deadlineById.get(deadline.extends);
    const what = deadline.summary === undefined ? 'Deadline' : deadlineHeadline(deadline.summary);
    const { start, end } = span(date, false);
    items.push({
      id: `deadline:${deadline.id}`,
      content: safe(what),
      // The tooltip says what the band cannot: what it extends, what was at stake, how it ended.
      title: safe(
        [
          `${dateInWords(date, zone)}: ${what}`,
          ...deadlineSentences(deadline, built, zone, { extended }),
        ].join('\n'),
      ),
      start,
      ...(end === undefined ? {} : { end }),
      type: end === undefined ? 'point' : 'background',
      className: `dt-deadline${open(date)}`,
    });
  }
  const [first, ...rest] = beyond;
  if (first !== undefined) throw new TimelineError([first, ...rest]);
  return Object.freeze({
    items: Object.freeze(items.map((item) => Object.freeze(item))),
    groups: Object.freeze([...groups.values()].map((group) => Object.freeze(group))),
  });
}

const iso = (instant: number) => new Date(instant).toISOString();

/** The instants a JavaScript `Date`, and so vis-timeline, holds: ±8.64e15 ms, about ±275,760 years. */
const MAX_INSTANT = 8.64e15;

/**
 * Whether vis-timeline can draw a date: every instant its item is drawn at is one a `Date` holds. Else an issue
 * is added for it (`Y170000002` has no ISO 8601 instant).
 */
function holds(date: ParsedDate, path: readonly (string | number)[], issues: TimelineIssue[]): boolean {
  const fits = (instant: number) => !Number.isFinite(instant) || Math.abs(instant) <= MAX_INSTANT;
  if (fits(date.earliest) && fits(date.latest + 1) && fits(date.end.earliest)) return true;
  issues.push(
    issue(
      'invalid-date',
      path,
      `${date.text} is outside the years vis-timeline can draw (a JavaScript Date holds about ±275,760 years)`,
      date.text,
    ),
  );
  return false;
}

const open = (date: ParsedDate) =>
  Number.isFinite(date.earliest) && Number.isFinite(date.latest) ? '' : ' dt-open';

/** A point at the first instant, or a range over every instant (end exclusive); a point at the known end if open. */
function span(date: ParsedDate, point: boolean): Pick<VisTimelineItem, 'start' | 'end' | 'type'> {
  if (!Number.isFinite(date.earliest)) return { start: iso(date.end.earliest), type: 'point' };
  if (!Number.isFinite(date.latest)) return { start: iso(date.earliest), type: 'point' };
  if (point) return { start: iso(date.earliest), type: 'point' };
  return { start: iso(date.earliest), end: iso(date.latest + 1), type: 'range' };
}

const safe = (text: string) => escapeHtml(withoutControls(text)).replace(/\r\n|\r|\n/g, '<br>');

/**
 * The timeline of a dispute as vis-timeline JSON: {@link toVisTimeline}, as text (`{ "items": […], "groups": […] }`).
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - as {@link toVisTimeline}
 * @returns the JSON text, indented by two spaces, ending in a newline
 * @throws {@link TimelineError} `invalid-argument`, `invalid-date` or the dispute's own issues, as {@link toVisTimeline}
 *
 * @example
 * ```ts
 * import { writeVisTimeline } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * Object.keys(JSON.parse(writeVisTimeline(uaeBlackberry2010)));
 * //=> ['items', 'groups']
 * ```
 */
export function writeVisTimeline(dispute: Dispute, options: VisTimelineOptions = {}): string {
  return `${JSON.stringify(toVisTimeline(dispute, options), null, 2)}\n`;
}

/** vis-timeline's items and groups. */
export const visTimelineFormat = /* @__PURE__ */ defineFormat({
  name: 'vis-timeline',
  description: 'vis-timeline items and groups as JSON: events as points or ranges, deadlines as backgrounds',
  mediaType: 'application/json',
  extension: '.json',
  options: [
    {
      name: 'pointPrecision',
      description: 'the coarsest precision drawn as a point; coarser dates are ranges (default day)',
      type: DATE_PRECISIONS,
    },
  ],
  write: (dispute, options) => writeVisTimeline(dispute, options as VisTimelineOptions),
});
