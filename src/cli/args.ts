import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { shown } from './shown.js';
import { didYouMean } from './suggest.js';

/** One option of a command, as `--help` shows it and the parser reads it. */
export interface OptionSpec {
  /** The long name, without dashes: `format` for `--format`. */
  readonly name: string;
  /** A one-letter alias, without the dash: `o` for `-o`. */
  readonly short?: string;
  /** What the option takes, for `--help` (`<date|id>`); absent for a flag. */
  readonly value?: string;
  /** How many values it takes after it: 1 (the default for an option with a value) or 2 (`--between <a> <b>`). */
  readonly arity?: 1 | 2;
  /** Whether it may be given more than once (its values are collected). */
  readonly multiple?: boolean;
  /** One line for `--help`. */
  readonly description: string;
}

/** What the parser found: option values by long name, and the positional arguments. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Whether `--help` or `-h` is among the arguments (before `--`): help wins over any other problem. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/**
 * Reads a command's arguments with Node's `util.parseArgs`, and words every mistake in one line with a hint:
 * an unknown option (`--fromat`: did you mean `--format`?), a missing value, a value given to a flag.
 */
export function parseCommandArgs(command: string, argv: readonly string[], options: readonly OptionSpec[]) {
  const spread = spreadPairs(command, argv, options);
  const config = Object.fromEntries(
    options.map((option) => [
      option.name,
      {
        type: option.value === undefined ? ('boolean' as const) : ('string' as const),
        ...(option.short === undefined ? {} : { short: option.short }),
        ...(option.multiple === true || option.arity === 2 ? { multiple: true } : {}),
      },
    ]),
  );
  // Not strict: the checks below word the mistakes better than parseArgs' own errors would.
  const { values, positionals, tokens } = parseArgs({
    args: spread,
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const known = new Map(options.map((option) => [option.name, option]));
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = known.get(token.name);
    if (option === undefined) {
      const names = options.flatMap((o) => [
        `--${o.name}`,
        ...(o.short === undefined ? [] : [`-${o.short}`]),
      ]);
      throw new UsageError(
        `unknown option ${shown(token.rawName)} for ${command}${didYouMean(token.rawName, names)}`,
        command,
      );
    }
    const flag = `--${option.name}`;
    if (option.value === undefined) {
      if (token.value !== undefined) throw new UsageError(`${flag} takes no value`, command);
    } else if (token.value === undefined) {
      throw new UsageError(`${flag} needs a value: ${flag} ${option.value}`, command, {
        missingValueOf: option.name,
        positionals,
      });
    } else if (
      !token.inlineValue &&
      token.value.startsWith('-') &&
      token.value !== '-' &&
      isOption(token.value)
    ) {
      throw new UsageError(
        `${flag} needs a value, not the option ${shown(token.value)}; write ${flag}=${token.value} if you mean it`,
        command,
      );
    }
    if (seen.has(option.name) && option.multiple !== true && option.arity !== 2)
      throw new UsageError(`${flag} is given more than once`, command);
    seen.add(option.name);
  }
  for (const option of options) {
    const list = values[option.name];
    if (option.arity === 2 && Array.isArray(list) && list.length > 2 && option.multiple !== true)
      throw new UsageError(`--${option.name} is given more than once`, command);
  }
  return { values, positionals } as ParsedArgs;
}

/** Whether a value looks like an option (`--json`, `-q`) rather than a negative number or a date. */
function isOption(value: string): boolean {
  return /^--?[A-Za-z]/.test(value);
}

/**
 * Rewrites `--between a b` as `--between=a --between=b`, which parseArgs reads as two values of one option; the
 * `=` form also lets a value start with a dash.
 */
function spreadPairs(command: string, argv: readonly string[], options: readonly OptionSpec[]): string[] {
  const pairs = new Set(options.filter((o) => o.arity === 2).map((o) => `--${o.name}`));
  if (pairs.size === 0) return [...argv];
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (!pairs.has(arg)) {
      out.push(arg);
      continue;
    }
    const spec = options.find((o) => `--${o.name}` === arg) as OptionSpec;
    const first = argv[i + 1];
    const second = argv[i + 2];
    if (first === undefined || second === undefined || isOption(first) || isOption(second))
      throw new UsageError(`${arg} needs two values: ${arg} ${spec.value ?? '<a> <b>'}`, command, {
        missingValueOf: spec.name,
        positionals: argv.slice(0, i).filter((a) => !a.startsWith('-')),
      });
    out.push(`${arg}=${first}`, `${arg}=${second}`);
    i += 2;
  }
  return out;
}

/** A string option's value, or undefined. */
export function stringValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A flag's value. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A repeatable or two-valued option's values; empty when absent. */
export function listValue(args: ParsedArgs, name: string): readonly string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}
