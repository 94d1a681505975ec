import { describeValue, optionsObject } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import { pad, terminalSafe, truncate, wrap } from '../_lib/text.js';
import { builtDispute } from '../builder/seam.js';
import type { ParsedDate } from '../dates/edtf.js';
import { textInZone } from '../dates/words/index.js';
import type { Claim } from '../model/claim.js';
import type { DateValue } from '../model/common.js';
import type { Deadline } from '../model/deadline.js';
import { deadlineLine } from '../model/deadline-words.js';
import type { Dispute } from '../model/dispute.js';
import type { TimelineEvent } from '../model/event.js';
import { compareDated, compareDateOrder, compareSequence, dateOf } from '../model/record-date.js';
import { defineFormat } from './format.js';
import { eventsOption } from './support/events-option.js';

/**
 * Options of {@link writeText}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { writeText, type TextTimelineOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const options: TextTimelineOptions = {
 *   width: 80,
 *   heading: false,
 *   events: blackberryPakistan2015.events.filter((event) => event.kind === 'rescission'),
 * };
 * writeText(blackberryPakistan2015, options).split('\n').slice(0, 2);
 * //=> ['DATE                    KIND          ACTORS         WHAT HAPPENED',
 * //    '2015-12-31 (Toronto)    rescission    BlackBerry,    BlackBerry: Pakistan has']
 * ```
 */
export interface TextTimelineOptions {
  /** The width of the table in columns, from 60 to 1,000. Default 100. */
  readonly width?: number;
  /** The events to show, in the order given. Default: all events of the dispute, in timeline order. */
  readonly events?: readonly TimelineEvent[];
  /** Whether to print the title and time-zone line above the table. Default `true`. */
  readonly heading?: boolean;
  /**
   * Whether the dispute's deadlines are rows too, in timeline order among the events (kind `deadline`, the
   * actors who set it, and how it ended). Default `true`, unless `events` is given: a query's events are shown
   * alone.
   */
  readonly deadlines?: boolean;
  /**
   * Whether the sources' claims follow the table, by topic, each with its sources and their words: where sources
   * disagree (30 or 31 December), both claims are shown. Default `true`, unless `events` is given.
   */
  readonly claims?: boolean;
}

/**
 * Renders a dispute's timeline as a plain-text table for a terminal: date (as the sources give it, with its
 * zone when it is not the dispute's), kind, actors and what happened, with the deadlines among the events
 * (`Deadline (extended): …` on its due date). Any text from the data is made safe: escape sequences and other
 * control characters cannot reach the terminal.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - width, which events, heading, whether the deadlines are rows
 * @returns the table, lines joined with `\n`, ending in a newline
 * @throws {@link TimelineError} `invalid-argument` for bad options (a width below 60 or above 1,000 columns, a hole in `options.events`); `unknown-reference` for an event in
 * `options.events` that is not the dispute's; the dispute's own issues (such as `missing-field`, with paths
 * starting at `dispute`) when it is not a valid dispute, for example a hand-made object
 *
 * @example
 * ```ts
 * import { writeText } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const text = writeText(blackberryPakistan2015, { width: 100 });
 * text.split('\n').slice(0, 3);
 * //=> ['Pakistan and BlackBerry Enterprise Service, 2015', 'Dates are local to Asia/Karachi unless marked.', '']
 * console.log(text);
 * // Pakistan and BlackBerry Enterprise Service, 2015
 * // Dates are local to Asia/Karachi unless marked.
 * //
 * // DATE                    KIND          ACTORS                WHAT HAPPENED
 * // 2010                    demand        Government of India,  Precedent: India demands real-time
 * //                                       BlackBerry            access to traffic through BlackBerry
 * //                                                             servers
 * // 2015-07/2015-07-24      notification  Pakistan              PTA tells mobile operators that no BES
 * //                                       Telecommunication     connection may be active after 30
 * //                                       Authority, Mobile…    November
 * // …
 * ```
 */
export function writeText(dispute: Dispute, options: TextTimelineOptions = {}): string {
  const built = builtDispute(dispute);
  const { width, events, heading, deadlines, claims } = readOptions(built, options);
  const zone = built.timeZone ?? 'UTC';
  const names = new Map(built.actors.map((actor) => [actor.id as string, terminalSafe(actor.name)]));
  // The deadlines merged into the events by timeline order: each before the first event that comes after it.
  const due = deadlines
    ? [...built.deadlines]
        .map((deadline) => ({ deadline, date: dateOf(deadline, built) }))
        .sort((a, b) => compareDated(a.date, a.deadline, b.date, b.deadline))
    : [];
  const rows: Row[] = [];
  let next = 0;
  const deadlineRow = (deadline: Deadline): Row => ({
    date: deadline.due,
    kind: 'deadline',
    actors: deadline.setBy,
    what: deadlineLine(deadline),
  });
  for (const event of events) {
    const date = due.length === 0 ? undefined : dateOf(event, built);
    // A deadline due on an event's day comes after it, unless its sequence puts it before.
    while (
      next < due.length &&
      (compareDateOrder((due[next] as { date: ParsedDate }).date, date as ParsedDate) ||
        compareSequence((due[next] as { deadline: Deadline }).deadline, event)) < 0
    )
      rows.push(deadlineRow((due[next++] as { deadline: Deadline }).deadline));
    rows.push({ date: event.date, kind: event.kind, actors: event.actors, what: event.title });
  }
  while (next < due.length) rows.push(deadlineRow((due[next++] as { deadline: Deadline }).deadline));
  // The date column fits its longest date (a day in another zone says the zone's city: 2015-12-16 (Los Angeles)),
  // from 24 to 36 characters; a longer one is cut.
  const dates = rows.map((row) => showDate(row.date, zone));
  const dateWidth = Math.min(36, Math.max(24, ...dates.map((date) => date.length + 1)));
  const kindWidth = 13;
  const actorWidth = Math.min(32, Math.floor((width - dateWidth - kindWidth) / 3));
  const textWidth = width - dateWidth - kindWidth - actorWidth - 3;
  const lines: string[] = [];
  if (heading) {
    lines.push(truncate(terminalSafe(built.title), width), `Dates are local to ${zone} unless marked.`, '');
  }
  lines.push(`${pad('DATE', dateWidth)}${pad('KIND', kindWidth)} ${pad('ACTORS', actorWidth)} WHAT HAPPENED`);
  for (const [index, row] of rows.entries()) {
    const what = wrap(terminalSafe(row.what), textWidth);
    const actors = actorLines(
      row.actors.map((id) => names.get(id) ?? terminalSafe(id)),
      actorWidth - 1,
      Math.max(3, what.length),
    );
    for (let line = 0; line < Math.max(actors.length, what.length); line++) {
      const date = line === 0 ? truncate(dates[index] as string, dateWidth - 1) : '';
      const kind = line === 0 ? row.kind : '';
      lines.push(
        `${pad(date, dateWidth)}${pad(kind, kindWidth)} ${pad(actors[line] ?? '', actorWidth)} ${what[line] ?? ''}`.trimEnd(),
      );
    }
  }
  if (claims) lines.push(...claimLines(built, width));
  return `${lines.join('\n')}\n`;
}

/**
 * A row's actors, their names joined by commas, wrapped at spaces into at most `most` lines of `width`
 * characters (a word longer than a line cut with …): "Federal Government of Nigeria, Lai Mohammed" is two lines
 * in a column of 21, not "Federal Government o…". Names that need more lines end the last in "…".
 */
function actorLines(names: readonly string[], width: number, most: number): string[] {
  const words = names
    .join(', ')
    .split(' ')
    .map((word) => truncate(word, width));
  const lines = wrap(words.join(' '), width);
  if (lines.length <= most) return lines;
  return [...lines.slice(0, most - 1), truncate(`${lines[most - 1]}…`, width)];
}

/**
 * The sources' claims under the table, by topic: each claim's statement and date, then its sources, each with
 * the words quoted from it.
 */
function claimLines(dispute: Dispute, width: number): string[] {
  if (dispute.claims.length === 0) return [];
  const publishers = new Map(dispute.sources.map((source) => [source.id as string, source.publisher]));
  const zone = dispute.timeZone ?? 'UTC';
  const byTopic = new Map<string, Claim[]>();
  for (const claim of dispute.claims) byTopic.set(claim.topic, [...(byTopic.get(claim.topic) ?? []), claim]);
  const indented = (text: string, indent: string, rest = indent) =>
    wrap(terminalSafe(text), width - Math.max(indent.length, rest.length)).map(
      (line, i) => `${i === 0 ? indent : rest}${line}`,
    );
  const lines = [
    '',
    ...indented(
      'CLAIMS OF THE SOURCES, BY TOPIC: where sources disagree, each claim with its own sources',
      '',
    ),
  ];
  for (const [topic, claims] of byTopic) {
    lines.push(...indented(`${topic}${claims.length > 1 ? ` (${claims.length} claims)` : ''}`, ''));
    for (const claim of claims) {
      const made = claim.date === undefined ? '' : ` (${showDate(claim.date, zone)})`;
      lines.push(...indented(`${claim.statement}${made}`, '  - ', '    '));
      const sources = claim.sources.map(
        (citation) =>
          `${publishers.get(citation.source) ?? citation.source}` +
          (citation.quote === undefined ? '' : ` \u201c${citation.quote}\u201d`) +
          (citation.note === undefined ? '' : ` (${citation.note})`),
      );
      lines.push(...indented(`Sources: ${sources.join('; ')}`, '    ', '      '));
    }
  }
  return lines;
}

/** One row of the table: an event, or a deadline on its due date. */
interface Row {
  readonly date: DateValue;
  readonly kind: string;
  readonly actors: readonly string[];
  readonly what: string;
}

/** The options, checked: a width from 60 to 1,000 columns, events of this dispute, boolean heading and deadlines. */
function readOptions(
  dispute: Dispute,
  options: unknown,
): {
  width: number;
  events: readonly TimelineEvent[];
  heading: boolean;
  deadlines: boolean;
  claims: boolean;
} {
  const {
    width = 100,
    events,
    heading = true,
    deadlines = events === undefined,
    claims = events === undefined,
  } = optionsObject(options);
  if (typeof width !== 'number' || !Number.isFinite(width))
    fail(
      'invalid-argument',
      ['options', 'width'],
      `expected a number of columns; got ${describeValue(width)}`,
    );
  if (width < MIN_WIDTH || width > MAX_WIDTH)
    fail(
      'invalid-argument',
      ['options', 'width'],
      `the table is ${MIN_WIDTH} to ${MAX_WIDTH} columns wide (narrower, its columns cannot hold a date); got ${width}`,
      width,
    );
  if (typeof heading !== 'boolean')
    fail('invalid-argument', ['options', 'heading'], `expected true or false; got ${describeValue(heading)}`);
  if (typeof deadlines !== 'boolean')
    fail(
      'invalid-argument',
      ['options', 'deadlines'],
      `expected true or false; got ${describeValue(deadlines)}`,
    );
  if (typeof claims !== 'boolean')
    fail('invalid-argument', ['options', 'claims'], `expected true or false; got ${describeValue(claims)}`);
  return {
    width: Math.floor(width),
    events: eventsOption(dispute.events, events),
    heading,
    deadlines,
    claims,
  };
}

const MIN_WIDTH = 60;
const MAX_WIDTH = 1000;

/** A date as the source gives it, with its zone's city when the zone is not the dispute's. */
export function showDate(date: DateValue, disputeZone: string): string {
  if (typeof date === 'string') return terminalSafe(date);
  return terminalSafe(textInZone(date.value, date.timeZone, disputeZone));
}

/** The plain-text table for a terminal. */
export const textFormat = /* @__PURE__ */ defineFormat({
  name: 'text',
  description: 'a plain-text table for a terminal (what `dispute-timeline show` prints)',
  mediaType: 'text/plain',
  extension: '.txt',
  options: [
    {
      name: 'width',
      description: 'the width of the table in columns, 60 to 1,000 (default 100)',
      type: 'number',
    },
    {
      name: 'heading',
      description: 'the title and time-zone line above the table (default true)',
      type: 'boolean',
    },
    {
      name: 'deadlines',
      description: 'the deadlines as rows among the events (default true)',
      type: 'boolean',
    },
    {
      name: 'claims',
      description: "the sources' claims by topic under the table, each with its sources (default true)",
      type: 'boolean',
    },
  ],
  write: (dispute, options) => writeText(dispute, options as TextTimelineOptions),
});
