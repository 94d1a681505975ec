import { defineFormat } from '../format.js';
import { writeCsv } from './write.js';

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
  write: (dispute) => writeCsv(dispute),
});
