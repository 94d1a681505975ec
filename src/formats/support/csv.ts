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
 * Reads a CSV text: fields separated by commas, records by CRLF or LF, quoted fields with `""` for a quote and
 * any character inside. A leading byte-order mark is dropped; a final line break is optional; blank lines are
 * skipped. A quote in the middle of an unquoted field, text after a closing quote and an unclosed quote are
 * problems.
 */
export function parseCsv(text: string): { rows: CsvRow[]; problems: CsvProblem[] } {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    cells.push(field);
    field = '';
    quoted = false;
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  while (i < input.length) {
    const c = input[i] as string;
    if (!fieldStarted && c === '"') {
      quoted = true;
      fieldStarted = true;
      const start = i + 1;
      let j = start;
      let value = '';
      for (;;) {
        const close = input.indexOf('"', j);
        if (close === -1) {
          problems.push({ line, message: 'a quoted field is never closed' });
          value += input.slice(j);
          j = input.length;
          break;
        }
        value += input.slice(j, close);
        if (input[close + 1] === '"') {
          value += '"';
          j = close + 2;
        } else {
          j = close + 1;
          break;
        }
      }
      for (const ch of input.slice(start, j)) if (ch === '\n') line++;
      field = value;
      i = j;
      const next = input[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        problems.push({ line, message: 'text after the closing quote of a field' });
        while (i < input.length && input[i] !== ',' && input[i] !== '\n' && input[i] !== '\r') i++;
      }
      continue;
    }
    if (c === ',') {
      endField();
      fieldStarted = true;
      i++;
      fieldStarted = false;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    if (c === '"' && !quoted) problems.push({ line, message: 'a quote inside a field that is not quoted' });
    fieldStarted = true;
    field += c;
    i++;
  }
  if (fieldStarted || cells.length > 0 || field !== '') endRow();
  return { rows, problems };
}
