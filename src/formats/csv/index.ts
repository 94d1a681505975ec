import { defineFormat } from '../format.js';
import { COLLECTION_OPTION, type CsvOptions } from './columns.js';
import { writeCsvStream } from './stream.js';
import { writeCsv, writeCsvLines } from './write.js';

export { CSV_COLUMNS, type CsvCollection, type CsvOptions } from './columns.js';
export { readCsv } from './read.js';
export { type StreamCsvOptions, streamCsv, writeCsvStream } from './stream.js';
export { writeCsv, writeCsvLines } from './write.js';

/** The events as CSV, read back by `readCsv`. */
export const csvFormat = /* @__PURE__ */ defineFormat({
  name: 'csv',
  description: 'the events as CSV (RFC 4180), one row per event, for R, pandas and spreadsheets',
  mediaType: 'text/csv',
  extension: '.csv',
  options: [
    COLLECTION_OPTION,
    { name: 'columns', description: 'the columns to write, in order, named as in CSV_COLUMNS', type: 'list' },
    { name: 'bom', description: 'start with a byte-order mark, for Excel (default false)', type: 'boolean' },
  ],
  write: (dispute, options) => writeCsv(dispute, options as CsvOptions),
  lines: (dispute, options) => writeCsvLines(dispute, options as CsvOptions),
  stream: (items, options) => writeCsvStream(items, options as CsvOptions),
});
