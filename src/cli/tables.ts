import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readCsvTables } from '../csv-tables.js';
import {
  CSV_COLUMNS,
  type CsvCollection,
  type Dispute,
  type IssuePath,
  TimelineError,
  type TimelineIssue,
} from '../index.js';
import { decode } from './decode.js';
import { InputError, InvalidData } from './errors.js';
import { reason } from './output.js';
import { headerOf, sheetHeader } from './sheet.js';
import { listed, shown } from './shown.js';

/**
 * The CSV tables of a dispute, one file per table (`writeCsv`'s collections, the `dispute` table of its own fields
 * among them), as `export --format csv -o <folder>/` writes them and every command reads them back: a folder, or
 * any one of its tables, whose siblings are found by name (`<prefix><collection>.csv`).
 */
export const TABLE_COLLECTIONS = Object.keys(CSV_COLUMNS) as readonly CsvCollection[];

/** The table of an export a CSV text is (its header is the table's columns, in order), or `undefined`. */
export function exportTableOf(text: string): CsvCollection | undefined {
  const { names, delimiter } = sheetHeader(text);
  if (delimiter !== ',') return undefined;
  return TABLE_COLLECTIONS.find(
    (collection) =>
      CSV_COLUMNS[collection].length === names.length &&
      CSV_COLUMNS[collection].every((name, at) => name === names[at]),
  );
}

/** The file of each table in a folder, as the CLI writes them: `<folder>/<collection>.csv`. */
export function tableFiles(folder: string): string[] {
  return TABLE_COLLECTIONS.map((collection) => join(folder, `${collection}.csv`));
}

/** How to write and read a dispute's tables, for messages. */
export const TABLES_HINT =
  'export <case> --format csv -o <folder>/ writes every table of a case (its dispute table too), and any command reads them back from the folder or any one of its tables';

/**
 * The tables beside a table of an export, found by name: a file `<prefix><collection>.csv` (`pk/events.csv`,
 * `pk-events.csv`) has its siblings at `<prefix><other>.csv`. Only the file itself when its name does not end in
 * its table's name.
 */
export function siblingTables(path: string, collection: CsvCollection): string[] {
  const name = basename(path);
  const end = `${collection}.csv`;
  if (!name.toLowerCase().endsWith(end)) return [path];
  const prefix = name.slice(0, name.length - end.length);
  const folder = dirname(path);
  return TABLE_COLLECTIONS.flatMap((other) => {
    if (other === collection) return [path];
    const sibling = join(folder, `${prefix}${other}.csv`);
    return isFile(sibling) ? [sibling] : [];
  });
}

/**
 * The tables of a folder: its `.csv` files whose header is a table's, by name, and the other `.csv` files (a
 * researcher's notes beside the tables), which are left out. An {@link InputError} when none is a table.
 */
export function folderTables(folder: string): { readonly tables: string[]; readonly others: string[] } {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.csv'));
  } catch (error) {
    throw new InputError(`cannot read the folder ${shown(folder)}: ${reason(error)}`);
  }
  const files = names.sort().map((name) => join(folder, name));
  const tables = files.filter((file) => exportTableOf(headOf(file)) !== undefined);
  if (tables.length === 0)
    throw new InputError(
      `the folder ${shown(folder)} holds no .csv table${files.length === 0 ? '' : ` (${listed(names.map((name) => shown(name)))} ${names.length === 1 ? 'is not a table' : 'are not tables'} of a CSV export)`}; ` +
        `a dispute's folder holds ${listed(TABLE_COLLECTIONS.map((c) => `${c}.csv`))} (${TABLES_HINT})`,
    );
  return { tables, others: files.filter((file) => !tables.includes(file)) };
}

/** The note for the `.csv` files of a folder that are not tables, left out. */
export function otherFilesNote(others: readonly string[]): string | undefined {
  if (others.length === 0) return undefined;
  return `note: left out ${listed(others.map((file) => shown(basename(file))))}: not ${others.length === 1 ? 'a table' : 'tables'} of a CSV export`;
}

/** The first 64 KiB of a file, as text, for its header row; '' when it cannot be read. */
export function headOf(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(1 << 16);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return new TextDecoder().decode(buffer.subarray(0, read));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads a dispute from its tables' files. Without a `dispute` table, its id and title are taken from `name`
 * (a note says so). Issues name the file and row they come from: `pk/actors.csv › row 3 › kind`.
 */
export function readTableFiles(
  files: readonly string[],
  name: string,
  note?: (line: string) => void,
): Dispute {
  const stem = tablesStem(name);
  const texts = files.map((file) => {
    try {
      return decode(readFileSync(file), file);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${shown(file)}: ${reason(error)}`);
    }
  });
  const collections = texts.map((text) => exportTableOf(text));
  const byCollection: Partial<Record<CsvCollection, string>> = {};
  collections.forEach((collection, i) => {
    if (collection !== undefined) byCollection[collection] ??= files[i] as string;
  });
  const hasDispute = collections.includes('dispute');
  if (!hasDispute)
    note?.(
      `note: no dispute table (dispute.csv) with ${shown(name)}: the dispute's id and title are taken from its name`,
    );
  try {
    return readCsvTables(texts, hasDispute ? {} : { dispute: headerOf(stem) });
  } catch (error) {
    if (!(error instanceof TimelineError)) throw error;
    const placed = error.issues.map((found) => ({
      ...found,
      path: filePath(found.path, byCollection, files),
    }));
    const missing = TABLE_COLLECTIONS.filter((collection) => !collections.includes(collection));
    const problem =
      missing.length === 0
        ? 'is not a valid dispute'
        : `is not a valid dispute (without the ${listed(missing)} ${missing.length === 1 ? 'table' : 'tables'}: ${TABLES_HINT})`;
    throw new InvalidData(name, new TimelineError(placed as [TimelineIssue, ...TimelineIssue[]]), problem);
  }
}

/**
 * The name a dispute's tables go by: the folder's (`pk/` or `pk/events.csv`: `pk`), or the prefix of a table's
 * file name (`pk-events.csv`: `pk`).
 */
export function tablesStem(name: string): string {
  const path = name.replace(/[/\\]+$/, '');
  const file = basename(path);
  const collection = TABLE_COLLECTIONS.find((c) => file.toLowerCase().endsWith(`${c}.csv`));
  if (collection === undefined) return file;
  const prefix = file.slice(0, file.length - collection.length - 4).replace(/[-_. ]+$/, '');
  return prefix === '' ? basename(dirname(path)) : prefix;
}

/**
 * A table's issue path with the file in place of the table: `['tables', 2]` (the third of `list`) or
 * `['actors', 'row', 3, …]` (the actors table's file, by its name).
 */
export function filePath(
  path: IssuePath,
  byCollection: Readonly<Partial<Record<CsvCollection, string>>>,
  list: readonly string[] = [],
): IssuePath {
  const [first, second, ...rest] = path;
  const file = first === 'tables' && typeof second === 'number' ? list[second] : undefined;
  if (file !== undefined) return [basename(file), ...rest];
  const table = typeof first === 'string' ? byCollection[first as CsvCollection] : undefined;
  if (table !== undefined) return [basename(table), ...(second === undefined ? [] : [second]), ...rest];
  return path;
}

/** Whether an output names a folder for the tables: it ends in `/` (or `\`), or is a folder already. */
export function isFolderOutput(output: string | undefined): output is string {
  if (output === undefined || output === '-') return false;
  if (/[/\\]$/.test(output)) return true;
  try {
    return statSync(output).isDirectory();
  } catch {
    return false;
  }
}

/** Makes the folder the tables go to; an {@link InputError} when it cannot be made. */
export function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new InputError(`cannot make the folder ${shown(folder)}: ${reason(error)}`);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
