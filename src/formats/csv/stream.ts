import { TimelineError } from '../../errors/index.js';
import type { TimelineEvent } from '../../model/event.js';
import type { Source } from '../../model/source.js';
import type { ReadProgress } from '../format.js';
import type { JsonLinesItem } from '../json-lines/shape.js';
import { checkTextInput, progressOption, signalOption, streamThrough } from '../support/chunks.js';
import { csvRecord, neutralizeFormula } from '../support/csv.js';
import { type StreamedRecord, streamRecords } from '../support/stream-items.js';
import {
  type ChosenColumns,
  type Column,
  type CsvContext,
  type CsvOptions,
  readOptions,
  SOURCE_URLS,
} from './columns.js';
import { CsvEventsReader } from './engine.js';

/**
 * Options of {@link streamCsv}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { streamCsv, writeCsvLines, type StreamCsvOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const seen: number[] = [];
 * const options: StreamCsvOptions = { onProgress: ({ done }) => seen.push(done) };
 * for await (const _ of streamCsv(writeCsvLines(blackberryPakistan2015), options));
 * seen;
 * //=> [0, 8]
 * ```
 */
export interface StreamCsvOptions {
  /**
   * Called after the header row, after every 1,000 rows and at the end, with the rows read so far (`total` is
   * never known: a CSV does not say how many rows it has). It is called synchronously: keep it cheap.
   */
  readonly onProgress?: (progress: ReadProgress) => void;
  /**
   * Stops the reading: once it is aborted, the iterator's pending or next `next()` rejects with the signal's
   * `reason` (an `AbortError` `DOMException` unless `abort()` was given another), as `fetch` and Node.js's
   * stream helpers do, and the input is closed.
   */
  readonly signal?: AbortSignal;
}

/**
 * Reads an events CSV as {@link readCsv} does, but in chunks and one event at a time, without holding the
 * table: an async iterator of the events, each validated and deeply frozen, in the order of the rows. The input
 * is any iterable or async iterable of text, as strings or UTF-8 bytes cut anywhere (a Node.js read stream,
 * `fetch(…).body`; a character's bytes, a quoted field with line breaks, or a CRLF may fall across two
 * chunks), or the whole text. The checks, issue codes and paths are `readCsv`'s, and any cutting of a text into
 * chunks gives the events `readCsv` gives for the whole text.
 *
 * **Stopping**: with `options.signal`, once it is aborted the iterator rejects with the signal's `reason` (not a
 * `TimelineError`: the platform's convention, as `fetch` does), and the input is closed.
 *
 * **When a problem is found**, no event is yielded after it, but the input is read to its end, and then the
 * iterator throws one {@link TimelineError} listing every issue. Every event yielded was valid, but a consumer
 * should treat what it did with the events of a stream that throws as unfinished, and discard it.
 *
 * @category Formats
 * @param csv - chunks of the CSV text, as strings or bytes; or the whole text
 * @param options - `onProgress`, called as rows are read
 * @returns an async iterator of the events; breaking out of a `for await` loop over it, or calling its
 * `return()` even before the first `next()`, closes the input (calls the `return()` of the input's iterator: a
 * Node.js stream is destroyed, a web stream cancelled)
 * @throws {@link TimelineError} `invalid-argument`, at once, for bad options or an input that is not iterable
 * @throws {@link TimelineError} `csv-syntax` (bytes that are not UTF-8 too, at their line), `json-syntax`, `missing-field`, `wrong-type` and every other issue
 * {@link readCsv} gives, from the iterator after the last row
 *
 * @example
 * ```ts
 * import { streamCsv, writeCsv } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // The text cut into chunks of 50 characters, as a file read in pieces would be:
 * const chunks = writeCsv(blackberryPakistan2015).match(/[\s\S]{1,50}/g) ?? [];
 * const kinds: string[] = [];
 * for await (const event of streamCsv(chunks)) kinds.push(event.kind);
 * kinds.length;
 * //=> 8
 * kinds[0];
 * //=> 'demand'
 * ```
 */
export function streamCsv(
  csv: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  options: StreamCsvOptions = {},
): AsyncIterableIterator<TimelineEvent> {
  const onProgress = progressOption<ReadProgress>(options);
  const signal = signalOption(options);
  checkTextInput(csv, 'csv');
  return streamThrough(csv, 'csv', new CsvEventsReader(onProgress), signal);
}

/**
 * Writes a CSV table, as {@link writeCsvLines} does, from records that stream past instead of from a dispute:
 * the items {@link streamJsonl} yields, perhaps filtered on the way. So a JSON Lines file of a million events
 * becomes an events CSV holding one record at a time. The header row comes first; then a row for each record of
 * the table's collection, in the order it comes. The cells are `writeCsv`'s: dates are read in the zone of the
 * header item (`collection: 'dispute'`), and the `sources` column gives the URLs of the sources streamed before
 * the record (JSON Lines have the sources before the events); other items are passed over.
 *
 * @category Formats
 * @param items - the items of {@link streamJsonl}, or any iterable or async iterable of such items
 * @param options - the collection, the columns, a BOM, as for {@link writeCsv}
 * @returns an async iterator of the rows, each ending in `\r\n`
 * @throws {@link TimelineError} `invalid-argument`, at once, for bad options or items that are not iterable
 * @throws {@link TimelineError} `wrong-type`, `invalid-value` or any other issue of a record's own, from the
 * iterator, at the first item that is not a valid item (paths start at `['items', n]`); an error the items throw
 * is passed on as it is
 *
 * @example
 * ```ts
 * import { streamJsonl, writeCsv, writeCsvStream, writeJsonlLines, type JsonLinesItem } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // Only the orders, without ever holding the dispute:
 * async function* orders(items: AsyncIterable<JsonLinesItem>) {
 *   for await (const item of items) if (item.collection !== 'events' || item.record.kind === 'order') yield item;
 * }
 * const rows: string[] = [];
 * for await (const row of writeCsvStream(orders(streamJsonl(writeJsonlLines(blackberryPakistan2015))), {
 *   columns: ['id', 'kind', 'earliest'],
 * }))
 *   rows.push(row);
 * rows;
 * //=> ['id,kind,earliest\r\n', 'interior-ministry-decision,order,2015-07-23T19:00:00.000Z\r\n']
 * ```
 */
export function writeCsvStream(
  items: Iterable<JsonLinesItem> | AsyncIterable<JsonLinesItem>,
  options: CsvOptions = {},
): AsyncIterableIterator<string> {
  const chosen = readOptions(options);
  return streamedRows(
    streamRecords(items, (of) => of === chosen.collection || of === 'sources'),
    chosen,
  );
}

async function* streamedRows(
  records: AsyncIterable<StreamedRecord>,
  { collection, columns, bom }: ChosenColumns,
): AsyncGenerator<string, void, undefined> {
  yield `${bom ? '\ufeff' : ''}${csvRecord(columns.map((column) => column.name))}`;
  const urls = new Map<string, string | undefined>();
  const sources: Source[] = [];
  let context: CsvContext = { sources };
  SOURCE_URLS.set(context, urls);
  const cells: string[] = new Array(columns.length);
  const row = (record: never, context: CsvContext) => {
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as Column<never>;
      const cell = column.cell(record, context);
      cells[i] = column.freeText ? neutralizeFormula(cell) : cell;
    }
    return csvRecord(cells);
  };
  for await (const streamed of records) {
    if (streamed.collection === 'dispute') {
      const header = streamed.record;
      const timeZone = header.timeZone;
      context = timeZone === undefined ? { sources } : { timeZone, sources };
      SOURCE_URLS.set(context, urls);
      if (collection === 'dispute') yield row(header as never, context);
      continue;
    }
    const { collection: of, record } = streamed;
    if (of === 'sources') {
      const source = record as Source;
      sources.push(source);
      if (!urls.has(source.id)) urls.set(source.id, source.url);
    }
    if (of !== collection) continue;
    yield row(record as never, context);
  }
}
