import { checkOneOf, describeValue, optionsObject } from '../_lib/args.js';
import { fail, issue } from '../_lib/issues.js';
import { quoted } from '../_lib/text.js';
import { isCertainlyValidEvent } from '../builder/fast-event.js';
import { deepFreeze } from '../builder/snapshot.js';
import { builtDispute, validateRecord } from '../builder/validate.js';
import type { ParsedDate } from '../dates/edtf.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../errors/index.js';
import type { Actor } from '../model/actor.js';
import type { Claim } from '../model/claim.js';
import type { Citation, DateValue } from '../model/common.js';
import type { Deadline } from '../model/deadline.js';
import type { Demand } from '../model/demand.js';
import {
  type Dispute,
  DisputeHeaderSchema,
  RECORD_SCHEMAS,
  type RecordCollection,
} from '../model/dispute.js';
import type { TimelineEvent } from '../model/event.js';
import { type DatedRecord, dateOf } from '../model/record-date.js';
import type { DemandResponse } from '../model/response.js';
import type { Source } from '../model/source.js';
import { defineFormat } from './format.js';
import type { JsonLinesItem, ReadProgress } from './json-lines.js';
import { checkTextInput, isAsyncIterable, isIterable, progressOption, textChunks } from './support/chunks.js';
import { CsvParser, type CsvRow, csvRecord, neutralizeFormula, restoreFormula } from './support/csv.js';

/**
 * The collections written as CSV tables, one table each.
 *
 * @category Formats
 * @example
 * ```ts
 * import { writeCsv, type CsvCollection } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const collection: CsvCollection = 'actors';
 * writeCsv(uaeBlackberry2010, { collection }).split('\r\n')[0];
 * //=> 'id,name,kind,country,aliases,memberships,description'
 * ```
 */
export type CsvCollection =
  | 'events'
  | 'actors'
  | 'sources'
  | 'demands'
  | 'responses'
  | 'deadlines'
  | 'claims';

/** One column: its name, whether it holds free text (neutralised against formulas), and how a cell is written. Markdown tables reuse them. */
export interface Column<R> {
  readonly name: string;
  readonly freeText: boolean;
  readonly cell: (record: R, dispute: CsvContext) => string;
}

/** What a cell reads of the dispute besides its record: the dispute's zone (for dates) and its sources (for URLs). */
export type CsvContext = Pick<Dispute, 'timeZone' | 'sources'>;

const ids = (list: readonly string[] | undefined) => (list ?? []).join(';');
const text = <R>(name: string, get: (record: R) => string | undefined): Column<R> => ({
  name,
  freeText: true,
  cell: (record) => get(record) ?? '',
});
const plain = <R>(name: string, get: (record: R) => string | undefined): Column<R> => ({
  name,
  freeText: false,
  cell: (record) => get(record) ?? '',
});
const json = <R>(name: string, get: (record: R) => unknown): Column<R> => ({
  name,
  freeText: true,
  cell: (record) => {
    const value = get(record);
    return value === undefined ? '' : JSON.stringify(value);
  },
});
const instant = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : '');
const dateText = (date: DateValue | undefined) =>
  date === undefined ? undefined : typeof date === 'string' ? date : date.value;
const ownZone = (date: DateValue | undefined) =>
  date === undefined || typeof date === 'string' ? '' : date.timeZone;

/** The columns every dated record shares: the date as written, its reading, and its own zone. */
function dateColumns<R extends DatedRecord>(
  field: 'date' | 'due',
  get: (record: R) => DateValue,
): Column<R>[] {
  // Four cells of a row read the same date: it is parsed once per row.
  let lastRecord: R | undefined;
  let lastContext: CsvContext | undefined;
  let last: ParsedDate | undefined;
  const read = (record: R, context: CsvContext): ParsedDate => {
    if (record !== lastRecord || context !== lastContext || last === undefined) {
      last = dateOf(record, context);
      lastRecord = record;
      lastContext = context;
    }
    return last;
  };
  return [
    plain(field, (record) => dateText(get(record))),
    { name: 'precision', freeText: false, cell: (record, context) => read(record, context).precision },
    {
      name: 'earliest',
      freeText: false,
      cell: (record, context) => instant(read(record, context).earliest),
    },
    { name: 'latest', freeText: false, cell: (record, context) => instant(read(record, context).latest) },
    { name: 'time_zone', freeText: false, cell: (record, context) => read(record, context).timeZone },
    plain(`${field}_zone`, (record) => ownZone(get(record))),
  ];
}

/** Source URLs of citations, space-separated; whitespace inside a URL is percent-encoded so the list splits. */
function sourceUrls(citations: readonly Citation[] | undefined, dispute: CsvContext): string {
  const urls = urlsOf(dispute);
  return (citations ?? [])
    .flatMap((citation) => urls.get(citation.source) ?? [])
    .map((url) =>
      url.replace(/\s/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`),
    )
    .join(' ');
}
/** Each source's URL by its id, made once per dispute rather than once per cell. */
const SOURCE_URLS = new WeakMap<CsvContext, ReadonlyMap<string, string | undefined>>();
function urlsOf(dispute: CsvContext): ReadonlyMap<string, string | undefined> {
  let urls = SOURCE_URLS.get(dispute);
  if (urls === undefined) {
    urls = new Map(dispute.sources.map((source) => [source.id as string, source.url]));
    SOURCE_URLS.set(dispute, urls);
  }
  return urls;
}
const sourceIds = <R extends { readonly sources?: readonly Citation[] | undefined }>(): Column<R> =>
  plain('source_ids', (record) => ids(record.sources?.map((citation) => citation.source)));
const sourcesColumn = <R extends { readonly sources?: readonly Citation[] | undefined }>(): Column<R> => ({
  name: 'sources',
  freeText: false,
  cell: (record, dispute) => sourceUrls(record.sources, dispute),
});
/** Citations as JSON, only when one carries a quote or a note: otherwise `source_ids` says everything. */
const citationsColumn = <R extends { readonly sources?: readonly Citation[] | undefined }>(): Column<R> =>
  json('citations', (record) =>
    record.sources?.some((citation) => citation.quote !== undefined || citation.note !== undefined)
      ? record.sources
      : undefined,
  );

type Tables = { readonly [C in CsvCollection]: readonly Column<never>[] };
let tables: Tables | undefined;

/** The columns of every table, made on first use: a bundle that writes no CSV leaves them out. */
export function csvTables(): Tables {
  if (tables !== undefined) return tables;
  const eventColumns: readonly Column<TimelineEvent>[] = [
    plain('id', (event) => event.id),
    ...dateColumns<TimelineEvent>('date', (event) => event.date),
    plain('kind', (event) => event.kind),
    text('title', (event) => event.title),
    plain('actors', (event) => ids(event.actors)),
    plain('demands', (event) => ids(event.demands)),
    plain('deadlines', (event) => ids(event.deadlines)),
    plain('responses', (event) => ids(event.responses)),
    sourcesColumn(),
    plain('confidence', (event) => event.confidence),
    text('description', (event) => event.description),
    sourceIds(),
    citationsColumn(),
    json('tags', (event) => event.tags),
  ];
  tables = {
    events: eventColumns,
    actors: [
      plain<Actor>('id', (actor) => actor.id),
      text<Actor>('name', (actor) => actor.name),
      plain<Actor>('kind', (actor) => actor.kind),
      plain<Actor>('country', (actor) => actor.country),
      json<Actor>('aliases', (actor) => actor.aliases),
      plain<Actor>('memberships', (actor) => ids(actor.memberships?.map((m) => m.organization))),
      text<Actor>('description', (actor) => actor.description),
    ],
    sources: [
      plain<Source>('id', (source) => source.id),
      text<Source>('publisher', (source) => source.publisher),
      text<Source>('title', (source) => source.title),
      plain<Source>('url', (source) => source.url),
      plain<Source>('published', (source) => dateText(source.published)),
      plain<Source>('published_zone', (source) => ownZone(source.published)),
      text<Source>('author', (source) => source.author),
      text<Source>('copy_of', (source) => source.copyOf),
      text<Source>('note', (source) => source.note),
    ],
    demands: [
      plain<Demand>('id', (demand) => demand.id),
      ...dateColumns<Demand>('date', (demand) => demand.date),
      plain<Demand>('by', (demand) => ids(demand.by)),
      plain<Demand>('of', (demand) => ids(demand.of)),
      plain<Demand>('subjects', (demand) => ids(demand.subjects)),
      json<Demand>('services', (demand) => demand.services),
      text<Demand>('summary', (demand) => demand.summary),
      text<Demand>('consequence', (demand) => demand.consequence),
      text<Demand>('justification', (demand) => demand.justification),
      sourcesColumn<Demand>(),
      sourceIds<Demand>(),
    ],
    responses: [
      plain<DemandResponse>('id', (response) => response.id),
      ...dateColumns<DemandResponse>('date', (response) => response.date),
      plain<DemandResponse>('by', (response) => ids(response.by)),
      plain<DemandResponse>('to', (response) => ids(response.to)),
      plain<DemandResponse>('stance', (response) => response.stance),
      text<DemandResponse>('summary', (response) => response.summary),
      text<DemandResponse>('statement', (response) => response.statement),
      sourcesColumn<DemandResponse>(),
      sourceIds<DemandResponse>(),
    ],
    deadlines: [
      plain<Deadline>('id', (deadline) => deadline.id),
      ...dateColumns<Deadline>('due', (deadline) => deadline.due),
      plain<Deadline>('set_on', (deadline) => dateText(deadline.setOn)),
      plain<Deadline>('set_by', (deadline) => ids(deadline.setBy)),
      plain<Deadline>('demands', (deadline) => ids(deadline.demands)),
      plain<Deadline>('extends', (deadline) => deadline.extends),
      plain<Deadline>('outcome', (deadline) => deadline.outcome?.kind),
      plain<Deadline>('outcome_on', (deadline) => dateText(deadline.outcome?.on)),
      plain<Deadline>('outcome_event', (deadline) => deadline.outcome?.event),
      text<Deadline>('outcome_note', (deadline) => deadline.outcome?.note),
      text<Deadline>('summary', (deadline) => deadline.summary),
      text<Deadline>('consequence', (deadline) => deadline.consequence),
      sourcesColumn<Deadline>(),
      sourceIds<Deadline>(),
    ],
    claims: [
      plain<Claim>('id', (claim) => claim.id),
      text<Claim>('topic', (claim) => claim.topic),
      text<Claim>('statement', (claim) => claim.statement),
      plain<Claim>('low', (claim) => claim.quantity?.low?.toString()),
      plain<Claim>('high', (claim) => claim.quantity?.high?.toString()),
      plain<Claim>('qualifier', (claim) => claim.quantity?.qualifier),
      text<Claim>('unit', (claim) => claim.quantity?.unit),
      plain<Claim>('date', (claim) => dateText(claim.date)),
      plain<Claim>('date_zone', (claim) => ownZone(claim.date)),
      sourcesColumn<Claim>(),
      sourceIds<Claim>(),
      plain<Claim>('confidence', (claim) => claim.confidence),
    ],
  };
  return tables;
}

/**
 * The columns of each CSV table, in the order written. Ids in a list are joined by `;` (ids never hold one);
 * `sources` is the cited sources' URLs, separated by spaces; lists of free text (`tags`, `aliases`, `services`)
 * and `citations` (written only when a citation carries a quote or a note) are JSON. Dated records have their
 * date as written (`date`, or `due` for deadlines), its `precision`, the `earliest` and `latest` instant it may
 * stand for (ISO 8601, UTC; empty for an open end), the `time_zone` it is read in, and its own zone
 * (`date_zone`) when the record carries one, empty when it is read in the dispute's.
 *
 * @category Formats
 * @example
 * ```ts
 * import { CSV_COLUMNS } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * CSV_COLUMNS.events.slice(0, 9);
 * //=> ['id', 'date', 'precision', 'earliest', 'latest', 'time_zone', 'date_zone', 'kind', 'title']
 * CSV_COLUMNS.events.length;
 * //=> 19
 * ```
 */
export const CSV_COLUMNS: { readonly [C in CsvCollection]: readonly string[] } =
  /* @__PURE__ */ columnNames();

function columnNames(): { readonly [C in CsvCollection]: readonly string[] } {
  return Object.freeze(
    Object.fromEntries(
      Object.entries(csvTables()).map(([collection, columns]) => [
        collection,
        Object.freeze(columns.map((column) => column.name)),
      ]),
    ) as { [C in CsvCollection]: readonly string[] },
  );
}

/**
 * Options of {@link writeCsv}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { writeCsv, type CsvOptions } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * const options: CsvOptions = { columns: ['id', 'date', 'confidence'], bom: true };
 * writeCsv(saudiBlackberry2010, options).split('\r\n').slice(0, 2);
 * //=> ['\ufeffid,date,confidence', 'citc-notifies-providers,2010-08-02,reported']
 * ```
 */
export interface CsvOptions {
  /** Which table: `events` (the default), `actors`, `sources`, `demands`, `responses`, `deadlines` or `claims`. */
  readonly collection?: CsvCollection;
  /** The columns to write, in this order; names from {@link CSV_COLUMNS}. Default: all of them. */
  readonly columns?: readonly string[];
  /** Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8. Default `false`. */
  readonly bom?: boolean;
}

/**
 * Writes one collection of a dispute as a CSV table (RFC 4180): a header row of the column names of
 * {@link CSV_COLUMNS}, then one row per record, events in timeline order; UTF-8, CRLF after every row, and
 * every field that holds a comma, a quote, a line break or space at either end quoted. One table per
 * collection, joined by ids, is how R and pandas users combine them.
 *
 * Free-text cells (titles, names, summaries, notes) that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) get a `'` in front, as does a text starting with `'`;
 * {@link readCsv} removes it. Dates and ids are never changed: `-0044-03-15` stays as it is.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - the collection, the columns, a BOM
 * @returns the CSV text
 * @throws {@link TimelineError} `invalid-argument` for an unknown collection or column, or options of the
 * wrong type
 * @throws {@link TimelineError} `missing-field`, or any other issue of the dispute's own (with paths starting at
 * `dispute`), when it is not a valid dispute
 *
 * @example
 * ```ts
 * import { writeCsv } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const rows = writeCsv(blackberryPakistan2015).split('\r\n');
 * rows[0]?.split(',').slice(0, 8);
 * //=> ['id', 'date', 'precision', 'earliest', 'latest', 'time_zone', 'date_zone', 'kind']
 * rows[2]?.split(',').slice(0, 8);
 * //=> ['interior-ministry-decision', '2015-07-24', 'day', '2015-07-23T19:00:00.000Z', '2015-07-24T18:59:59.999Z', 'Asia/Karachi', '', 'order']
 * writeCsv(blackberryPakistan2015, { collection: 'deadlines', columns: ['id', 'due', 'extends'] });
 * //=> 'id,due,extends\r\ndeadline-2015-11-30,2015-11-30,\r\ndeadline-2015-12-30,2015-12-30,deadline-2015-11-30\r\n'
 * ```
 */
export function writeCsv(dispute: Dispute, options: CsvOptions = {}): string {
  return [...writeCsvLines(dispute, options)].join('');
}

/**
 * Writes one collection of a dispute as CSV rows, one at a time, as {@link writeCsv} writes it: the header row
 * first (after the byte-order mark, when asked for), then a row per record, each ending in CRLF, so joining
 * them gives `writeCsv`'s text, byte for byte. Nothing is held but the row being written, so a table of a
 * million events can go to a file through a write stream.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - the collection, the columns, a BOM, as for {@link writeCsv}
 * @returns the rows, each ending in `\r\n`, made lazily
 * @throws {@link TimelineError} `invalid-argument`, at once, for bad options; `missing-field`, or any other issue
 * of the dispute's own, when it is not a valid dispute (as {@link writeCsv})
 *
 * @example
 * ```ts
 * import { writeCsv, writeCsvLines } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const rows = [...writeCsvLines(blackberryPakistan2015, { columns: ['id', 'date'] })];
 * rows.slice(0, 2);
 * //=> ['id,date\r\n', 'india-2010-precedent,2010\r\n']
 * rows.length; // the header and 8 events
 * //=> 9
 * rows.join('') === writeCsv(blackberryPakistan2015, { columns: ['id', 'date'] });
 * //=> true
 * ```
 */
export function writeCsvLines(dispute: Dispute, options: CsvOptions = {}): IterableIterator<string> {
  const built = builtDispute(dispute);
  const { collection, columns, bom } = readOptions(options);
  return csvRows(built, built[collection] as readonly never[], columns, bom);
}

function* csvRows(
  dispute: Dispute,
  records: readonly never[],
  columns: readonly Column<never>[],
  bom: boolean,
): IterableIterator<string> {
  yield `${bom ? '\ufeff' : ''}${csvRecord(columns.map((column) => column.name))}`;
  const cells: string[] = new Array(columns.length);
  for (const record of records) {
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as Column<never>;
      const cell = column.cell(record, dispute);
      cells[i] = column.freeText ? neutralizeFormula(cell) : cell;
    }
    yield csvRecord(cells);
  }
}

/**
 * Writes a CSV table, as {@link writeCsvLines} does, from records that stream past instead of from a dispute:
 * the items {@link streamJsonLines} yields, perhaps filtered on the way. So a JSON Lines file of a million events
 * becomes an events CSV holding one record at a time. The header row comes first; then a row for each record of
 * the table's collection, in the order it comes. The cells are `writeCsv`'s: dates are read in the zone of the
 * header item (`collection: 'dispute'`), and the `sources` column gives the URLs of the sources streamed before
 * the record (JSON Lines have the sources before the events); other items are passed over.
 *
 * @category Formats
 * @param items - the items of {@link streamJsonLines}, or any iterable or async iterable of such items
 * @param options - the collection, the columns, a BOM, as for {@link writeCsv}
 * @returns an async iterator of the rows, each ending in `\r\n`
 * @throws {@link TimelineError} `invalid-argument`, at once, for bad options or items that are not iterable
 * @throws {@link TimelineError} `wrong-type`, `invalid-value` or any other issue of a record's own, from the
 * iterator, at the first item that is not a valid item (paths start at `['items', n]`); an error the items throw
 * is passed on as it is
 *
 * @example
 * ```ts
 * import { streamJsonLines, writeCsv, writeCsvStream, writeJsonLines, type JsonLinesItem } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // Only the orders, without ever holding the dispute:
 * async function* orders(items: AsyncIterable<JsonLinesItem>) {
 *   for await (const item of items) if (item.collection !== 'events' || item.record.kind === 'order') yield item;
 * }
 * const rows: string[] = [];
 * for await (const row of writeCsvStream(orders(streamJsonLines(writeJsonLines(blackberryPakistan2015))), {
 *   columns: ['id', 'kind', 'earliest'],
 * }))
 *   rows.push(row);
 * rows;
 * //=> ['id,kind,earliest\r\n', 'interior-ministry-decision,order,2015-07-23T19:00:00.000Z\r\n']
 * ```
 */
export function writeCsvStream(
  items: Iterable<JsonLinesItem> | AsyncIterable<JsonLinesItem>,
  options: CsvOptions = {},
): AsyncIterableIterator<string> {
  const chosen = readOptions(options);
  if (!isIterable(items) && !isAsyncIterable(items))
    fail(
      'invalid-argument',
      ['items'],
      `expected an iterable of the items of streamJsonLines; got ${describeValue(items)}`,
    );
  return streamedRows(items, chosen);
}

async function* streamedRows(
  items: Iterable<JsonLinesItem> | AsyncIterable<JsonLinesItem>,
  { collection, columns, bom }: ReturnType<typeof readOptions>,
): AsyncGenerator<string, void, undefined> {
  yield `${bom ? '\ufeff' : ''}${csvRecord(columns.map((column) => column.name))}`;
  const urls = new Map<string, string | undefined>();
  const sources: Source[] = [];
  let context: CsvContext = { sources };
  SOURCE_URLS.set(context, urls);
  const cells: string[] = new Array(columns.length);
  let index = -1;
  for await (const item of items as AsyncIterable<unknown>) {
    index++;
    const at: IssuePath = ['items', index];
    if (typeof item !== 'object' || item === null)
      fail('wrong-type', at, `an item is { collection, record }; got ${describeValue(item)}`);
    const { collection: of, record: raw } = item as { collection?: unknown; record?: unknown };
    if (of === 'dispute') {
      const header = DisputeHeaderSchema.safeParse(raw);
      if (!header.success)
        fail(
          'invalid-value',
          [...at, 'record'],
          `the header item is not a dispute's header: ${header.error.issues[0]?.message ?? 'not valid'}`,
        );
      const timeZone = header.data.timeZone;
      context = timeZone === undefined ? { sources } : { timeZone, sources };
      SOURCE_URLS.set(context, urls);
      continue;
    }
    if (of !== collection && of !== 'sources') {
      if (typeof of !== 'string' || !Object.hasOwn(RECORD_SCHEMAS, of))
        fail('invalid-value', [...at, 'collection'], 'an item of an unknown collection', of);
      continue;
    }
    // A frozen event that is certainly valid (what streamJsonLines yields) is written as it is.
    let record: unknown = raw;
    if (!(of === 'events' && Object.isFrozen(raw) && isCertainlyValidEvent(raw))) {
      const result = validateRecord(of as RecordCollection, raw, [...at, 'record']);
      if ('issues' in result) throw new TimelineError(result.issues as [TimelineIssue, ...TimelineIssue[]]);
      record = result.record;
    }
    if (of === 'sources') {
      const source = record as Source;
      sources.push(source);
      if (!urls.has(source.id)) urls.set(source.id, source.url);
    }
    if (of !== collection) continue;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as Column<never>;
      const cell = column.cell(record as never, context);
      cells[i] = column.freeText ? neutralizeFormula(cell) : cell;
    }
    yield csvRecord(cells);
  }
}

function readOptions(options: unknown): {
  collection: CsvCollection;
  columns: readonly Column<never>[];
  bom: boolean;
} {
  const { collection = 'events', columns, bom = false } = optionsObject(options);
  const chosen = checkOneOf(
    collection,
    Object.keys(CSV_COLUMNS) as CsvCollection[],
    ['options', 'collection'],
    'collection',
  );
  if (typeof bom !== 'boolean')
    fail('invalid-argument', ['options', 'bom'], `expected true or false; got ${describeValue(bom)}`);
  const table = csvTables()[chosen];
  if (columns === undefined) return { collection: chosen, columns: table, bom };
  if (!Array.isArray(columns) || columns.length === 0)
    fail(
      'invalid-argument',
      ['options', 'columns'],
      `columns is a non-empty list of names; got ${describeValue(columns)}`,
    );
  const picked = columns.map((name: unknown, i) => {
    const column = table.find((c) => c.name === name);
    if (column === undefined)
      fail(
        'invalid-argument',
        ['options', 'columns', i],
        `the ${chosen} table has no column ${describeValue(name)}; its columns are ${CSV_COLUMNS[chosen].join(', ')}`,
        typeof name === 'string' ? name : undefined,
      );
    return column;
  });
  return { collection: chosen, columns: picked, bom };
}

/**
 * Reads an events CSV as {@link writeCsv} writes it back into the events it was written from, each checked
 * like a builder checks it (references to actors, demands and sources are not resolved: there is no dispute
 * to resolve them in). The columns may come in any order; `id`, `date`, `kind`, `title`, `actors`,
 * `source_ids` (or `citations`) and `confidence` are needed, and derived columns (`precision`, `earliest`,
 * `latest`, `time_zone`, `sources`) are ignored. An empty list and an absent one are written alike and read as
 * absent. Paths of issues are `['row', n, column]`, with rows counted as a spreadsheet shows them (the header
 * is row 1), or `['line', n]` for text the CSV parser cannot read. {@link streamCsv} reads the same in chunks,
 * one event at a time.
 *
 * @category Formats
 * @param csv - the CSV text (a byte-order mark, CRLF or LF)
 * @returns the events, deeply frozen, in the order of the rows
 * @throws {@link TimelineError} `json-syntax` for a row that cannot be read (an unclosed quote) or a JSON cell
 * that is not JSON; `missing-field` for a column that is needed and absent; `wrong-type` for a row with more
 * or fewer cells than the header; `duplicate-id` for a row whose id an earlier row has; and every issue of an
 * event's fields (`invalid-date`, `invalid-id`,
 * `invalid-value` …) at its row and column
 *
 * @example
 * ```ts
 * import { readCsv, writeCsv } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const events = readCsv(writeCsv(blackberryPakistan2015));
 * events.length;
 * //=> 8
 * JSON.stringify(events) === JSON.stringify(blackberryPakistan2015.events);
 * //=> true
 * ```
 */
export function readCsv(csv: string): readonly TimelineEvent[] {
  if (typeof csv !== 'string')
    fail('invalid-argument', ['csv'], `expected the CSV text; got ${describeValue(csv)}`);
  const reader = new CsvEventsReader(undefined);
  reader.push(csv);
  reader.end();
  reader.throwIfAny();
  return Object.freeze(reader.take());
}

/**
 * Options of {@link streamCsv}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { streamCsv, writeCsvLines, type StreamCsvOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const seen: number[] = [];
 * const options: StreamCsvOptions = { onProgress: ({ done }) => seen.push(done) };
 * for await (const _ of streamCsv(writeCsvLines(blackberryPakistan2015), options));
 * seen;
 * //=> [0, 8]
 * ```
 */
export interface StreamCsvOptions {
  /**
   * Called after the header row, after every 1,000 rows and at the end, with the rows read so far (`total` is
   * never known: a CSV does not say how many rows it has). It is called synchronously: keep it cheap.
   */
  readonly onProgress?: (progress: ReadProgress) => void;
}

/**
 * Reads an events CSV as {@link readCsv} does, but in chunks and one event at a time, without holding the
 * table: an async iterator of the events, each validated and deeply frozen, in the order of the rows. The input
 * is any iterable or async iterable of text, as strings or UTF-8 bytes cut anywhere (a Node.js read stream,
 * `fetch(…).body`; a character's bytes, a quoted field with line breaks, or a CRLF may fall across two
 * chunks), or the whole text. The checks, issue codes and paths are `readCsv`'s, and any cutting of a text into
 * chunks gives the events `readCsv` gives for the whole text.
 *
 * **When a problem is found**, no event is yielded after it, but the input is read to its end, and then the
 * iterator throws one {@link TimelineError} listing every issue. Every event yielded was valid, but a consumer
 * should treat what it did with the events of a stream that throws as unfinished, and discard it.
 *
 * @category Formats
 * @param csv - chunks of the CSV text, as strings or bytes; or the whole text
 * @param options - `onProgress`, called as rows are read
 * @returns an async iterator of the events; breaking out of a `for await` loop over it closes the input
 * @throws {@link TimelineError} `invalid-argument`, at once, for bad options or an input that is not iterable
 * @throws {@link TimelineError} `json-syntax`, `missing-field`, `wrong-type` and every other issue
 * {@link readCsv} gives, from the iterator after the last row
 *
 * @example
 * ```ts
 * import { streamCsv, writeCsv } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // The text cut into chunks of 50 characters, as a file read in pieces would be:
 * const chunks = writeCsv(blackberryPakistan2015).match(/[\s\S]{1,50}/g) ?? [];
 * const kinds: string[] = [];
 * for await (const event of streamCsv(chunks)) kinds.push(event.kind);
 * kinds.length;
 * //=> 8
 * kinds[0];
 * //=> 'demand'
 * ```
 */
export function streamCsv(
  csv: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  options: StreamCsvOptions = {},
): AsyncIterableIterator<TimelineEvent> {
  const onProgress = progressOption<ReadProgress>(options);
  checkTextInput(csv, 'csv');
  return streamEvents(csv, onProgress);
}

async function* streamEvents(
  csv: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  onProgress: ((progress: ReadProgress) => void) | undefined,
): AsyncGenerator<TimelineEvent, void, undefined> {
  const reader = new CsvEventsReader(onProgress);
  for await (const text of textChunks(csv, 'csv')) {
    reader.push(text);
    const events = reader.take();
    for (let i = 0; i < events.length; i++) yield events[i] as TimelineEvent;
  }
  reader.end();
  const events = reader.take();
  for (let i = 0; i < events.length; i++) yield events[i] as TimelineEvent;
  reader.throwIfAny();
}

/** The columns an events CSV needs. */
const NEEDED = ['id', 'date', 'kind', 'title', 'actors', 'confidence'] as const;

/**
 * Reads the rows of an events CSV as they are parsed, chunk by chunk: the header, then each row checked and
 * made an event. After the first problem (one the parser meets, or a needed column absent), rows are no longer
 * read as events — their cells may be misaligned — and no event is passed on after any issue.
 */
class CsvEventsReader {
  readonly issues: TimelineIssue[] = [];
  private names: readonly string[] | undefined;
  private readonly columns = new Map<string, number>();
  private broken = false;
  private rows = 0;
  /**
   * The ids read so far: two events of one table never share an id. A set, not a map to the row of each (a
   * million rows would hold 14 MiB more), as `streamJsonLines` keeps its event ids.
   */
  private readonly ids = new Set<string>();
  private out: TimelineEvent[] = [];
  private readonly parser = new CsvParser(
    (row) => this.row(row),
    (problem) => {
      this.issues.push(
        issue('json-syntax', ['line', problem.line], `line ${problem.line}: ${problem.message}`),
      );
      this.broken = true;
    },
  );

  constructor(private readonly onProgress: ((progress: ReadProgress) => void) | undefined) {}

  push(text: string): void {
    this.parser.push(text);
  }

  end(): void {
    this.parser.end();
    if (this.names === undefined) this.header([]);
    if (this.rows % 1000 !== 0 || this.rows === 0) this.onProgress?.({ done: this.rows });
  }

  /** The events read since the last call. */
  take(): TimelineEvent[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new TimelineError(this.issues as [TimelineIssue, ...TimelineIssue[]]);
  }

  private header(names: readonly string[]): void {
    this.names = names;
    names.forEach((name, i) => {
      if (!this.columns.has(name)) this.columns.set(name, i);
    });
    for (const needed of NEEDED) {
      if (!this.columns.has(needed))
        this.issues.push(
          issue('missing-field', ['row', 1, needed], `the events CSV has no column "${needed}"`),
        );
    }
    if (!this.columns.has('source_ids') && !this.columns.has('citations'))
      this.issues.push(
        issue('missing-field', ['row', 1, 'source_ids'], 'the events CSV has no column "source_ids"'),
      );
    if (this.issues.length > 0) this.broken = true;
    this.onProgress?.({ done: 0 });
  }

  private row(row: CsvRow): void {
    if (this.names === undefined) {
      this.header(row.cells);
      return;
    }
    this.rows++;
    if (this.rows % 1000 === 0) this.onProgress?.({ done: this.rows });
    if (this.broken) return;
    const rowNumber = this.rows + 1;
    const width = this.names.length;
    if (row.cells.length !== width) {
      this.issues.push(
        issue(
          'wrong-type',
          ['row', rowNumber],
          `row ${rowNumber} (line ${row.line}) has ${row.cells.length} cells; the header has ${width}`,
        ),
      );
      return;
    }
    const { cells } = row;
    const columns = this.columns;
    const cell = (name: string) => {
      const at = columns.get(name);
      return at === undefined ? '' : own(cells[at] as string);
    };
    const input = eventOfRow(cell, rowNumber, this.issues);
    if (input === undefined) return;
    const id = input['id'] as string;
    if (!this.ids.has(id)) this.ids.add(id);
    else
      this.issues.push(
        issue(
          'duplicate-id',
          ['row', rowNumber, 'id'],
          `id ${quoted(id)} is already used by an earlier row`,
          id,
        ),
      );
    // The input is this reader's own: a valid event may be kept as it is.
    const result = validateRecord('events', input, [], true);
    if ('issues' in result) {
      for (const found of result.issues) this.issues.push({ ...found, path: rowPath(rowNumber, found.path) });
    } else if (this.issues.length === 0) this.out.push(deepFreeze(result.record as TimelineEvent));
  }
}

/**
 * The text of a cell as a string of its own. A cell is cut from the chunk it was read in, and the engine may keep
 * a long cut as a view into that chunk (V8 does from 13 characters): an event kept would keep its whole chunk,
 * and a million events the whole file. Copying the long ones lets the chunks go.
 */
function own(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** The event fields a row holds, in the schema's order; JSON cells that are not JSON are issues. */
function eventOfRow(
  cell: (name: string) => string,
  row: number,
  issues: TimelineIssue[],
): Record<string, unknown> | undefined {
  let broken = false;
  const jsonCell = (name: string): unknown => {
    const value = restoreFormula(cell(name));
    if (value === '') return undefined;
    try {
      return JSON.parse(value);
    } catch {
      issues.push(issue('json-syntax', ['row', row, name], `the ${name} cell is not JSON`, value));
      broken = true;
      return undefined;
    }
  };
  const list = (name: string) => {
    const value = cell(name);
    return value === '' ? undefined : value.split(';');
  };
  const zone = cell('date_zone');
  const citations = jsonCell('citations');
  const tags = jsonCell('tags');
  if (broken) return undefined;
  // Fields set only when present, never set and deleted: an object that lost a field is slower and larger.
  const input: Record<string, unknown> = {
    id: cell('id'),
    date: zone === '' ? cell('date') : { value: cell('date'), timeZone: zone },
    kind: cell('kind'),
    title: restoreFormula(cell('title')),
  };
  const description = restoreFormula(cell('description'));
  if (description !== '') input['description'] = description;
  input['actors'] = list('actors') ?? [];
  const demands = list('demands');
  if (demands !== undefined) input['demands'] = demands;
  const responses = list('responses');
  if (responses !== undefined) input['responses'] = responses;
  const deadlines = list('deadlines');
  if (deadlines !== undefined) input['deadlines'] = deadlines;
  input['sources'] = citations ?? (list('source_ids') ?? []).map((source) => ({ source }));
  input['confidence'] = cell('confidence');
  if (tags !== undefined) input['tags'] = tags;
  return input;
}

/** Where a field of the event read from a row came from: its row and column. */
function rowPath(row: number, path: IssuePath): IssuePath {
  const [field, ...rest] = path;
  const column = field === 'sources' ? (rest.length > 1 ? 'citations' : 'source_ids') : field;
  return ['row', row, column ?? 'id', ...(field === 'sources' ? [] : rest)];
}

/** The events as CSV, read back by `readCsv`. */
export const csvFormat = /* @__PURE__ */ defineFormat({
  name: 'csv',
  description: 'the events as CSV (RFC 4180), one row per event, for R, pandas and spreadsheets',
  mediaType: 'text/csv',
  extension: '.csv',
  write: (dispute) => writeCsv(dispute),
});
