import { checkList, describeValue, optionsObject } from '../../_lib/args.js';
import { fail, issue } from '../../_lib/issues.js';
import { validateDispute } from '../../builder/seam.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../../errors/index.js';
import type { Dispute, DisputeInput, RecordCollection } from '../../model/dispute.js';
import { parseCsv, restoreFormula } from '../support/csv.js';
import { CSV_COLUMNS, type CsvCollection, csvTables } from './columns.js';
import { citationOf, eventOfRow, INVALID, jsonCell, RowCells } from './engine.js';

/**
 * Options of {@link readCsvTables}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { writeCsv } from 'dispute-timeline';
 * import { readCsvTables, type ReadCsvTablesOptions } from 'dispute-timeline/csv-tables';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * // Without its dispute table, the header is given:
 * const options: ReadCsvTablesOptions = { dispute: { id: 'saudi', title: 'Saudi Arabia and BlackBerry' } };
 * const tables = (['actors', 'sources', 'demands', 'responses', 'deadlines', 'events', 'claims'] as const).map(
 *   (collection) => writeCsv(saudiBlackberry2010, { collection }),
 * );
 * readCsvTables(tables, options).title;
 * //=> 'Saudi Arabia and BlackBerry'
 * ```
 */
export interface ReadCsvTablesOptions {
  /**
   * The dispute's own fields (`id`, `title`, …), for tables without their `dispute` table; a `dispute` table
   * given among the tables wins.
   */
  readonly dispute?: Omit<DisputeInput, RecordCollection>;
}

/**
 * Reads the CSV tables {@link dispute-timeline!writeCsv | writeCsv} writes of a dispute (one per collection, and the
 * `dispute` table of its own fields) back into that dispute, built and validated as
 * {@link dispute-timeline!parseDispute | parseDispute} builds it: every reference resolved, every rule run. Each text
 * is one table, recognised by its header (its columns are the table's of
 * {@link dispute-timeline!CSV_COLUMNS | CSV_COLUMNS}, in any order, and hold those the table needs), so the tables may
 * come in any order; a collection without its table is empty. The cells are read as
 * {@link dispute-timeline!readCsv | readCsv} reads an events table: derived columns (`precision`, `earliest`, `latest`,
 * `time_zone` of a record, `sources`) are ignored, a formula's `'` is taken off, an empty list is read as absent.
 *
 * @category Formats
 * @param tables - the texts of the tables, each as `writeCsv` writes it (a BOM, CRLF or LF)
 * @param options - the dispute's own fields, when its `dispute` table is not among the tables
 * @returns the dispute, deeply frozen, its events in timeline order
 * @throws {@link dispute-timeline!TimelineError | TimelineError} `invalid-argument` for tables that are not a list of
 * texts; `invalid-value` at `['tables', k]` for a text whose header is no table's, or a second table of one collection;
 * `missing-field` at `['tables']` when neither a `dispute` table nor `options.dispute` gives the dispute's fields;
 * `csv-syntax`, `json-syntax`, `wrong-type` at `[collection, 'row', n, column]` for a table that cannot be read; and
 * every issue {@link dispute-timeline!parseDispute | parseDispute} gives, at the row and column it comes from
 * (`['actors', 'row', 3, 'kind']`, rows counted as a spreadsheet shows them, the header being row 1)
 *
 * @example
 * ```ts
 * import { CSV_COLUMNS, type CsvCollection, serializeDispute, writeCsv } from 'dispute-timeline';
 * import { readCsvTables } from 'dispute-timeline/csv-tables';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const tables = (Object.keys(CSV_COLUMNS) as CsvCollection[]).map((collection) =>
 *   writeCsv(indiaBlackberry2010, { collection }),
 * );
 * const dispute = readCsvTables(tables);
 * serializeDispute(dispute) === serializeDispute(indiaBlackberry2010);
 * //=> true
 * ```
 */
export function readCsvTables(tables: readonly string[], options: ReadCsvTablesOptions = {}): Dispute {
  const texts = checkList(tables, ['tables'], 'tables');
  texts.forEach((text, k) => {
    if (typeof text !== 'string')
      fail('invalid-argument', ['tables', k], `expected the text of a CSV table; got ${describeValue(text)}`);
  });
  const { dispute: given } = optionsObject(options);
  if (given !== undefined && (typeof given !== 'object' || given === null || Array.isArray(given)))
    fail(
      'invalid-argument',
      ['options', 'dispute'],
      `expected the dispute's fields; got ${describeValue(given)}`,
    );
  const issues: TimelineIssue[] = [];
  const read = new Map<CsvCollection, Record<string, unknown>[]>();
  const where = new Map<CsvCollection, number>();
  (texts as readonly string[]).forEach((text, k) => {
    const table = readTable(text, k, issues);
    if (table === undefined) return;
    const first = where.get(table.collection);
    if (first !== undefined) {
      issues.push(
        issue(
          'invalid-value',
          ['tables', k],
          `a second ${table.collection} table: tables[${first}] is the ${table.collection} table`,
          table.collection,
        ),
      );
      return;
    }
    where.set(table.collection, k);
    read.set(table.collection, table.records);
  });
  const rows = read.get('dispute');
  if (rows !== undefined && rows.length !== 1)
    issues.push(
      issue(
        'invalid-value',
        ['dispute', 'row', 2 + Math.min(rows.length, 1)],
        `the dispute table holds one row, the dispute's own fields; it has ${rows.length}`,
      ),
    );
  const header = rows?.[0] ?? given;
  if (header === undefined && rows === undefined)
    issues.push(
      issue(
        'missing-field',
        ['tables'],
        "no dispute table (writeCsv(dispute, { collection: 'dispute' })) and no options.dispute: the dispute's id and title are not known",
      ),
    );
  if (issues.length > 0) throw new TimelineError(issues as [TimelineIssue, ...TimelineIssue[]]);
  const input: Record<string, unknown> = { ...(header as object) };
  for (const collection of Object.keys(CSV_COLUMNS) as CsvCollection[])
    if (collection !== 'dispute') input[collection] = read.get(collection) ?? [];
  const result = validateDispute(input, true);
  if (result.success) return result.data;
  const placed = result.error.issues.map((found) => ({
    ...found,
    path: rowsPath(found.path, rows === undefined),
  }));
  throw new TimelineError(placed as [TimelineIssue, ...TimelineIssue[]]);
}

/** A table read: its collection (found by its header) and its rows as records' input. */
function readTable(
  text: string,
  k: number,
  issues: TimelineIssue[],
): { collection: CsvCollection; records: Record<string, unknown>[] } | undefined {
  const { rows, problems } = parseCsv(text);
  const [head, ...body] = rows;
  const names = head?.cells ?? [];
  const collection = tableOf(names);
  if (collection === undefined) {
    issues.push(
      issue(
        'invalid-value',
        ['tables', k],
        `tables[${k}] is no table of writeCsv: its header (${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}) ` +
          "is not the columns of one of CSV_COLUMNS' tables, with those each needs",
      ),
    );
    return undefined;
  }
  const own: TimelineIssue[] = problems.map((problem) =>
    issue('csv-syntax', ['line', problem.line], `line ${problem.line}: ${problem.message}`),
  );
  const columns = new Map<string, number>();
  names.forEach((name, i) => {
    if (!columns.has(name)) columns.set(name, i);
  });
  const records: Record<string, unknown>[] = [];
  const readRow = ROW_READERS[collection];
  const cells = new RowCells(columns);
  if (own.length === 0)
    body.forEach((row, i) => {
      const rowNumber = i + 2;
      if (row.cells.length !== names.length) {
        own.push(
          issue(
            'csv-syntax',
            ['row', rowNumber],
            `row ${rowNumber} (line ${row.line}) has ${row.cells.length} cells; the header has ${names.length}`,
          ),
        );
        return;
      }
      const record = readRow(cells.of(row.cells), rowNumber, own);
      if (record !== undefined) records.push(record);
    });
  for (const found of own) issues.push({ ...found, path: [collection, ...found.path] });
  return own.length > 0 ? undefined : { collection, records };
}

/**
 * The columns a table needs to be read as one: those of the fields every record has. With the header's columns
 * all among the table's, they tell the tables apart.
 */
const NEEDED: { readonly [C in CsvCollection]: readonly string[] } = {
  events: ['id', 'date', 'kind', 'title', 'actors', 'confidence'],
  actors: ['id', 'name', 'kind'],
  sources: ['id', 'publisher'],
  demands: ['id', 'date', 'by', 'of', 'subjects', 'summary'],
  responses: ['id', 'date', 'by', 'to', 'stance', 'summary'],
  deadlines: ['id', 'due', 'set_by', 'demands'],
  claims: ['id', 'topic', 'statement', 'confidence'],
  dispute: ['id', 'title'],
};

/** The one table a header is the columns of, or `undefined`. */
export function tableOf(names: readonly string[]): CsvCollection | undefined {
  const matching = (Object.keys(CSV_COLUMNS) as CsvCollection[]).filter(
    (collection) =>
      names.every((name) => CSV_COLUMNS[collection].includes(name)) &&
      NEEDED[collection].every((name) => names.includes(name)) &&
      (!['events', 'claims'].includes(collection) ||
        names.includes('source_ids') ||
        names.includes('citations')),
  );
  return matching.length === 1 ? matching[0] : undefined;
}

type RowReader = (
  cells: RowCells,
  row: number,
  issues: TimelineIssue[],
) => Record<string, unknown> | undefined;

/** The free-text columns of a table, whose cells had a formula's first character guarded. */
function freeText(collection: CsvCollection): ReadonlySet<string> {
  return new Set(
    csvTables()
      [collection].filter((column) => column.freeText)
      .map((column) => column.name),
  );
}

/**
 * A record being read from a row: each `set…` puts a field when its cell is not empty, in the order called (the
 * schema's), so that the record has the fields of the one written.
 */
class RecordOfRow {
  readonly record: Record<string, unknown> = {};
  private bad = false;
  constructor(
    readonly cells: RowCells,
    private readonly guarded: ReadonlySet<string>,
    private readonly row: number,
    private readonly issues: TimelineIssue[],
  ) {}

  /** A record of its own read from the same row (a deadline's ending, a claim's figure), set as `field` by the caller. */
  sub(): RecordOfRow {
    return new RecordOfRow(this.cells, this.guarded, this.row, this.issues);
  }

  /** A cell's text as written, its formula guard taken off. */
  text(column: string): string {
    const cell = this.cells.cell(column);
    return this.guarded.has(column) ? restoreFormula(cell) : cell;
  }
  /** Sets a field to a cell's text: always (a needed field), or when the cell is not empty. */
  set(field: string, column: string, needed = false): this {
    const value = this.text(column);
    if (needed || value !== '') this.record[field] = value;
    return this;
  }
  /** Sets a field to a `;`-separated list: always (`[]` when empty), or when it holds something. */
  list(field: string, column: string, needed = false): this {
    const value = this.cells.list(column);
    if (needed || value !== undefined) this.record[field] = value ?? [];
    return this;
  }
  /** Sets a field to a JSON cell's value when it holds one. */
  json(field: string, column: string): this {
    const value = this.jsonOf(column);
    if (value !== undefined) this.record[field] = value;
    return this;
  }
  /** A date and its own zone column: a `{ value, timeZone }` when the zone is given. */
  date(field: string, column: string, zoneColumn: string, needed = false): this {
    const value = dateOf(this.text(column), this.cells.cell(zoneColumn));
    if (needed || value !== undefined) this.record[field] = value ?? '';
    return this;
  }
  /** Citations: the JSON `citations` when written, else the ids of `source_ids`. */
  sources(field: string, ids: string, citations: string, needed = false): this {
    const full = this.jsonOf(citations);
    const list = full ?? this.cells.list(ids)?.map(citationOf);
    if (needed || list !== undefined) this.record[field] = list ?? [];
    return this;
  }
  /** A number's cell: a number when it is one, else the text, for the schema to refuse at its cell. */
  number(field: string, column: string): this {
    const value = this.cells.cell(column);
    if (value !== '') this.record[field] = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value) ? Number(value) : value;
    return this;
  }
  /** The record, or `undefined` when a JSON cell could not be read. */
  done(): Record<string, unknown> | undefined {
    return this.bad ? undefined : this.record;
  }
  /** A JSON cell's value, `undefined` when empty or not JSON (then reported, and the record not made). */
  jsonOf(column: string): unknown {
    const value = jsonCell(this.cells, column, this.row, this.issues);
    if (value === INVALID) {
      this.bad = true;
      return undefined;
    }
    return value;
  }
}

function dateOf(value: string, zone: string): unknown {
  if (value === '') return undefined;
  return zone === '' ? value : { value, timeZone: zone };
}

/** A row's record of each table, made as a {@link RecordOfRow}. */
function rowReader(collection: CsvCollection, read: (record: RecordOfRow) => RecordOfRow): RowReader {
  let guarded: ReadonlySet<string> | undefined;
  return (cells, row, issues) => {
    guarded ??= freeText(collection);
    return read(new RecordOfRow(cells, guarded, row, issues)).done();
  };
}

export const ROW_READERS: { readonly [C in CsvCollection]: RowReader } = {
  events: eventOfRow,
  actors: rowReader('actors', (r) => {
    r.set('id', 'id', true).set('name', 'name', true).set('kind', 'kind', true).set('country', 'country');
    r.json('aliases', 'aliases');
    const organizations = r.cells.list('memberships');
    // The role in each organisation, when any is given (`null` for none).
    const roles = r.jsonOf('membership_roles');
    if (organizations !== undefined)
      r.record['memberships'] = organizations.map((organization, i) => {
        const role: unknown = Array.isArray(roles) ? roles[i] : undefined;
        return role === null || role === undefined ? { organization } : { organization, role };
      });
    return r.set('description', 'description');
  }),
  sources: rowReader('sources', (r) =>
    r
      .set('id', 'id', true)
      .set('publisher', 'publisher', true)
      .set('title', 'title')
      .set('url', 'url')
      .date('published', 'published', 'published_zone')
      .set('author', 'author')
      .set('copyOf', 'copy_of')
      .set('note', 'note'),
  ),
  demands: rowReader('demands', (r) =>
    r
      .set('id', 'id', true)
      .date('date', 'date', 'date_zone', true)
      .list('by', 'by', true)
      .list('of', 'of', true)
      .list('subjects', 'subjects', true)
      .json('services', 'services')
      .set('summary', 'summary', true)
      .set('consequence', 'consequence')
      .set('justification', 'justification')
      .sources('sources', 'source_ids', 'citations')
      .number('sequence', 'sequence'),
  ),
  responses: rowReader('responses', (r) =>
    r
      .set('id', 'id', true)
      .date('date', 'date', 'date_zone', true)
      .list('by', 'by', true)
      .list('to', 'to', true)
      .set('stance', 'stance', true)
      .set('summary', 'summary', true)
      .set('statement', 'statement')
      .sources('sources', 'source_ids', 'citations')
      .number('sequence', 'sequence'),
  ),
  deadlines: rowReader('deadlines', (r) => {
    r.set('id', 'id', true)
      .date('due', 'due', 'due_zone', true)
      .date('setOn', 'set_on', 'set_on_zone')
      .list('setBy', 'set_by', true)
      .list('demands', 'demands', true)
      .set('summary', 'summary')
      .set('consequence', 'consequence')
      .set('extends', 'extends');
    if (r.text('outcome') !== '') {
      const ending = r.sub();
      ending
        .set('kind', 'outcome', true)
        .date('on', 'outcome_on', 'outcome_on_zone')
        .set('event', 'outcome_event')
        .sources('sources', 'outcome_source_ids', 'outcome_citations')
        .set('note', 'outcome_note');
      r.record['outcome'] = ending.record;
    }
    return r.sources('sources', 'source_ids', 'citations').number('sequence', 'sequence');
  }),
  claims: rowReader('claims', (r) => {
    r.set('id', 'id', true).set('topic', 'topic', true).set('statement', 'statement', true);
    const quantity = ['low', 'high', 'qualifier', 'unit'].some((column) => r.text(column) !== '');
    if (quantity) {
      const figure = r.sub();
      figure
        .number('low', 'low')
        .number('high', 'high')
        .set('qualifier', 'qualifier')
        .set('unit', 'unit', true);
      r.record['quantity'] = figure.record;
    }
    return r
      .date('date', 'date', 'date_zone')
      .sources('sources', 'source_ids', 'citations', true)
      .set('confidence', 'confidence', true);
  }),
  dispute: rowReader('dispute', (r) =>
    r
      .set('id', 'id', true)
      .set('title', 'title', true)
      .set('summary', 'summary')
      .set('timeZone', 'time_zone')
      .list('countries', 'countries'),
  ),
};

/**
 * Where an issue of the dispute read from the tables comes from: `['actors', 3, 'kind']` is the actors table's
 * row 5 (the header is row 1), column `kind`; an issue of the dispute's own fields is the dispute table's row 2,
 * or `options.dispute` when there was no dispute table.
 */
function rowsPath(path: IssuePath, noTable: boolean): IssuePath {
  const [first, second, ...rest] = path;
  if (typeof first === 'string' && typeof second === 'number' && first in CSV_COLUMNS)
    return [first, 'row', second + 2, ...columnPath(first as RecordCollection, rest)];
  if (noTable) return ['options', 'dispute', ...path];
  return ['dispute', 'row', 2, ...columnPath('dispute', path)];
}

/** Whether a citation's path (`[k, field]`) is its quote or note, which only the JSON citations column holds. */
const quoteOrNote = (path: IssuePath) => path[1] === 'quote' || path[1] === 'note';

/** The column (and what follows it) of a field's path within its record. */
export function columnPath(collection: CsvCollection, path: IssuePath): IssuePath {
  const [field, ...rest] = path;
  if (field === undefined) return [];
  if (typeof field !== 'string') return path;
  const zone = rest[0] === 'timeZone';
  switch (field) {
    case 'sources':
      return [quoteOrNote(rest) ? 'citations' : 'source_ids'];
    case 'memberships':
      return [rest[1] === 'role' ? 'membership_roles' : 'memberships', ...rest.slice(0, 1)];
    case 'quantity':
      return [typeof rest[0] === 'string' ? rest[0] : 'unit'];
    case 'outcome': {
      const [part, ...more] = rest;
      if (part === undefined || part === 'kind') return ['outcome'];
      if (part === 'sources') return [quoteOrNote(more) ? 'outcome_citations' : 'outcome_source_ids'];
      if (part === 'on' && more[0] === 'timeZone') return ['outcome_on_zone'];
      return [`outcome_${String(part)}`];
    }
    default: {
      const column = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      if (zone && collection !== 'dispute') return [`${column}_zone`];
      return [column, ...rest.filter((part) => typeof part === 'number')];
    }
  }
}
