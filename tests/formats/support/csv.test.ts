import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CsvParser,
  type CsvProblem,
  type CsvRow,
  csvRecord,
  neutralizeFormula,
  parseCsv,
  restoreFormula,
} from '../../../src/formats/support/csv.js';

/**
 * The problems as the parser lists them since it bounds them: at most 5 a line and 100 in all, then one problem
 * saying how many more a line had, and one at the end saying how many more there were in all.
 */
function bounded(problems: readonly CsvProblem[]): CsvProblem[] {
  const out: CsvProblem[] = [];
  let line = 0;
  let onLine = 0;
  let droppedOnLine = 0;
  let total = 0;
  let dropped = 0;
  const closeLine = () => {
    if (droppedOnLine > 0) {
      if (total >= 100) dropped += droppedOnLine;
      else {
        total++;
        const more = `${droppedOnLine} more ${droppedOnLine === 1 ? 'problem' : 'problems'} on this line`;
        out.push({ line, message: more });
      }
    }
    onLine = 0;
    droppedOnLine = 0;
  };
  for (const problem of problems) {
    if (problem.line !== line) {
      closeLine();
      line = problem.line;
    }
    if (total >= 100) dropped++;
    else if (onLine >= 5) droppedOnLine++;
    else {
      onLine++;
      total++;
      out.push(problem);
    }
  }
  closeLine();
  if (dropped > 0)
    out.push({
      line,
      message: `${dropped} more ${dropped === 1 ? 'problem' : 'problems'} not listed (at most 100 are, and 5 a line)`,
    });
  return out;
}

/**
 * The whole-text parser this file's parser replaced (kept as it was): the streaming parser must read every text
 * as it did.
 */
function parseCsvBefore(text: string): { rows: CsvRow[]; problems: CsvProblem[] } {
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

const RUNS = { numRuns: 200, interruptAfterTimeLimit: 45_000, markInterruptAsFailure: true };
const field = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', ',', '"', '""', '\r\n', '\n', '\r', 'a,b', ' lead', 'trail ', '=1+2', "'x"),
);
const table = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
  );

/** Rows made only of one empty field are blank lines, which both readers skip. */
const notBlank = (rows: string[][]) => rows.filter((row) => !(row.length === 1 && row[0] === ''));

describe('the CSV writer and parser', () => {
  it('write rows that csv-parse reads as the same fields, and that parseCsv reads alike', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = rows.map(csvRecord).join('');
        expect(parse(text, { relax_column_count: false, skip_empty_lines: true })).toEqual(notBlank(rows));
        const read = parseCsv(text);
        expect(read.problems).toEqual([]);
        expect(read.rows.map((row) => row.cells)).toEqual(notBlank(rows));
      }),
      RUNS,
    );
  });

  it('reads LF line ends, a BOM and no final line break, and says on which line each row starts', () => {
    const { rows, problems } = parseCsv('\ufeffa,b\n"multi\nline",2\n\nlast,3');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['multi\nline', '2'] },
      { line: 5, cells: ['last', '3'] },
    ]);
  });

  it('reports an unclosed quote, text after a closing quote and a stray quote', () => {
    expect(parseCsv('a,"open\r\n').problems).toEqual([
      { line: 1, message: 'a quoted field is never closed' },
    ]);
    expect(parseCsv('"a"b,c\r\n').problems).toEqual([
      { line: 1, message: 'text after the closing quote of a field' },
    ]);
    expect(parseCsv('x\r\na"b\r\n').problems).toEqual([
      { line: 2, message: 'a quote inside a field that is not quoted' },
    ]);
  });

  it('read text cut into chunks anywhere as the whole text: the same rows, problems and lines, in the same order', () => {
    const messy = fc.oneof(
      table.map((rows) => rows.map(csvRecord).join('')),
      fc
        .array(fc.constantFrom('a', ',', '"', '""', '\r', '\n', '\r\n', ' ', '\ufeff', 'é'), {
          maxLength: 40,
        })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(messy, fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 12 }), (text, cuts) => {
        const events: (CsvRow | CsvProblem)[] = [];
        const parser = new CsvParser(
          (row) => events.push(row),
          (problem) => events.push(problem),
        );
        let at = 0;
        for (const length of cuts) {
          parser.push(text.slice(at, at + length));
          at += length;
        }
        parser.push(text.slice(at));
        parser.end();
        const whole: (CsvRow | CsvProblem)[] = [];
        const once = new CsvParser(
          (row) => whole.push(row),
          (problem) => whole.push(problem),
        );
        once.push(text);
        once.end();
        expect(events).toEqual(whole);
        const { rows, problems } = parseCsv(text);
        expect(whole.filter((e) => 'cells' in e)).toEqual(rows);
        expect(whole.filter((e) => 'message' in e)).toEqual(problems);
        const before = parseCsvBefore(text);
        expect({ rows: before.rows, problems: bounded(before.problems) }).toEqual({ rows, problems });
      }),
      RUNS,
    );
  });

  it('leaves the columns a reader does not want empty in plain rows, and reads every row alike otherwise', () => {
    fc.assert(
      fc.property(table, fc.array(fc.boolean(), { maxLength: 8 }), (rows, wanted) => {
        const text = rows.map(csvRecord).join('');
        const read: CsvRow[] = [];
        const parser = new CsvParser(
          (row) => read.push(row),
          () => {},
        );
        parser.want(wanted);
        parser.push(text);
        parser.end();
        const all = parseCsv(text).rows;
        expect(read.map((row) => row.line)).toEqual(all.map((row) => row.line));
        read.forEach((row, r) => {
          const whole = all[r] as CsvRow;
          row.cells.forEach((cell, c) => {
            if (cell !== whole.cells[c]) expect([cell, wanted[c]]).toEqual(['', false]);
          });
        });
      }),
      RUNS,
    );
  });

  it('neutralises exactly the formula starts, and restoring gives back the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (text) => {
        const cell = neutralizeFormula(text);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(restoreFormula(cell)).toBe(text);
      }),
      RUNS,
    );
  });
});
