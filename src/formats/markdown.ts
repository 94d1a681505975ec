import { checkOneOf, describeValue, optionsObject } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import { builtDispute } from '../builder/seam.js';
import { textInZone } from '../dates/words/index.js';
import type { Claim } from '../model/claim.js';
import type { Citation, DateValue } from '../model/common.js';
import type { Deadline } from '../model/deadline.js';
import type { Dispute } from '../model/dispute.js';
import type { TimelineEvent } from '../model/event.js';
import {
  COLLECTION_OPTION,
  type Column,
  CSV_COLUMNS,
  type CsvCollection,
  pickColumns,
  recordsOf,
} from './csv/columns.js';
import { defineFormat } from './format.js';
import type { JsonLinesItem } from './json-lines/shape.js';
import { eventsOption } from './support/events-option.js';
import { escapeCell } from './support/markdown-escape.js';
import { type StreamedRecord, streamRecords } from './support/stream-items.js';

/** The columns a table shows unless told otherwise: what a reader of a paper needs. */
const DEFAULT_COLUMNS: { readonly [C in CsvCollection]: readonly string[] } = {
  events: ['date', 'kind', 'title', 'actors', 'confidence'],
  actors: ['id', 'name', 'kind', 'country'],
  sources: ['id', 'publisher', 'title', 'url', 'published'],
  demands: ['id', 'date', 'by', 'of', 'summary'],
  responses: ['id', 'date', 'by', 'to', 'stance', 'summary'],
  deadlines: ['id', 'due', 'set_by', 'extends', 'outcome', 'summary'],
  claims: ['topic', 'statement', 'date', 'citations'],
  dispute: ['id', 'title', 'summary', 'time_zone', 'countries'],
};

/**
 * A record's citations for a reader: each source by its publisher, with the words quoted from it (or the note
 * about it) right after it: `Mashable “…”; Reuters`.
 */
function citationsText(citations: readonly Citation[] | undefined, dispute: Dispute): string {
  let publishers = PUBLISHERS.get(dispute);
  if (publishers === undefined) {
    publishers = new Map(dispute.sources.map((source) => [source.id as string, source.publisher]));
    PUBLISHERS.set(dispute, publishers);
  }
  return (citations ?? [])
    .map(
      (citation) =>
        `${(publishers as Map<string, string>).get(citation.source) ?? citation.source}` +
        (citation.quote === undefined ? '' : ` \u201c${citation.quote}\u201d`) +
        (citation.note === undefined ? '' : ` (${citation.note})`),
    )
    .join('; ');
}

/** The publishers of each dispute's sources, by id, made once per dispute. */
const PUBLISHERS = new WeakMap<Dispute, Map<string, string>>();

/** The names of actors, by their ids, for a reader: `Government of Pakistan, BlackBerry`. */
function namesOf(ids: readonly string[], dispute: Dispute): string {
  let names = ACTOR_NAMES.get(dispute);
  if (names === undefined) {
    names = new Map(dispute.actors.map((actor) => [actor.id as string, actor.name]));
    ACTOR_NAMES.set(dispute, names);
  }
  return ids.map((id) => (names as Map<string, string>).get(id) ?? id).join(', ');
}

/** The actors' names of each dispute written, by id: a table of a million events looks them up a row at a time. */
const ACTOR_NAMES = new WeakMap<Dispute, Map<string, string>>();

/** A date as the source gives it, with its zone when it is local to another zone than the dispute's. */
function zonedDate(value: DateValue | undefined, dispute: Dispute): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return textInZone(value.value, value.timeZone, dispute.timeZone ?? 'UTC', 'zone');
}

/**
 * Markdown's own cells where a reader wants more than the CSV's: names for ids, and the zone beside every date
 * local to another zone (the CSV gives it a column of its own, which a short table leaves out). Each is a writer
 * and the record's field it writes; {@link markdownCell} adds the citations and a deadline's outcome date.
 */
const MARKDOWN_CELLS: Readonly<
  Record<string, readonly [(value: never, dispute: Dispute) => string, string]>
> = {
  'events.actors': [namesOf, 'actors'],
  'demands.by': [namesOf, 'by'],
  'demands.of': [namesOf, 'of'],
  'responses.by': [namesOf, 'by'],
  'deadlines.set_by': [namesOf, 'setBy'],
  'events.date': [zonedDate, 'date'],
  'demands.date': [zonedDate, 'date'],
  'responses.date': [zonedDate, 'date'],
  'deadlines.due': [zonedDate, 'due'],
  'deadlines.set_on': [zonedDate, 'setOn'],
  'sources.published': [zonedDate, 'published'],
  'claims.date': [zonedDate, 'date'],
};

/** A record's Markdown cell of a column, where it differs from the CSV's; `undefined` where it does not. */
function markdownCell(
  collection: CsvCollection,
  column: string,
  record: never,
  dispute: Dispute,
): string | undefined {
  // The CSV's citations are JSON for a program; a reader wants each source with its words.
  if (column === 'citations') return citationsText((record as { sources?: Citation[] }).sources, dispute);
  if (`${collection}.${column}` === 'deadlines.outcome_on')
    return zonedDate((record as Deadline).outcome?.on, dispute);
  const own = MARKDOWN_CELLS[`${collection}.${column}`];
  return own?.[0]((record as Record<string, never>)[own[1]] as never, dispute);
}

/**
 * Options of {@link writeMarkdown}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { writeMarkdown, type MarkdownOptions } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const options: MarkdownOptions = { collection: 'actors', columns: ['id', 'name'] };
 * writeMarkdown(uaeBlackberry2010, options).split('\n').slice(0, 3);
 * //=> ['| id | name |', '| --- | --- |', '| government-of-the-uae | Government of the United Arab Emirates |']
 * ```
 */
export interface MarkdownOptions {
  /** Which collection: `events` (the default), `actors`, `sources`, `demands`, `responses`, `deadlines`, `claims`. */
  readonly collection?: CsvCollection;
  /**
   * The columns, named as in {@link CSV_COLUMNS}. Default for events: `date`, `kind`, `title`, `actors` (by
   * name), `confidence`; for the other collections, a similar short choice.
   */
  readonly columns?: readonly string[];
  /** The events to show, in the order given (a query's results). Default: all, in timeline order. */
  readonly events?: readonly TimelineEvent[];
  /**
   * Whether the sources' claims follow the events table, as a second table (topic, statement, date, each source
   * with its words): where sources disagree, a reader sees each claim with its own sources. Default `true` when
   * the whole dispute's events are written (no `collection` other than `events`, no `events`).
   */
  readonly claims?: boolean;
}

/**
 * Writes one collection of a dispute (or a query's events) as a GitHub-flavoured Markdown table, for papers and
 * notes. Cells hold the values of {@link writeCsv}'s columns — except that in the events table `actors` are
 * names, and that every date local to another zone than the dispute's (an event's, a demand's or a response's
 * date, a deadline's due date, a source's publication) shows its zone beside it. Every character Markdown would read as syntax
 * (`\`, `|`, `*`, `_`, `` ` ``, `[`, `]`, `<`, `>`, `&`, `~`, `!`, `#`) is escaped with a backslash, line
 * breaks become `<br>`, and control characters become U+FFFD, so a cell shows exactly its text and no markup.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - the collection, the columns, the events
 * @returns the table, lines joined by `\n`, ending in a newline
 * @throws {@link TimelineError} `invalid-argument` for an unknown collection or column or options of the wrong
 * type
 * @throws {@link TimelineError} `unknown-reference` for an event in `options.events` that is not the dispute's
 * @throws {@link TimelineError} `missing-field`, or any other issue of the dispute's own (with paths starting at
 * `dispute`), when it is not a valid dispute
 *
 * @example
 * ```ts
 * import { eventsBefore, writeMarkdown } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const { possible } = eventsBefore(blackberryPakistan2015, 'deadline-2015-11-30');
 * console.log(writeMarkdown(blackberryPakistan2015, { events: possible, columns: ['date', 'title'] }));
 * // | date | title |
 * // | --- | --- |
 * // | 2015-11-30 | PTA extends the shutdown by a month, to 30 December |
 * // | 2015-11-30 (America/Toronto) | BlackBerry announces it will leave Pakistan rather than give access to BES traffic |
 * // | 2015-11-30 (America/Toronto) | BlackBerry updates its post: it will delay its exit until 30 December |
 * writeMarkdown(blackberryPakistan2015, { collection: 'deadlines', columns: ['id', 'extends'] }).split('\n')[3];
 * //=> '| deadline-2015-12-30 | deadline-2015-11-30 |'
 * ```
 */
export function writeMarkdown(dispute: Dispute, options: MarkdownOptions = {}): string {
  const built = builtDispute(dispute);
  const { collection, columns, records, claims } = readOptions(built, options);
  const lines = table(built, collection, columns, records);
  if (claims && built.claims.length > 0)
    lines.push(
      '',
      CLAIMS_LEAD,
      '',
      ...table(
        built,
        'claims',
        pickColumns('claims', DEFAULT_COLUMNS.claims),
        built.claims as readonly never[],
      ),
    );
  return `${lines.join('\n')}\n`;
}

/** The sentence before the claims table. */
const CLAIMS_LEAD =
  'Claims of the sources, by topic: where sources disagree, each claim is listed with its own sources.';

/** One table's lines: its header, its rule and a row per record. */
function table(
  dispute: Dispute,
  collection: CsvCollection,
  columns: readonly Column<never>[],
  records: readonly never[],
): string[] {
  return [
    row(columns.map((column) => column.name)),
    row(columns.map(() => '---')),
    ...records.map((record) => recordRow(dispute, collection, columns, record)),
  ];
}

/** A record's row of its table. */
function recordRow(
  dispute: Dispute,
  collection: CsvCollection,
  columns: readonly Column<never>[],
  record: never,
): string {
  return row(
    columns.map(
      (column) => markdownCell(collection, column.name, record, dispute) ?? column.cell(record, dispute),
    ),
  );
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

/** The table a Markdown options object asks for, checked: its collection, columns and whether claims follow. */
function tableOptions(options: unknown): {
  collection: CsvCollection;
  columns: readonly Column<never>[];
  events: unknown;
  claims: boolean;
} {
  const { collection = 'events', columns, events, claims } = optionsObject(options);
  const chosen = checkOneOf(
    collection,
    Object.keys(CSV_COLUMNS) as CsvCollection[],
    ['options', 'collection'],
    'collection',
  );
  const picked = pickColumns(chosen, columns === undefined ? DEFAULT_COLUMNS[chosen] : columns);
  if (claims !== undefined && typeof claims !== 'boolean')
    fail('invalid-argument', ['options', 'claims'], `expected true or false; got ${describeValue(claims)}`);
  if (claims === true && chosen !== 'events')
    fail('invalid-argument', ['options', 'claims'], 'the claims follow the events table only');
  if (events !== undefined && chosen !== 'events')
    fail('invalid-argument', ['options', 'events'], 'events are given only for the events table');
  return {
    collection: chosen,
    columns: picked,
    events,
    claims: claims ?? (chosen === 'events' && events === undefined),
  };
}

function readOptions(
  dispute: Dispute,
  options: unknown,
): {
  collection: CsvCollection;
  columns: readonly Column<never>[];
  records: readonly never[];
  claims: boolean;
} {
  const { collection, columns, events, claims } = tableOptions(options);
  const records =
    events === undefined ? recordsOf(dispute, collection) : eventsOption(dispute.events, events as never);
  return { collection, columns, records: records as unknown as readonly never[], claims };
}

/**
 * Writes the Markdown table of {@link writeMarkdown} from records that stream past instead of from a dispute: the
 * items {@link streamJsonl} yields. So a JSON Lines file of a million events becomes a Markdown table holding one
 * event at a time (and the actors, sources and claims, which are few). The header rows come first; then a row for
 * each record of the table's collection, in the order it comes; then, for the events table, the claims table,
 * as `writeMarkdown` writes it. Names and publishers are those of the actors and sources streamed before the
 * record (JSON Lines have them before the events); dates are read in the zone of the header item.
 *
 * @category Formats
 * @param items - the items of {@link streamJsonl}, or any iterable or async iterable of such items
 * @param options - the collection, the columns and the claims, as for {@link writeMarkdown}; not `events`
 * @returns an async iterator of the lines, each ending in `\n`
 * @throws {@link TimelineError} `invalid-argument`, at once, for bad options (`events` among them) or items that
 * are not iterable
 * @throws {@link TimelineError} `wrong-type`, `invalid-value` or any other issue of a record's own, from the
 * iterator, at the first item that is not a valid item (paths start at `['items', n]`); an error the items throw
 * is passed on as it is
 *
 * @example
 * ```ts
 * import { streamJsonl, writeJsonlLines, writeMarkdown, writeMarkdownStream } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * let text = '';
 * for await (const line of writeMarkdownStream(streamJsonl(writeJsonlLines(blackberryPakistan2015))))
 *   text += line;
 * text === writeMarkdown(blackberryPakistan2015);
 * //=> true
 * ```
 */
export function writeMarkdownStream(
  items: Iterable<JsonLinesItem> | AsyncIterable<JsonLinesItem>,
  options: Omit<MarkdownOptions, 'events'> = {},
): AsyncIterableIterator<string> {
  const chosen = tableOptions(options);
  if (chosen.events !== undefined)
    fail('invalid-argument', ['options', 'events'], 'a stream writes every event: events cannot be chosen');
  const wanted = (of: string) =>
    of === chosen.collection || of === 'actors' || of === 'sources' || (of === 'claims' && chosen.claims);
  return streamedTable(streamRecords(items, wanted), chosen);
}

async function* streamedTable(
  records: AsyncIterable<StreamedRecord>,
  { collection, columns, claims }: ReturnType<typeof tableOptions>,
): AsyncGenerator<string, void, undefined> {
  yield `${row(columns.map((column) => column.name))}\n${row(columns.map(() => '---'))}\n`;
  // What the cells read of the dispute: its zone, its actors and its sources, as they have come.
  const actors: unknown[] = [];
  const sources: unknown[] = [];
  const kept: Claim[] = [];
  let context = { actors, sources, claims: kept } as unknown as Dispute;
  for await (const streamed of records) {
    if (streamed.collection === 'dispute') {
      context = { ...streamed.record, actors, sources, claims: kept } as unknown as Dispute;
      if (collection === 'dispute') yield `${recordRow(context, collection, columns, context as never)}\n`;
      continue;
    }
    const { collection: of, record } = streamed;
    if (of === 'actors') actors.push(record);
    else if (of === 'sources') sources.push(record);
    else if (of === 'claims' && claims) kept.push(record as Claim);
    if (of === collection) yield `${recordRow(context, collection, columns, record as never)}\n`;
  }
  if (claims && kept.length > 0)
    yield `${[
      '',
      CLAIMS_LEAD,
      '',
      ...table(
        context,
        'claims',
        pickColumns('claims', DEFAULT_COLUMNS.claims),
        kept as readonly unknown[] as readonly never[],
      ),
    ].join('\n')}\n`;
}

export const markdownFormat = /* @__PURE__ */ defineFormat({
  name: 'markdown',
  description: 'the events as a GitHub-flavoured Markdown table, for papers and notes',
  mediaType: 'text/markdown',
  extension: '.md',
  options: [
    COLLECTION_OPTION,
    { name: 'columns', description: 'the columns, named as in CSV_COLUMNS', type: 'list' },
    {
      name: 'claims',
      description: "the sources' claims as a second table after the events (default true for all events)",
      type: 'boolean',
    },
  ],
  write: (dispute, options) => writeMarkdown(dispute, options as MarkdownOptions),
  stream: (items, options) => writeMarkdownStream(items, options as MarkdownOptions),
});
