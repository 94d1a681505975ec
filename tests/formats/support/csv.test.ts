import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecord, neutralizeFormula, parseCsv, restoreFormula } from '../../../src/formats/support/csv.js';

const RUNS = { numRuns: 200, interruptAfterTimeLimit: 20_000 };
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
