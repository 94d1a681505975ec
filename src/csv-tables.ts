/**
 * Reading back the CSV tables {@link dispute-timeline!writeCsv | writeCsv} writes of a dispute, one table per
 * collection: `readCsvTables` reads them whole, `streamCsvTables` one row at a time. An entry of its own, as the
 * datasets are: the reader (some 11 kB minified) is in a bundle only when it is imported from here; the main entry
 * writes the tables.
 * @module dispute-timeline/csv-tables
 */
export { type ReadCsvTablesOptions, readCsvTables } from './formats/csv/tables.js';
export { type StreamCsvTablesOptions, streamCsvTables } from './formats/csv/tables-stream.js';
