import { checkOneOf, describeValue, optionsObject } from '../_lib/args.js';
import { fail, issue } from '../_lib/issues.js';
import { nearest } from '../_lib/nearest.js';
import type { DisputeHeaderInput } from '../builder/builder.js';
import { builtDispute, validateDispute } from '../builder/seam.js';
import { edtfOfWords, zoneOfWords } from '../dates/words/index.js';
import { ZONE_WORDS } from '../dates/words/zone-words.js';
import { isZoneAbbreviation, zoneNameVerdict } from '../dates/zone-refusals.js';
import { type IssueCode, type IssuePath, TimelineError, type TimelineIssue } from '../errors/index.js';
import { type ActorKind, ActorKindSchema } from '../model/actor.js';
import { type Confidence, ConfidenceSchema } from '../model/common.js';
import type { Dispute } from '../model/dispute.js';
import { type EventKind, EventKindSchema } from '../model/event.js';
import { parseCsv, restoreFormula } from './support/csv.js';
import { asUri, decodeHtml, splitEscaped } from './support/html-escape.js';

/**
 * What separates the fields of a sheet saved as CSV: a comma, a semicolon (Excel where the decimal mark is a
 * comma) or a tab.
 *
 * @category Formats
 * @example
 * ```ts
 * import { importSpreadsheet, type SheetDelimiter } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const delimiter: SheetDelimiter = '\t';
 * const sheet = 'Date\tWhat\tLink\r\n2015-12-01\tProPakistani reports the extension\thttps://propakistani.pk/\r\n';
 * importSpreadsheet(sheet, {
 *   dispute: blackberryPakistan2015,
 *   columns: { date: 'Date', title: 'What', sources: 'Link' },
 *   delimiter,
 * }).dispute.events.some((event) => event.title === 'ProPakistani reports the extension');
 * //=> true
 * ```
 */
export type SheetDelimiter = ',' | ';' | '\t';

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
  /**
   * The actors: ids, names or aliases of actors, as a list (`Sheri Pym, Apple, FBI`: see
   * {@link SpreadsheetMapping.listSeparators}); names no actor has become new actors.
   */
  readonly actors?: string;
  /**
   * The kinds of the row's new actors (`judge; company; agency`), in the order of the actors cell, or one kind
   * for all of them.
   */
  readonly actorKinds?: string;
  /** The countries (ISO 3166 codes) of the row's new actors, in the order of the actors cell, or one for all. */
  readonly actorCountries?: string;
  /** The sources: URLs separated by spaces; a URL no source has becomes a new source. */
  readonly sources?: string;
  /** The words the row's (first) source says, verbatim: the quote of its citation. */
  readonly quote?: string;
  /**
   * Who published the row's new sources; by default the URL's host name. A row with a publisher and no URL cites a
   * source of that publisher (and `sourceTitle`) without an address, one for each publisher and title.
   */
  readonly publisher?: string;
  /** The title of the row's (first) source. */
  readonly sourceTitle?: string;
  /** A note on the row's (first) source. */
  readonly sourceNote?: string;
  /** The author of the row's (first) source. */
  readonly author?: string;
  /** When the row's (first) source was published: an EDTF or ISO 8601 date. */
  readonly published?: string;
  /**
   * How precise the row's date is: `year`, `month`, `day` or `minute` cut the date to that, `approximate`
   * (or `about`, `circa`) marks it `~`, `uncertain` marks it `?`; empty leaves it as written.
   */
  readonly precision?: string;
  /** The order of events on the same date: a whole number. */
  readonly sequence?: string;
  /** How well the row is supported (`confirmed`, `reported`, `unverified`); by default `mapping.confidence`. */
  readonly confidence?: string;
  /** Tags, separated by `;`, `,` or line breaks. */
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
  'actorKinds',
  'actorCountries',
  'sources',
  'quote',
  'publisher',
  'sourceTitle',
  'sourceNote',
  'author',
  'published',
  'confidence',
  'precision',
  'sequence',
  'tags',
  'timeZone',
  'escaping',
];
const DATE_PART_FIELDS: readonly string[] = ['year', 'month', 'day', 'time'];
const MAPPING_FIELDS: readonly string[] = [
  'columns',
  'dispute',
  'kind',
  'confidence',
  'actorKind',
  'actorSheet',
  'delimiter',
  'listSeparators',
];

/**
 * The kind an actor without one is given while the sheet is checked, so that the rows naming it check too; the
 * actor is reported as needing a kind, so this kind is never returned.
 */
const PLACEHOLDER_KIND: ActorKind = 'person';

/** The separators of a list cell by default: `;`, `,`, ` and `, a line break. */
const LIST_SEPARATORS: readonly string[] = [';', ',', ' and ', '\n'];

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
  /**
   * The kind of new actors that neither the actors sheet nor a kinds column gives one. Without it, each such
   * actor is reported (`missing-field`), never given a kind by guess.
   */
  readonly actorKind?: ActorKind;
  /**
   * A second sheet of actors, as CSV text: a row for each, with the columns `Name` and `Kind`, and optionally
   * `Country`, `Aliases` (separated by `;`) and `Description` (any case; other columns are warned of). Its actors are added to the dispute, and their names
   * and aliases are matched first when a list cell is split.
   */
  readonly actorSheet?: string;
  /**
   * What separates the fields: `,`, `;` or a tab. By default the one the header row holds most of (an Excel
   * `sep=;` first line is obeyed); {@link importSpreadsheet} says which was used.
   */
  readonly delimiter?: SheetDelimiter;
  /**
   * What separates the items of a list cell (actors, kinds, countries): by default `;`, `,`, ` and ` and a line
   * break. Declared actors and aliases are matched first (`Ministry of Posts, Telecommunications and IT` stays
   * one name when the dispute or the actors sheet has it); a cell that holds `;` or a line break is split only
   * on those; a name no actor has that was cut at `,` or ` and ` is reported as a warning (`ambiguous-list`).
   */
  readonly listSeparators?: readonly string[];
}

/**
 * What {@link importSpreadsheet} read: the dispute, the delimiter it used, and the warnings on cells it did not
 * take or had to guess about.
 *
 * @category Formats
 * @example
 * ```ts
 * import { importSpreadsheet, type SpreadsheetImport } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // PTA and RIM are aliases the dataset declares: matched, not guessed.
 * const sheet = 'Date;What;Who;Link\r\n2015-12-01;PTA extends the deadline;PTA, RIM;https://propakistani.pk/\r\n';
 * const result: SpreadsheetImport = importSpreadsheet(sheet, {
 *   dispute: blackberryPakistan2015,
 *   columns: { date: 'Date', title: 'What', actors: 'Who', sources: 'Link' },
 * });
 * [result.delimiter, result.warnings.length];
 * //=> [';', 0]
 * result.dispute.events.find((event) => event.title === 'PTA extends the deadline')?.actors;
 * //=> ['pta', 'blackberry']
 * ```
 */
export interface SpreadsheetImport {
  /** The dispute, validated and deeply frozen. */
  readonly dispute: Dispute;
  /** The field separator used: given, or detected from the header row. */
  readonly delimiter: SheetDelimiter;
  /** `unmapped-column`, `ambiguous-list` and `ignored-cell` warnings, at their row and column. */
  readonly warnings: readonly TimelineIssue[];
}

/** Where a field of a record came from: its row and column. */
interface Origin {
  readonly row: number;
  readonly column: string;
  /** Set for a row of the actors sheet. */
  readonly sheet?: 'actorSheet';
}

/**
 * Reads a researcher's own spreadsheet, saved as CSV, into a validated dispute: one event per row, its columns
 * named by `mapping.columns`. Dates may be EDTF or ISO 8601 (`2015-11-30 09:00` and `20151130` are read as
 * `2015-11-30T09:00` and `2015-11-30`), or given in parts (year, month, day, time). The field delimiter (`,`,
 * `;` or a tab) is detected from the header row unless `mapping.delimiter` gives it. A list cell of actors
 * (`Sheri Pym, Apple, FBI`) is split on `mapping.listSeparators`, matching the names and aliases of the dispute
 * given and of `mapping.actorSheet` first; sources are matched by URL. Names and URLs it does not have become
 * new actors (of the kind the actors sheet or a kinds column gives, else `mapping.actorKind`) and new sources.
 * Every bad cell is reported at once, with its row (the header is row 1) and column in the path:
 * `['row', 4, 'When']`. {@link importSpreadsheet} reads the same and says what it did not take.
 *
 *
 * @category Formats
 * @param csv - the sheet as CSV text (RFC 4180; a byte-order mark, CRLF or LF)
 * @param mapping - the columns, the dispute, and the defaults
 * @returns the dispute with the rows' events, actors and sources added, deeply frozen
 * @throws {@link TimelineError} `missing-field` for a column of the mapping that the header lacks, or a row
 * without a date or title; `invalid-date` or `impossible-date` for a date cell that is not a date;
 * `missing-field` for a new actor without a kind (none from the actors sheet, a kinds column or
 * `mapping.actorKind`); `missing-source` for a row with neither a URL nor a publisher; `invalid-url`,
 * `invalid-value`, `invalid-time-zone` and the other issues of the records made, at their row and column, in the
 * order of the sheet; `csv-syntax` for a CSV text that cannot be read (at most five a line and a
 * hundred in all are listed, then how many more there were), and for a row with more or fewer cells than the
 * header (a separator in a cell not quoted, a file cut short); `invalid-argument` for a mapping that is not one,
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
  return importSpreadsheet(csv, mapping).dispute;
}

/**
 * Reads a researcher's spreadsheet as {@link readSpreadsheet} does, and says what it did: the delimiter it used
 * (given, or detected from the header row) and a warning for every cell it did not take into the dispute or
 * had to guess about: `unmapped-column` for a column the mapping does not name, `ambiguous-list` for a list
 * cell split at `,` or ` and ` into names no actor has (or a quote or source cell given to the first of several
 * sources), `ignored-cell` for a cell that disagrees with a record that already exists. With the warnings,
 * every cell of the sheet is either in the dispute or reported.
 *
 * @category Formats
 * @param csv - the sheet as CSV text, separated by `,`, `;` or tabs
 * @param mapping - the columns, the dispute, and the defaults
 * @returns the dispute, the delimiter and the warnings, deeply frozen
 * @throws {@link TimelineError} `missing-field` for a new actor that has no kind (from the actors sheet, a kinds
 * column or `mapping.actorKind`), and every issue {@link readSpreadsheet} gives, all at once
 *
 * @example
 * ```ts
 * import { importSpreadsheet } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // Rows of the 2024 suspension of X in Brazil, as a researcher writes them, exported by Excel with `;`:
 * const sheet = [
 *   'Date;Headline;Who;Kinds;Quote;Link;Notes',
 *   '2024-08-30;Moraes suspends X in Brazil;Moraes, Anatel, Apple, Google;judge, regulator, company, company;"He ordered the National Telecommunications Agency (Anatel) to ""adopt all necessary measures to implement"" the order within 24 hours.";https://www.hindustantimes.com/world-news/brazil-judge-orders-shutdown-of-elon-musks-x-in-country-101725053324949.html;order issued ~17:30',
 * ].join('\r\n');
 * const { dispute, delimiter, warnings } = importSpreadsheet(sheet, {
 *   dispute: { id: 'x-brazil-2024', title: 'Brazil and X, 2024', timeZone: 'America/Sao_Paulo' },
 *   columns: { date: 'Date', title: 'Headline', actors: 'Who', actorKinds: 'Kinds', quote: 'Quote', sources: 'Link' },
 *   kind: 'order',
 * });
 * [delimiter, dispute.actors.map((actor) => [actor.name, actor.kind])];
 * //=> [';', [['Moraes', 'judge'], ['Anatel', 'regulator'], ['Apple', 'company'], ['Google', 'company']]]
 * dispute.events[0]?.sources[0]?.quote?.slice(0, 30);
 * //=> 'He ordered the National Teleco'
 * // The Notes column, and the names split at commas, are reported:
 * warnings.map((warning) => [warning.code, warning.path]);
 * //=> [['unmapped-column', ['row', 1, 'Notes']], ['ambiguous-list', ['row', 2, 'Who']]]
 * // Names a dispute declares are matched first, whole, and give no warning:
 * importSpreadsheet('Date,What,Who,Link\r\n2015-07-24,Interior Ministry decides,"Interior Ministry, PTA",https://example.org/\r\n', {
 *   dispute: blackberryPakistan2015,
 *   columns: { date: 'Date', title: 'What', actors: 'Who', sources: 'Link' },
 * }).warnings.length;
 * //=> 0
 * ```
 */
export function importSpreadsheet(csv: string, mapping: SpreadsheetMapping): SpreadsheetImport {
  if (typeof csv !== 'string')
    fail('invalid-argument', ['csv'], `expected the CSV text; got ${describeValue(csv)}`);
  const options = readMapping(mapping);
  const { delimiter, text: body } = chooseDelimiter(csv, options.delimiter);
  const { rows, problems } = parseCsv(body, delimiter);
  const issues: TimelineIssue[] = problems.map((problem) =>
    issue('csv-syntax', ['line', problem.line], `line ${problem.line}: ${problem.message}`),
  );
  const warnings: TimelineIssue[] = [];
  const [header, ...data] = rows;
  const names = (header?.cells ?? []).map((name) => name.trim());
  const glued = gluedHeader(names, delimiter);
  for (const column of columnsOf(options.columns)) {
    if (!names.includes(column))
      issues.push(
        issue('missing-field', ['row', 1, column], `the sheet has no column "${column}"${glued}`, column),
      );
  }
  if (issues.length > 0) throw new TimelineError(issues as [TimelineIssue, ...TimelineIssue[]]);
  const mapped = new Set(columnsOf(options.columns));
  names.forEach((name, index) => {
    if (mapped.has(name)) return;
    const filled = data.filter((row) => (row.cells[index] ?? '').trim() !== '').length;
    // A nameless, empty column (a spreadsheet's trailing `;`) holds nothing to lose.
    if (name === '' && filled === 0) return;
    const label = name === '' ? `column ${index + 1}` : name;
    warnings.push(
      issue(
        'unmapped-column',
        ['row', 1, label],
        `the column ${JSON.stringify(label.slice(0, 60))} is not mapped to a field; its ${filled} filled ${filled === 1 ? 'cell is' : 'cells are'} not imported`,
        label,
      ),
    );
  });

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
  /** The records of the actors made here, by id, to fill or check their kind and country. */
  const madeActors = new Map<string, Record<string, unknown>>();
  for (const actor of base?.actors ?? []) {
    for (const key of [actor.id, actor.name, ...(actor.aliases ?? [])])
      actorByKey.set(key.toLowerCase(), actor.id);
  }
  /** New actors without a kind: where each was first named. */
  const kindless = new Map<string, Origin>();
  if (options.actorSheet !== undefined)
    readActorSheet(options.actorSheet, options.delimiter, issues, warnings, (record, origin) => {
      const name = record['name'] as string;
      if (actorByKey.has(name.toLowerCase())) return;
      const id = uniqueId(slug(name) || 'actor');
      const made: Record<string, unknown> = { id, ...record };
      if (made['kind'] === undefined) {
        made['kind'] = options.actorKind ?? PLACEHOLDER_KIND;
        if (options.actorKind === undefined) kindless.set(id, origin);
      }
      actors.push(made);
      actorOrigins.push(origin);
      madeActors.set(id, made);
      for (const key of [name, ...((record['aliases'] as string[] | undefined) ?? [])])
        actorByKey.set(key.toLowerCase(), id);
    });
  const sourceByUrl = new Map<string, string>();
  // By URL, and by the URL as a URI, as the TimelineJS sheet writes it; a source without a URL by its publisher and
  // title (`bareSource`, a key no URL can be).
  for (const source of base?.sources ?? []) {
    if (source.url === undefined) sourceByUrl.set(bareSource(source.publisher, source.title), source.id);
    else {
      sourceByUrl.set(asUri(source.url), source.id);
      sourceByUrl.set(source.url, source.id);
    }
  }
  const madeSources = new Map<string, Record<string, unknown>>();
  const baseSources = new Map((base?.sources ?? []).map((source) => [source.id as string, source]));
  const baseActors = new Map((base?.actors ?? []).map((actor) => [actor.id as string, actor]));
  const { columns } = options;
  const escaped = columns.escaping === 'timelinejs';

  data.forEach((row, index) => {
    const rowNumber = index + 2;
    // A row of empty cells (a spreadsheet's trailing `;;;`) holds nothing to lose.
    if (row.cells.every((one) => one.trim() === '')) return;
    // More cells than the header, or fewer (a file cut short): the cells cannot be matched to their columns.
    if (row.cells.length !== names.length) {
      issues.push(
        issue(
          'csv-syntax',
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
    const warn = (code: IssueCode, column: string, message: string, value?: unknown) =>
      warnings.push(issue(code, ['row', rowNumber, column], message, value));
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
    const found = rowDate(cell, columns, rowNumber, issues);
    if (found === undefined) return;
    const date = withPrecision(found, cell(columns.precision), columns.precision, rowNumber, issues);
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
    const actorsColumn = columns.actors ?? columns.title;
    let actorNames: string[];
    if (escaped)
      actorNames = splitEscaped(decodeHtml(restoreFormula(raw(columns.actors)))).map((name) =>
        decodeHtml(name).trim(),
      );
    else {
      const split = splitList(cell(columns.actors), options.listSeparators, actorByKey);
      actorNames = split.items;
      if (split.guessed.length > 0)
        warn(
          'ambiguous-list',
          actorsColumn,
          `split ${JSON.stringify(cell(columns.actors).slice(0, 100))} into ${split.items.map((one) => JSON.stringify(one.slice(0, 60))).join(', ')}; ` +
            `if a name holds "," or " and ", name the actor in the actors sheet or separate the names with ";"`,
          cell(columns.actors),
        );
    }
    actorNames = actorNames.filter((one) => one !== '');
    const kinds = alignedList(cell(columns.actorKinds), actorNames.length, options.listSeparators);
    const countries = alignedList(cell(columns.actorCountries), actorNames.length, options.listSeparators);
    for (const [where, column, values] of [
      ['kinds', columns.actorKinds, kinds],
      ['countries', columns.actorCountries, countries],
    ] as const) {
      if (values === undefined && column !== undefined)
        issues.push(
          issue(
            'invalid-value',
            ['row', rowNumber, column],
            `the row names ${actorNames.length} actor${actorNames.length === 1 ? '' : 's'} but ${splitList(cell(column), options.listSeparators, new Map()).items.length} ${where}; give one for each actor, in order, or one for all`,
            cell(column),
          ),
        );
    }
    actorNames.forEach((name, position) => {
      const kind = kinds?.[position] ?? '';
      const country = countries?.[position] ?? '';
      const known = actorByKey.get(name.toLowerCase());
      if (known !== undefined) {
        actorIds.add(known);
        const made = madeActors.get(known);
        const existing = made ?? baseActors.get(known);
        for (const [field, value, column] of [
          ['kind', kind, columns.actorKinds],
          ['country', country, columns.actorCountries],
        ] as const) {
          if (value === '' || column === undefined) continue;
          const had =
            field === 'kind' && kindless.has(known)
              ? undefined
              : (existing as Record<string, unknown> | undefined)?.[field];
          if (had === undefined && made !== undefined) {
            made[field] = value;
            if (field === 'kind') kindless.delete(known);
          } else if (had !== value)
            warn(
              'ignored-cell',
              column,
              `${JSON.stringify(name.slice(0, 60))} is already ${had === undefined ? `without a ${field}` : `of ${field} ${JSON.stringify(had)}`}; the ${field} ${JSON.stringify(value.slice(0, 40))} is not taken`,
              value,
            );
        }
        return;
      }
      const id = uniqueId(slug(name) || 'actor');
      const made: Record<string, unknown> = { id, name, kind: kind || options.actorKind };
      if (country !== '') made['country'] = country;
      const origin = { row: rowNumber, column: kind !== '' ? (columns.actorKinds as string) : actorsColumn };
      if (made['kind'] === undefined) {
        // A placeholder, so that the events naming it check: the actor is reported as needing a kind.
        made['kind'] = PLACEHOLDER_KIND;
        kindless.set(id, { row: rowNumber, column: actorsColumn });
      }
      actors.push(made);
      actorOrigins.push(origin);
      madeActors.set(id, made);
      actorByKey.set(name.toLowerCase(), id);
      actorIds.add(id);
    });
    event['actors'] = [...actorIds];
    at('actors', columns.actors ?? columns.title);

    const cited = new Set<string>();
    const publisher = text(columns.publisher);
    const urls = list(cell(columns.sources), /\s+/);
    // A row that names its source but gives no URL (a paper in print, a page gone) cites it by publisher and title.
    if (urls.length === 0 && publisher !== '') urls.push(bareSource(publisher, text(columns.sourceTitle)));
    for (const url of urls) {
      let id = sourceByUrl.get(url);
      if (id === undefined) {
        const bare = url[0] === '\n';
        id = uniqueId(slug(bare ? publisher : hostOf(url)) || 'source');
        const made: Record<string, unknown> = bare
          ? { id, publisher }
          : { id, publisher: publisher || hostOf(url) || url.slice(0, 500), url };
        sources.push(made);
        madeSources.set(id, made);
        sourceOrigins.push({
          row: rowNumber,
          column: (bare ? columns.publisher : columns.sources) as string,
        });
        sourceByUrl.set(url, id);
      }
      cited.add(id);
    }
    const citations: Record<string, unknown>[] = [...cited].map((source) => ({ source }));
    event['sources'] = citations;
    at('sources', columns.sources ?? columns.title);
    const first = [...cited][0];
    const several = cited.size > 1;
    const quote = text(columns.quote);
    if (quote !== '' && first !== undefined && citations[0] !== undefined) {
      citations[0]['quote'] = quote;
      at('sources.quote', columns.quote as string);
      if (several)
        warn(
          'ambiguous-list',
          columns.quote as string,
          `the row cites ${cited.size} sources; the quote is given to the first, ${first}`,
        );
    }
    for (const [field, column, value] of [
      ['title', columns.sourceTitle, text(columns.sourceTitle)],
      ['note', columns.sourceNote, text(columns.sourceNote)],
      ['author', columns.author, text(columns.author)],
      ['published', columns.published, isoAsEdtf(cell(columns.published))],
    ] as const) {
      if (value === '' || column === undefined || first === undefined) continue;
      if (several)
        warn(
          'ambiguous-list',
          column,
          `the row cites ${cited.size} sources; the ${field} is given to the first, ${first}`,
        );
      const made = madeSources.get(first);
      const had = (made ?? (baseSources.get(first) as Record<string, unknown> | undefined))?.[field];
      if (had === undefined && made !== undefined) made[field] = value;
      else if (had !== value)
        warn(
          'ignored-cell',
          column,
          `the source ${first} already has ${had === undefined ? `no ${field}` : `the ${field} ${JSON.stringify(String(had).slice(0, 60))}`}; ${JSON.stringify(value.slice(0, 60))} is not taken`,
          value,
        );
    }
    // A publisher cell names the publisher of the row's new sources; one that an earlier source contradicts is said.
    for (const id of publisher === '' || columns.publisher === undefined ? [] : cited) {
      const record = (madeSources.get(id) ?? baseSources.get(id)) as Record<string, unknown> | undefined;
      const had = record?.['publisher'];
      if (had !== publisher)
        warn(
          'ignored-cell',
          columns.publisher as string,
          `the source ${id} already has the publisher ${JSON.stringify(String(had).slice(0, 60))}; ${JSON.stringify(publisher.slice(0, 60))} is not taken`,
          publisher,
        );
    }
    event['confidence'] = cell(columns.confidence) || options.confidence;
    at('confidence', columns.confidence ?? columns.title);
    const sequence = cell(columns.sequence);
    if (sequence !== '') {
      event['sequence'] = /^-?\d+$/.test(sequence) ? Number(sequence) : sequence;
      at('sequence', columns.sequence as string);
    }
    const tags = list(cell(columns.tags), /[;,\r\n]/);
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
  for (const [id, origin] of kindless) {
    const name = (madeActors.get(id)?.['name'] as string | undefined) ?? id;
    issues.push(
      issue(
        'missing-field',
        origin.sheet === undefined
          ? ['row', origin.row, origin.column]
          : [origin.sheet, 'row', origin.row, origin.column],
        `the new actor ${JSON.stringify(name.slice(0, 100))} needs a kind: give a kinds column (columns.actorKinds), an actors sheet (actorSheet) or mapping.actorKind`,
        name,
      ),
    );
  }
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
    throw new TimelineError(inSheetOrder(issues, names) as [TimelineIssue, ...TimelineIssue[]]);
  return Object.freeze({
    dispute: result.data,
    delimiter,
    warnings: Object.freeze(
      inSheetOrder(warnings, names).map((warning) =>
        Object.freeze({ ...warning, path: Object.freeze([...warning.path]) }),
      ),
    ),
  });
}

/** The mapping, checked: columns are names, defaults are of their vocabularies, the dispute is built or a header. */
function readMapping(mapping: unknown): {
  columns: SpreadsheetColumns;
  dispute: Dispute | undefined;
  header: DisputeHeaderInput | undefined;
  kind: EventKind;
  confidence: Confidence;
  actorKind: ActorKind | undefined;
  actorSheet: string | undefined;
  delimiter: SheetDelimiter | undefined;
  listSeparators: readonly string[];
} {
  const given = optionsObject(mapping, ['mapping']);
  const {
    columns,
    dispute,
    kind = 'other',
    confidence = 'reported',
    actorKind,
    actorSheet,
    delimiter,
    listSeparators = LIST_SEPARATORS,
  } = given;
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
  for (const needed of ['date', 'title'] as const)
    if ((columns as Record<string, unknown>)[needed] === undefined)
      fail(
        'invalid-argument',
        ['mapping', 'columns', needed],
        `columns.${needed} is needed: the header of the column that holds each row's ${needed}`,
      );
  if (typeof dispute !== 'object' || dispute === null)
    fail(
      'invalid-argument',
      ['mapping', 'dispute'],
      `dispute is a built dispute or a header { id, title }; got ${describeValue(dispute)}`,
    );
  if (actorSheet !== undefined && typeof actorSheet !== 'string')
    fail(
      'invalid-argument',
      ['mapping', 'actorSheet'],
      `actorSheet is the CSV text of a sheet of actors; got ${describeValue(actorSheet)}`,
    );
  if (
    !Array.isArray(listSeparators) ||
    listSeparators.length === 0 ||
    !listSeparators.every((one) => typeof one === 'string' && one !== '')
  )
    fail(
      'invalid-argument',
      ['mapping', 'listSeparators'],
      `listSeparators is a list of the texts that separate a list cell's items; got ${describeValue(listSeparators)}`,
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
    actorSheet: actorSheet as string | undefined,
    delimiter:
      delimiter === undefined
        ? undefined
        : checkOneOf(delimiter, [',', ';', '\t'] as const, ['mapping', 'delimiter'], 'delimiter'),
    listSeparators: listSeparators as readonly string[],
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

/** The delimiters a sheet may use, and how each is named in messages. */
const DELIMITERS: readonly { readonly char: SheetDelimiter; readonly name: string }[] = [
  { char: ',', name: '","' },
  { char: ';', name: '";"' },
  { char: '\t', name: 'a tab' },
];

/**
 * The delimiter to read a sheet with: the one given; else the one an Excel `sep=;` first line names (the line
 * is dropped); else the one the header row holds most of, outside quotes (a comma on a tie or when it holds
 * none).
 */
function chooseDelimiter(
  csv: string,
  given: SheetDelimiter | undefined,
): { delimiter: SheetDelimiter; text: string } {
  const start = csv.charCodeAt(0) === 0xfeff ? 1 : 0;
  const sep = /^sep=([,;\t])\r?\n/.exec(csv.slice(start, start + 8));
  const text = sep === null ? csv : csv.slice(start + sep[0].length);
  if (given !== undefined) return { delimiter: given, text };
  if (sep !== null) return { delimiter: sep[1] as SheetDelimiter, text };
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length && i < 100_000; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: SheetDelimiter = ',';
  for (const { char } of DELIMITERS) if ((counts.get(char) ?? 0) > (counts.get(best) ?? 0)) best = char;
  return { delimiter: best, text };
}

/** A hint for a header read as one column that holds another delimiter; '' for any other header. */
function gluedHeader(names: readonly string[], delimiter: SheetDelimiter): string {
  if (names.length !== 1) return '';
  const held = DELIMITERS.find(({ char }) => char !== delimiter && (names[0] ?? '').includes(char));
  if (held === undefined) return '';
  const used = DELIMITERS.find(({ char }) => char === delimiter)?.name ?? delimiter;
  return `: the header, read with ${used} between fields, is one column ${JSON.stringify((names[0] ?? '').slice(0, 80))} that holds ${held.name}; is the sheet separated by ${held.name}? (give delimiter: ${JSON.stringify(held.char)})`;
}

/**
 * Reads the actors sheet: a record `{ name, kind?, country?, aliases?, description? }` for each row with a name,
 * passed to `add` with where it came from; a sheet without a Name column, or that cannot be read, is an issue,
 * and a column of another name a warning.
 */
function readActorSheet(
  csv: string,
  given: SheetDelimiter | undefined,
  issues: TimelineIssue[],
  warnings: TimelineIssue[],
  add: (record: Record<string, unknown>, origin: Origin) => void,
): void {
  const { delimiter, text } = chooseDelimiter(csv, given);
  const { rows, problems } = parseCsv(text, delimiter);
  for (const problem of problems)
    issues.push(
      issue('csv-syntax', ['actorSheet', 'line', problem.line], `line ${problem.line}: ${problem.message}`),
    );
  const [header, ...data] = rows;
  const names = (header?.cells ?? []).map((name) => name.trim());
  const find = (...words: string[]) => names.findIndex((name) => words.includes(name.toLowerCase()));
  const columns = {
    name: find('name', 'actor'),
    kind: find('kind', 'type'),
    country: find('country'),
    aliases: find('aliases', 'alias'),
    description: find('description'),
  };
  names.forEach((name, at) => {
    if (Object.values(columns).includes(at) || name === '') return;
    warnings.push(
      issue(
        'unmapped-column',
        ['actorSheet', 'row', 1, name],
        `the actors sheet's column ${JSON.stringify(name.slice(0, 60))} is not one of Name, Kind, Country, Aliases, Description; its cells are not imported`,
        name,
      ),
    );
  });
  if (columns.name === -1) {
    issues.push(
      issue(
        'missing-field',
        ['actorSheet', 'row', 1, 'Name'],
        `the actors sheet has no column "Name"${gluedHeader(names, delimiter)}`,
      ),
    );
    return;
  }
  data.forEach((row, index) => {
    const cell = (at: number) => (at === -1 ? '' : (row.cells[at] ?? '').trim());
    const name = cell(columns.name);
    if (name === '') return;
    const record: Record<string, unknown> = { name };
    const kind = cell(columns.kind);
    if (kind !== '') record['kind'] = kind;
    const country = cell(columns.country);
    if (country !== '') record['country'] = country;
    const aliases = list(cell(columns.aliases), /[;\r\n]/);
    if (aliases.length > 0) record['aliases'] = aliases;
    const description = cell(columns.description);
    if (description !== '') record['description'] = description;
    const column = kind === '' ? (names[columns.name] ?? 'Name') : (names[columns.kind] ?? 'Kind');
    add(record, { row: index + 2, column, sheet: 'actorSheet' });
  });
}

/** The most pieces between separators that a declared name of a list cell is matched across. */
const MAX_NAME_PIECES = 8;

/**
 * A list cell's items. Declared names (the keys of `known`, lower case) are matched first, as wholes, even
 * when they hold a separator; a cell that holds `;` or a line break is split only on those; `guessed` lists the
 * items no declared name matched that were cut at another separator (`,`, ` and `), for a warning.
 */
function splitList(
  text: string,
  separators: readonly string[],
  known: ReadonlyMap<string, string>,
): { items: string[]; guessed: string[] } {
  if (text === '') return { items: [], guessed: [] };
  const strong = separators.filter((one) => one === ';' || one === '\n');
  const holdsStrong = strong.some((one) => text.includes(one));
  const used = holdsStrong ? strong : separators;
  const escaped = (one: string) => (one === '\n' ? '\\r?\\n' : one.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(
    [...used]
      .sort((a, b) => b.length - a.length)
      .map(escaped)
      .join('|'),
    'gi',
  );
  // The pieces between separators, with their offsets, and whether the separator after each is a weak one.
  const pieces: { start: number; end: number; weakAfter: boolean }[] = [];
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    pieces.push({ start: from, end: at, weakAfter: !/^(;|\r?\n)$/.test(match[0]) });
    from = at + match[0].length;
  }
  pieces.push({ start: from, end: text.length, weakAfter: false });
  const items: string[] = [];
  const guessed: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i] as (typeof pieces)[number];
    let taken = -1;
    // A declared name spans at most MAX_NAME_PIECES pieces: a cell of a million commas stays linear.
    for (let j = Math.min(pieces.length - 1, i + MAX_NAME_PIECES - 1); j > i && taken === -1; j--) {
      const whole = text.slice(piece.start, (pieces[j] as (typeof pieces)[number]).end).trim();
      if (known.has(whole.toLowerCase())) taken = j;
    }
    if (taken !== -1) {
      items.push(text.slice(piece.start, (pieces[taken] as (typeof pieces)[number]).end).trim());
      i = taken + 1;
      continue;
    }
    const item = text.slice(piece.start, piece.end).trim();
    if (item !== '') {
      items.push(item);
      const weakBefore = i > 0 && (pieces[i - 1] as (typeof pieces)[number]).weakAfter;
      if (!known.has(item.toLowerCase()) && (weakBefore || piece.weakAfter)) guessed.push(item);
    }
    i++;
  }
  return { items, guessed };
}

/** A list cell's items, one for each of `count` actors: the list itself, or its one item for all; `undefined` when neither. */
function alignedList(text: string, count: number, separators: readonly string[]): string[] | undefined {
  const { items } = splitList(text, separators, new Map());
  if (items.length === 0) return [];
  if (items.length === count) return items;
  if (items.length === 1) return Array.from({ length: count }, () => items[0] as string);
  return undefined;
}

/** The number of characters of an EDTF date kept at each precision. */
const PRECISION_LENGTH: Readonly<Record<string, number>> = { year: 4, month: 7, day: 10, minute: 16 };

/**
 * The row's date at the precision its precision cell gives: cut to a year, month, day or minute, or marked
 * approximate (`~`) or uncertain (`?`); an issue for a word it does not know or a date it cannot cut.
 */
function withPrecision(
  date: { value: string; column: string },
  precision: string,
  column: string | undefined,
  row: number,
  issues: TimelineIssue[],
): { value: string; column: string } | undefined {
  const word = precision.toLowerCase();
  if (word === '' || column === undefined) return date;
  const simple = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/.test(date.value);
  const length = PRECISION_LENGTH[word];
  if (simple && length !== undefined && date.value.length >= length)
    return { value: date.value.slice(0, length), column: date.column };
  const mark = ['approximate', 'about', 'circa', 'c.', 'ca.'].includes(word)
    ? '~'
    : word === 'uncertain'
      ? '?'
      : undefined;
  if (simple && mark !== undefined && !date.value.includes('T'))
    return { value: `${date.value}${mark}`, column: date.column };
  issues.push(
    issue(
      'invalid-value',
      ['row', row, column],
      simple
        ? `expected year, month, day, minute, approximate or uncertain for the date ${date.value}; got ${JSON.stringify(precision.slice(0, 40))}`
        : `the precision ${JSON.stringify(precision.slice(0, 40))} cannot be applied to the date ${date.value.slice(0, 40)}`,
      precision,
    ),
  );
  return undefined;
}

function list(text: string, separator: string | RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Issues in the sheet's order, by row and then by column; those of no row of it first, in the order they came. */
function inSheetOrder(issues: TimelineIssue[], names: readonly string[]): TimelineIssue[] {
  const key = ({ path }: TimelineIssue) =>
    path[0] === 'row' ? (path[1] as number) * 1e4 + names.indexOf(String(path[2])) : -1;
  return issues.sort((a, b) => key(a) - key(b));
}

/** The key of a source that has no URL, among the URLs (which hold no line break): its publisher and title. */
function bareSource(publisher: string, title = ''): string {
  return `\n${publisher}\n${title}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * An id made from a name: lower case ASCII letters and digits joined by `-`, at most 60 characters, cut after a
 * whole word (`…-violates-free`, not `…-violates-free-expressio`) unless one word is longer.
 */
function slug(text: string): string {
  return `${text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')}-`
    .slice(0, 61)
    .replace(/-+[^-]*$/, '')
    .slice(0, 60);
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
    const key =
      field === 'date' && path[3] === 'timeZone'
        ? 'date.timeZone'
        : field === 'sources' && path[4] === 'quote'
          ? 'sources.quote'
          : String(field);
    const origin = fields?.get(key) ?? fields?.get(String(field)) ?? fields?.get('title');
    if (origin !== undefined) return ['row', origin.row, origin.column];
  }
  if (collection === 'actors' && index >= offset.actors) {
    const origin = origins.actorOrigins[index - offset.actors];
    if (origin?.sheet !== undefined) return [origin.sheet, 'row', origin.row, origin.column];
    if (origin !== undefined) return ['row', origin.row, origin.column];
  }
  if (collection === 'sources' && index >= offset.sources) {
    const origin = origins.sourceOrigins[index - offset.sources];
    if (origin !== undefined) return ['row', origin.row, origin.column];
  }
  return path;
}
