import { createReadStream, statSync } from 'node:fs';
import { datasets } from '../datasets/index.js';
import { type CsvCollection, type Dispute, FORMATS, TimelineError, type TimelineFormat } from '../index.js';
import { decode } from './decode.js';
import { InputError, InvalidData, UsageError } from './errors.js';
import { reason } from './output.js';
import type { ProgressReporter } from './progress.js';
import { looksLikeSheet, readSheet, warningLine } from './sheet.js';
import { listed, shown } from './shown.js';
import { didYouMean } from './suggest.js';
import {
  exportTableOf,
  folderTables,
  otherFilesNote,
  readTableFiles,
  siblingTables,
  TABLES_HINT,
} from './tables.js';
import type { Terminal } from './terminal.js';

export { decode };

/** What a command reads a dispute from, as the user named it: a shipped case's id, a file, or `-`. */
export interface LoadOptions {
  readonly terminal: Terminal;
  readonly progress: ProgressReporter;
  /** The format to read (`--from`); by default the one whose extension the file has, else JSON. */
  readonly from?: string | undefined;
  /** Whether a shipped case's id is accepted (every command but `validate`, which checks files). */
  readonly cases?: boolean;
  /** Where the warnings of a sheet read go, a line each (standard error, unless `--quiet`). */
  readonly note?: (line: string) => void;
}

/** The reader of a CSV sheet (`.csv`, `.tsv`, `--from csv`, or text that is not JSON and holds delimiters). */
const SHEET = 'sheet';

/** A dispute and the name to use for it in messages. */
export interface Loaded {
  readonly dispute: Dispute;
  readonly name: string;
  /**
   * For a dispute read from a JSON document: where the document gives each of the dispute's events (the build
   * puts them in timeline order), so that a message names the event the user will find there.
   */
  readonly eventPositions?: () => readonly number[];
}

/** The shipped cases by id, in the order of `datasets` (the order the cases began). */
export function shippedCases(): ReadonlyMap<string, Dispute> {
  return new Map(datasets.map((dispute) => [dispute.id as string, dispute]));
}

/** The formats a dispute can be read from: those of the registry that have a reader. */
export function readableFormats(): readonly TimelineFormat[] {
  return FORMATS.filter((format) => typeof format.read === 'function');
}

/**
 * Reads and validates a dispute. A shipped case's id wins over a file of the same name (write `./name` for the
 * file). Throws {@link InputError} for input that can't be read and {@link InvalidData} for a dispute that is
 * not valid.
 */
export async function loadDispute(source: string, options: LoadOptions): Promise<Loaded> {
  const reader = readerFor(source, options.from);
  const shipped = options.cases === false ? undefined : shippedCases().get(source);
  if (shipped !== undefined && options.from === undefined) return { dispute: shipped, name: source };
  const name = source === '-' ? 'standard input' : source;
  // A folder is a dispute's CSV tables, as `export --format csv -o <folder>/` writes them.
  if (source !== '-' && isFolder(source)) {
    const { tables, others } = folderTables(source);
    const left = otherFilesNote(others);
    if (left !== undefined) options.note?.(left);
    return { dispute: readTableFiles(tables, source, options.note), name };
  }
  const bytes = source === '-' ? await readStdin(options) : await readFile(source, options);
  const text = decode(bytes, name);
  // Never a sheet read as JSON: a `.csv` is a sheet, and so is a text without an extension that looks like one.
  const chosen = reader ?? byContent(text);
  const table = chosen === SHEET ? exportTableOf(text) : undefined;
  if (table !== undefined) return { dispute: readExportTable(source, name, table, options), name };
  if (chosen === SHEET) {
    const { dispute, warnings } = readSheet(text, name);
    for (const warning of warnings) options.note?.(warningLine(warning));
    return { dispute, name };
  }
  try {
    const dispute = parse(text, chosen, options.progress);
    if (chosen.name !== 'json') return { dispute, name };
    return { dispute, name, eventPositions: () => positionsInText(text, dispute) };
  } catch (error) {
    if (error instanceof TimelineError) throw new InvalidData(name, error);
    throw error;
  } finally {
    options.progress.clear();
  }
}

/**
 * A table of the CLI's CSV export, read with the tables beside it (`pk/events.csv` with `pk/actors.csv` …): alone,
 * it names records the other tables describe, so it is not read without them.
 */
function readExportTable(source: string, name: string, table: CsvCollection, options: LoadOptions): Dispute {
  const files = source === '-' ? [] : siblingTables(source, table);
  if (files.length <= 1)
    throw new InputError(
      `${shown(name)} is the ${table} table of a CSV export, ${source === '-' ? 'read alone' : 'and no other table is beside it'}: ` +
        `it is one part of a dispute, whose other tables describe the records it names; ${TABLES_HINT}`,
    );
  return readTableFiles(files, source, options.note);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The reader of a source: `--from`, else the file's extension (`.csv` and `.tsv` are sheets); `undefined` when
 * neither says, and the content is to decide.
 */
function readerFor(source: string, from: string | undefined): TimelineFormat | typeof SHEET | undefined {
  const readable = readableFormats();
  if (from !== undefined) {
    if (from === 'csv') return SHEET;
    const chosen = readable.find((format) => format.name === from);
    if (chosen === undefined) {
      const names = [...readable.map((f) => f.name), 'csv'];
      throw new UsageError(
        `cannot read the format ${shown(from)}${didYouMean(from, names)}; formats that can be read: ${listed(names)}`,
      );
    }
    return chosen;
  }
  const lower = source.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return SHEET;
  return readable.find((format) => lower.endsWith(format.extension));
}

/**
 * The reader of a text whose name does not say: a sheet when its first line is not JSON and holds a delimiter,
 * JSON Lines when its first two lines are each an object, else JSON.
 */
function byContent(text: string): TimelineFormat | typeof SHEET {
  if (looksLikeSheet(text)) return SHEET;
  const [first = '', second = ''] = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .split('\n', 2);
  const lines = first.trim().startsWith('{') && first.trim().endsWith('}') && second.trim().startsWith('{');
  const name = lines ? 'jsonl' : 'json';
  return readableFormats().find((format) => format.name === name) as TimelineFormat;
}

async function readFile(path: string, options: LoadOptions): Promise<Buffer> {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${shown(path)} is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as { code?: unknown }).code === 'ENOENT') throw notFound(path, options.cases !== false);
    throw new InputError(`cannot read ${shown(path)}: ${reason(error)}`);
  }
  const report = options.progress.phase(`reading ${path}`, 'bytes');
  const chunks: Buffer[] = [];
  let done = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      chunks.push(chunk as Buffer);
      done += (chunk as Buffer).length;
      report({ done, total: size });
    }
  } catch (error) {
    throw new InputError(`cannot read ${shown(path)}: ${reason(error)}`);
  }
  return Buffer.concat(chunks);
}

async function readStdin(options: LoadOptions): Promise<Buffer> {
  const { stdin, stderr } = options.terminal;
  if (stdin.isTTY === true)
    stderr.write('Reading a dispute from standard input; end it with Ctrl-D (Ctrl-Z on Windows).\n');
  const report = options.progress.phase('reading standard input', 'bytes');
  const chunks: Buffer[] = [];
  let done = 0;
  try {
    for await (const chunk of stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      chunks.push(buffer);
      done += buffer.length;
      report({ done });
    }
  } catch (error) {
    throw new InputError(`cannot read standard input: ${reason(error)}`);
  }
  return Buffer.concat(chunks);
}

/** A missing file, with the shipped case it may have been meant to be. */
function notFound(path: string, cases: boolean): InputError {
  const ids = [...shippedCases().keys()];
  const hint = cases ? didYouMean(path, ids) : '';
  // A name with a folder or an extension is a file; a bare word may have been meant as a case.
  if (!cases || (hint === '' && /[/\\.]/.test(path)))
    return new InputError(`cannot read ${shown(path)}: no such file`);
  return new InputError(
    `no shipped case or file named ${shown(path)}${hint}` +
      (hint === '' ? `; the shipped cases are ${listed(ids)} (dispute-timeline list)` : ''),
  );
}

/**
 * The position in the JSON document of each of the dispute's events, found by id (ids are unique in a valid
 * dispute); an event the document does not give by that id keeps its own position.
 */
function positionsInText(text: string, dispute: Dispute): readonly number[] {
  const given: unknown = (JSON.parse(text) as { events?: unknown }).events;
  const at = new Map<unknown, number>();
  if (Array.isArray(given))
    given.forEach((event: unknown, i) => {
      if (typeof event === 'object' && event !== null) at.set((event as { id?: unknown }).id, i);
    });
  return dispute.events.map((event, i) => at.get(event.id) ?? i);
}

/**
 * Reads the text with its format's reader from the registry, counting the records read on the progress line
 * (JSON Lines every 1,000 records, with the total from its header line; JSON once parsed and once checked).
 */
function parse(text: string, format: TimelineFormat, progress: ProgressReporter): Dispute {
  const read = format.read as NonNullable<TimelineFormat['read']>;
  return read(text, { onProgress: progress.phase(`reading ${format.name}`, 'records') });
}
