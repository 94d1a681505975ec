import { checkList, checkOneOf, describeValue, optionsObject } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import type { ParsedDate } from '../../dates/edtf.js';
import type { Actor } from '../../model/actor.js';
import type { Claim } from '../../model/claim.js';
import type { Citation, DateValue } from '../../model/common.js';
import type { Deadline, DeadlineEnding } from '../../model/deadline.js';
import type { Demand } from '../../model/demand.js';
import type { Dispute } from '../../model/dispute.js';
import type { TimelineEvent } from '../../model/event.js';
import { type DatedRecord, dateOf } from '../../model/record-date.js';
import type { DemandResponse } from '../../model/response.js';
import type { Source } from '../../model/source.js';
import type { FormatOption } from '../format.js';

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
 * //=> 'id,name,kind,country,aliases,memberships,description,membership_roles'
 * ```
 */
export type CsvCollection =
  | 'events'
  | 'actors'
  | 'sources'
  | 'demands'
  | 'responses'
  | 'deadlines'
  | 'claims'
  | 'dispute';

/** The `collection` option of the table formats (CSV and Markdown), as the registry lists it. */
export const COLLECTION_OPTION: FormatOption = {
  name: 'collection',
  description: 'the table to write (default events)',
  type: [
    'events',
    'actors',
    'sources',
    'demands',
    'responses',
    'deadlines',
    'claims',
    'dispute',
  ] satisfies CsvCollection[],
};

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
    // A date before year 1 starts with `-` (`-0044-03-15`), which a spreadsheet evaluates: guarded as free text is.
    text(field, (record) => dateText(get(record))),
    { name: 'precision', freeText: false, cell: (record, context) => read(record, context).precision },
    {
      name: 'earliest',
      freeText: true,
      cell: (record, context) => instant(read(record, context).earliest),
    },
    { name: 'latest', freeText: true, cell: (record, context) => instant(read(record, context).latest) },
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
export const SOURCE_URLS = new WeakMap<CsvContext, ReadonlyMap<string, string | undefined>>();
function urlsOf(dispute: CsvContext): ReadonlyMap<string, string | undefined> {
  let urls = SOURCE_URLS.get(dispute);
  if (urls === undefined) {
    urls = new Map(dispute.sources.map((source) => [source.id as string, source.url]));
    SOURCE_URLS.set(dispute, urls);
  }
  return urls;
}
/**
 * The record's order among the records of its date (`sequence`), empty when it gives none: last in its table, as
 * in the schema, so that the columns before it keep their places.
 */
const sequenceColumn = <R extends { readonly sequence?: number | undefined }>(): Column<R> =>
  plain('sequence', (record) => record.sequence?.toString());
const sourceIds = <R extends { readonly sources?: readonly Citation[] | undefined }>(): Column<R> =>
  plain('source_ids', (record) => ids(record.sources?.map((citation) => citation.source)));
const sourcesColumn = <R extends { readonly sources?: readonly Citation[] | undefined }>(): Column<R> => ({
  name: 'sources',
  freeText: false,
  cell: (record, dispute) => sourceUrls(record.sources, dispute),
});
/** Citations as JSON, only when one carries a quote or a note: otherwise `source_ids` says everything. */
const citationsColumn = <R extends { readonly sources?: readonly Citation[] | undefined }>(): Column<R> =>
  json('citations', (record) => fullCitations(record.sources));
const fullCitations = (citations: readonly Citation[] | undefined) =>
  citations?.some((citation) => citation.quote !== undefined || citation.note !== undefined)
    ? citations
    : undefined;
/** A deadline's ending's field, `undefined` when it has no ending. */
const ending = <K extends keyof DeadlineEnding>(deadline: Deadline, key: K): DeadlineEnding[K] | undefined =>
  deadline.outcome?.[key];

/** The records of a table: the dispute's collection, or the dispute itself for the `dispute` table. */
export function recordsOf(dispute: Dispute, collection: CsvCollection): readonly never[] {
  return (collection === 'dispute' ? [dispute] : dispute[collection]) as readonly never[];
}

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
    sequenceColumn<TimelineEvent>(),
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
      // The role held in each organisation of `memberships` (null for none), only when one is given.
      json<Actor>('membership_roles', (actor) =>
        actor.memberships?.some((m) => m.role !== undefined)
          ? actor.memberships.map((m) => m.role ?? null)
          : undefined,
      ),
    ],
    sources: [
      plain<Source>('id', (source) => source.id),
      text<Source>('publisher', (source) => source.publisher),
      text<Source>('title', (source) => source.title),
      plain<Source>('url', (source) => source.url),
      text<Source>('published', (source) => dateText(source.published)),
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
      citationsColumn<Demand>(),
      sequenceColumn<Demand>(),
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
      citationsColumn<DemandResponse>(),
      sequenceColumn<DemandResponse>(),
    ],
    deadlines: [
      plain<Deadline>('id', (deadline) => deadline.id),
      ...dateColumns<Deadline>('due', (deadline) => deadline.due),
      text<Deadline>('set_on', (deadline) => dateText(deadline.setOn)),
      plain<Deadline>('set_by', (deadline) => ids(deadline.setBy)),
      plain<Deadline>('demands', (deadline) => ids(deadline.demands)),
      plain<Deadline>('extends', (deadline) => deadline.extends),
      plain<Deadline>('outcome', (deadline) => deadline.outcome?.kind),
      text<Deadline>('outcome_on', (deadline) => dateText(deadline.outcome?.on)),
      plain<Deadline>('outcome_event', (deadline) => deadline.outcome?.event),
      text<Deadline>('outcome_note', (deadline) => deadline.outcome?.note),
      text<Deadline>('summary', (deadline) => deadline.summary),
      text<Deadline>('consequence', (deadline) => deadline.consequence),
      sourcesColumn<Deadline>(),
      sourceIds<Deadline>(),
      citationsColumn<Deadline>(),
      plain<Deadline>('set_on_zone', (deadline) => ownZone(deadline.setOn)),
      plain<Deadline>('outcome_on_zone', (deadline) => ownZone(ending(deadline, 'on'))),
      plain<Deadline>('outcome_source_ids', (deadline) =>
        ids(ending(deadline, 'sources')?.map((citation) => citation.source)),
      ),
      json<Deadline>('outcome_citations', (deadline) => fullCitations(ending(deadline, 'sources'))),
      sequenceColumn<Deadline>(),
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
      citationsColumn<Claim>(),
      plain<Claim>('confidence', (claim) => claim.confidence),
    ],
    // The dispute's own fields, one row: what the record tables do not say.
    dispute: [
      plain<Dispute>('id', (dispute) => dispute.id),
      text<Dispute>('title', (dispute) => dispute.title),
      text<Dispute>('summary', (dispute) => dispute.summary),
      plain<Dispute>('time_zone', (dispute) => dispute.timeZone),
      plain<Dispute>('countries', (dispute) => ids(dispute.countries)),
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
 * (`date_zone`) when the record carries one, empty when it is read in the dispute's. The last column of events,
 * demands, responses and deadlines is `sequence`: the record's order among the records of the same date, as the
 * record gives it (empty when it gives none); sort by `earliest`, then `sequence`, for the timeline's order.
 * Nothing a record holds is left out: an actor's `membership_roles` (JSON, a role or `null` for each of its
 * `memberships`, written only when one has a role), a deadline's `set_on_zone` and `outcome_on_zone` (those dates' own
 * zones), and its ending's sources (`outcome_source_ids`, and `outcome_citations` as JSON when one carries a quote or a
 * note). The `dispute` table is one row: the dispute's `id`, `title`, `summary`, `time_zone` and `countries`. So the
 * eight tables together hold the whole dispute, and {@link dispute-timeline/csv-tables!readCsvTables | readCsvTables}
 * reads them back into it.
 *
 * @category Formats
 * @example
 * ```ts
 * import { CSV_COLUMNS } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * CSV_COLUMNS.events.slice(0, 9);
 * //=> ['id', 'date', 'precision', 'earliest', 'latest', 'time_zone', 'date_zone', 'kind', 'title']
 * CSV_COLUMNS.events.length;
 * //=> 20
 * CSV_COLUMNS.events.at(-1);
 * //=> 'sequence'
 * CSV_COLUMNS.dispute;
 * //=> ['id', 'title', 'summary', 'time_zone', 'countries']
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
  /**
   * Which table: `events` (the default), `actors`, `sources`, `demands`, `responses`, `deadlines`, `claims`, or
   * `dispute` (one row: the dispute's own fields).
   */
  readonly collection?: CsvCollection;
  /** The columns to write, in this order; names from {@link CSV_COLUMNS}. Default: all of them. */
  readonly columns?: readonly string[];
  /** Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8. Default `false`. */
  readonly bom?: boolean;
}

/** The options of a CSV writer, checked: the table, its columns, and whether to start with a BOM. */
export interface ChosenColumns {
  readonly collection: CsvCollection;
  readonly columns: readonly Column<never>[];
  readonly bom: boolean;
}

/** Checks the options of a CSV writer. */
export function readOptions(options: unknown): ChosenColumns {
  const { collection = 'events', columns, bom = false } = optionsObject(options);
  const chosen = checkOneOf(
    collection,
    Object.keys(CSV_COLUMNS) as CsvCollection[],
    ['options', 'collection'],
    'collection',
  );
  if (typeof bom !== 'boolean')
    fail('invalid-argument', ['options', 'bom'], `expected true or false; got ${describeValue(bom)}`);
  if (columns === undefined) return { collection: chosen, columns: csvTables()[chosen], bom };
  return { collection: chosen, columns: pickColumns(chosen, columns), bom };
}

/**
 * The columns of a table by name, checked: a non-empty list without holes, each name one of the table's
 * columns (the CSV and Markdown writers' `options.columns`).
 */
export function pickColumns(chosen: CsvCollection, names: unknown): readonly Column<never>[] {
  const list = checkList(names, ['options', 'columns'], 'columns');
  if (list.length === 0)
    fail('invalid-argument', ['options', 'columns'], 'columns is a non-empty list of names');
  const table = csvTables()[chosen];
  return list.map((name, i) => {
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
}
