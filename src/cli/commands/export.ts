import {
  type FigureFormat,
  FORMATS,
  type FormatOptions,
  formatByName,
  type TextFormat,
  TimelineError,
  type TimelineFormat,
} from '../../index.js';
import { listValue, stringValue } from '../args.js';
import { defineCommand, FROM_OPTION, SOURCE_ARGUMENT } from '../command.js';
import { InvalidData, UsageError } from '../errors.js';
import { openSink, type Sink, writeAll } from '../output.js';
import type { ProgressReporter } from '../progress.js';
import { listed, safeText, shown } from '../shown.js';
import { streamExport, streamsExport } from '../stream.js';
import { didYouMean } from '../suggest.js';
import { isFolderOutput, makeFolder, TABLE_COLLECTIONS, tableFiles } from '../tables.js';
import { loadSource, streamSource } from './shared.js';

/**
 * The format `--format` names, else the one whose extension the `-o` file has. Any format of the registry can
 * be named, the pictures `png` and `pdf` too: the CLI keeps no list of its own.
 */
export function chosenFormat(name: string | undefined, output: string | undefined): TimelineFormat {
  const names = FORMATS.map((format) => format.name);
  if (name !== undefined) {
    const format = formatByName(name);
    if (format === undefined)
      throw new UsageError(
        `no format ${shown(name)}${didYouMean(name, names)}; the formats are ${listed(names, 40)}`,
      );
    return format;
  }
  const byExtension =
    output === undefined || output === '-'
      ? undefined
      : FORMATS.find((format) => output.toLowerCase().endsWith(format.extension));
  if (byExtension === undefined) {
    // A file name with an extension no format has: say which, and the formats' extensions.
    const extension = output === undefined ? undefined : /(\.[^./\\]+)$/.exec(output)?.[1];
    if (extension !== undefined)
      throw new UsageError(
        `unknown extension ${safeText(extension, 40)}; formats: ${listed(
          FORMATS.map((format) => `${format.name} (${format.extension})`),
          40,
        )}; or name one with --format <name>`,
      );
    throw new UsageError(`name a format with --format <name>; the formats are ${listed(names, 40)}`);
  }
  return byExtension;
}

/**
 * The options of `--set name=value`, read as the format's registry entry describes them: a number, `true` or
 * `false`, a list `a,b,c`, one of the values it takes, or text. A name the format does not take is a usage error.
 */
export function formatOptions(format: TimelineFormat, settings: readonly string[]): FormatOptions {
  const options: Record<string, unknown> = {};
  const names = format.options.map((option) => option.name);
  for (const setting of settings) {
    const at = setting.indexOf('=');
    const name = at < 0 ? setting : setting.slice(0, at);
    const text = at < 0 ? undefined : setting.slice(at + 1);
    const option = format.options.find((o) => o.name === name);
    if (option === undefined)
      throw new UsageError(
        names.length === 0
          ? `the format ${format.name} takes no options; --set ${shown(setting)} cannot be used`
          : `the format ${format.name} has no option ${shown(name)}${didYouMean(name, names)}; its options are ${listed(names)}`,
      );
    if (text === undefined || text === '')
      throw new UsageError(`--set ${name} needs a value: --set ${name}=<value>`);
    options[name] = optionValue(option, text, format.name);
  }
  return options;
}

function optionValue(option: TimelineFormat['options'][number], text: string, format: string): unknown {
  const { name, type } = option;
  if (type === 'number') {
    const value = Number(text);
    if (!Number.isFinite(value) || text.trim() === '')
      throw new UsageError(`--set ${name} takes a number; got ${shown(text)}`);
    return value;
  }
  if (type === 'boolean') {
    if (text !== 'true' && text !== 'false')
      throw new UsageError(`--set ${name} takes true or false; got ${shown(text)}`);
    return text === 'true';
  }
  if (type === 'list') return text.split(',').map((item) => item.trim());
  if (type === 'string') return text;
  if (!type.includes(text))
    throw new UsageError(
      `the ${format} option ${name} takes ${listed(type)}; got ${shown(text)}${didYouMean(text, type)}`,
    );
  return text;
}

/**
 * Writes a dispute in a format, in slices, reporting progress. A format made for big data gives its lines as
 * they are made (its registry entry's `lines`); any other text format, its text; a picture, its bytes.
 */
export async function writeInFormat(
  format: TimelineFormat,
  dispute: Parameters<TimelineFormat['write']>[0],
  sink: Sink,
  progress: ProgressReporter,
  options: FormatOptions = {},
): Promise<void> {
  if (format.output === 'bytes') return writeFigure(format, dispute, sink, progress, options);
  progress.phase(`formatting ${format.name}`);
  let written: string | Iterable<string>;
  try {
    written = format.lines === undefined ? format.write(dispute, options) : format.lines(dispute, options);
  } catch (error) {
    // A format that can't hold this dispute says why, as issues: the data does not fit, exit code 1.
    if (error instanceof TimelineError)
      throw new InvalidData(dispute.id, error, `cannot be written as ${format.name}`);
    throw error;
  }
  await writeText(format, written, sink, progress);
}

async function writeText(
  format: TextFormat,
  written: string | Iterable<string>,
  sink: Sink,
  progress: ProgressReporter,
): Promise<void> {
  if (typeof written === 'string') {
    await writeAll(sink, written, progress.phase(`writing ${format.name}`, 'bytes'));
  } else {
    const report = progress.phase(`writing ${format.name}`, 'lines');
    let done = 0;
    for (const piece of written) {
      await sink.write(piece);
      report({ done: ++done });
    }
  }
  progress.clear();
}

/** Writes a dispute's picture as a PNG or PDF; a missing optional package is a usage error. */
async function writeFigure(
  format: FigureFormat,
  dispute: Parameters<TimelineFormat['write']>[0],
  sink: Sink,
  progress: ProgressReporter,
  options: FormatOptions,
): Promise<void> {
  progress.phase(`drawing ${format.name}`);
  let bytes: Uint8Array;
  try {
    bytes = await format.write(dispute, options);
  } catch (error) {
    if (error instanceof TimelineError && error.issues[0].code === 'missing-dependency')
      throw new UsageError(error.issues[0].message);
    if (error instanceof TimelineError)
      throw new InvalidData(dispute.id, error, `cannot be drawn as ${format.name}`);
    throw error;
  }
  await sink.write(bytes);
  progress.clear();
}

/**
 * Writes every CSV table of a case into a folder, `<collection>.csv` each (the `dispute` table of its own fields
 * too), which any command reads back as the case: the folder, or any one of its tables.
 */
async function writeTables(
  context: Parameters<(typeof exportCommand)['run']>[0],
  format: TimelineFormat,
  folder: string,
  options: FormatOptions,
): Promise<number> {
  if (format.name !== 'csv')
    throw new UsageError(
      `${shown(folder)} is a folder, which takes a case's CSV tables (--format csv); name a file to write ${format.name}`,
    );
  if (options['collection'] !== undefined || options['columns'] !== undefined)
    throw new UsageError(
      `a folder gets every table with all its columns, to be read back; --set collection or columns writes one table to a file`,
    );
  const { dispute } = await loadSource(context);
  makeFolder(folder);
  for (const [collection, file] of TABLE_COLLECTIONS.map((c, i) => [c, tableFiles(folder)[i]] as const)) {
    const sink = openSink(file, context.terminal.stdout);
    try {
      await writeInFormat(format, dispute, sink, context.progress, { ...options, collection });
      await sink.close();
    } finally {
      sink.abort();
    }
  }
  return 0;
}

/** `dispute-timeline export`: a case in any registered format. */
export const exportCommand = defineCommand({
  name: 'export',
  summary: 'a case in any format (see Formats below)',
  usage: ['export <case|file|-> --format <name> [-o <file>]'],
  description: [
    'Writes a case in one of the formats below, to standard output or to a file. A file is written whole or not ' +
      'at all: it appears only when the export has succeeded. Without --format, the extension of the -o file ' +
      'picks the format. png and pdf are the svg picture as a PNG (300 dpi) or a vector PDF (180 mm wide), ' +
      'drawn by the optional packages @resvg/resvg-js and pdfkit: install the one you need beside this one.',
    'A folder as -o (a name ending in /, or a folder already there) gets every CSV table of the case, one ' +
      'file each (events.csv, actors.csv, …, and dispute.csv of its own fields): every command reads the case ' +
      'back from the folder, or from any one of its tables, whose siblings are found by name (pk/events.csv ' +
      'with pk/actors.csv, pk-events.csv with pk-actors.csv).',
    "A JSON Lines file (or - with --from jsonl), or a case's CSV tables, exported as jsonl, csv, markdown or plover is streamed: each record is checked as " +
      'it is read and written at once, so a file of millions of events is never held whole. The checks are ' +
      'those of a whole read; a problem anywhere fails the export (exit 1) with every issue, and standard ' +
      'output then holds only a part.',
  ],
  arguments: [SOURCE_ARGUMENT],
  positionals: { min: 1, max: 1 },
  options: [
    { name: 'format', short: 'f', value: '<name>', description: 'the format to write (see Formats)' },
    {
      name: 'output',
      short: 'o',
      value: '<file>',
      description: 'the file to write (a folder/ for every CSV table); - or absent for standard output',
    },
    {
      name: 'set',
      value: '<name=value>',
      multiple: true,
      description: 'an option of the format, such as --set collection=actors (see Formats); repeatable',
    },
    FROM_OPTION,
  ],
  examples: [
    'export blackberry-pakistan-2015 --format json -o pakistan.json',
    'export blackberry-pakistan-2015 --format csv --set collection=deadlines --set bom=true',
    'export blackberry-pakistan-2015 --format csv -o pakistan/',
    'show pakistan/events.csv',
    'export case.json --format text',
    'export blackberry-pakistan-2015 -o pakistan.pdf',
    'export - --format json < case.json',
  ],
  async run(context) {
    const output = stringValue(context.args, 'output');
    const name = stringValue(context.args, 'format');
    const folder = isFolderOutput(output);
    const format = chosenFormat(name ?? (folder ? 'csv' : undefined), output);
    const options = formatOptions(format, listValue(context.args, 'set'));
    if (folder) return writeTables(context, format, output, options);
    const sink =
      output === undefined || output === '-' ? context.out : openSink(output, context.terminal.stdout);
    try {
      const input = streamSource(context);
      // JSON Lines or CSV tables to a format that streams go record by record, never holding the dispute.
      if (streamsExport(input, format)) await streamExport(input, format, sink, options);
      else {
        const { dispute } = await loadSource(context);
        await writeInFormat(format, dispute, sink, context.progress, options);
      }
      await sink.close();
    } finally {
      sink.abort();
    }
    return 0;
  },
});
