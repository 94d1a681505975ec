import { createReadStream, statSync } from 'node:fs';
import { streamCsvTables } from '../csv-tables.js';
import {
  type CsvCollection,
  type FormatOptions,
  type JsonLinesItem,
  RECORD_SCHEMAS,
  type RecordCollection,
  streamJsonl,
  TimelineError,
  type TimelineFormat,
  type TimelineIssue,
} from '../index.js';
import { InputError, InvalidData } from './errors.js';
import { shippedCases } from './input.js';
import { reason, type Sink } from './output.js';
import type { ProgressReporter } from './progress.js';
import { headerOf } from './sheet.js';
import { shown } from './shown.js';
import {
  exportTableOf,
  filePath,
  folderTables,
  headOf,
  otherFilesNote,
  siblingTables,
  tablesStem,
} from './tables.js';
import type { Terminal } from './terminal.js';

/** The input header line's counts, read as the first chunks pass (the items do not carry them). */
type HeaderCounts = {
  counts?: Readonly<Record<string, number>> | undefined;
};

/** Where a streamed command reads from, as it was named. */
export interface StreamSource {
  readonly source: string;
  readonly from: string | undefined;
  readonly terminal: Terminal;
  readonly progress: ProgressReporter;
  /** Where a note goes (standard error, unless `--quiet`). */
  readonly note?: (line: string) => void;
}

/**
 * Whether a source is read as JSON Lines and can be streamed: a file ending in `.jsonl` (or any file or `-` with
 * `--from jsonl`), not a shipped case's id.
 */
export function streamsJsonLines({ source, from }: Pick<StreamSource, 'source' | 'from'>): boolean {
  if (from !== undefined) return from === 'jsonl';
  if (shippedCases().has(source)) return false;
  return source.toLowerCase().endsWith('.jsonl');
}

/**
 * Whether `export` streams this conversion, record by record, without holding the dispute: from JSON Lines to a
 * format whose registry entry has a `stream` writer (JSON Lines, CSV, a Markdown table). Every other conversion
 * reads the whole dispute.
 */
export function streamsExport(input: Pick<StreamSource, 'source' | 'from'>, format: TimelineFormat): boolean {
  return (streamsJsonLines(input) || tablesOf(input) !== undefined) && format.stream !== undefined;
}

/**
 * The CSV tables a source names, by collection, when it is a case's tables (a folder, or one of its tables with
 * its siblings): those are streamed as JSON Lines are, the events table never held. `undefined` for any other
 * source.
 */
export function tablesOf({ source, from }: Pick<StreamSource, 'source' | 'from'>): TableFiles | undefined {
  if (source === '-' || (from !== undefined && from !== 'csv') || shippedCases().has(source))
    return undefined;
  let files: string[];
  let name = source;
  let others: string[] = [];
  if (isFolder(source)) ({ tables: files, others } = folderTables(source));
  else {
    if (!source.toLowerCase().endsWith('.csv') && from === undefined) return undefined;
    const table = exportTableOf(headOf(source));
    if (table === undefined) return undefined;
    files = siblingTables(source, table);
    if (files.length <= 1) return undefined;
    name = source;
  }
  const byCollection: Partial<Record<CsvCollection, string>> = {};
  for (const file of files) {
    const table = exportTableOf(headOf(file));
    // A file that is no table, or a second table of one collection: the whole read says which, with the rest.
    if (table === undefined || byCollection[table] !== undefined) return undefined;
    byCollection[table] = file;
  }
  return { name, files: byCollection, others };
}

/** A case's CSV tables: each table's file by its collection, and the name the source was given. */
export interface TableFiles {
  readonly name: string;
  readonly files: Readonly<Partial<Record<CsvCollection, string>>>;
  /** The folder's other `.csv` files, left out. */
  readonly others: readonly string[];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Streams a JSON Lines source to a sink in a format that has a `stream` writer: each line is written as soon as
 * its record has been validated. A problem found anywhere (a broken reference on the last line too) fails the
 * run with every issue, as a whole read would: the caller discards what the sink holds (a file is never moved
 * into place; standard output has a part, and the exit code says it is unfinished).
 */
export async function streamExport(
  input: StreamSource,
  format: TimelineFormat,
  sink: Sink,
  options: FormatOptions,
): Promise<void> {
  const name = nameOf(input.source);
  // Filled when the header line is read, before the header item is written.
  const counts: HeaderCounts = {};
  const tables = tablesOf(input);
  if (tables !== undefined && format.name === 'jsonl')
    counts.counts = await rowCounts(tables, input.progress);
  const items = tables === undefined ? readItems(input, counts) : tableItems(tables, input);
  const write = format.stream as NonNullable<TimelineFormat['stream']>;
  let lines: AsyncIterable<string>;
  try {
    // JSON Lines takes no options of the user's; it writes the input header's counts again, read by then.
    lines = write(items, format.name === 'jsonl' ? counts : options);
  } catch (error) {
    if (error instanceof TimelineError)
      throw new InvalidData(name, error, `cannot be written as ${format.name}`);
    throw error;
  }
  try {
    for await (const line of lines) await sink.write(line);
  } catch (error) {
    if (error instanceof TimelineError) throw new InvalidData(name, error);
    throw error;
  } finally {
    input.progress.clear();
  }
}

/** What `validate` learns from a streamed JSON Lines source. */
export interface StreamedVerdict {
  readonly id: string;
  readonly events: number;
  readonly sources: number;
  readonly warnings: readonly TimelineIssue[];
}

/**
 * Validates a JSON Lines source record by record, with every check of a whole read (references, duplicate
 * ids, the rules), holding only the records before the events and the ids. Throws {@link InvalidData} with
 * every issue.
 */
export async function streamValidate(input: StreamSource): Promise<StreamedVerdict> {
  let warnings: readonly TimelineIssue[] = [];
  let id = '';
  let events = 0;
  let sources = 0;
  try {
    const onWarnings = (found: readonly TimelineIssue[]) => {
      warnings = found;
    };
    const tables = tablesOf(input);
    const items =
      tables === undefined ? readItems(input, {}, onWarnings) : tableItems(tables, input, onWarnings);
    for await (const item of items) {
      if (item.collection === 'events') events++;
      else if (item.collection === 'sources') sources++;
      else if (item.collection === 'dispute') id = item.record.id;
    }
  } catch (error) {
    if (error instanceof TimelineError) throw new InvalidData(nameOf(input.source), error);
    throw error;
  } finally {
    input.progress.clear();
  }
  return { id, events, sources, warnings };
}

function nameOf(source: string): string {
  return source === '-' ? 'standard input' : source;
}

/**
 * The items of a JSON Lines source, validated as they come, with progress on the terminal. The header line's
 * `counts` (if any) are kept in `counts.counts`, for a JSON Lines output to write them again.
 */
function readItems(
  { source, terminal, progress }: StreamSource,
  counts: HeaderCounts,
  onWarnings?: (warnings: readonly TimelineIssue[]) => void,
): AsyncIterableIterator<JsonLinesItem> {
  const chunks = source === '-' ? stdinChunks(terminal) : fileChunks(source);
  const report = progress.phase(`reading ${source === '-' ? 'standard input' : source}`, 'records');
  return streamJsonl(tapHeader(chunks, counts), {
    onProgress: report,
    ...(onWarnings === undefined ? {} : { onWarnings }),
  });
}

/**
 * The items of a case's CSV tables, validated as they come, with progress on the terminal. Without a dispute
 * table, the dispute's id and title come from the tables' name, as a whole read takes them.
 */
function tableItems(
  { name, files, others }: TableFiles,
  { progress, note }: StreamSource,
  onWarnings?: (warnings: readonly TimelineIssue[]) => void,
): AsyncIterableIterator<JsonLinesItem> {
  const left = otherFilesNote(others);
  if (left !== undefined) note?.(left);
  const inputs = Object.fromEntries(
    Object.entries(files).map(([collection, file]) => [collection, fileChunks(file)]),
  );
  if (files.dispute === undefined)
    note?.(
      `note: no dispute table (dispute.csv) with ${shown(name)}: the dispute's id and title are taken from its name`,
    );
  const report = progress.phase(`reading ${name}`, 'records');
  const placed = (issues: readonly TimelineIssue[]) =>
    issues.map((found) => ({ ...found, path: filePath(found.path, files) }));
  const items = streamCsvTables(inputs, {
    onProgress: report,
    ...(files.dispute === undefined ? { dispute: headerOf(tablesStem(name)) } : {}),
    ...(onWarnings === undefined ? {} : { onWarnings: (warnings) => onWarnings(placed(warnings)) }),
  });
  return placedIssues(items, placed);
}

/** The items, with a TimelineError's issues placed in the files they come from. */
async function* placedIssues(
  items: AsyncIterableIterator<JsonLinesItem>,
  placed: (issues: readonly TimelineIssue[]) => TimelineIssue[],
): AsyncGenerator<JsonLinesItem> {
  try {
    yield* items;
  } catch (error) {
    if (error instanceof TimelineError)
      throw new TimelineError(placed(error.issues) as [TimelineIssue, ...TimelineIssue[]]);
    throw error;
  }
}

/** How many rows each table has, read before the stream, for the header line of a JSON Lines output. */
async function rowCounts(
  { files }: TableFiles,
  progress: ProgressReporter,
): Promise<Readonly<Record<string, number>>> {
  const counts: Record<string, number> = {};
  const report = progress.phase('counting rows', 'records');
  let done = 0;
  // In the order of the JSON form, as writeJsonl gives its counts.
  for (const collection of Object.keys(RECORD_SCHEMAS) as RecordCollection[]) {
    const file = files[collection];
    let rows = -1;
    if (file !== undefined) {
      const parser = new CsvRowCounter();
      for await (const chunk of fileChunks(file)) parser.push(chunk);
      rows = parser.rows() - 1;
      done += Math.max(rows, 0);
      report({ done });
    }
    counts[collection] = Math.max(rows, 0);
  }
  return counts;
}

/** The bytes of a file in chunks; a file that can't be read is an {@link InputError} at once, before any work. */
function fileChunks(path: string): AsyncGenerator<Uint8Array> {
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${shown(path)} is a directory, not a file`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as { code?: unknown }).code === 'ENOENT')
      throw new InputError(`cannot read ${shown(path)}: no such file`);
    throw new InputError(`cannot read ${shown(path)}: ${reason(error)}`);
  }
  return readChunks(path);
}

async function* readChunks(path: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw new InputError(`cannot read ${shown(path)}: ${reason(error)}`);
  } finally {
    stream.destroy();
  }
}

async function* stdinChunks(terminal: Terminal): AsyncGenerator<Uint8Array | string> {
  if (terminal.stdin.isTTY === true)
    terminal.stderr.write('Reading a dispute from standard input; end it with Ctrl-D (Ctrl-Z on Windows).\n');
  try {
    for await (const chunk of terminal.stdin) yield chunk as Uint8Array | string;
  } catch (error) {
    throw new InputError(`cannot read standard input: ${reason(error)}`);
  }
}

/** Passes the chunks on, reading the header line's `counts` on the way (the items do not carry them). */
async function* tapHeader(
  chunks: AsyncIterable<Uint8Array | string>,
  counts: HeaderCounts,
): AsyncGenerator<Uint8Array | string> {
  let first: string | undefined = '';
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    if (first !== undefined) {
      first += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      const end = first.indexOf('\n');
      if (end >= 0 || first.length > 1 << 20) {
        counts.counts = countsOf(end >= 0 ? first.slice(0, end) : '');
        first = undefined;
      }
    }
    yield chunk;
  }
}

function countsOf(line: string): Readonly<Record<string, number>> | undefined {
  try {
    const value: unknown = JSON.parse(line.replace(/^\ufeff/, ''));
    const counts: unknown =
      typeof value === 'object' && value !== null ? (value as { counts?: unknown }).counts : undefined;
    if (
      typeof counts === 'object' &&
      counts !== null &&
      Object.values(counts).every((n) => typeof n === 'number')
    )
      return counts as Readonly<Record<string, number>>;
  } catch {
    // Not a header line: the reader reports it.
  }
  return undefined;
}

/**
 * Counts the rows of a CSV text as it streams past, as the library's reader reads them: a line break inside
 * quotes is inside a row, and a blank line is no row.
 */
class CsvRowCounter {
  private quoted = false;
  private empty = true;
  private count = 0;

  push(chunk: Uint8Array | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i] as number;
      if (this.quoted) {
        if (c === 0x22) this.quoted = false;
      } else if (c === 0x22) {
        this.quoted = true;
        this.empty = false;
      } else if (c === 0x0a || c === 0x0d) {
        if (!this.empty) this.count++;
        this.empty = true;
      } else this.empty = false;
    }
  }

  rows(): number {
    return this.count + (this.empty ? 0 : 1);
  }
}
