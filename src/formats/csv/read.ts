import { describeValue } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import type { TimelineEvent } from '../../model/event.js';
import { CsvEventsReader } from './engine.js';

/**
 * Reads an events CSV as {@link writeCsv} writes it back into the events it was written from, each checked
 * like a builder checks it (references to actors, demands and sources are not resolved: there is no dispute
 * to resolve them in). The columns may come in any order; `id`, `date`, `kind`, `title`, `actors`,
 * `source_ids` (or `citations`) and `confidence` are needed, `sequence` (an event's order within its date) is
 * read when present, and derived columns (`precision`, `earliest`,
 * `latest`, `time_zone`, `sources`) are ignored. An empty list and an absent one are written alike and read as
 * absent. Paths of issues are `['row', n, column]`, with rows counted as a spreadsheet shows them (the header
 * is row 1), or `['line', n]` for text the CSV parser cannot read. {@link streamCsv} reads the same in chunks,
 * one event at a time.
 *
 * @category Formats
 * @param csv - the CSV text (a byte-order mark, CRLF or LF)
 * @returns the events, deeply frozen, in the order of the rows
 * @throws {@link TimelineError} `csv-syntax` for text that cannot be read as rows (a quote never closed, a row
 * with more or fewer cells than the header); `json-syntax` for a JSON cell that is not JSON; `missing-field` for
 * a column that is needed and absent; `duplicate-id` for a row whose id an earlier row has; and every issue of an
 * event's fields (`invalid-date`, `invalid-id`,
 * `invalid-value` …) at its row and column
 *
 * @example
 * ```ts
 * import { readCsv, writeCsv } from 'dispute-timeline';
 * import { blackberryPakistan2015, indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const events = readCsv(writeCsv(indiaBlackberry2010));
 * events.length;
 * //=> 14
 * JSON.stringify(events) === JSON.stringify(indiaBlackberry2010.events);
 * //=> true
 * // Pakistan's three events of 30 November keep their order within the day:
 * readCsv(writeCsv(blackberryPakistan2015)).filter((event) => event.sequence !== undefined).map((event) => event.sequence);
 * //=> [1, 2, 3]
 * ```
 */
export function readCsv(csv: string): readonly TimelineEvent[] {
  if (typeof csv !== 'string')
    fail('invalid-argument', ['csv'], `expected the CSV text; got ${describeValue(csv)}`);
  const reader = new CsvEventsReader(undefined);
  reader.push(csv);
  reader.end();
  reader.throwIfAny();
  return Object.freeze(reader.take());
}
