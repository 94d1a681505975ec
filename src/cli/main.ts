import { readFileSync } from 'node:fs';
import { terminalSafe, truncate } from '../_lib/text.js';
import { disputeJsonSchema, safeParseDispute } from '../builder/json.js';
import { datasets } from '../datasets/index.js';
import { formatIssues, TimelineError } from '../errors/index.js';
import { formatTimelineText } from '../formats/text.js';
import type { Dispute } from '../model/dispute.js';
import { eventsBefore } from '../query/events-before.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly columns?: number | undefined;
}

const USAGE = `Usage: dispute-timeline <command> [arguments]

Commands:
  show <file.json | dataset>              print the timeline as a table
  validate <file.json>                    check a dispute; list every problem found
  before <file.json | dataset> <deadline> the events certainly and possibly before a deadline
  schema                                  print the JSON Schema of a dispute
  datasets                                list the shipped datasets

A dataset is named by its id, e.g. blackberry-pakistan-2015.
Exit codes: 0 success, 1 invalid data, 2 wrong usage.
`;

const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  columns: process.stdout.columns,
};

/** The shipped datasets by id, in the order of the `datasets` export (chronological). */
function datasetsById(): Map<string, Dispute> {
  return new Map(datasets.map((dispute) => [dispute.id as string, dispute]));
}

/**
 * Runs the command line and answers the exit code: 0 on success, 1 for invalid data, 2 for wrong usage.
 */
export function main(argv: readonly string[], io: CliIo = nodeIo): number {
  const [command, ...args] = argv;
  const width = Math.min(Math.max(io.columns ?? 100, 60), 160);
  try {
    switch (command) {
      case 'show': {
        if (args.length !== 1) return usage(io);
        io.out(formatTimelineText(load(args[0] as string, io), { width }));
        return 0;
      }
      case 'validate': {
        if (args.length !== 1) return usage(io);
        const dispute = load(args[0] as string, io);
        io.out(`valid: ${dispute.id} — ${dispute.events.length} events, ${dispute.sources.length} sources\n`);
        return 0;
      }
      case 'before': {
        if (args.length !== 2) return usage(io);
        const dispute = load(args[0] as string, io);
        const { certain, possible } = eventsBefore(dispute, args[1] as string);
        io.out(`Certainly before ${args[1]} (${certain.length}):\n`);
        io.out(formatTimelineText(dispute, { width, events: certain, heading: false }));
        io.out(`\nPossibly before (${possible.length}):\n`);
        io.out(formatTimelineText(dispute, { width, events: possible, heading: false }));
        return 0;
      }
      case 'schema':
        if (args.length !== 0) return usage(io);
        io.out(`${JSON.stringify(disputeJsonSchema(), null, 2)}\n`);
        return 0;
      case 'datasets':
        for (const [id, dispute] of datasetsById()) io.out(`${id}\t${dispute.title}\n`);
        return 0;
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        return usage(io, `unknown command ${JSON.stringify(shown(command))}`);
    }
  } catch (error) {
    if (error instanceof TimelineError) {
      io.err(
        `${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}:\n${formatIssues(error.issues)}\n`,
      );
      return 1;
    }
    throw error;
  }
}

function usage(io: CliIo, problem?: string): number {
  io.err(`${problem === undefined ? '' : `${problem}\n\n`}${USAGE}`);
  return 2;
}

function load(name: string, io: CliIo): Dispute {
  const dataset = datasetsById().get(name);
  if (dataset !== undefined) return dataset;
  let text: string;
  try {
    text = io.readFile(name);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TimelineError([
      { code: 'invalid-argument', path: [], message: `cannot read ${shown(name)}: ${shown(reason)}` },
    ]);
  }
  const result = safeParseDispute(text);
  if (!result.success) throw result.error;
  return result.data;
}

/** Text from the command line or the system, safe to print and cut to 100 characters. */
function shown(text: string): string {
  return truncate(terminalSafe(text), 100);
}
