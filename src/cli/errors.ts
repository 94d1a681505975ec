import type { TimelineError } from '../index.js';
import { shown } from './shown.js';

/**
 * What ends a command early, and with which exit code: 2 for wrong usage or unreadable input, 1 for invalid
 * data. Anything else thrown is a bug, reported in one line with exit code 70.
 */
export const EXIT = Object.freeze({ ok: 0, invalidData: 1, usage: 2, bug: 70 });

/** Wrong usage: an unknown command or option, a missing or malformed argument. Exit code 2, with a usage line. */
export class UsageError extends Error {
  /** The command whose usage line to print after the message; none for the program itself. */
  readonly command: string | undefined;
  /** The option whose value is missing, when that is the mistake: a command may add a hint (the ids it takes). */
  readonly missingValueOf: string | undefined;
  /** The positional arguments read before the mistake was found. */
  readonly positionals: readonly string[];
  constructor(
    message: string,
    command?: string,
    details: { readonly missingValueOf?: string; readonly positionals?: readonly string[] } = {},
  ) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
    this.missingValueOf = details.missingValueOf;
    this.positionals = details.positionals ?? [];
  }
}

/** Input that can't be read: a missing file, a directory, a binary file, an unknown case. Exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A dispute that is not valid, as read from a named input. Exit code 1; every issue is printed. */
export class InvalidData extends Error {
  readonly input: string;
  readonly error: TimelineError;
  /** What is wrong with it, after its name: `is not a valid dispute`, `cannot be written as csv`. */
  readonly problem: string;
  /** Hints in the command's own words (its options), printed before the library's hint for each kind of problem. */
  readonly hints: readonly string[];
  constructor(
    input: string,
    error: TimelineError,
    problem = 'is not a valid dispute',
    hints: readonly string[] = [],
  ) {
    super(`${shown(input)} ${problem}`);
    this.name = 'InvalidData';
    this.input = input;
    this.error = error;
    this.problem = problem;
    this.hints = hints;
  }
}

/** The reader of standard output went away (`| head`): stop quietly. */
export class OutputClosed extends Error {
  constructor() {
    super('the output was closed');
    this.name = 'OutputClosed';
  }
}
