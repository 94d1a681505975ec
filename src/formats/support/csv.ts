/**
 * RFC 4180 CSV, written and read by hand: every field that needs it quoted, CRLF between records, and a parser
 * that reports what it cannot read instead of guessing. Shared by the CSV formats and the spreadsheet import.
 */

/** Characters that make a field need quotes: the separator, a quote, a line break, and space at either end. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** Quotes a field when it needs it, doubling its quotes. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record: fields joined by commas, ending in CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * Cells a spreadsheet would run as a formula start with one of these (OWASP's list); a cell that starts with
 * `'` is marked too, so that removing one leading `'` on reading is exact.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

/** A free-text cell a spreadsheet will not run: `'` before a formula's first character. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a neutralised cell was made from. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** A row of a CSV text read, with the line it starts on (counted from 1). */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A problem the parser met, and the line where it is. */
export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

/**
 * Reads a CSV text: fields separated by commas (or the `delimiter` given), records by CRLF or LF, quoted fields with `""` for a quote and
 * any character inside. A leading byte-order mark is dropped; a final line break is optional; blank lines are
 * skipped. A quote in the middle of an unquoted field, text after a closing quote and an unclosed quote are
 * problems. The whole text at once: {@link CsvParser} reads the same in chunks.
 */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter = ',',
): { rows: CsvRow[]; problems: CsvProblem[] } {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  const parser = new CsvParser(
    (row) => rows.push(row),
    (problem) => problems.push(problem),
    delimiter,
  );
  parser.push(text);
  parser.end();
  return { rows, problems };
}

/** The characters that may separate the fields of a CSV text: a comma, a semicolon (Excel in much of Europe), a tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** At most this many problems are listed for one line, and this many for the whole text; the rest are counted. */
const MAX_PROBLEMS_A_LINE = 5;
const MAX_PROBLEMS = 100;

const QUOTE = 34;
const CR = 13;
const LF = 10;

enum State {
  /** At the start of a field. */
  Start,
  /** Inside a field without quotes. */
  Unquoted,
  /** Inside quotes. */
  Quoted,
  /** Inside quotes, just after a quote: a second one makes a quote, anything else closes the field. */
  QuoteSeen,
  /** Just after the closing quote: a comma or a line break must come. */
  Closed,
  /** After text that followed a closing quote (a problem): skipped to the next comma or line break. */
  Skipping,
}

/**
 * The CSV reader of {@link parseCsv}, fed text in chunks cut anywhere (inside a quoted field, between the `\r`
 * and `\n` of a line break): `push` each chunk, then `end`. Rows and problems are passed to the callbacks in the
 * order they occur in the text, so the result does not depend on where the chunks were cut. Nothing is held
 * but the row being read.
 */
export class CsvParser {
  private state = State.Start;
  private cells: string[] = [];
  private field = '';
  private line = 1;
  private rowLine = 1;
  private quoteLine = 1;
  /** A `\r` ended the last row: a `\n` right after it belongs to the same line break. */
  private afterCr = false;
  private started = false;
  /** The line of the last problem, how many were passed on for it and how many were not. */
  private problemLine = 0;
  private problemsOnLine = 0;
  private droppedOnLine = 0;
  /** Problems passed on, and problems not passed on once the document's limit was reached. */
  private problems = 0;
  private dropped = 0;

  constructor(
    private readonly onRow: (row: CsvRow) => void,
    private readonly onProblem: (problem: CsvProblem) => void,
    delimiter: CsvDelimiter = ',',
  ) {
    this.separator = delimiter.charCodeAt(0);
    this.delimiter = delimiter;
  }

  /** The field separator, for cutting a plain row. */
  private readonly delimiter: string;
  /** Where the next quote and carriage return of the chunk being read are (-2: not looked for yet). */
  private quoteAt = -2;
  private crAt = -2;

  /**
   * Reads the rows from `from` that are wholly in this chunk with no quote and no lone carriage return (most rows
   * of a table) by cutting each at its separators, not character by character: the state machine of `push` is
   * for quoted fields. Gives where it stopped (`from` when the row there is not plain). A method of its own, so
   * that the engine optimises the character loop of `push` and this one apart.
   */
  private plainRows(text: string, from: number): number {
    let i = from;
    for (;;) {
      const lf = text.indexOf('\n', i);
      if (lf === -1) return i;
      if (this.quoteAt !== -1 && this.quoteAt < i) this.quoteAt = text.indexOf('"', i);
      if (this.crAt !== -1 && this.crAt < i) this.crAt = text.indexOf('\r', i);
      const quoteAt = this.quoteAt;
      const crAt = this.crAt;
      if ((quoteAt !== -1 && quoteAt <= lf) || (crAt !== -1 && crAt < lf - 1)) return i;
      const end = crAt === lf - 1 ? lf - 1 : lf;
      if (end > i) this.onRow({ line: this.line, cells: this.plainCells(text, i, end) });
      this.line++;
      this.rowLine = this.line;
      i = lf + 1;
    }
  }
  /**
   * The columns the reader reads (`true` at each wanted index), or `undefined` for every one: a plain row's other
   * cells are left empty rather than cut out of the text, a string each that no one reads.
   */
  private wanted: readonly boolean[] | undefined;

  /** Reads only these columns of the plain rows after the header (see {@link CsvParser.wanted}). */
  want(columns: readonly boolean[]): void {
    this.wanted = columns;
  }

  /** The cells of a plain row, `text` from `from` to `to`: those wanted cut out, the others empty. */
  private plainCells(text: string, from: number, to: number): string[] {
    const wanted = this.wanted;
    const cells: string[] = [];
    let start = from;
    for (let column = 0; ; column++) {
      let end = text.indexOf(this.delimiter, start);
      if (end === -1 || end > to) end = to;
      cells.push(wanted !== undefined && wanted[column] === false ? '' : text.slice(start, end));
      if (end === to) return cells;
      start = end + 1;
    }
  }

  /** The character code of the field separator. */
  private readonly separator: number;

  push(chunk: string): void {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const length = text.length;
    this.quoteAt = -2;
    this.crAt = -2;
    let i = 0;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (this.afterCr) {
        this.afterCr = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      // At the start of a row, the plain rows that follow are cut at once (see plainRows).
      if (this.state === State.Start && this.cells.length === 0 && this.field === '') {
        const next = this.plainRows(text, i);
        if (next !== i) {
          i = next;
          continue;
        }
      }
      switch (this.state) {
        case State.Quoted: {
          const close = text.indexOf('"', i);
          const end = close === -1 ? length : close;
          const piece = text.slice(i, end);
          this.field += piece;
          this.countLines(piece);
          if (close === -1) i = length;
          else {
            this.state = State.QuoteSeen;
            i = close + 1;
          }
          continue;
        }
        case State.QuoteSeen:
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            i++;
          } else this.state = State.Closed;
          continue;
        default:
          break;
      }
      if (c === this.separator) {
        this.endField();
        i++;
      } else if (c === CR || c === LF) {
        this.endRow();
        this.line++;
        this.rowLine = this.line;
        this.afterCr = c === CR;
        i++;
      } else if (this.state === State.Start && c === QUOTE) {
        this.state = State.Quoted;
        this.quoteLine = this.line;
        i++;
      } else if (this.state === State.Closed) {
        this.problem(this.line, 'text after the closing quote of a field');
        this.state = State.Skipping;
        i++;
      } else if (this.state === State.Skipping) i++;
      else {
        // Start or Unquoted: the text up to the next comma or line break, at once, stray quotes and all (kept
        // as they are, each a problem): a cell of ten million quotes is one slice, not ten million pieces.
        this.state = State.Unquoted;
        let j = i;
        while (j < length) {
          const d = text.charCodeAt(j);
          if (d === this.separator || d === CR || d === LF) break;
          if (d === QUOTE) this.problem(this.line, 'a quote inside a field that is not quoted');
          j++;
        }
        this.field += text.slice(i, j);
        i = j;
      }
    }
  }

  /** The input has ended: the last row, and a quoted field left open. */
  end(): void {
    if (this.state === State.Quoted) this.problem(this.quoteLine, 'a quoted field is never closed');
    if (this.state !== State.Start || this.cells.length > 0 || this.field !== '') this.endRow();
    this.state = State.Start;
    this.closeProblemLine();
    if (this.dropped > 0)
      this.onProblem({
        line: this.problemLine,
        message: `${this.dropped} more ${this.dropped === 1 ? 'problem' : 'problems'} not listed (at most ${MAX_PROBLEMS} are, and ${MAX_PROBLEMS_A_LINE} a line)`,
      });
    this.dropped = 0;
  }

  /**
   * A problem passed on, up to {@link MAX_PROBLEMS_A_LINE} a line and {@link MAX_PROBLEMS} in all; the others
   * are counted and said in one problem at the end of their line or of the text, so that a cell of stray quotes
   * gives a bounded error.
   */
  private problem(line: number, message: string): void {
    if (line !== this.problemLine) {
      this.closeProblemLine();
      this.problemLine = line;
    }
    if (this.problems >= MAX_PROBLEMS) this.dropped++;
    else if (this.problemsOnLine >= MAX_PROBLEMS_A_LINE) this.droppedOnLine++;
    else {
      this.problemsOnLine++;
      this.problems++;
      this.onProblem({ line, message });
    }
  }

  /** Says how many problems of the last line were not passed on. */
  private closeProblemLine(): void {
    if (this.droppedOnLine > 0) {
      if (this.problems >= MAX_PROBLEMS) this.dropped += this.droppedOnLine;
      else {
        this.problems++;
        this.onProblem({
          line: this.problemLine,
          message: `${this.droppedOnLine} more ${this.droppedOnLine === 1 ? 'problem' : 'problems'} on this line`,
        });
      }
    }
    this.problemsOnLine = 0;
    this.droppedOnLine = 0;
  }

  private countLines(text: string): void {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.line++;
  }

  private endField(): void {
    this.cells.push(this.field);
    this.field = '';
    this.state = State.Start;
  }

  private endRow(): void {
    this.endField();
    const cells = this.cells;
    this.cells = [];
    if (!(cells.length === 1 && cells[0] === '')) this.onRow({ line: this.rowLine, cells });
  }
}
