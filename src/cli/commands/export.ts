import {
  FORMATS,
  figureToPdf,
  figureToPng,
  formatByName,
  TimelineError,
  type TimelineFormat,
  writeSvg,
} from '../../index.js';
import { stringValue } from '../args.js';
import { defineCommand, FROM_OPTION, SOURCE_ARGUMENT } from '../command.js';
import { InvalidData, UsageError } from '../errors.js';
import { openSink, type Sink, writeAll } from '../output.js';
import type { ProgressReporter } from '../progress.js';
import { listed, shown } from '../shown.js';
import { didYouMean } from '../suggest.js';
import { loadSource } from './shared.js';

/** The figure's picture as bytes: `png` and `pdf` draw the `svg` format's picture with an optional package. */
const FIGURES = { png: figureToPng, pdf: figureToPdf } as const;
type FigureName = keyof typeof FIGURES;

/** `png` or `pdf` when `--format` names one, or the `-o` file ends in `.png` or `.pdf`. */
function figureFormat(name: string | undefined, output: string | undefined): FigureName | undefined {
  if (name === 'png' || name === 'pdf') return name;
  if (name !== undefined || output === undefined) return undefined;
  const lower = output.toLowerCase();
  return lower.endsWith('.png') ? 'png' : lower.endsWith('.pdf') ? 'pdf' : undefined;
}

/**
 * The format `--format` names, else the one whose extension the `-o` file has. Any format of the registry can
 * be named: the CLI keeps no list of its own.
 */
export function chosenFormat(name: string | undefined, output: string | undefined): TimelineFormat {
  const names = [...FORMATS.map((format) => format.name), ...Object.keys(FIGURES)];
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

/** Writes the `svg` format's picture of a dispute as a PNG or PDF; a missing optional package is a usage error. */
async function writeFigure(
  name: FigureName,
  dispute: Parameters<TimelineFormat['write']>[0],
  sink: Sink,
  progress: ProgressReporter,
): Promise<void> {
  progress.phase(`drawing ${name}`);
  let bytes: Uint8Array;
  try {
    bytes = await FIGURES[name](writeSvg(dispute));
  } catch (error) {
    if (error instanceof TimelineError && error.issues[0].code === 'missing-dependency')
      throw new UsageError(error.issues[0].message);
    if (error instanceof TimelineError)
      throw new InvalidData(dispute.id, error, `cannot be drawn as ${name}`);
    throw error;
  }
  await sink.write(bytes);
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
      'picks the format. png and pdf are the svg picture as a PNG (300 dpi) or a vector PDF (180 mm wide), ' +
      'drawn by the optional packages @resvg/resvg-js and pdfkit: install the one you need beside this one.',
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
    'export blackberry-pakistan-2015 -o pakistan.pdf',
    'export - --format json < case.json',
  ],
  async run(context) {
    const output = stringValue(context.args, 'output');
    const name = stringValue(context.args, 'format');
    const figure = figureFormat(name, output);
    const format = figure === undefined ? chosenFormat(name, output) : undefined;
    const sink =
      output === undefined || output === '-' ? context.out : openSink(output, context.terminal.stdout);
    try {
      const { dispute } = await loadSource(context);
      if (format !== undefined) await writeInFormat(format, dispute, sink, context.progress);
      else await writeFigure(figure as FigureName, dispute, sink, context.progress);
      await sink.close();
    } finally {
      sink.abort();
    }
    return 0;
  },
});
