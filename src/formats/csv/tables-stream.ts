import { describeValue, optionsObject } from '../../_lib/args.js';
import { fail, issue } from '../../_lib/issues.js';
import { beginValidation, type IncrementalValidation } from '../../builder/seam.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../../errors/index.js';
import type { ReadProgress } from '../format.js';
import type { JsonLinesItem } from '../json-lines/shape.js';
import { checkTextInput, progressOption, signalOption, TextSource } from '../support/chunks.js';
import { CsvParser, type CsvRow } from '../support/csv.js';
import type { CsvCollection } from './columns.js';
import { RowCells } from './engine.js';
import { columnPath, type ReadCsvTablesOptions, ROW_READERS, tableOf } from './tables.js';

/**
 * Options of {@link streamCsvTables}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { CSV_COLUMNS, type CsvCollection, writeCsv } from 'dispute-timeline';
 * import { streamCsvTables, type StreamCsvTablesOptions } from 'dispute-timeline/csv-tables';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const seen: number[] = [];
 * const options: StreamCsvTablesOptions = { onProgress: ({ done }) => seen.push(done) };
 * const collections = Object.keys(CSV_COLUMNS) as CsvCollection[];
 * const tables = Object.fromEntries(collections.map((collection) => [collection, writeCsv(uaeBlackberry2010, { collection })]));
 * for await (const _ of streamCsvTables(tables, options));
 * seen.at(-1) === uaeBlackberry2010.events.length + uaeBlackberry2010.actors.length + uaeBlackberry2010.sources.length +
 *   uaeBlackberry2010.demands.length + uaeBlackberry2010.responses.length + uaeBlackberry2010.deadlines.length +
 *   uaeBlackberry2010.claims.length + 1; // every row of every table, the dispute's one row too
 * //=> true
 * ```
 */
export interface StreamCsvTablesOptions extends ReadCsvTablesOptions {
  /** Called after every 1,000 rows and at the end of each table, with the rows read so far (of every table). */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Called at the end, when the tables are valid, with the rules' warnings (as `validateDispute` gives them). */
  readonly onWarnings?: (warnings: readonly TimelineIssue[]) => void;
  /**
   * Stops the reading, as for {@link dispute-timeline!streamCsv | streamCsv}: the iterator rejects with the signal's
   * `reason`.
   */
  readonly signal?: AbortSignal;
}

/** The tables in the order a stream reads them: the dispute's own fields, then the collections as JSON has them. */
const ORDER: readonly CsvCollection[] = [
  'dispute',
  'actors',
  'sources',
  'demands',
  'responses',
  'deadlines',
  'events',
  'claims',
];

/**
 * Reads the CSV tables of a dispute (see {@link readCsvTables}) as a stream, without holding the events: the tables are
 * read one after the other, in chunks (each table any input {@link dispute-timeline!streamCsv | streamCsv} takes:
 * strings or UTF-8 bytes cut anywhere, or the whole text), and the dispute comes out as the items
 * {@link dispute-timeline!streamJsonl | streamJsonl} yields — the header (`collection: 'dispute'`), the actors,
 * sources, demands, responses and deadlines, each event as its row is read, then the claims — so that any streaming
 * writer ({@link dispute-timeline!writeJsonlStream | writeJsonlStream},
 * {@link dispute-timeline!writeCsvStream | writeCsvStream},
 * {@link dispute-timeline!writeMarkdownStream | writeMarkdownStream},
 * {@link dispute-timeline!writePloverStream | writePloverStream}) writes a table of a million events holding one at a
 * time. The checks are those of a whole read: the records before the events are held and validated together, each event
 * and claim against them as it comes, through the builder's incremental validator. The events are passed on in the
 * order of their rows (a table `writeCsv` wrote is in timeline order). An item's `line` is its row in its table (the
 * header is row 1).
 *
 * **When a problem is found**, no item is yielded after it, but the tables are read to their end, and then the iterator
 * throws one {@link dispute-timeline!TimelineError | TimelineError} listing every issue, at the table, row and column
 * it comes from, as {@link readCsvTables} reports it.
 *
 * @category Formats
 * @param tables - each table's text by its collection (`events`, `actors`, … and `dispute`); a collection
 * without its table is empty
 * @param options - the dispute's own fields when there is no `dispute` table; `onProgress`, `onWarnings`, `signal`
 * @returns an async iterator of the items; breaking out of it closes every input
 * @throws {@link dispute-timeline!TimelineError | TimelineError} `invalid-argument`, at once, for bad options or a
 * table that is not text
 * @throws {@link dispute-timeline!TimelineError | TimelineError} `missing-field` at `['tables']` when neither a
 * `dispute` table nor `options.dispute` gives the dispute's fields; `invalid-value` at `[collection, 'row', 1]` for a
 * table whose header is not its collection's; and every issue {@link readCsvTables} gives, from the iterator after the
 * last row
 *
 * @example
 * ```ts
 * import { writeCsv } from 'dispute-timeline';
 * import { streamCsvTables } from 'dispute-timeline/csv-tables';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const table = (collection: 'dispute' | 'actors' | 'sources' | 'demands' | 'responses' | 'deadlines' | 'events') =>
 *   writeCsv(blackberryPakistan2015, { collection });
 * const kinds: string[] = [];
 * for await (const item of streamCsvTables({
 *   dispute: table('dispute'), actors: table('actors'), sources: table('sources'), demands: table('demands'),
 *   responses: table('responses'), deadlines: table('deadlines'), events: table('events'),
 * }))
 *   if (item.collection === 'events') kinds.push(item.record.kind);
 * kinds.length;
 * //=> 8
 * ```
 */
export function streamCsvTables(
  tables: Readonly<
    Partial<
      Record<CsvCollection, Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string>
    >
  >,
  options: StreamCsvTablesOptions = {},
): AsyncIterableIterator<JsonLinesItem> {
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables))
    fail(
      'invalid-argument',
      ['tables'],
      `expected each table's text by its collection; got ${describeValue(tables)}`,
    );
  for (const [collection, input] of Object.entries(tables)) {
    if (!ORDER.includes(collection as CsvCollection))
      fail(
        'invalid-argument',
        ['tables', collection],
        `no table is named ${describeValue(collection)}; the tables are ${ORDER.join(', ')}`,
      );
    checkTextInput(input, collection);
  }
  const onProgress = progressOption<ReadProgress>(options);
  const signal = signalOption(options);
  const { dispute, onWarnings } = optionsObject(options);
  if (onWarnings !== undefined && typeof onWarnings !== 'function')
    fail(
      'invalid-argument',
      ['options', 'onWarnings'],
      `onWarnings is a function; got ${describeValue(onWarnings)}`,
    );
  if (dispute !== undefined && (typeof dispute !== 'object' || dispute === null || Array.isArray(dispute)))
    fail(
      'invalid-argument',
      ['options', 'dispute'],
      `expected the dispute's fields; got ${describeValue(dispute)}`,
    );
  // Every input is opened now, so that each can be closed however the reading ends.
  const sources = ORDER.flatMap((collection) => {
    const input = tables[collection];
    return input === undefined
      ? []
      : [{ collection, source: new TextSource(input, collection, undefined, signal) }];
  });
  const reader = new TablesReader(onProgress);
  const reading = readTables(
    sources,
    reader,
    dispute,
    onWarnings as StreamCsvTablesOptions['onWarnings'],
    signal,
  );
  let started = false;
  const closeAll = async () => {
    for (const { source } of sources) await source.close();
  };
  const stream: AsyncIterableIterator<JsonLinesItem> = {
    [Symbol.asyncIterator]: () => stream,
    next: () => {
      started = true;
      return reading.next();
    },
    return: async (value?: unknown) => {
      if (!started) await closeAll();
      const result = await reading.return(value as undefined);
      await closeAll();
      return result as IteratorResult<JsonLinesItem>;
    },
    throw: async (error?: unknown) => {
      await closeAll();
      return reading.throw(error);
    },
  };
  return stream;
}

async function* readTables(
  sources: readonly { collection: CsvCollection; source: TextSource }[],
  reader: TablesReader,
  given: unknown,
  onWarnings: StreamCsvTablesOptions['onWarnings'],
  signal: AbortSignal | undefined,
): AsyncGenerator<JsonLinesItem, void, undefined> {
  for (const { collection, source } of sources) {
    reader.begin(collection, given);
    for await (const text of source.chunks()) {
      reader.push(text);
      yield* taken(reader, signal);
    }
    reader.endTable();
    yield* taken(reader, signal);
  }
  if (sources.length === 0) reader.begin('claims', given);
  const warnings = reader.end();
  yield* taken(reader, signal);
  if (reader.issues.length > 0) throw new TimelineError(reader.issues as [TimelineIssue, ...TimelineIssue[]]);
  onWarnings?.(warnings);
}

function* taken(reader: TablesReader, signal: AbortSignal | undefined): Generator<JsonLinesItem> {
  const items = reader.take();
  for (let i = 0; i < items.length; i++) {
    signal?.throwIfAborted();
    yield items[i] as JsonLinesItem;
  }
}

/**
 * The rows of each table in turn, made records and handed to the incremental validator: the dispute table's row
 * is the header it begins with; every other row a record of its table's collection.
 */
class TablesReader {
  readonly issues: TimelineIssue[] = [];
  private out: JsonLinesItem[] = [];
  private check: IncrementalValidation | undefined;
  private copied = 0;
  private collection: CsvCollection = 'dispute';
  private parser: CsvParser | undefined;
  private names: readonly string[] | undefined;
  private columns = new Map<string, number>();
  /** The cells of the row being read, by column name: one object for a table's rows, made at its header. */
  private cells: RowCells | undefined;
  private broken = false;
  private header: Record<string, unknown> | undefined;
  private headerRows = 0;
  private rows = 0;
  private rowsRead = 0;

  constructor(private readonly onProgress: ((progress: ReadProgress) => void) | undefined) {}

  /** Starts a table; the validation begins with the first table after the dispute's. */
  begin(collection: CsvCollection, given: unknown): void {
    if (collection !== 'dispute' && this.check === undefined) this.startValidation(given);
    this.collection = collection;
    this.names = undefined;
    this.columns = new Map();
    this.broken = false;
    this.rows = 0;
    this.parser = new CsvParser(
      (row) => this.row(row),
      (problem) => {
        this.issues.push(
          issue('csv-syntax', [collection, 'line', problem.line], `line ${problem.line}: ${problem.message}`),
        );
        this.broken = true;
      },
    );
  }

  push(text: string): void {
    this.parser?.push(text);
  }

  endTable(): void {
    this.parser?.end();
    if (this.names === undefined) this.headerOf([]);
    this.onProgress?.({ done: this.rowsRead });
  }

  /** Ends the stream: the validation's verdict; its warnings, placed at their rows and columns. */
  end(): readonly TimelineIssue[] {
    const check = this.check as IncrementalValidation;
    const { warnings } = check.end();
    this.copyIssues();
    return Object.freeze(warnings.map((found) => ({ ...found, path: cellPath(found.path) })));
  }

  take(): JsonLinesItem[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private startValidation(given: unknown): void {
    const fromTable = this.header !== undefined;
    if (!fromTable && given === undefined)
      this.issues.push(
        issue(
          'missing-field',
          ['tables'],
          "no dispute table and no options.dispute: the dispute's id and title are not known",
        ),
      );
    const where: IssuePath = fromTable ? ['dispute', 'row', 2] : ['options', 'dispute'];
    // Without the dispute's fields (reported above), a stand-in header lets every record still be checked.
    this.check = beginValidation(this.header ?? given ?? { id: 'tables', title: 'tables' }, where, {
      fresh: true,
      onValid: (item) => {
        if (this.issues.length > 0) return;
        const row = item.collection === 'dispute' ? 2 : (item.where[2] as number);
        this.out.push(
          Object.freeze({ collection: item.collection, record: item.record, line: row }) as JsonLinesItem,
        );
      },
    });
  }

  private headerOf(names: readonly string[]): void {
    this.names = names;
    names.forEach((name, i) => {
      if (!this.columns.has(name)) this.columns.set(name, i);
    });
    this.cells = new RowCells(this.columns);
    if (!this.broken && tableOf(names) !== this.collection) {
      this.issues.push(
        issue(
          'invalid-value',
          [this.collection, 'row', 1],
          `the ${this.collection} table's header (${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}) is not the columns of the ${this.collection} table of CSV_COLUMNS, with those it needs`,
        ),
      );
      this.broken = true;
    }
  }

  private row(row: CsvRow): void {
    if (this.names === undefined) {
      this.headerOf(row.cells);
      return;
    }
    this.rows++;
    this.rowsRead++;
    if (this.rowsRead % 1000 === 0) this.onProgress?.({ done: this.rowsRead });
    if (this.broken) return;
    const rowNumber = this.rows + 1;
    const collection = this.collection;
    if (row.cells.length !== this.names.length) {
      this.issues.push(
        issue(
          'csv-syntax',
          [collection, 'row', rowNumber],
          `row ${rowNumber} (line ${row.line}) of the ${collection} table has ${row.cells.length} cells; the header has ${this.names.length}`,
        ),
      );
      return;
    }
    const own: TimelineIssue[] = [];
    const record = ROW_READERS[collection]((this.cells as RowCells).of(row.cells), rowNumber, own);
    for (const found of own) this.issues.push({ ...found, path: [collection, ...found.path] });
    if (record === undefined) return;
    if (collection === 'dispute') {
      this.headerRows++;
      if (this.headerRows === 1) this.header = record;
      else
        this.issues.push(
          issue(
            'invalid-value',
            ['dispute', 'row', rowNumber],
            "the dispute table holds one row, the dispute's own fields",
          ),
        );
      return;
    }
    (this.check as IncrementalValidation).add(collection, record, [collection, 'row', rowNumber]);
    this.copyIssues();
  }

  private copyIssues(): void {
    const found = (this.check as IncrementalValidation).issues;
    for (; this.copied < found.length; this.copied++) {
      const one = found[this.copied] as TimelineIssue;
      this.issues.push({ ...one, path: cellPath(one.path) });
    }
  }
}

/** A validator's path `[collection, 'row', n, field…]` as the table's column: `[collection, 'row', n, column…]`. */
function cellPath(path: IssuePath): IssuePath {
  const [collection, row, n, ...rest] = path;
  if (row !== 'row' || typeof n !== 'number' || typeof collection !== 'string') return path;
  return [collection, row, n, ...columnPath(collection as CsvCollection, rest)];
}
