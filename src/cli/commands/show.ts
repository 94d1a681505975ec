import { writeText } from '../../index.js';
import { stringValue } from '../args.js';
import { defineCommand, FROM_OPTION, SOURCE_ARGUMENT } from '../command.js';
import { loadSource, widthOption } from './shared.js';

/** `dispute-timeline show`: a case's timeline as a table. */
export const showCommand = defineCommand({
  name: 'show',
  summary: 'a case’s timeline as a readable table',
  usage: ['show <case|file|-> [--width <columns>]'],
  description: [
    'Prints the timeline of a case as a table: each event’s date as the sources give it (with its zone when it is ' +
      'not the case’s), its kind, the actors and what happened. Text from the data is made safe for the terminal.',
  ],
  arguments: [SOURCE_ARGUMENT],
  positionals: { min: 1, max: 1 },
  options: [
    {
      name: 'width',
      value: '<columns>',
      description: 'the width of the table (default: the terminal’s, else 100)',
    },
    FROM_OPTION,
  ],
  examples: ['show blackberry-pakistan-2015', 'show case.json --width 120', 'show - < case.json'],
  async run(context) {
    const { dispute } = await loadSource(context);
    const width = widthOption(stringValue(context.args, 'width'), context.columns);
    const text = writeText(dispute, { width });
    await context.out.write(boldTableHeader(text, context.outStyle.bold));
    return 0;
  },
});

/** The text table with its column header in bold (a no-op without colour). */
export function boldTableHeader(text: string, bold: (text: string) => string): string {
  return text.replace(/^(DATE {2,}KIND.*)$/m, (header) => bold(header));
}
