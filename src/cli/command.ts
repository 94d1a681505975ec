import type { OptionSpec, ParsedArgs } from './args.js';
import type { Sink } from './output.js';
import type { ProgressReporter } from './progress.js';
import type { Style, Terminal } from './terminal.js';

/** What a command runs with: its arguments, and the terminal's streams, styles and progress line. */
export interface CommandContext {
  readonly args: ParsedArgs;
  readonly terminal: Terminal;
  /** Standard output, for data. */
  readonly out: Sink;
  /** Styles for standard output (plain unless it is a terminal that takes colour). */
  readonly outStyle: Style;
  /** Writes a message line to standard error, unless `--quiet`. */
  readonly note: (line: string) => void;
  /** The progress line on standard error (silent in a pipe or with `--quiet`). */
  readonly progress: ProgressReporter;
  /** The width to lay tables out in: the terminal's, else 100 columns. */
  readonly columns: number;
}

/** One positional argument, for `--help`. */
export interface ArgumentSpec {
  readonly name: string;
  readonly description: string;
}

/**
 * One command of `dispute-timeline`: one file in `src/cli/commands/`, one line in the command list. Its `--help`
 * is built from this definition, and the CLI guide from `--help`.
 */
export interface CommandSpec {
  readonly name: string;
  /** Other names it answers to (kept from earlier versions). */
  readonly aliases?: readonly string[];
  /** One line for the list of commands. */
  readonly summary: string;
  /** The usage lines, after `dispute-timeline `. */
  readonly usage: readonly string[];
  /** What it does, in a few lines, for its `--help`. */
  readonly description: readonly string[];
  readonly arguments: readonly ArgumentSpec[];
  /** How many positional arguments it takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  readonly options: readonly OptionSpec[];
  /** Example invocations, after `dispute-timeline `. */
  readonly examples: readonly string[];
  /**
   * A hint for an option given without its value, such as the ids it could take; `positionals` are the
   * arguments read before the mistake. Answers an empty text when it has none.
   */
  readonly hintWhenMissing?: (
    option: string,
    positionals: readonly string[],
    terminal: Terminal,
  ) => Promise<string>;
  /** Does the work; answers the exit code. */
  readonly run: (context: CommandContext) => Promise<number>;
}

/** The options every command takes. */
export const COMMON_OPTIONS: readonly OptionSpec[] = Object.freeze([
  { name: 'quiet', short: 'q', description: 'no progress line and no notes on standard error' },
  { name: 'help', short: 'h', description: 'show this help' },
]);

/** The `<case|file|->` argument of the commands that read a dispute. */
export const SOURCE_ARGUMENT: ArgumentSpec = Object.freeze({
  name: '<case|file|->',
  description:
    "a shipped case's id (see `dispute-timeline list`), a file (JSON, JSON Lines, or a CSV sheet whose header names its columns: see `dispute-timeline import`), a case's CSV tables (a folder, or one of its tables: see `export -o <folder>/`), or - for standard input",
});

/** `--from`, for the commands that read a dispute from a file. */
export const FROM_OPTION: OptionSpec = Object.freeze({
  name: 'from',
  value: '<format>',
  description:
    "the file's format, when its extension does not say: json, jsonl or csv (default: by extension, else by content: a .csv is a sheet, never JSON)",
});

/** Freezes a command's definition. */
export function defineCommand(spec: CommandSpec): CommandSpec {
  return Object.freeze({ ...spec, options: Object.freeze([...spec.options, ...COMMON_OPTIONS]) });
}
