import { basename } from 'node:path';
import {
  CSV_COLUMNS,
  type Dispute,
  type DisputeHeaderInput,
  formatPath,
  importSpreadsheet,
  type SheetDelimiter,
  type SpreadsheetColumns,
  type SpreadsheetImport,
  type SpreadsheetMapping,
  TimelineError,
  type TimelineIssue,
} from '../index.js';
import { InputError, InvalidData } from './errors.js';
import { listed, safeText, shown } from './shown.js';

/**
 * The header names a researcher's sheet commonly gives each field, squeezed (lower case, letters and digits
 * only), in the order they are tried; the CLI's own CSV export's names are among them. A sheet read without a
 * mapping has its columns found by these.
 */
const COLUMN_NAMES: Readonly<Record<string, readonly string[]>> = {
  date: ['date', 'when', 'start', 'startdate', 'day', 'datum', 'fecha'],
  end: ['end', 'enddate', 'until'],
  title: ['title', 'headline', 'what', 'whathappened', 'event', 'summary'],
  id: ['id'],
  kind: ['kind', 'type', 'eventkind', 'eventtype'],
  description: ['description', 'details', 'detail', 'text'],
  actors: ['actors', 'who', 'actor', 'parties'],
  actorKinds: [
    'actorkinds',
    'kinds',
    'actorkind',
    'whokind',
    'whokinds',
    'partytypes',
    'partykinds',
    'actortypes',
    'partytype',
    'partykind',
    'actortype',
  ],
  actorCountries: ['actorcountries', 'countries'],
  sources: ['sources', 'source', 'link', 'links', 'url', 'urls', 'sourceurl'],
  quote: ['quote', 'quotes', 'quotation'],
  publisher: ['publisher', 'outlet', 'publication'],
  sourceTitle: ['sourcetitle', 'articletitle'],
  sourceNote: ['sourcenote'],
  author: ['author', 'byline'],
  published: ['published', 'publishedon', 'publicationdate'],
  confidence: ['confidence', 'certainty'],
  precision: ['precision'],
  sequence: ['sequence', 'order', 'seq'],
  tags: ['tags', 'tag', 'labels'],
  timeZone: ['timezone', 'zone', 'tz', 'datezone'],
};

/** How `import` gives new actors their kinds. */
const KINDS_HINT =
  'Give new actors their kinds with --column actorKinds=<column> (a kind for each name in the cell), ' +
  '--actors <actors.csv> (a sheet of Name and Kind) or --actor-kind <kind> (one kind for all).';

/** The fields a column can be mapped to with `--column field=Column`. */
export const SHEET_FIELDS: readonly string[] = Object.freeze(Object.keys(COLUMN_NAMES));

const squeeze = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The header row of a CSV text, and the delimiter it holds most of (as the library detects it). */
export function sheetHeader(text: string): { names: string[]; delimiter: SheetDelimiter } {
  const body = text.replace(/^\uFEFF/, '').replace(/^sep=[,;\t]\r?\n/, '');
  const line = /^[^\r\n]*/.exec(body)?.[0] ?? '';
  const sep = /^sep=([,;\t])/.exec(text.replace(/^\uFEFF/, ''))?.[1];
  const count = (char: string) => line.split(char).length - 1;
  const delimiter = (sep ??
    ([',', ';', '\t'] as const).reduce((best, char) =>
      count(char) > count(best) ? char : best,
    )) as SheetDelimiter;
  // Quotes in a header are rare: a plain split, with the quotes around a name removed.
  const names = line.split(delimiter).map((name) =>
    name
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .replace(/""/g, '"'),
  );
  return { names, delimiter };
}

/** The columns of a sheet found by their header names; `undefined` when no date or no title column is found. */
export function guessColumns(names: readonly string[]): SpreadsheetColumns | undefined {
  const columns = columnsByName(names);
  if (columns['date'] === undefined || columns['title'] === undefined) return undefined;
  return columns as unknown as SpreadsheetColumns;
}

/** The fields whose column the header names (`Day` the date, `Who` the actors …), however few. */
export function columnsByName(names: readonly string[]): Readonly<Record<string, string>> {
  const columns: Record<string, string> = {};
  const taken = new Set<string>();
  for (const [field, words] of Object.entries(COLUMN_NAMES)) {
    for (const word of words) {
      const found = names.find((name) => squeeze(name) === word && !taken.has(name));
      if (found !== undefined) {
        columns[field] = found;
        taken.add(found);
        break;
      }
    }
  }
  return columns;
}

/** Whether a text looks like a CSV sheet rather than JSON: its first line is not JSON and holds a delimiter. */
export function looksLikeSheet(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return false;
  const line = /^[^\r\n]*/.exec(start)?.[0] ?? '';
  return /[,;\t]/.test(line);
}

/** A header for a new dispute read from a file: its id and title from the file's name. */
export function headerOf(name: string): DisputeHeaderInput {
  const base = name.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '') || 'sheet';
  const id =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'sheet';
  return { id, title: base.slice(0, 200) };
}

/** A warning as a line: `warning: code at path: message`, safe for a terminal. */
export function warningLine(warning: TimelineIssue): string {
  return `warning: ${warning.code} at ${safeText(formatPath(warning.path), 200)}: ${safeText(warning.message)}`;
}

/**
 * Reads a sheet into a dispute with its mapping, or with the columns its header names (see {@link guessColumns});
 * an unrecognised header is an {@link InputError} that says how to import it, invalid cells {@link InvalidData}.
 */
export function readSheet(
  text: string,
  name: string,
  mapping: Partial<SpreadsheetMapping> = {},
  actorFile?: string,
): SpreadsheetImport {
  const { names, delimiter } = sheetHeader(text);
  // A table of the CLI's own CSV export (`export -f csv`): one collection, whose references the others hold.
  const table = Object.entries(CSV_COLUMNS).find(
    ([, header]) => header.length === names.length && header.every((name, at) => name === names[at]),
  )?.[0];
  if (mapping.columns === undefined && table !== undefined)
    throw new InputError(
      `${shown(name)} is the ${table} table of a CSV export: it names records the other tables describe, so it is not a dispute on its own; ` +
        'read the dispute from its JSON or JSON Lines (export --format json|jsonl), or import a sheet that holds the actors’ kinds',
    );
  const columns = mapping.columns ?? guessColumns(names);
  if (columns === undefined)
    throw new InputError(
      `${shown(name)} is a CSV sheet, read with ${delimiter === '\t' ? 'tabs' : shown(delimiter)} between fields, ` +
        `but no column of ${listed(names.map((one) => JSON.stringify(one)))} is named as a date or a title; ` +
        `import it with a mapping: dispute-timeline import ${safeText(name, 80)} --column date=<column> --column title=<column> …`,
    );
  const dispute: Dispute | DisputeHeaderInput = mapping.dispute ?? headerOf(name);
  // A problem of the actors sheet is placed in its own file: ["actors.csv"].row[4].Kind, not actorSheet.row[4].
  const place = (found: TimelineIssue): TimelineIssue =>
    found.path[0] === 'actorSheet' && actorFile !== undefined
      ? { ...found, path: [basename(actorFile), ...found.path.slice(1)] }
      : found;
  try {
    const read = importSpreadsheet(text, { ...mapping, columns, dispute });
    return { ...read, warnings: read.warnings.map(place) };
  } catch (error) {
    if (!(error instanceof TimelineError)) throw error;
    const placed = error.issues.map(place);
    // A new actor with no kind is reported at its cell of the actors column, in the library's words (a mapping's
    // fields): the hint says it with the options of `import`.
    const kindless = placed.some(
      ({ code, path }) => code === 'missing-field' && path[0] === 'row' && path[2] === columns.actors,
    );
    throw new InvalidData(
      name,
      new TimelineError(placed as [TimelineIssue, ...TimelineIssue[]]),
      'is not a sheet that can be imported',
      kindless ? [KINDS_HINT] : [],
    );
  }
}
