import { issue } from '../../_lib/issues.js';
import { beginValidation } from '../../builder/seam.js';
import { type IssuePath, TimelineError, type TimelineIssue } from '../../errors/index.js';
import type { TimelineEvent } from '../../model/event.js';
import type { ReadProgress } from '../format.js';
import type { InvalidText } from '../support/chunks.js';
import { CsvParser, type CsvRow, restoreFormula } from '../support/csv.js';

/** The columns an events CSV needs. */
const NEEDED = ['id', 'date', 'kind', 'title', 'actors', 'confidence'] as const;

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
  const date = restoreFormula(cell('date'));
  const citations = jsonCell('citations');
  const tags = jsonCell('tags');
  if (broken) return undefined;
  // Fields set only when present, never set and deleted: an object that lost a field is slower and larger.
  const input: Record<string, unknown> = {
    id: cell('id'),
    date: zone === '' ? date : { value: date, timeZone: zone },
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
  // A whole number is read as one; any other text is left for the schema to refuse at its cell.
  const sequence = cell('sequence');
  if (sequence !== '') input['sequence'] = /^\d{1,15}$/.test(sequence) ? Number(sequence) : sequence;
  return input;
}

/** Where a field of the event read from a row came from: its row and column. */
function rowPath(row: number, path: IssuePath): IssuePath {
  const [field, ...rest] = path;
  // The zone of the date is its own column, `date_zone`.
  if (field === 'date' && rest[0] === 'timeZone') return ['row', row, 'date_zone', ...rest.slice(1)];
  const column = field === 'sources' ? (rest.length > 1 ? 'citations' : 'source_ids') : field;
  return ['row', row, column ?? 'id', ...(field === 'sources' ? [] : rest)];
}
