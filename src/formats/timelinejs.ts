import { deepFreeze } from '../_lib/freeze.js';
import { fail } from '../_lib/issues.js';
import { builtDispute } from '../builder/seam.js';
import type { ParsedDate } from '../dates/edtf.js';
import { dateInWords } from '../dates/words/index.js';
import {
  edgeOf,
  saidByParts,
  type WrittenParts,
  writtenEndParts,
  writtenParts,
} from '../dates/written-parts.js';
import type { Citation } from '../model/common.js';
import { deadlineHeadline, deadlineSentences } from '../model/deadline-words.js';
import type { Dispute } from '../model/dispute.js';
import { dateOf } from '../model/record-date.js';
import { defineFormat } from './format.js';
import { deadlineSubject } from './support/deadline-subject.js';
import { asUri, escapeHtml, escapeHtmlText, withoutControls } from './support/html-escape.js';

/**
 * A date of TimelineJS3: integer parts, only as precise as the source (a month-precision date has no `day`).
 *
 * @category Formats
 * @example
 * ```ts
 * import { toTimelineJs, type TimelineJsDate } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const slide = toTimelineJs(indiaBlackberry2010).events.find((event) => event.unique_id === 'event-interception-system-ready');
 * const start: TimelineJsDate | undefined = slide?.start_date;
 * start;
 * //=> { year: 2013, month: 7 }
 * ```
 */
export type TimelineJsDate = WrittenParts;

/**
 * The text of a TimelineJS3 slide or era: a headline (always present) and a body, both HTML with every piece of
 * the dispute's text escaped.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toTimelineJs, type TimelineJsText } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const text: TimelineJsText = toTimelineJs(blackberryPakistan2015).title.text;
 * text.headline;
 * //=> 'Pakistan and BlackBerry Enterprise Service, 2015'
 * ```
 */
export interface TimelineJsText {
  /** The headline, as HTML. */
  readonly headline: string;
  /** The body, as HTML: the description, and the sources as a credit line. */
  readonly text?: string;
}

/**
 * One slide of a TimelineJS3 timeline: an event or a deadline of the dispute.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toTimelineJs, type TimelineJsSlide } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const slides: readonly TimelineJsSlide[] = toTimelineJs(indiaBlackberry2010).events;
 * slides.filter((slide) => slide.display_date?.startsWith('about')).map((slide) => slide.display_date);
 * //=> [ 'about 2010-10-12', 'about 2010-10-12 to 2011-01-24' ]
 * ```
 */
export interface TimelineJsSlide {
  /** A unique slug: `event-<id>` or `deadline-<id>`. */
  readonly unique_id: string;
  /** When it starts, as precisely as the source gives it. */
  readonly start_date?: TimelineJsDate;
  /** When it ends, for an interval whose end TimelineJS3 would not drop. */
  readonly end_date?: TimelineJsDate;
  /** The date in words, when the parts cannot say it all: qualifiers, open ends, another zone, a decade. */
  readonly display_date?: string;
  /** Headline and body. */
  readonly text: TimelineJsText;
  /**
   * The group (a row of the time navigation): the first actor's name, or `Deadlines`. TimelineJS3 strips markup
   * from it (decoding entities) and then sets what is left as HTML, so the name is escaped twice
   * (`AT&amp;amp;T`) for the row to read as the name (`AT&T`).
   */
  readonly group?: string;
}

/**
 * A span shown under the time navigation: from the day a deadline was set to its due date.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toTimelineJs, type TimelineJsEra } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const eras: readonly TimelineJsEra[] = toTimelineJs(blackberryPakistan2015).eras;
 * eras.map((era) => [era.start_date, era.end_date]);
 * //=> [[{ year: 2015, month: 7, day: 24 }, { year: 2015, month: 11, day: 30 }],
 * //    [{ year: 2015, month: 11, day: 30 }, { year: 2015, month: 12, day: 30 }]]
 * ```
 */
export interface TimelineJsEra {
  /** When the deadline was set. */
  readonly start_date: TimelineJsDate;
  /** When it falls due. */
  readonly end_date: TimelineJsDate;
  /** Its headline. */
  readonly text: TimelineJsText;
}

/**
 * A TimelineJS3 configuration (its JSON format): a title slide, the slides and the eras. Pass it to
 * `new TL.Timeline(element, config)`.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toTimelineJs, type TimelineJsConfig } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * const config: TimelineJsConfig = toTimelineJs(saudiBlackberry2010);
 * [config.scale, config.events.length > 0];
 * //=> ['human', true]
 * ```
 */
export interface TimelineJsConfig {
  /**
   * The scale: `human` (calendar dates), or `cosmological` (years only) when a slide starts in a year beyond
   * those a JavaScript Date holds (`Y170000002`), which TimelineJS3 cannot place on the human scale.
   */
  readonly scale: 'human' | 'cosmological';
  /** The title slide: the dispute's title and summary. */
  readonly title: { readonly unique_id: string; readonly text: TimelineJsText };
  /** The slides, never empty. */
  readonly events: readonly TimelineJsSlide[];
  /** Deadlines from the day they were set to the day they fall due. */
  readonly eras: readonly TimelineJsEra[];
}

/**
 * The timeline of a dispute as a TimelineJS3 configuration. Slides are the dispute's events and its deadlines
 * (a deadline is its own slide, in the group `Deadlines`, and an era from the day it was set to its due date).
 * Each date is given as precisely as the source gives it, with integer parts in the wall clock of the record's
 * own zone (TimelineJS3 builds dates in the viewer's zone, so parts — not instants — keep the day the source
 * gives); what the parts cannot say (`~`, `?`, open ends, another zone, a decade) is in `display_date`. A set or
 * list of dates runs from its first member to its last, and `display_date` names them all. Groups
 * are the first actor's name; sources are the credit line of each slide's text. Every text is HTML-escaped.
 *
 * A dispute with no events and no deadlines still gives a valid timeline: its demands and responses become the
 * slides. One with no dated record at all cannot be a timeline (TimelineJS3 refuses an empty `events`).
 *
 * @category Formats
 * @param dispute - a built dispute
 * @returns the configuration, deeply frozen
 * @throws {@link TimelineError} `too-small` at `events` when the dispute has no event, deadline, demand or
 *   response; the dispute's own issues when it is not a valid dispute
 *
 * @example
 * ```ts
 * import { toTimelineJs } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const config = toTimelineJs(blackberryPakistan2015);
 * config.events.length; // 8 events and 2 deadlines
 * //=> 10
 * const exit = config.events.find((slide) => slide.unique_id === 'event-blackberry-exit-announced');
 * [exit?.start_date, exit?.display_date, exit?.group];
 * //=> [ { year: 2015, month: 11, day: 30 }, undefined, 'BlackBerry' ]
 * ```
 */
export function toTimelineJs(dispute: Dispute): TimelineJsConfig {
  const built = builtDispute(dispute);
  const zone = built.timeZone ?? 'UTC';
  const names = new Map(built.actors.map((actor) => [actor.id as string, actor.name]));
  const sources = new Map(built.sources.map((source) => [source.id as string, source]));
  const credit = (citations: readonly Citation[] | undefined): string | undefined => {
    if (citations === undefined || citations.length === 0) return undefined;
    // A source cited twice (two quotes from one article) is one link in the credit line.
    const cited = [...new Set(citations.map(({ source }) => source as string))];
    const links = cited.map((id) => {
      const source = sources.get(id);
      const name = safe(source?.publisher ?? id);
      return source?.url === undefined ? name : `<a href="${safe(asUri(source.url))}">${name}</a>`;
    });
    return `<p class="tl-credit">Sources: ${links.join(', ')}</p>`;
  };
  const body = (...parts: (string | undefined)[]) => {
    const text = parts.filter((part): part is string => part !== undefined && part !== '').join('');
    return text === '' ? {} : { text };
  };
  const ids = new Set<string>();
  const slug = (prefix: string, id: string) => {
    let candidate = `${prefix}-${id}`;
    for (let n = 2; ids.has(candidate); n++) candidate = `${prefix}-${id}-${n}`;
    ids.add(candidate);
    return candidate;
  };
  const titleId = slug('title', built.id);
  const slides: TimelineJsSlide[] = [];
  for (const event of built.events) {
    const actor = event.actors[0];
    slides.push({
      unique_id: slug('event', event.id),
      ...slideDates(dateOf(event, built), zone),
      text: {
        headline: safe(event.title),
        ...body(paragraph(event.description), credit(event.sources)),
      },
      ...(actor === undefined ? {} : { group: groupLabel(names.get(actor) ?? actor) }),
    });
  }
  const deadlineById = new Map(built.deadlines.map((deadline) => [deadline.id as string, deadline]));
  const eras: TimelineJsEra[] = [];
  for (const deadline of built.deadlines) {
    const headline = deadlineHeadline(deadlineSubject(deadline, built));
    const extended = deadline.extends === undefined ? undefined : deadlineById.get(deadline.extends);
    const due = dateOf(deadline, built);
    slides.push({
      unique_id: slug('deadline', deadline.id),
      ...slideDates(due, zone),
      text: {
        headline: safe(headline),
        ...body(
          ...deadlineSentences(deadline, built, zone, { extended }).map(paragraph),
          credit(deadline.sources),
        ),
      },
      group: 'Deadlines',
    });
    const setOn = deadline.setOn === undefined ? undefined : dateOf(deadline.setOn, built);
    const eraStart = setOn === undefined ? undefined : writtenParts(edgeOf(setOn, 'start'));
    const eraEnd = writtenEndParts(edgeOf(due, 'end'));
    if (setOn !== undefined && eraStart !== undefined && eraEnd !== undefined && setOn.latest < due.earliest)
      eras.push({ start_date: eraStart, end_date: eraEnd, text: { headline: safe(headline) } });
  }
  if (slides.length === 0) {
    for (const record of [...built.demands, ...built.responses]) {
      slides.push({
        unique_id: slug('of' in record ? 'demand' : 'response', record.id),
        ...slideDates(dateOf(record, built), zone),
        text: { headline: safe(record.summary), ...body(credit(record.sources)) },
        group: groupLabel(names.get(record.by[0] as string) ?? String(record.by[0])),
      });
    }
  }
  if (slides.length === 0)
    fail(
      'too-small',
      ['events'],
      'a TimelineJS3 timeline needs at least one slide: the dispute has no event, deadline, demand or response',
    );
  // TimelineJS3's own test for a year its human scale cannot hold (TimelineConfig's _ensureValidScale).
  const cosmological = slides.some(
    ({ start_date }) => start_date !== undefined && (start_date.year < -271820 || start_date.year > 275759),
  );
  return deepFreeze({
    scale: cosmological ? 'cosmological' : 'human',
    title: {
      unique_id: titleId,
      text: { headline: safe(built.title), ...body(paragraph(built.summary), claimsHtml(built)) },
    },
    events: slides,
    eras,
  });
}

/** The start, end and display date of a slide, keeping its end where TimelineJS3 would drop it. */
function slideDates(
  date: ParsedDate,
  disputeZone: string,
): Pick<TimelineJsSlide, 'start_date' | 'end_date' | 'display_date'> {
  const first = edgeOf(date, 'start');
  let start = writtenParts(first);
  // A set or list runs from its first member to its last; a season to the last month of its span: a point
  // `2015-21` ends in November, as does `2015/2016-21`.
  const end =
    date.kind === 'point'
      ? date.precision === 'season'
        ? writtenEndParts(first)
        : undefined
      : writtenEndParts(edgeOf(date, 'end'));
  // The parts say it all only for a date as plain as `2015-11-30T09:05` in the dispute's zone: not a BCE or Y
  // year (TimelineJS3 calls -0044, 45 BC, "44 BCE"), a season, unspecified digits or an offset (`Z`, `+05:00`).
  const plain = date.kind === 'point' && date.timeZone === disputeZone && saidByParts(date, true);
  const display = plain ? {} : { display_date: dateInWords(date, disputeZone) };
  // An interval with an unknown or open start has no start of its own: start at its end.
  if (start === undefined) return { start_date: end as TimelineJsDate, ...display };
  if (end === undefined) return { start_date: start, ...display };
  // TimelineJS3 drops an end whose parts equal every part the start sets (`2010-08` to `2010-08-31`):
  // give the start the end's finer parts, from their first value, so both ends stay.
  const shared = (Object.keys(start) as (keyof WrittenParts)[]).every((key) => start?.[key] === end[key]);
  if (shared) {
    if (Object.keys(end).length === Object.keys(start).length) return { start_date: start, ...display };
    const filled: WrittenParts = {
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
      ...start,
    };
    start = Object.fromEntries(
      Object.keys(end).map((key) => [key, filled[key as keyof WrittenParts]]),
    ) as unknown as WrittenParts;
    return { start_date: start, end_date: end, display_date: dateInWords(date, disputeZone) };
  }
  return { start_date: start, end_date: end, ...display };
}

const safe = (text: string) => escapeHtml(withoutControls(text));

/**
 * The sources' claims, for the title slide: by topic, each claim with its date and the sources that make it,
 * each source with the words quoted from it. Where sources disagree, their claims stand side by side.
 */
function claimsHtml(dispute: Dispute): string | undefined {
  if (dispute.claims.length === 0) return undefined;
  const sources = new Map(dispute.sources.map((source) => [source.id as string, source]));
  const zone = dispute.timeZone ?? 'UTC';
  const byTopic = new Map<string, string[]>();
  for (const claim of dispute.claims) {
    const cited = claim.sources.map((citation) => {
      const source = sources.get(citation.source);
      const name = safe(source?.publisher ?? citation.source);
      const link = source?.url === undefined ? name : `<a href="${safe(asUri(source.url))}">${name}</a>`;
      return `${link}${citation.quote === undefined ? '' : ` \u201c${safe(citation.quote)}\u201d`}${citation.note === undefined ? '' : ` (${safe(citation.note)})`}`;
    });
    const made = claim.date === undefined ? '' : ` (${safe(dateInWords(dateOf(claim.date, dispute), zone))})`;
    byTopic.set(claim.topic, [
      ...(byTopic.get(claim.topic) ?? []),
      `\u2013 ${safe(claim.statement)}${made} Sources: ${cited.join('; ')}`,
    ]);
  }
  // Paragraphs, line breaks and links only: what TimelineJS3 shows of a slide's text as it is.
  const topics = [...byTopic].map(([topic, items]) => `<p>${safe(topic)}:<br>${items.join('<br>')}</p>`);
  return `<p>Claims of the sources (where sources disagree, each claim with its own sources):</p>${topics.join('')}`;
}

/**
 * A group: TimelineJS3 reads it as text out of HTML (`stripMarkup`) and sets that as an element's HTML, so it is
 * escaped twice — as element content only, which it is at both steps: an apostrophe or a quote stays as written
 * (escaped as an attribute's would be, `Telegram's` came out as `Telegram&amp;#39;s`, and a reader of the sheet
 * split it at the semicolons).
 */
const groupLabel = (name: string) => escapeHtmlText(escapeHtmlText(withoutControls(name)));

const paragraph = (text: string | undefined) =>
  text === undefined ? undefined : `<p>${safe(text).replace(/\r\n|\r|\n/g, '<br>')}</p>`;

/**
 * The timeline of a dispute as TimelineJS3 JSON: {@link toTimelineJs}, as text.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @returns the JSON text, indented by two spaces, ending in a newline
 * @throws {@link TimelineError} `too-small`, `invalid-argument` or `missing-field` as {@link toTimelineJs}
 *
 * @example
 * ```ts
 * import { writeTimelineJs } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * JSON.parse(writeTimelineJs(uaeBlackberry2010)).title.text.headline === uaeBlackberry2010.title;
 * //=> true
 * ```
 */
export function writeTimelineJs(dispute: Dispute): string {
  return `${JSON.stringify(toTimelineJs(dispute), null, 2)}\n`;
}

/** TimelineJS3's JSON format. */
export const timelineJsFormat = /* @__PURE__ */ defineFormat({
  name: 'timelinejs',
  description: 'TimelineJS3 JSON (Knight Lab): slides for events and deadlines, eras for deadlines',
  mediaType: 'application/json',
  extension: '.json',
  write: (dispute) => writeTimelineJs(dispute),
});
