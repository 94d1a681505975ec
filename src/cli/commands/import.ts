import { readFileSync } from 'node:fs';
import {
  type Dispute,
  type DisputeHeaderInput,
  formatByName,
  type SpreadsheetColumns,
  type SpreadsheetMapping,
} from '../../index.js';
import { flag, listValue, stringValue } from '../args.js';
import { type CommandContext, defineCommand } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { decode, loadDispute } from '../input.js';
import { openSink, reason } from '../output.js';
import { columnsByName, headerOf, readSheet, SHEET_FIELDS, sheetHeader, warningLine } from '../sheet.js';
import { counted, listed, shown } from '../shown.js';
import { didYouMean } from '../suggest.js';
import { chosenFormat, writeInFormat } from './export.js';

const DELIMITER_NAMES: Readonly<Record<string, SpreadsheetMapping['delimiter']>> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\t': '\t',
};

/** `dispute-timeline import`: a researcher's spreadsheet, saved as CSV, into a dispute's JSON or JSON Lines. */
export const importCommand = defineCommand({
  name: 'import',
  summary: 'a spreadsheet (CSV) of your own columns into a dispute, as JSON or JSON Lines',
  usage: [
    'import <sheet.csv|-> [--column <field=Column>]… [--mapping <file.json>] [--actors <actors.csv>]',
    '       [--into <case|file>] [--id <id> --title <title> --time-zone <zone>] [-f json|jsonl] [-o <file>]',
  ],
  description: [
    'Reads a spreadsheet saved as CSV (separated by commas, semicolons or tabs: detected, and said) into a ' +
      'validated dispute: one event per row. Columns are mapped to fields with --column (date=When, ' +
      'title=What happened, actors=Who, actorKinds=Kinds, quote=Quote, sources=Link …) or a JSON mapping ' +
      'file ({ "columns": { "date": "When", … }, "dispute": { "id": …, "title": … }, "kind": …, "actorKind": … }); ' +
      'without either, columns are found by their names (Date, Title, Who, Link, Quote …).',
    'A list cell (Sheri Pym, Apple, FBI) is split on ; , " and " and line breaks, declared actors and aliases ' +
      'matched first. New actors take their kinds from a kinds column or the --actors sheet (Name, Kind, ' +
      'Country, Aliases); an actor without one is an error. Every cell not imported (an unmapped column, a ' +
      'split that is a guess, a cell that disagrees with a record) is a warning on standard error; --strict ' +
      'fails on them.',
  ],
  arguments: [{ name: '<sheet.csv|->', description: 'the sheet, as CSV text; - for standard input' }],
  positionals: { min: 1, max: 1 },
  options: [
    {
      name: 'column',
      short: 'c',
      value: '<field=Column>',
      multiple: true,
      description: `a field and the column that holds it; repeatable. Fields: ${SHEET_FIELDS.join(', ')}`,
    },
    { name: 'mapping', short: 'm', value: '<file.json>', description: 'a JSON file of the mapping' },
    {
      name: 'actors',
      value: '<actors.csv>',
      description: 'a sheet of actors: Name, Kind, and optionally Country and Aliases',
    },
    { name: 'into', value: '<case|file>', description: 'a dispute to add the rows to, instead of a new one' },
    { name: 'id', value: '<id>', description: "the new dispute's id (default: from the file's name)" },
    { name: 'title', value: '<title>', description: "the new dispute's title (default: the file's name)" },
    { name: 'time-zone', value: '<zone>', description: "the new dispute's IANA time zone" },
    { name: 'delimiter', value: '<,|;|tab>', description: 'the field separator (default: detected)' },
    {
      name: 'kind',
      value: '<kind>',
      description: 'the kind of an event whose row gives none (default other)',
    },
    {
      name: 'confidence',
      value: '<confidence>',
      description: 'the confidence of an event whose row gives none (default reported)',
    },
    {
      name: 'actor-kind',
      value: '<kind>',
      description: 'the kind of new actors that neither a kinds column nor --actors gives one',
    },
    { name: 'format', short: 'f', value: '<json|jsonl>', description: 'the format to write (default json)' },
    {
      name: 'output',
      short: 'o',
      value: '<file>',
      description: 'the file to write; - or absent for standard output',
    },
    { name: 'strict', description: 'fail (exit 1) when there are warnings: a cell not imported, or a guess' },
  ],
  examples: [
    'import cases.csv --column date=When --column title="What happened" --column actors=Who --column actorKinds=Kinds --column sources=Link -o case.json',
    'import cases.csv --mapping mapping.json --actors actors.csv -f jsonl -o case.jsonl',
    'import more-rows.csv --into blackberry-pakistan-2015 -o pakistan.json',
  ],
  async run(context) {
    const source = context.args.positionals[0] as string;
    const output = stringValue(context.args, 'output');
    const format =
      stringValue(context.args, 'format') === undefined && (output === undefined || output === '-')
        ? (formatByName('json') as NonNullable<ReturnType<typeof formatByName>>)
        : chosenFormat(stringValue(context.args, 'format'), output);
    const name = source === '-' ? 'standard input' : source;
    const text = decode(source === '-' ? await readAll(context.terminal.stdin) : readBytes(source), name);
    const mapping = await mappingOf(context.args, text, name, context);
    const { dispute, delimiter, warnings } = readSheet(
      text,
      name,
      mapping,
      stringValue(context.args, 'actors'),
    );
    context.note(
      `read ${name} with ${delimiter === '\t' ? 'tabs' : `"${delimiter}"`} between fields: ${counted(dispute.events.length, 'event')}, ${counted(dispute.actors.length, 'actor')}, ${counted(dispute.sources.length, 'source')}`,
    );
    for (const warning of warnings) context.note(warningLine(warning));
    if (flag(context.args, 'strict') && warnings.length > 0) {
      context.note(
        `${warnings.length} warning${warnings.length === 1 ? '' : 's'}, and --strict fails on them`,
      );
      return 1;
    }
    const sink =
      output === undefined || output === '-' ? context.out : openSink(output, context.terminal.stdout);
    try {
      await writeInFormat(format, dispute, sink, context.progress);
      await sink.close();
    } finally {
      sink.abort();
    }
    return 0;
  },
});

type Args = Parameters<typeof stringValue>[0];

/** The mapping: the mapping file's, then the options on top of it, then the columns the header names. */
async function mappingOf(
  args: Args,
  text: string,
  name: string,
  context: CommandContext,
): Promise<Partial<SpreadsheetMapping>> {
  const file = stringValue(args, 'mapping');
  const fromFile = file === undefined ? {} : mappingFile(file);
  const columns: Record<string, unknown> = { ...(fromFile['columns'] as object | undefined) };
  for (const setting of listValue(args, 'column')) {
    const at = setting.indexOf('=');
    const field = at < 0 ? setting : setting.slice(0, at);
    const column = at < 0 ? '' : setting.slice(at + 1);
    if (!SHEET_FIELDS.includes(field))
      throw new UsageError(
        `--column: no field ${shown(field)}${didYouMean(field, SHEET_FIELDS)}; the fields are ${listed(SHEET_FIELDS, 30)}`,
      );
    if (column === '') throw new UsageError(`--column ${field} needs a column: --column ${field}=<column>`);
    columns[field] = column;
  }
  const mapping: Record<string, unknown> = { ...fromFile };
  if (Object.keys(columns).length > 0) {
    // Named columns complete the ones the header names: `--column actors=Who` with a Date and a Title found.
    const found = columnsByName(sheetHeader(text).names);
    const named = new Set(Object.values(columns));
    const kept = Object.entries(found).filter(([field, column]) => !named.has(column) && !(field in columns));
    mapping['columns'] = { ...Object.fromEntries(kept), ...columns } as unknown as SpreadsheetColumns;
  } else delete mapping['columns'];
  const into = stringValue(args, 'into');
  const header: Record<string, unknown> = {
    ...((fromFile['dispute'] as DisputeHeaderInput | undefined) ?? {}),
  };
  for (const [option, field] of [
    ['id', 'id'],
    ['title', 'title'],
    ['time-zone', 'timeZone'],
  ] as const) {
    const value = stringValue(args, option);
    if (value !== undefined) header[field] = value;
  }
  if (into !== undefined) {
    const loaded: Dispute = (
      await loadDispute(into, { terminal: context.terminal, progress: context.progress, note: context.note })
    ).dispute;
    mapping['dispute'] = loaded;
  } else if (Object.keys(header).length > 0) {
    mapping['dispute'] = { ...headerOf(name), ...header };
  }
  const actors = stringValue(args, 'actors');
  if (actors !== undefined) mapping['actorSheet'] = decode(readBytes(actors), actors);
  const delimiter = stringValue(args, 'delimiter');
  if (delimiter !== undefined) {
    const chosen = DELIMITER_NAMES[delimiter.toLowerCase()];
    if (chosen === undefined) throw new UsageError(`--delimiter is , or ; or tab; got ${shown(delimiter)}`);
    mapping['delimiter'] = chosen;
  }
  for (const [option, field] of [
    ['kind', 'kind'],
    ['confidence', 'confidence'],
    ['actor-kind', 'actorKind'],
  ] as const) {
    const value = stringValue(args, option);
    if (value !== undefined) mapping[field] = value;
  }
  return mapping as Partial<SpreadsheetMapping>;
}

/** A mapping file: a JSON object; its `actorSheet` may name a file of actors, relative to the working directory. */
function mappingFile(path: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(decode(readBytes(path), path));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read the mapping ${shown(path)}: ${reason(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(
      `the mapping ${shown(path)} is not a JSON object such as { "columns": { "date": "When" } }`,
    );
  const mapping = { ...(value as Record<string, unknown>) };
  if (typeof mapping['actorSheet'] === 'string' && /\.(csv|tsv|txt)$/i.test(mapping['actorSheet']))
    mapping['actorSheet'] = decode(readBytes(mapping['actorSheet']), mapping['actorSheet']);
  return mapping;
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new InputError(
      code === 'ENOENT'
        ? `cannot read ${shown(path)}: no such file`
        : `cannot read ${shown(path)}: ${reason(error)}`,
    );
  }
}

async function readAll(stdin: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
