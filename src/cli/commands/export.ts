import { FORMATS, formatByName, TimelineError, type TimelineFormat } from '../../index.js';
import { stringValue } from '../args.js';
import { defineCommand, FROM_OPTION, SOURCE_ARGUMENT } from '../command.js';
import { InvalidData, UsageError } from '../errors.js';
import { openSink, type Sink, writeAll } from '../output.js';
import type { ProgressReporter } from '../progress.js';
import { listed, shown } from '../shown.js';
import { didYouMean } from '../suggest.js';
import { loadSource } from './shared.js';

/**
 * The format `--format` names, else the one whose extension the `-o` file has. Any format of the registry can
 * be named: the CLI keeps no list of its own.
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
  if (byExtension === undefined)
    throw new UsageError(`name a format with --format <name>; the formats are ${listed(names, 40)}`);
  return byExtension;
}

/**
 * Writes a dispute in a format, in slices, reporting progress. A format gives a string, or (for big data) an
 * iterable of pieces, written as they come.
 */
export async function writeInFormat(
  format: TimelineFormat,
  dispute: Parameters<TimelineFormat['write']>[0],
  sink: Sink,
  progress: ProgressReporter,
): Promise<void> {
  progress.phase(`formatting ${format.name}`);
  let written: string | Iterable<string>;
  try {
    written = format.write(dispute) as string | Iterable<string>;
  } catch (error) {
    // A format that can't hold this dispute says why, as issues: the data does not fit, exit code 1.
    if (error instanceof TimelineError)
      throw new InvalidData(dispute.id, error, `cannot be written as ${format.name}`);
    throw error;
  }
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

/** `dispute-timeline export`: a case in any registered format. */
export const exportCommand = defineCommand({
  name: 'export',
  summary: 'a case in any format (see Formats below)',
  usage: ['export <case|file|-> --format <name> [-o <file>]'],
  description: [
    'Writes a case in one of the formats below, to standard output or to a file. A file is written whole or not ' +
      'at all: it appears only when the export has succeeded. Without --format, the extension of the -o file ' +
      'picks the format.',
  ],
  arguments: [SOURCE_ARGUMENT],
  positionals: { min: 1, max: 1 },
  options: [
    { name: 'format', short: 'f', value: '<name>', description: 'the format to write (see Formats)' },
    {
      name: 'output',
      short: 'o',
      value: '<file>',
      description: 'the file to write; - or absent for standard output',
    },
    FROM_OPTION,
  ],
  examples: [
    'export blackberry-pakistan-2015 --format json -o pakistan.json',
    'export case.json --format text',
    'export - --format json < case.json',
  ],
  async run(context) {
    const output = stringValue(context.args, 'output');
    const format = chosenFormat(stringValue(context.args, 'format'), output);
    const sink =
      output === undefined || output === '-' ? context.out : openSink(output, context.terminal.stdout);
    try {
      const { dispute } = await loadSource(context);
      await writeInFormat(format, dispute, sink, context.progress);
      await sink.close();
    } finally {
      sink.abort();
    }
    return 0;
  },
});
