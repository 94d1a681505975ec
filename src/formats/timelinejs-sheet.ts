import { freeze } from 'immer';
import { describeValue, optionsObject } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import { builtDispute } from '../builder/seam.js';
import type { DateBound } from '../dates/edtf.js';
import { dateInWords } from '../dates/words/index.js';
import { edgeOf, saidByParts, writtenEndParts, writtenParts } from '../dates/written-parts.js';
import type { Dispute } from '../model/dispute.js';
import { dateOf } from '../model/record-date.js';
import { defineFormat } from './format.js';
import type { SpreadsheetColumns } from './spreadsheet.js';
import { csvRecord, neutralizeFormula } from './support/csv.js';
import { asUri, escapeHtml, escapeHtmlList, escapeHtmlText } from './support/html-escape.js';

/** The columns of TimelineJS's Google-sheet template, in its order. */
const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** The columns whose text TimelineJS shows as HTML: written escaped. */
const HTML_COLUMNS = /* @__PURE__ */ new Set(['Headline', 'Text', 'Media Caption', 'Media Credit', 'Group']);

/**
 * The columns TimelineJS strips of markup (decoding entities) before it shows what is left as an element's HTML:
 * escaped twice, as element content (`&`, `<`, `>`), so that `AT&T <Gov>` reads as written, no entity in a name
 * becomes markup, and `Telegram's` stays as written. The inner escaping also writes a `;` as `&#59;`, so that the
 * reader, which splits actors on `;`, keeps a name whole.
 */
const STRIPPED_COLUMNS = /* @__PURE__ */ new Set(['Group']);

/**
 * How {@link readSpreadsheet} reads a sheet in the columns of TimelineJS's template (what
 * {@link writeTimelineJsSheet} writes): the date from Year, Month, Day and Time (to End Year … End Time), the
 * Display Date where it reads as a date, Headline as the title, Text as the description, Media as the source,
 * Media Credit as its publisher, and Group as the actor; the text of Headline, Text, Media Credit and Group is
 * read as the writer escapes it for TimelineJS (`escaping: 'timelinejs'`), so it comes back as it was.
 *
 * @category Formats
 * @example
 * ```ts
 * import { readSpreadsheet, TIMELINEJS_SHEET_COLUMNS, writeTimelineJsSheet } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const sheet = writeTimelineJsSheet(blackberryPakistan2015);
 * const dispute = readSpreadsheet(sheet, {
 *   dispute: { id: 'from-the-sheet', title: 'From the sheet', timeZone: 'Asia/Karachi' },
 *   columns: TIMELINEJS_SHEET_COLUMNS,
 *   actorKind: 'company',
 * });
 * dispute.events.map((event) => event.date).slice(0, 2);
 * //=> [ '2010', '2015-07/2015-07-24' ]
 * ```
 */
export const TIMELINEJS_SHEET_COLUMNS: SpreadsheetColumns = /* @__PURE__ */ freeze(
  {
    date: { year: 'Year', month: 'Month', day: 'Day', time: 'Time' },
    end: { year: 'End Year', month: 'End Month', day: 'End Day', time: 'End Time' },
    exactDate: 'Display Date',
    title: 'Headline',
    description: 'Text',
    sources: 'Media',
    publisher: 'Media Credit',
    actors: 'Group',
    escaping: 'timelinejs',
  },
  true,
);

/**
 * Options of {@link writeTimelineJsSheet}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { writeTimelineJsSheet, type TimelineJsSheetOptions } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const options: TimelineJsSheetOptions = { bom: true };
 * writeTimelineJsSheet(uaeBlackberry2010, options).startsWith('\ufeffYear,Month,Day');
 * //=> true
 * ```
 */
export interface TimelineJsSheetOptions {
  /** Start with a UTF-8 byte-order mark, for Excel. Default `false`. */
  readonly bom?: boolean;
}

/**
 * Writes a dispute's events in the columns of TimelineJS's Google-sheet template (Year, Month, Day, Time, End
 * Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media
 * Thumbnail, Type, Group, Background), as CSV to paste into the sheet a timeline is published from. Date parts
 * are only as precise as the source: a month-precision event has no Day. Where the parts cannot say it all — a
 * qualifier (`~`, `?`), unspecified digits, a UTC offset, an interval with an open or unknown end — the Display
 * Date says it in words, as every format says a date (`about 2011`, `2015-12-31 (uncertain)`, `from 2010-08-12
 * onwards`, `one of 2015-12-30, 2015-12-31`), and
 * {@link readSpreadsheet} reads it back. A date local to another zone than the dispute's has its parts in that
 * zone and the zone's city in the Display Date (`2015-11-30 (Toronto time)`), which the reader turns back into
 * the zone (`America/Toronto`) when one zone has that city. The parts are those of {@link toTimelineJs}: a BCE year is negative
 * (`-0044-03-15` is Year −44, Month 3, Day 15), a Y, exponential or significant-digit year gives the first year it
 * stands for (`Y170000002`, `Y17E7` is 170000000, `1950S2` is 1900), and a season, quarter or semester runs from
 * the first month of its span to its last (`2015-21`: Month 3 to End Month 11), each with its EDTF text in the
 * Display Date (`spring 2015 (2015-21)`). The reader gets back every one of these as written but a Y or exponential year, whose Year
 * (beyond ±9999) and Display Date it cannot read: it refuses that row with `invalid-date` at `Year`. Headline, Text, Media Credit, Media Caption and Group are shown by
 * TimelineJS as HTML, so their text is escaped (Group twice: TimelineJS strips its markup, decoding entities,
 * before it shows it; and a `;` in it as `&#59;`, as the reader splits actors on `;`); formulas are neutralised
 * as in {@link writeCsv}; the Media URL is written as a URI (a space in it as `%20`). {@link readSpreadsheet}
 * with {@link TIMELINEJS_SHEET_COLUMNS} reads all of this back as it was (the URL as that URI).
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - a BOM
 * @returns the CSV text, one row per event in timeline order
 * @throws {@link TimelineError} `invalid-argument` for a `bom` that is not true or false
 * @throws {@link TimelineError} `missing-field`, or any other issue of the dispute's own (with paths starting at
 * `dispute`), when it is not a valid dispute
 *
 * @example
 * ```ts
 * import { writeTimelineJsSheet } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const rows = writeTimelineJsSheet(indiaBlackberry2010).split('\r\n');
 * rows[0];
 * //=> 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background'
 * rows.find((row) => row.includes('about'))?.split(',').slice(0, 9); // RIM's statement, dated in Waterloo
 * //=> [ '2010', '10', '12', '', '', '', '', '', 'about 2010-10-12' ]
 * ```
 */
export function writeTimelineJsSheet(dispute: Dispute, options: TimelineJsSheetOptions = {}): string {
  const built = builtDispute(dispute);
  const { bom = false } = optionsObject(options);
  if (typeof bom !== 'boolean')
    fail('invalid-argument', ['options', 'bom'], `expected true or false; got ${describeValue(bom)}`);
  const names = new Map(built.actors.map((actor) => [actor.id as string, actor.name]));
  const sources = new Map(built.sources.map((source) => [source.id as string, source]));
  const zone = built.timeZone ?? 'UTC';
  const rows = [csvRecord(SHEET_COLUMNS)];
  for (const event of built.events) {
    const date = dateOf(event, built);
    // A set or list runs from its first member to its last; the Display Date names them all.
    const first = edgeOf(date, 'start');
    const last = edgeOf(date, 'end');
    const startKnown = date.start.state === 'known';
    const start = parts(startKnown ? first : last);
    // A season, quarter or semester runs from the first month of its span to its last, as in TimelineJS3's JSON.
    const end =
      (date.kind === 'interval' && startKnown && date.end.state === 'known') ||
      (date.members?.length ?? 0) > 1
        ? parts(last, 'end')
        : date.kind === 'point' && date.precision === 'season'
          ? parts(first, 'end')
          : undefined;
    // Media is one URL: the first cited source that has one.
    const cited = event.sources.map((citation) => sources.get(citation.source));
    const source = cited.find((one) => one?.url !== undefined) ?? cited[0];
    const cells: Record<(typeof SHEET_COLUMNS)[number], string> = {
      Year: start.year,
      Month: start.month,
      Day: start.day,
      Time: start.time,
      'End Year': end?.year ?? '',
      'End Month': end?.month ?? '',
      'End Day': end?.day ?? '',
      'End Time': end?.time ?? '',
      // TimelineJS reads a fraction of a second as tenths: a date with one is said in words.
      'Display Date': saidByParts(date, false) && date.timeZone === zone ? '' : dateInWords(date, zone),
      Headline: event.title,
      Text: event.description ?? '',
      // One URL, as a URI: a space or other character a URI may not hold is percent-encoded, so it reads back.
      Media: source?.url === undefined ? '' : asUri(source.url),
      'Media Credit': source?.publisher ?? '',
      'Media Caption': source?.title ?? '',
      'Media Thumbnail': '',
      Type: '',
      Group: names.get(event.actors[0] ?? '') ?? '',
      Background: '',
    };
    rows.push(
      csvRecord(
        SHEET_COLUMNS.map((column) =>
          HTML_COLUMNS.has(column)
            ? neutralizeFormula(
                STRIPPED_COLUMNS.has(column)
                  ? escapeHtmlText(escapeHtmlList([cells[column]]))
                  : escapeHtml(cells[column]),
              )
            : cells[column],
        ),
      ),
    );
  }
  return `${bom === true ? '\ufeff' : ''}${rows.join('')}`;
}

/**
 * One date's parts as the sheet's cells (the parts of TimelineJS3's JSON, from {@link writtenParts}: the first
 * month of a season, or its last as an end). TimelineJS reads a fraction of a second as tenths (`07.25` is 2.5 s
 * late), so Time stops at the second and the Display Date gives it.
 */
function parts(
  bound: DateBound | undefined,
  side: 'start' | 'end' = 'start',
): { year: string; month: string; day: string; time: string } {
  const written = side === 'end' ? writtenEndParts(bound) : writtenParts(bound);
  if (written === undefined) return { year: '', month: '', day: '', time: '' };
  const { year, month, day, hour, minute, second } = written;
  const two = (n: number) => String(n).padStart(2, '0');
  const cell = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    year: String(year),
    month: cell(month),
    day: cell(day),
    time:
      hour === undefined || minute === undefined
        ? ''
        : `${two(hour)}:${two(minute)}${second === undefined ? '' : `:${two(second)}`}`,
  };
}

/** The events in the columns of TimelineJS's Google-sheet template. */
export const timelineJsSheetFormat = /* @__PURE__ */ defineFormat({
  name: 'timelinejs-sheet',
  description: "the events in the columns of TimelineJS's Google-sheet template, as CSV",
  mediaType: 'text/csv',
  extension: '.csv',
  options: [
    { name: 'bom', description: 'start with a byte-order mark, for Excel (default false)', type: 'boolean' },
  ],
  write: (dispute, options) => writeTimelineJsSheet(dispute, options as TimelineJsSheetOptions),
});
