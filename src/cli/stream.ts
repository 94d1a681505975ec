import { createReadStream, statSync } from 'node:fs';
import {
  type FormatOptions,
  type JsonLinesItem,
  streamJsonl,
  TimelineError,
  type TimelineFormat,
  type TimelineIssue,
} from '../index.js';
import { InputError, InvalidData } from './errors.js';
import { shippedCases } from './input.js';
import { reason, type Sink } from './output.js';
import type { ProgressReporter } from './progress.js';
import { shown } from './shown.js';
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
  return streamsJsonLines(input) && format.stream !== undefined;
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
  const items = readItems(input, counts);
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
    for await (const item of readItems(input, {}, (found) => {
      warnings = found;
    })) {
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
