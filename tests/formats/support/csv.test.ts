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
import { heavyRuns } from '../../support/runs.js';

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

const RUNS = heavyRuns(200);
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

describe('the CSV reader, row by row', () => {
  it('cuts the plain rows at their separators, leaving the columns not wanted empty, and reads a row with a quote or no line break in full', () => {
    // A plain row (no quote, no lone carriage return) is cut at once, whether it ends in LF or CRLF; a row with a
    // quote, and the last row when no line break ends it, go through the character-by-character reader, which
    // keeps every cell. The rows after a quoted one are plain again.
    const rows: CsvRow[] = [];
    const problems: CsvProblem[] = [];
    const parser = new CsvParser(
      (row) => rows.push(row),
      (problem) => problems.push(problem),
    );
    parser.want([true, false, true]);
    parser.push('a,b,c\nd,e,f\r\n"g",h,i\nj,k,l\r\nm,n,o\nq,r,s');
    parser.end();
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, cells: ['a', '', 'c'] },
      { line: 2, cells: ['d', '', 'f'] },
      { line: 3, cells: ['g', 'h', 'i'] },
      { line: 4, cells: ['j', '', 'l'] },
      { line: 5, cells: ['m', '', 'o'] },
      { line: 6, cells: ['q', 'r', 's'] },
    ]);
  });

  it('reads every column of a plain row when no columns are named', () => {
    expect(parseCsv('a,b,c\r\nd,,f\n').rows).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['d', '', 'f'] },
    ]);
  });

  it('says "1 more problem on this line" after the fifth stray quote of a line, in the singular', () => {
    expect(parseCsv('a"b"c"d"e"f"g\r\n').problems).toEqual([
      ...Array.from({ length: 5 }, () => ({ line: 1, message: 'a quote inside a field that is not quoted' })),
      { line: 1, message: '1 more problem on this line' },
    ]);
  });

  it('says "1 more problem not listed" after a hundred problems, in the singular, at the line of the last', () => {
    const text = Array.from({ length: 101 }, () => 'a"b\r\n').join('');
    const { rows, problems } = parseCsv(text);
    expect(rows).toHaveLength(101);
    expect(problems).toHaveLength(101);
    expect(problems[99]).toEqual({ line: 100, message: 'a quote inside a field that is not quoted' });
    expect(problems[100]).toEqual({
      line: 101,
      message: '1 more problem not listed (at most 100 are, and 5 a line)',
    });
  });

  it('counts the "more on this line" problems among the hundred it lists', () => {
    // Each line: five stray quotes listed and one problem for the sixth, six of the hundred. Lines 1–16 give 96;
    // line 17 four more; its last two quotes and the 18 of lines 18–20 are counted in the last problem.
    const stray = { message: 'a quote inside a field that is not quoted' };
    const text = Array.from({ length: 20 }, () => 'a"b"c"d"e"f"g\r\n').join('');
    const { problems } = parseCsv(text);
    expect(problems).toEqual([
      ...Array.from({ length: 16 }, (_, i) => [
        ...Array.from({ length: 5 }, () => ({ line: i + 1, ...stray })),
        { line: i + 1, message: '1 more problem on this line' },
      ]).flat(),
      ...Array.from({ length: 4 }, () => ({ line: 17, ...stray })),
      { line: 20, message: '20 more problems not listed (at most 100 are, and 5 a line)' },
    ]);
  });
});
