import { formatPath, ISSUE_HINTS } from '../index.js';
import { parseCommandArgs, wantsHelp } from './args.js';
import type { CommandSpec } from './command.js';
import { COMMANDS, commandNamed } from './commands.js';
import { EXIT, InputError, InvalidData, OutputClosed, UsageError } from './errors.js';
import { commandHelp, programHelp } from './help.js';
import { openSink } from './output.js';
import { progressReporter, silentProgress } from './progress.js';
import { safeText, shown } from './shown.js';
import { didYouMean } from './suggest.js';
import { colourOn, type Style, styleFor, type Terminal } from './terminal.js';
import { packageVersion } from './version.js';

/**
 * Runs `dispute-timeline` with its arguments (without `node` and the script) and answers the exit code:
 * 0 success, 1 invalid data, 2 wrong usage or unreadable input. Data goes to standard output, messages to
 * standard error, one line each; nothing it prints is a stack trace.
 */
export async function main(argv: readonly string[], terminal: Terminal): Promise<number> {
  const errStyle = styleFor(colourOn(terminal.stderr, terminal.env));
  const say = (line: string) => {
    terminal.stderr.write(`${line}\n`);
  };
  let progress = silentProgress;
  let command: CommandSpec | undefined;
  try {
    const [first, ...rest] = rewriteAliases(argv);
    if (first === undefined) {
      terminal.stderr.write(programHelp(COMMANDS));
      return EXIT.usage;
    }
    if (first === '--help' || first === '-h' || first === 'help') return await help(rest, terminal);
    if (first === '--version' || first === '-V') {
      terminal.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (first.startsWith('-'))
      throw new UsageError(
        `unknown option ${shown(first)}${didYouMean(first, ['--help', '--version', '-h', '-V'])}; a command comes first`,
      );
    command = commandNamed(first);
    if (command === undefined) {
      const names = COMMANDS.map((c) => c.name);
      const hint = didYouMean(first, names);
      throw new UsageError(
        `unknown command ${shown(first)}${hint === '' ? `; the commands are ${names.join(', ')}` : hint}`,
      );
    }
    if (wantsHelp(rest)) {
      terminal.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    const args = parseCommandArgs(command.name, rest, command.options);
    checkPositionals(command, args.positionals);
    const quiet = args.values['quiet'] === true;
    progress = progressReporter(terminal.stderr, { quiet });
    const stdout = terminal.stdout;
    return await command.run({
      args,
      terminal,
      out: openSink('-', stdout),
      outStyle: styleFor(colourOn(stdout, terminal.env)),
      note: (line) => {
        if (!quiet) say(line);
      },
      progress,
      columns:
        stdout.isTTY === true && typeof stdout.columns === 'number' && stdout.columns > 0
          ? stdout.columns
          : 100,
    });
  } catch (error) {
    progress.clear();
    return await report(error, command, terminal, errStyle, say);
  }
}

/** The names kept from earlier versions: `datasets` is `list`; `before <case> <deadline>` is `query --before`. */
function rewriteAliases(argv: readonly string[]): readonly string[] {
  const [first, ...rest] = argv;
  if (first === 'datasets') return ['list', ...rest];
  if (first === 'before') {
    const [source, deadline, ...more] = rest;
    if (source === undefined || source.startsWith('-')) return ['query', ...rest];
    return ['query', source, '--before', ...(deadline === undefined ? [] : [deadline]), ...more];
  }
  return argv;
}

async function help(rest: readonly string[], terminal: Terminal): Promise<number> {
  const [name] = rest;
  if (name === undefined || name.startsWith('-')) {
    terminal.stdout.write(programHelp(COMMANDS));
    return EXIT.ok;
  }
  const command = commandNamed(name);
  if (command === undefined)
    throw new UsageError(
      `no command ${shown(name)}${didYouMean(
        name,
        COMMANDS.map((c) => c.name),
      )}`,
    );
  terminal.stdout.write(commandHelp(command));
  return EXIT.ok;
}

function checkPositionals(command: CommandSpec, positionals: readonly string[]): void {
  const { min, max } = command.positionals;
  if (positionals.length < min) {
    const needed = command.arguments.map((arg) => arg.name).join(' ');
    throw new UsageError(`${command.name} needs ${needed}`, command.name);
  }
  if (positionals.length > max) {
    const extra = positionals[max] as string;
    throw new UsageError(
      max === 0
        ? `${command.name} takes no arguments; got ${shown(extra)}`
        : `unexpected argument ${shown(extra)}: ${command.name} takes ${command.arguments.map((arg) => arg.name).join(' ')}`,
      command.name,
    );
  }
}

/** Words an error for standard error and answers its exit code. */
async function report(
  error: unknown,
  command: CommandSpec | undefined,
  terminal: Terminal,
  style: Style,
  say: (line: string) => void,
): Promise<number> {
  const label = style.red('error');
  if (error instanceof OutputClosed) return EXIT.ok;
  if (error instanceof UsageError) {
    const owner = commandNamed(error.command ?? '') ?? command;
    let hint = '';
    if (error.missingValueOf !== undefined && owner?.hintWhenMissing !== undefined)
      hint = await owner.hintWhenMissing(error.missingValueOf, error.positionals, terminal);
    say(`${label}: ${error.message}${hint}`);
    say(
      owner === undefined
        ? style.dim('usage: dispute-timeline <command> [arguments] [options]; see dispute-timeline --help')
        : style.dim(
            `usage: dispute-timeline ${shortUsage(owner)}; see dispute-timeline ${owner.name} --help`,
          ),
    );
    return EXIT.usage;
  }
  if (error instanceof InputError) {
    say(`${label}: ${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof InvalidData) {
    const name = safeText(error.input, 200);
    for (const issue of error.error.issues)
      say(`${name}: ${issue.code} at ${safeText(formatPath(issue.path), 200)}: ${safeText(issue.message)}`);
    const count = error.error.issues.length;
    say(`${label}: ${shown(error.input)} ${error.problem} (${count} problem${count === 1 ? '' : 's'})`);
    // What fixes each kind of problem, once per kind, as git prints its hints.
    const hints = new Set([...error.hints, ...error.error.issues.map((issue) => ISSUE_HINTS[issue.code])]);
    for (const hint of hints) if (hint !== undefined) say(style.dim(`hint: ${safeText(hint)}`));
    return EXIT.invalidData;
  }
  const message = error instanceof Error ? error.message : String(error);
  say(`${label}: internal error: ${safeText(message)} (a bug in dispute-timeline; please report it)`);
  return EXIT.bug;
}

/** A command's first usage line without its bracketed options: `query <case|file|-> [options]`. */
function shortUsage(command: CommandSpec): string {
  const usage = command.usage[0] ?? command.name;
  const cut = usage.indexOf(' [');
  return cut === -1 ? usage : `${usage.slice(0, cut)} [options]`;
}
