import { issue } from '../../_lib/issues.js';
import { beginValidation } from '../../builder/seam.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../../errors/index.js';
import type { TimelineEvent } from '../../model/event.js';
import type { ReadProgress } from '../format.js';
import type { InvalidText } from '../support/chunks.js';
import { CsvParser, type CsvRow, restoreFormula } from '../support/csv.js';

/** The columns an events CSV needs. */
const NEEDED = ['id', 'date', 'kind', 'title', 'actors', 'confidence'] as const;

/** The columns an event is read from; the others of the table (its date's readings, its sources' URLs) are derived. */
const EVENT_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'date',
  'date_zone',
  'kind',
  'title',
  'description',
  'actors',
  'demands',
  'responses',
  'deadlines',
  'source_ids',
  'citations',
  'confidence',
  'tags',
  'sequence',
]);

/**
 * Reads the rows of an events CSV as they are parsed, chunk by chunk: the header, then each row checked and
 * made an event. After the first problem (one the parser meets, or a needed column absent), rows are no longer
 * read as events — their cells may be misaligned — and no event is passed on after any issue.
 */
export class CsvEventsReader {
  readonly issues: TimelineIssue[] = [];
  private names: readonly string[] | undefined;
  private readonly columns = new Map<string, number>();
  private broken = false;
  private rows = 0;
  private out: TimelineEvent[] = [];
  /** The cells of the row being read, by column name: one object for every row, made at the header. */
  private cells: RowCells | undefined;
  /**
   * The builder's incremental validator, for events without their dispute: ids, duplicates and each event's
   * schema (references are not resolved: there is no dispute to resolve them in). The rows' events are this
   * reader's own, so a valid one is frozen and kept as it is.
   */
  private readonly check = beginValidation(undefined, [], {
    fresh: true,
    onValid: (item) => {
      if (this.issues.length === 0) this.out.push(item.record as TimelineEvent);
    },
  });
  /** How many of the validator's issues have been copied into `issues`, with their paths made rows and columns. */
  private copied = 0;
  private readonly parser = new CsvParser(
    (row) => this.row(row),
    (problem) => {
      this.issues.push(
        issue('csv-syntax', ['line', problem.line], `line ${problem.line}: ${problem.message}`),
      );
      this.broken = true;
    },
  );

  constructor(private readonly onProgress: ((progress: ReadProgress) => void) | undefined) {}

  push(text: string): void {
    this.parser.push(text);
  }

  /** Bytes of the input that are not UTF-8: a problem at their line, as the parser's are. */
  invalidText(invalid: InvalidText): void {
    this.issues.push(issue('csv-syntax', ['line', invalid.line], invalid.message, invalid.byte));
    this.broken = true;
  }

  end(): void {
    this.parser.end();
    this.check.end();
    this.copyIssues();
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
    this.cells = new RowCells(this.columns);
    // The derived columns (precision, earliest, latest, time_zone, sources) are never read: not cut out either.
    this.parser.want(names.map((name, i) => this.columns.get(name) === i && EVENT_COLUMNS.has(name)));
    // A header the parser could not read (a quote never closed) is not checked: its syntax is the problem.
    for (const needed of this.broken ? [] : NEEDED) {
      if (!this.columns.has(needed))
        this.issues.push(
          issue('missing-field', ['row', 1, needed], `the events CSV has no column "${needed}"`),
        );
    }
    if (!this.broken && !this.columns.has('source_ids') && !this.columns.has('citations'))
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
          'csv-syntax',
          ['row', rowNumber],
          `row ${rowNumber} (line ${row.line}) has ${row.cells.length} cells; the header has ${width}`,
        ),
      );
      return;
    }
    const input = eventOfRow((this.cells as RowCells).of(row.cells), rowNumber, this.issues);
    if (input === undefined) return;
    this.check.add('events', input, ['row', rowNumber]);
    this.copyIssues();
  }

  /** The validator's issues not copied yet, at their rows and columns, in the order they were found. */
  private copyIssues(): void {
    const found = this.check.issues;
    for (; this.copied < found.length; this.copied++) {
      const one = found[this.copied] as TimelineIssue;
      const [, row, ...rest] = one.path;
      this.issues.push({ ...one, path: rowPath(row as number, rest) });
    }
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

/**
 * The cells of one row by column name. A class, not closures made for each row: a million rows would make (and,
 * under a transform that names functions, name) millions of them.
 */
export class RowCells {
  /** Each column's index by name, as an object: its few names are looked up as a property, not hashed. */
  private readonly at: Readonly<Record<string, number>>;
  private cells: readonly string[] = [];

  constructor(columns: ReadonlyMap<string, number>) {
    this.at = Object.fromEntries(columns);
  }

  /** Reads another row (the same table): a reader keeps one of these for all its rows. */
  of(cells: readonly string[]): this {
    this.cells = cells;
    return this;
  }

  /** The cell of a column, '' when the table has no such column. */
  cell(name: string): string {
    const at = this.at[name];
    // A name the table lacks, even one an object inherits (`constructor`), reads as empty.
    return typeof at !== 'number' ? '' : own(this.cells[at] as string);
  }

  /** A `;`-separated list cell; `undefined` when empty. */
  list(name: string): string[] | undefined {
    const value = this.cell(name);
    return value === '' ? undefined : value.split(';');
  }
}

/** A JSON cell's value (`undefined` when empty), or `INVALID` after reporting a cell that is not JSON. */
export function jsonCell(cells: RowCells, name: string, row: number, issues: TimelineIssue[]): unknown {
  const value = restoreFormula(cells.cell(name));
  if (value === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    issues.push(issue('json-syntax', ['row', row, name], `the ${name} cell is not JSON`, value));
    return INVALID;
  }
}

export const INVALID: unique symbol = Symbol('invalid');

/** The event fields a row holds, in the schema's order; JSON cells that are not JSON are issues. */
export function eventOfRow(
  cells: RowCells,
  row: number,
  issues: TimelineIssue[],
): Record<string, unknown> | undefined {
  const zone = cells.cell('date_zone');
  const date = restoreFormula(cells.cell('date'));
  const citations = jsonCell(cells, 'citations', row, issues);
  const tags = jsonCell(cells, 'tags', row, issues);
  if (citations === INVALID || tags === INVALID) return undefined;
  // Fields set only when present, never set and deleted: an object that lost a field is slower and larger.
  const input: Record<string, unknown> = {
    id: cells.cell('id'),
    date: zone === '' ? date : { value: date, timeZone: zone },
    kind: cells.cell('kind'),
    title: restoreFormula(cells.cell('title')),
  };
  const description = restoreFormula(cells.cell('description'));
  if (description !== '') input['description'] = description;
  input['actors'] = cells.list('actors') ?? [];
  const demands = cells.list('demands');
  if (demands !== undefined) input['demands'] = demands;
  const responses = cells.list('responses');
  if (responses !== undefined) input['responses'] = responses;
  const deadlines = cells.list('deadlines');
  if (deadlines !== undefined) input['deadlines'] = deadlines;
  input['sources'] = citations ?? (cells.list('source_ids') ?? []).map(citationOf);
  input['confidence'] = cells.cell('confidence');
  if (tags !== undefined) input['tags'] = tags;
  // A whole number is read as one; any other text is left for the schema to refuse at its cell.
  const sequence = cells.cell('sequence');
  if (sequence !== '') input['sequence'] = /^\d{1,15}$/.test(sequence) ? Number(sequence) : sequence;
  return input;
}

export function citationOf(source: string): { source: string } {
  return { source };
}

/** Where a field of the event read from a row came from: its row and column. */
function rowPath(row: number, path: IssuePath): IssuePath {
  const [field, ...rest] = path;
  // The zone of the date is its own column, `date_zone`.
  if (field === 'date' && rest[0] === 'timeZone') return ['row', row, 'date_zone', ...rest.slice(1)];
  // A citation's source id is in source_ids (and in citations, when written); its quote and note only in citations.
  const column =
    field === 'sources' ? (rest[1] === 'quote' || rest[1] === 'note' ? 'citations' : 'source_ids') : field;
  return ['row', row, column ?? 'id', ...(field === 'sources' ? [] : rest)];
}
