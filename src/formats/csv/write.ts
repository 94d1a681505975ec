import { builtDispute } from '../../builder/seam.js';
import type { Dispute } from '../../model/dispute.js';
import { csvRecord, neutralizeFormula } from '../support/csv.js';
import { type Column, type CsvOptions, readOptions, recordsOf } from './columns.js';

/**
 * Writes one collection of a dispute as a CSV table (RFC 4180): a header row of the column names of
 * {@link CSV_COLUMNS}, then one row per record, events in timeline order; UTF-8, CRLF after every row, and
 * every field that holds a comma, a quote, a line break or space at either end quoted. One table per
 * collection, joined by ids, is how R and pandas users combine them.
 *
 * Free-text cells (titles, names, summaries, notes) that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) get a `'` in front, as does a text starting with `'`;
 * {@link readCsv} removes it. Dates and ids are never changed: `-0044-03-15` stays as it is.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - the collection, the columns, a BOM
 * @returns the CSV text
 * @throws {@link TimelineError} `invalid-argument` for an unknown collection or column, or options of the
 * wrong type
 * @throws {@link TimelineError} `missing-field`, or any other issue of the dispute's own (with paths starting at
 * `dispute`), when it is not a valid dispute
 *
 * @example
 * ```ts
 * import { writeCsv } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const rows = writeCsv(blackberryPakistan2015).split('\r\n');
 * rows[0]?.split(',').slice(0, 8);
 * //=> ['id', 'date', 'precision', 'earliest', 'latest', 'time_zone', 'date_zone', 'kind']
 * rows[2]?.split(',').slice(0, 8);
 * //=> [ 'pta-directs-operators', '2015-07/2015-07-24', 'month', '2015-06-30T19:00:00.000Z', '2015-07-24T18:59:59.999Z', 'Asia/Karachi', '', 'notification' ]
 * writeCsv(blackberryPakistan2015, { collection: 'deadlines', columns: ['id', 'due', 'extends'] });
 * //=> 'id,due,extends\r\ndeadline-2015-11-30,2015-11-30,\r\ndeadline-2015-12-30,2015-12-30,deadline-2015-11-30\r\n'
 * ```
 */
export function writeCsv(dispute: Dispute, options: CsvOptions = {}): string {
  return [...writeCsvLines(dispute, options)].join('');
}

/**
 * Writes one collection of a dispute as CSV rows, one at a time, as {@link writeCsv} writes it: the header row
 * first (after the byte-order mark, when asked for), then a row per record, each ending in CRLF, so joining
 * them gives `writeCsv`'s text, byte for byte. Nothing is held but the row being written, so a table of a
 * million events can go to a file through a write stream.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - the collection, the columns, a BOM, as for {@link writeCsv}
 * @returns the rows, each ending in `\r\n`, made lazily
 * @throws {@link TimelineError} `invalid-argument`, at once, for bad options; `missing-field`, or any other issue
 * of the dispute's own, when it is not a valid dispute (as {@link writeCsv})
 *
 * @example
 * ```ts
 * import { writeCsv, writeCsvLines } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const rows = [...writeCsvLines(blackberryPakistan2015, { columns: ['id', 'date'] })];
 * rows.slice(0, 2);
 * //=> ['id,date\r\n', 'india-2010-precedent,2010\r\n']
 * rows.length; // the header and 8 events
 * //=> 9
 * rows.join('') === writeCsv(blackberryPakistan2015, { columns: ['id', 'date'] });
 * //=> true
 * ```
 */
export function writeCsvLines(dispute: Dispute, options: CsvOptions = {}): IterableIterator<string> {
  const built = builtDispute(dispute);
  const { collection, columns, bom } = readOptions(options);
  return csvRows(built, recordsOf(built, collection), columns, bom);
}

function* csvRows(
  dispute: Dispute,
  records: readonly never[],
  columns: readonly Column<never>[],
  bom: boolean,
): IterableIterator<string> {
  yield `${bom ? '\ufeff' : ''}${csvRecord(columns.map((column) => column.name))}`;
  const cells: string[] = new Array(columns.length);
  for (const record of records) {
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as Column<never>;
      const cell = column.cell(record, dispute);
      cells[i] = column.freeText ? neutralizeFormula(cell) : cell;
    }
    yield csvRecord(cells);
  }
}
