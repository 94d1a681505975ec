import { wrap } from '../_lib/text.js';
import { FORMATS, type FormatOption } from '../index.js';
import type { OptionSpec } from './args.js';
import type { CommandSpec } from './command.js';

/** Help is laid out for 100 columns whatever the terminal, so that the CLI guide can be checked against it. */
const WIDTH = 100;
const LEFT = 30;

/** The exit codes, as every `--help` and the CLI guide give them. */
export const EXIT_CODES_HELP: readonly string[] = Object.freeze([
  'Exit codes:',
  '  0  success',
  '  1  invalid data: the dispute has problems (each printed on standard error with its path)',
  "  2  wrong usage, or input that can't be read (a missing file, a directory, a binary file)",
]);

/** The program's options, beside the commands. */
export const PROGRAM_OPTIONS: readonly OptionSpec[] = Object.freeze([
  { name: 'help', short: 'h', description: 'show this help; after a command, that command’s help' },
  { name: 'version', short: 'V', description: 'print the version' },
]);

/** `dispute-timeline --help`: the commands, the formats of the registry, the conventions and exit codes. */
export function programHelp(commands: readonly CommandSpec[]): string {
  const lines = [
    'dispute-timeline: timelines of disputes between governments and technology companies',
    '',
    'Usage: dispute-timeline <command> [arguments] [options]',
    '       dispute-timeline <command> --help',
    '',
    'Commands:',
    ...commands.map((command) =>
      row(`  ${command.usage[0]?.split(' [')[0] ?? command.name}`, command.summary),
    ),
    row('  help [command]', 'show this help, or a command’s'),
    '',
    'Options:',
    ...PROGRAM_OPTIONS.map(optionRow),
    '',
    'Formats (export --format, query --format):',
    ...formatRows(),
    '',
    ...wrap(
      'Data goes to standard output and messages to standard error; - stands for standard input (or, after -o, ' +
        'standard output). Colour is used only on a terminal (or with FORCE_COLOR set), and never when NO_COLOR is set.',
      WIDTH,
    ),
    '',
    ...EXIT_CODES_HELP,
  ];
  return `${lines.join('\n')}\n`;
}

/** `dispute-timeline <command> --help`. */
export function commandHelp(command: CommandSpec): string {
  const lines = [
    // A usage line that starts with a space goes on from the line before it.
    ...command.usage.map((usage, i) =>
      usage.startsWith(' ')
        ? `${' '.repeat('Usage: dispute-timeline '.length)}${usage}`
        : `${i === 0 ? 'Usage: ' : '       '}dispute-timeline ${usage}`,
    ),
    ...command.description.flatMap((paragraph) => ['', ...wrap(paragraph, WIDTH)]),
  ];
  if (command.aliases !== undefined && command.aliases.length > 0)
    lines.push('', `Also: ${command.aliases.map((alias) => `dispute-timeline ${alias}`).join(', ')}`);
  if (command.arguments.length > 0)
    lines.push('', 'Arguments:', ...command.arguments.map((arg) => row(`  ${arg.name}`, arg.description)));
  lines.push('', 'Options:', ...command.options.map(optionRow));
  // The table of every format and its --set options, for the commands that write any of them (export, query);
  // import names its two formats in its --format option.
  if (command.options.some((option) => option.name === 'set')) lines.push('', 'Formats:', ...formatRows());
  if (command.examples.length > 0)
    lines.push('', 'Examples:', ...command.examples.map((example) => `  ${exampleLine(example)}`));
  lines.push('', ...EXIT_CODES_HELP);
  return `${lines.join('\n')}\n`;
}

/**
 * An example as a command line: after `dispute-timeline `, unless it names the program itself (a pipeline such
 * as `cat case.json | dispute-timeline validate -`), which is shown as it is.
 */
export function exampleLine(example: string): string {
  return /(^|[|;&]\s*)dispute-timeline\b/.test(example) ? example : `dispute-timeline ${example}`;
}

function formatRows(): string[] {
  return FORMATS.flatMap((format) => [
    row(`  ${format.name}${format.read === undefined ? '' : ' (read too)'}`, format.description),
    ...format.options.map((option) =>
      row(`      --set ${option.name}=${valueHint(option.type)}`, option.description),
    ),
  ]);
}

/** What an option of a format takes, for `--help`. */
function valueHint(type: FormatOption['type']): string {
  if (typeof type !== 'string') return type.join('|');
  return type === 'boolean' ? 'true|false' : type === 'list' ? 'a,b,…' : `<${type}>`;
}

function optionRow(option: OptionSpec): string {
  const names = `${option.short === undefined ? '    ' : `-${option.short}, `}--${option.name}`;
  const value = option.value === undefined ? '' : ` ${option.value}`;
  return row(`  ${names}${value}`, option.description);
}

/** A term and its description, the description wrapped in its column (or on the next line if the term is long). */
function row(term: string, description: string): string {
  const text = wrap(description, WIDTH - LEFT);
  const first =
    term.length < LEFT - 1
      ? `${term.padEnd(LEFT)}${text[0] ?? ''}`
      : `${term}\n${' '.repeat(LEFT)}${text[0] ?? ''}`;
  return [first, ...text.slice(1).map((line) => `${' '.repeat(LEFT)}${line}`)].join('\n').trimEnd();
}
