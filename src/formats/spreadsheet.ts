import { checkOneOf, describeValue, optionsObject } from '../_lib/args.js';
import { fail, issue } from '../_lib/issues.js';
import { nearest } from '../_lib/nearest.js';
import type { DisputeHeaderInput } from '../builder/builder.js';
import { builtDispute, validateDispute } from '../builder/seam.js';
import { edtfOfWords, zoneOfWords } from '../dates/words/index.js';
import { ZONE_WORDS } from '../dates/words/zone-words.js';
import { isZoneAbbreviation, zoneNameVerdict } from '../dates/zone-refusals.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../errors/index.js';
import { type ActorKind, ActorKindSchema } from '../model/actor.js';
import { type Confidence, ConfidenceSchema } from '../model/common.js';
import type { Dispute } from '../model/dispute.js';
import { type EventKind, EventKindSchema } from '../model/event.js';
import { parseCsv, restoreFormula } from './support/csv.js';
import { asUri, decodeHtml, splitEscaped } from './support/html-escape.js';

/**
 * Columns that hold a date in parts, as the TimelineJS sheet does: a year, and optionally a month, a day and a
 * time of day (`9:00`, `21:30:15`, `9:00 PM`).
 *
 * @category Formats
 * @example
 * ```ts
 * import { readSpreadsheet, type DatePartColumns } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const date: DatePartColumns = { year: 'Year', month: 'Month', day: 'Day' };
 * const sheet = 'Year,Month,Day,What,Source\r\n2015,7,24,PTA letters to operators,https://tribune.com.pk/story/925906\r\n';
 * const dispute = readSpreadsheet(sheet, {
 *   dispute: blackberryPakistan2015,
 *   columns: { date, title: 'What', sources: 'Source' },
 * });
 * dispute.events.find((event) => event.title === 'PTA letters to operators')?.date;
 * //=> '2015-07-24'
 * ```
 */
export interface DatePartColumns {
  /** The column of the year: a whole number, negative before year 1. */
  readonly year: string;
  /** The column of the month, 1 to 12; empty for a year. */
  readonly month?: string;
  /** The column of the day of the month; empty for a month. */
  readonly day?: string;
  /** The column of the time of day; empty for a day. */
  readonly time?: string;
}

/**
 * Which column of a researcher's spreadsheet holds what: each value is a column name of the header row. Only
 * `date` and `title` are needed.
 *
 * @category Formats
 * @example
 * ```ts
 * import { readSpreadsheet, type SpreadsheetColumns } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const columns: SpreadsheetColumns = { date: 'When', title: 'What', actors: 'Who', sources: 'Link' };
 * const sheet = 'When,What,Who,Link\r\n2015-07-24,Interior Ministry decides to block BES,Ministry of Interior,http://cn.reuters.com/article/pakistan-telecoms-idCNL3N1045FS20150724\r\n';
 * const dispute = readSpreadsheet(sheet, {
 *   dispute: { id: 'pakistan', title: 'Pakistan and BES', timeZone: 'Asia/Karachi' },
 *   columns,
 *   actorKind: 'ministry',
 * });
 * dispute.actors.map((actor) => [actor.id, actor.name]);
 * //=> [['ministry-of-interior', 'Ministry of Interior']]
 * // The same name in the dataset's dispute is matched, not made again:
 * readSpreadsheet(sheet, { dispute: blackberryPakistan2015, columns }).events.find(
 *   (event) => event.title === 'Interior Ministry decides to block BES',
 * )?.actors;
 * //=> ['ministry-of-interior']
 * ```
 */
export interface SpreadsheetColumns {
  /** The date: a column of EDTF or ISO 8601 dates (`2015-07`, `2011~`, `2015-11-30 09:00`), or of date parts. */
  readonly date: string | DatePartColumns;
  /** The end date, which makes each row with one an interval from `date` to it. */
  readonly end?: string | DatePartColumns;
  /**
   * A column of exact dates that, where a cell holds one, wins over `date` and `end`: EDTF, or the words
   * {@link writeTimelineJsSheet} writes in the Display Date (`about 2011`, `2015-12-31 (uncertain)`,
   * `from 2010-08-12 onwards`, `one of 2015-12-30, 2015-12-31`, `spring 2015 (2015-21)`, and the `from 2010-08-12`
   * and `? to 2011` of earlier versions). Other text (`Summer 2015`) is left to the date columns.
   */
  readonly exactDate?: string;
  /** What happened, in one line. */
  readonly title: string;
  /** The event's id; by default one is made from its title. */
  readonly id?: string;
  /** The event's kind (`order`, `statement` …); by default `mapping.kind`. */
  readonly kind?: string;
  /** What happened, in detail. */
  readonly description?: string;
  /** The actors: ids or names (or aliases) of actors, separated by `;`; new names become new actors. */
  readonly actors?: string;
  /** The sources: URLs separated by spaces; a URL no source has becomes a new source. */
  readonly sources?: string;
  /** Who published the row's new sources; by default the URL's host name. */
  readonly publisher?: string;
  /** How well the row is supported (`confirmed`, `reported`, `unverified`); by default `mapping.confidence`. */
  readonly confidence?: string;
  /** Tags, separated by `;`. */
  readonly tags?: string;
  /** The IANA zone of the row's date, when it is not the dispute's. */
  readonly timeZone?: string;
  /**
   * How the cells' text is written: `'none'` (the default), as it is; or `'timelinejs'`, as
   * {@link writeTimelineJsSheet} writes it for TimelineJS to show as HTML: character references (`&amp;`,
   * `&#59;`) in the title, description and publisher are decoded, the actors split on the `;` that ends no
   * reference and each decoded twice (TimelineJS strips a group's markup before it shows it), and the `'` that
   * neutralised a formula removed.
   */
  readonly escaping?: 'none' | 'timelinejs';
}

/** The fields of {@link SpreadsheetColumns}, of {@link DatePartColumns} and of {@link SpreadsheetMapping}. */
const COLUMN_FIELDS: readonly string[] = [
  'date',
  'end',
  'exactDate',
  'title',
  'id',
  'kind',
  'description',
  'actors',
  'sources',
  'publisher',
  'confidence',
  'tags',
  'timeZone',
  'escaping',
];
const DATE_PART_FIELDS: readonly string[] = ['year', 'month', 'day', 'time'];
const MAPPING_FIELDS: readonly string[] = ['columns', 'dispute', 'kind', 'confidence', 'actorKind'];

/**
 * How to read a researcher's spreadsheet with {@link readSpreadsheet}: its columns, the dispute to add the rows
 * to (or the header of a new one), and what to assume where the sheet says nothing.
 *
 * @category Formats
 * @example
 * ```ts
 * import { readSpreadsheet, type SpreadsheetMapping } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const mapping: SpreadsheetMapping = {
 *   dispute: { id: 'uae-2010', title: 'The UAE and BlackBerry, 2010', timeZone: 'Asia/Dubai' },
 *   columns: { date: 'Date', title: 'Event', sources: 'URL', kind: 'Type' },
 *   confidence: 'confirmed',
 * };
 * const sheet = 'Date,Event,URL,Type\r\n2010-08-01,TRA announces a suspension from 11 October,https://www.thenational.ae/,announcement\r\n';
 * readSpreadsheet(sheet, mapping).events[0]?.confidence;
 * //=> 'confirmed'
 * // Or the same rows added to the shipped dataset:
 * readSpreadsheet(sheet, { ...mapping, dispute: uaeBlackberry2010 }).events.length;
 * //=> 3
 * ```
 */
export interface SpreadsheetMapping {
  /** Which column holds what. */
  readonly columns: SpreadsheetColumns;
  /** A built dispute to add the rows to (its actors and sources are matched first), or the header of a new one. */
  readonly dispute: Dispute | DisputeHeaderInput;
  /** The kind of an event whose row gives none. Default `other`. */
  readonly kind?: EventKind;
  /** The confidence of an event whose row gives none. Default `reported`. */
  readonly confidence?: Confidence;
  /** The kind of the actors made from new names. Without it, a name no actor has is an issue. */
  readonly actorKind?: ActorKind;
}

/** Where a field of a record came from: its row and column. */
interface Origin {
  readonly row: number;
  readonly column: string;
}

/**
 * Reads a researcher's own spreadsheet, saved as CSV, into a validated dispute: one event per row, its columns
 * named by `mapping.columns`. Dates may be EDTF or ISO 8601 (`2015-11-30 09:00` and `20151130` are read as
 * `2015-11-30T09:00` and `2015-11-30`), or given in parts (year, month, day, time). Actors are matched by id,
 * name or alias in the dispute given, and sources by URL; names and URLs it does not have become new actors
 * (of `mapping.actorKind`) and new sources. Every bad cell is reported at once, with its row (the header is row
 * 1) and column in the path: `['row', 4, 'When']`.
 *
 * @category Formats
 * @param csv - the sheet as CSV text (RFC 4180; a byte-order mark, CRLF or LF)
 * @param mapping - the columns, the dispute, and the defaults
 * @returns the dispute with the rows' events, actors and sources added, deeply frozen
 * @throws {@link TimelineError} `missing-field` for a column of the mapping that the header lacks, or a row
 * without a date or title; `invalid-date` or `impossible-date` for a date cell that is not a date;
 * `unknown-reference` for an actor name the dispute lacks when no `actorKind` is given; `missing-source` for a
 * row without a source; `invalid-url`, `invalid-value`, `invalid-time-zone` and the other issues of the records
 * made, at their row and column; `csv-syntax` for a CSV text that cannot be read (at most five a line and a
 * hundred in all are listed, then how many more there were); `wrong-type` for a row with
 * more or fewer cells than the header (a file cut short); `invalid-argument` for a mapping that is not one,
 * or that has a key it does not know (`actor` for `actors`, `days` for `day`: with a "did you mean")
 *
 * @example
 * ```ts
 * import { readSpreadsheet } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const sheet = [
 *   'Date,Headline,Who,Link',
 *   '2015-12-01,ProPakistani reports the extension,pta;BlackBerry,https://propakistani.pk/2015/12/01/pta-gives-blackberry-another-month-to-reach-a-deal-and-stay-in-pakistan/',
 * ].join('\r\n');
 * const dispute = readSpreadsheet(sheet, {
 *   dispute: blackberryPakistan2015,
 *   columns: { date: 'Date', title: 'Headline', actors: 'Who', sources: 'Link' },
 *   kind: 'report',
 * });
 * const added = dispute.events.find((event) => event.title === 'ProPakistani reports the extension');
 * [added?.id, added?.actors, added?.sources];
 * //=> ['propakistani-reports-the-extension', ['pta', 'blackberry'], [{ source: 'propakistani-2015-12-01' }]]
 * // A bad cell is reported at its row and column:
 * try {
 *   readSpreadsheet('Date,Headline,Link\r\n12/30/2015,Deadline,https://example.org/\r\n', {
 *     dispute: blackberryPakistan2015,
 *     columns: { date: 'Date', title: 'Headline', sources: 'Link' },
 *   });
 * } catch (error) {
 *   console.log((error as { issues: { path: unknown[] }[] }).issues.map((issue) => issue.path));
 *   //=> [['row', 2, 'Date']]
 * }
 * ```
 */
export function readSpreadsheet(csv: string, mapping: SpreadsheetMapping): Dispute {
  if (typeof csv !== 'string')
    fail('invalid-argument', ['csv'], `expected the CSV text; got ${describeValue(csv)}`);
  const options = readMapping(mapping);
  const { rows, problems } = parseCsv(csv);
  const issues: TimelineIssue[] = problems.map((problem) =>
    issue('csv-syntax', ['line', problem.line], `line ${problem.line}: ${problem.message}`),
  );
  const [header, ...data] = rows;
  const names = (header?.cells ?? []).map((name) => name.trim());
  for (const column of columnsOf(options.columns)) {
    if (!names.includes(column))
      issues.push(issue('missing-field', ['row', 1, column], `the sheet has no column "${column}"`, column));
  }
  if (issues.length > 0) throw new TimelineError(issues as [TimelineIssue, ...TimelineIssue[]]);

  const base = options.dispute;
  const actors: Record<string, unknown>[] = [];
  const sources: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const actorOrigins: Origin[] = [];
  const sourceOrigins: Origin[] = [];
  const eventOrigins: Map<string, Origin>[] = [];
  const used = new Set<string>(base ? allIds(base) : []);
  // The ids the sheet gives are reserved first: a made-up id of an earlier row must not take one of them.
  if (options.columns.id !== undefined) {
    const idColumn = names.indexOf(options.columns.id);
    for (const row of data) {
      const given = (row.cells[idColumn] ?? '').trim();
      if (given !== '') used.add(given);
    }
  }
  const uniqueId = idMaker(used);
  const actorByKey = new Map<string, string>();
  for (const actor of base?.actors ?? []) {
    for (const key of [actor.id, actor.name, ...(actor.aliases ?? [])])
      actorByKey.set(key.toLowerCase(), actor.id);
  }
  const sourceByUrl = new Map<string, string>();
  // By URL, and by the URL as a URI, as the TimelineJS sheet writes it.
  for (const source of base?.sources ?? []) {
    if (source.url === undefined) continue;
    sourceByUrl.set(asUri(source.url), source.id);
    sourceByUrl.set(source.url, source.id);
  }
  const { columns } = options;
  const escaped = columns.escaping === 'timelinejs';

  data.forEach((row, index) => {
    const rowNumber = index + 2;
    // More cells than the header, or fewer (a file cut short): the cells cannot be matched to their columns.
    if (row.cells.length !== names.length) {
      issues.push(
        issue(
          'wrong-type',
          ['row', rowNumber],
          `row ${rowNumber} (line ${row.line}) has ${row.cells.length} cells; the header has ${names.length}`,
        ),
      );
      return;
    }
    const raw = (column: string | undefined) =>
      column === undefined ? '' : (row.cells[names.indexOf(column)] ?? '');
    const cell = (column: string | undefined) => raw(column).trim();
    // A text cell, as TimelineJS's sheet escapes it when the mapping says so: the writer's `'` is the cell's
    // first character, so it comes off before the cell is trimmed.
    const text = (column: string | undefined) =>
      escaped ? decodeHtml(restoreFormula(raw(column))).trim() : cell(column);
    const origins = new Map<string, Origin>();
    const at = (field: string, column: string) => origins.set(field, { row: rowNumber, column });
    const event: Record<string, unknown> = {};

    // A Display Date that names a zone by its abbreviation (`2015-07-24 (BST time)`) is not read in some zone.
    if (columns.exactDate !== undefined) {
      const named = ZONE_WORDS.exec(cell(columns.exactDate))?.[1];
      if (named !== undefined && isZoneAbbreviation(named)) {
        const verdict = zoneNameVerdict(named);
        issues.push(
          issue(
            'invalid-time-zone',
            ['row', rowNumber, columns.exactDate],
            verdict.ok ? `${named} is a zone abbreviation` : verdict.message,
            named,
          ),
        );
        return;
      }
    }
    const date = rowDate(cell, columns, rowNumber, issues);
    if (date === undefined) return;
    at('date', date.column);
    // The zone column when there is one, else a zone the Display Date names after the date (a TimelineJS sheet's).
    const zone =
      cell(columns.timeZone) ||
      (date.column === columns.exactDate ? (zoneOfWords(cell(columns.exactDate)) ?? '') : '');
    event['date'] = zone === '' ? date.value : { value: date.value, timeZone: zone };
    if (zone !== '' && columns.timeZone !== undefined)
      origins.set('date.timeZone', { row: rowNumber, column: columns.timeZone });

    const title = text(columns.title);
    event['title'] = title;
    at('title', columns.title);
    const explicitId = cell(columns.id);
    event['id'] = explicitId !== '' ? explicitId : uniqueId(slug(title) || `row-${rowNumber}`);
    if (explicitId !== '') used.add(explicitId);
    at('id', columns.id ?? columns.title);
    event['kind'] = cell(columns.kind) || options.kind;
    at('kind', columns.kind ?? columns.title);
    const description = text(columns.description);
    if (description !== '') {
      event['description'] = description;
      at('description', columns.description as string);
    }

    const actorIds = new Set<string>();
    const actorNames = escaped
      ? splitEscaped(decodeHtml(restoreFormula(raw(columns.actors)))).map((name) => decodeHtml(name).trim())
      : list(cell(columns.actors), ';');
    for (const name of actorNames.filter((one) => one !== '')) {
      const known = actorByKey.get(name.toLowerCase());
      if (known !== undefined) {
        actorIds.add(known);
        continue;
      }
      if (options.actorKind === undefined) {
        issues.push(
          issue(
            'unknown-reference',
            ['row', rowNumber, columns.actors as string],
            `the dispute has no actor named ${JSON.stringify(name.slice(0, 100))}; give mapping.actorKind to create new actors`,
            name,
          ),
        );
        continue;
      }
      const id = uniqueId(slug(name) || 'actor');
      actors.push({ id, name, kind: options.actorKind });
      actorOrigins.push({ row: rowNumber, column: columns.actors as string });
      actorByKey.set(name.toLowerCase(), id);
      actorIds.add(id);
    }
    event['actors'] = [...actorIds];
    at('actors', columns.actors ?? columns.title);

    const cited = new Set<string>();
    for (const url of list(cell(columns.sources), /\s+/)) {
      let id = sourceByUrl.get(url);
      if (id === undefined) {
        id = uniqueId(slug(hostOf(url)) || 'source');
        sources.push({ id, publisher: text(columns.publisher) || hostOf(url) || url.slice(0, 500), url });
        sourceOrigins.push({ row: rowNumber, column: columns.sources as string });
        sourceByUrl.set(url, id);
      }
      cited.add(id);
    }
    event['sources'] = [...cited].map((source) => ({ source }));
    at('sources', columns.sources ?? columns.title);
    event['confidence'] = cell(columns.confidence) || options.confidence;
    at('confidence', columns.confidence ?? columns.title);
    const tags = list(cell(columns.tags), ';');
    if (tags.length > 0) {
      event['tags'] = tags;
      at('tags', columns.tags as string);
    }
    events.push(event);
    eventOrigins.push(origins);
  });

  const input: Record<string, unknown> = base
    ? {
        ...base,
        actors: [...base.actors, ...actors],
        sources: [...base.sources, ...sources],
        events: [...base.events, ...events],
      }
    : { ...options.header, actors, sources, events };
  const result = validateDispute(input);
  if (!result.success) {
    const offset = {
      actors: base?.actors.length ?? 0,
      sources: base?.sources.length ?? 0,
      events: base?.events.length ?? 0,
    };
    for (const found of result.error.issues) {
      issues.push({
        ...found,
        path: cellPath(found.path, offset, { actorOrigins, sourceOrigins, eventOrigins }),
      });
    }
  }
  if (issues.length > 0 || !result.success)
    throw new TimelineError(issues as [TimelineIssue, ...TimelineIssue[]]);
  return result.data;
}

/** The mapping, checked: columns are names, defaults are of their vocabularies, the dispute is built or a header. */
function readMapping(mapping: unknown): {
  columns: SpreadsheetColumns;
  dispute: Dispute | undefined;
  header: DisputeHeaderInput | undefined;
  kind: EventKind;
  confidence: Confidence;
  actorKind: ActorKind | undefined;
} {
  const given = optionsObject(mapping, ['mapping']);
  const { columns, dispute, kind = 'other', confidence = 'reported', actorKind } = given;
  if (typeof columns !== 'object' || columns === null)
    fail(
      'invalid-argument',
      ['mapping', 'columns'],
      `columns is an object naming the sheet's columns; got ${describeValue(columns)}`,
    );
  // A key the mapping does not know is a typo that would lose a column (`actor` for `actors`): refused.
  const unknown = [
    ...unknownKeys(given, MAPPING_FIELDS, ['mapping']),
    ...unknownKeys(columns, COLUMN_FIELDS, ['mapping', 'columns']),
  ];
  for (const field of ['date', 'end'] as const) {
    const parts = (columns as Record<string, unknown>)[field];
    if (typeof parts === 'object' && parts !== null)
      unknown.push(...unknownKeys(parts, DATE_PART_FIELDS, ['mapping', 'columns', field]));
  }
  if (unknown.length > 0) throw new TimelineError(unknown as [TimelineIssue, ...TimelineIssue[]]);
  const { escaping = 'none' } = columns as { escaping?: unknown };
  checkOneOf(escaping, ['none', 'timelinejs'], ['mapping', 'columns', 'escaping'], 'escaping');
  const checkColumn = (value: unknown, path: IssuePath) => {
    if (typeof value !== 'string' || value === '')
      fail(
        'invalid-argument',
        path,
        `a column is named by the text of its header; got ${describeValue(value)}`,
      );
  };
  for (const [field, value] of Object.entries(columns)) {
    if (value === undefined || field === 'escaping') continue;
    if ((field === 'date' || field === 'end') && typeof value === 'object' && value !== null) {
      for (const [part, name] of Object.entries(value))
        if (name !== undefined) checkColumn(name, ['mapping', 'columns', field, part]);
      checkColumn((value as { year?: unknown }).year, ['mapping', 'columns', field, 'year']);
    } else checkColumn(value, ['mapping', 'columns', field]);
  }
  if ((columns as { date?: unknown }).date === undefined)
    checkColumn(undefined, ['mapping', 'columns', 'date']);
  if ((columns as { title?: unknown }).title === undefined)
    checkColumn(undefined, ['mapping', 'columns', 'title']);
  if (typeof dispute !== 'object' || dispute === null)
    fail(
      'invalid-argument',
      ['mapping', 'dispute'],
      `dispute is a built dispute or a header { id, title }; got ${describeValue(dispute)}`,
    );
  const isBuilt = Array.isArray((dispute as { events?: unknown }).events);
  return {
    columns: columns as SpreadsheetColumns,
    dispute: isBuilt ? builtDispute(dispute, ['mapping', 'dispute']) : undefined,
    header: isBuilt ? undefined : (dispute as DisputeHeaderInput),
    kind: checkOneOf(kind, EventKindSchema.options, ['mapping', 'kind'], 'kind'),
    confidence: checkOneOf(confidence, ConfidenceSchema.options, ['mapping', 'confidence'], 'confidence'),
    actorKind:
      actorKind === undefined
        ? undefined
        : checkOneOf(actorKind, ActorKindSchema.options, ['mapping', 'actorKind'], 'actorKind'),
  };
}

/** An `invalid-argument` for each key of `object` that is not one of `known`, with the nearest as a hint. */
function unknownKeys(object: object, known: readonly string[], path: IssuePath): TimelineIssue[] {
  return Object.keys(object)
    .filter((key) => !known.includes(key))
    .slice(0, 20)
    .map((key) => {
      const near = nearest(key, known);
      const shown = JSON.stringify(key.slice(0, 60));
      return issue(
        'invalid-argument',
        [...path, key],
        `${path.join('.')} has no field ${shown}${near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`} (its fields: ${known.join(', ')})`,
        key,
      );
    });
}

function columnsOf(columns: SpreadsheetColumns): string[] {
  const names: string[] = [];
  for (const [field, value] of Object.entries(columns)) {
    if (field === 'escaping') continue;
    if (typeof value === 'string') names.push(value);
    else if (typeof value === 'object' && value !== null)
      for (const part of Object.values(value)) if (typeof part === 'string') names.push(part);
  }
  return [...new Set(names)];
}

function allIds(dispute: Dispute): string[] {
  return [
    dispute.actors,
    dispute.sources,
    dispute.demands,
    dispute.responses,
    dispute.deadlines,
    dispute.events,
    dispute.claims,
  ].flatMap((records) => records.map((record) => record.id as string));
}

/** The row's date as EDTF, and the column to blame for it; issues for cells that are not dates. */
function rowDate(
  cell: (column: string | undefined) => string,
  columns: SpreadsheetColumns,
  row: number,
  issues: TimelineIssue[],
): { value: string; column: string } | undefined {
  const exact = columns.exactDate === undefined ? undefined : edtfOfWords(cell(columns.exactDate));
  if (exact !== undefined && columns.exactDate !== undefined)
    return { value: exact, column: columns.exactDate };
  const start = datePart(cell, columns.date, row, issues);
  const startColumn = typeof columns.date === 'string' ? columns.date : columns.date.year;
  if (start === undefined) return undefined;
  if (start === '') {
    issues.push(issue('missing-field', ['row', row, startColumn], `row ${row} has no date`));
    return undefined;
  }
  if (columns.end === undefined) return { value: start, column: startColumn };
  const end = datePart(cell, columns.end, row, issues);
  if (end === undefined) return undefined;
  return { value: end === '' ? start : `${start}/${end}`, column: startColumn };
}

/** One date of a row as EDTF text: from a date column (EDTF or ISO), or from parts; '' when the row has none. */
function datePart(
  cell: (column: string | undefined) => string,
  columns: string | DatePartColumns,
  row: number,
  issues: TimelineIssue[],
): string | undefined {
  if (typeof columns === 'string') return isoAsEdtf(cell(columns));
  const year = cell(columns.year);
  const month = cell(columns.month);
  const day = cell(columns.day);
  const time = cell(columns.time);
  if (year === '' && month === '' && day === '' && time === '') return '';
  let bad = false;
  const whole = (text: string, column: string | undefined, min: number, max: number): number | undefined => {
    if (!/^-?\d+$/.test(text) || Number(text) < min || Number(text) > max) {
      issues.push(
        issue(
          'invalid-date',
          ['row', row, column ?? ''],
          `expected a whole number from ${min} to ${max}; got ${JSON.stringify(text.slice(0, 40))}`,
          text,
        ),
      );
      bad = true;
      return undefined;
    }
    return Number(text);
  };
  const y = whole(year, columns.year, -9999, 9999);
  const m = month === '' ? undefined : whole(month, columns.month, 1, 12);
  const d = day === '' ? undefined : whole(day, columns.day, 1, 31);
  const clock = time === '' ? undefined : timeOfDay(time);
  if (time !== '' && clock === undefined) {
    issues.push(
      issue(
        'invalid-date',
        ['row', row, columns.time ?? ''],
        `expected a time such as 9:00 or 9:00 PM`,
        time,
      ),
    );
    bad = true;
  }
  if ((d !== undefined && m === undefined) || (clock !== undefined && d === undefined)) {
    issues.push(
      issue(
        'invalid-date',
        ['row', row, columns.year],
        'a day needs its month, and a time its day',
        `${year}-${month}-${day}`,
      ),
    );
    bad = true;
  }
  if (bad || y === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  let text = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
  if (m !== undefined) text += `-${two(m)}`;
  if (d !== undefined) text += `-${two(d)}`;
  if (clock !== undefined) text += `T${clock}`;
  return text;
}

/** `9:00`, `09:00:30`, `9:00 PM` as `HH:MM` or `HH:MM:SS`. */
function timeOfDay(text: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(text);
  if (match === null) return undefined;
  const [, hourText = '', minute = '', second, half] = match;
  let hour = Number(hourText);
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
  }
  const clock = `${String(hour).padStart(2, '0')}:${minute}`;
  return second === undefined ? clock : `${clock}:${second}`;
}

/** ISO 8601 forms spreadsheets write, as the EDTF they mean: a space before the time, the basic format. */
function isoAsEdtf(text: string): string {
  const spaced = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}.*)$/.exec(text);
  if (spaced !== null) return `${spaced[1]}T${spaced[2]}`;
  const basic = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (basic !== null) return `${basic[1]}-${basic[2]}-${basic[3]}`;
  return text;
}

function list(text: string, separator: string | RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** An id made from a name: lower case ASCII letters and digits joined by `-`, at most 60 characters. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Makes ids unused so far, from candidates: the candidate itself, else `candidate-2`, `candidate-3`…; each
 * candidate's counter carries on from where it stopped, so a thousand rows of one title take linear time.
 */
function idMaker(used: Set<string>): (candidate: string) => string {
  const next = new Map<string, number>();
  return (candidate) => {
    let id = candidate;
    let n = next.get(candidate) ?? 2;
    while (used.has(id)) id = `${candidate}-${n++}`;
    next.set(candidate, n);
    used.add(id);
    return id;
  };
}

/** A path of the dispute as the cell a record's field came from; other paths are kept. */
function cellPath(
  path: IssuePath,
  offset: { actors: number; sources: number; events: number },
  origins: { actorOrigins: Origin[]; sourceOrigins: Origin[]; eventOrigins: Map<string, Origin>[] },
): IssuePath {
  const [collection, index, field] = path;
  if (typeof index !== 'number') return path;
  if (collection === 'events' && index >= offset.events) {
    const fields = origins.eventOrigins[index - offset.events];
    const key = field === 'date' && path[3] === 'timeZone' ? 'date.timeZone' : String(field);
    const origin = fields?.get(key) ?? fields?.get(String(field)) ?? fields?.get('title');
    if (origin !== undefined) return ['row', origin.row, origin.column];
  }
  if (collection === 'actors' && index >= offset.actors) {
    const origin = origins.actorOrigins[index - offset.actors];
    if (origin !== undefined) return ['row', origin.row, origin.column];
  }
  if (collection === 'sources' && index >= offset.sources) {
    const origin = origins.sourceOrigins[index - offset.sources];
    if (origin !== undefined) return ['row', origin.row, origin.column];
  }
  return path;
}
