import { disputeWarnings, TimelineError, type TimelineIssue } from '../../index.js';
import { flag } from '../args.js';
import { type CommandContext, defineCommand, FROM_OPTION } from '../command.js';
import { InvalidData } from '../errors.js';
import { jsonText } from '../json-output.js';
import { warningLine } from '../sheet.js';
import { counted } from '../shown.js';
import { streamsJsonLines, streamValidate, tablesOf } from '../stream.js';
import { loadSource, streamSource } from './shared.js';

/** `dispute-timeline validate`: every problem of a dispute, with its path, and its warnings. */
export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'check a dispute and list every problem and warning, with its path',
  usage: ['validate <file|-> [--strict] [--json]'],
  description: [
    'Reads a dispute and checks it as the library does: its fields, its dates, its references between records, ' +
      'its chains of extensions. Prints "valid" with its counts, or every problem on standard error, one a line ' +
      '(code, path, message), and exits 1.',
    'A valid dispute may still have warnings: data that is valid but suspicious (an event that only restates a ' +
      'response, a source published more than a year after what it reports, a deadline with no setOn and no ' +
      'sources, an ending with no date, two claims on one topic citing the same source). They are printed after ' +
      '"valid", one a line, and the exit code stays 0; with --strict they fail the check (exit 1).',
    "A JSON Lines file, or a case's CSV tables, is checked as it is read, record by record, with the same " +
      'checks and warnings (references, duplicate ids, the rules), never holding the events; its problems and ' +
      'warnings name their lines (or files, rows and columns).',
  ],
  arguments: [
    {
      name: '<file|->',
      description:
        'a file (JSON, or any format that can be read), - for standard input, or a shipped case’s id',
    },
  ],
  positionals: { min: 1, max: 1 },
  options: [
    { name: 'strict', description: 'fail on warnings too: print them as problems and exit 1' },
    { name: 'json', description: 'print the result as JSON on standard output: { valid, issues, warnings }' },
    FROM_OPTION,
  ],
  examples: [
    'validate case.json',
    'validate case.json --strict',
    'cat case.json | dispute-timeline validate -',
  ],
  async run(context) {
    const json = flag(context.args, 'json');
    const strict = flag(context.args, 'strict');
    try {
      const { name, id, counts, warnings } = await checked(context);
      const failed = strict && warnings.length > 0;
      if (json) {
        await context.out.write(
          jsonText({ valid: !failed, dispute: id, issues: [], warnings: [...warnings] }),
        );
        return failed ? 1 : 0;
      }
      if (failed)
        throw new InvalidData(
          name,
          new TimelineError(warnings as [TimelineIssue, ...TimelineIssue[]]),
          'has warnings, and --strict fails on them',
        );
      const count = warnings.length;
      await context.out.write(
        `valid: ${id} — ${counted(counts.events, 'event')}, ${counted(counts.sources, 'source')}` +
          (count === 0 ? '' : `; ${count} warning${count === 1 ? '' : 's'}`) +
          '\n' +
          warnings.map((warning) => `${warningLine(warning)}\n`).join(''),
      );
      return 0;
    } catch (error) {
      if (!(json && error instanceof InvalidData)) throw error;
      await context.out.write(
        jsonText({ valid: false, dispute: null, issues: error.error.issues, warnings: [] }),
      );
      return 1;
    }
  },
});

/**
 * Reads and checks the dispute. A JSON Lines file is checked as it streams past, record by record, with every
 * check of a whole read (references, duplicate ids, the rules): a file of millions of events is never held.
 */
async function checked(context: CommandContext): Promise<{
  name: string;
  id: string;
  counts: { events: number; sources: number };
  warnings: readonly TimelineIssue[];
}> {
  const input = streamSource(context);
  // Every check and every warning of a whole read is made as the records stream past.
  if (streamsJsonLines(input) || tablesOf(input) !== undefined) {
    const verdict = await streamValidate(input);
    const name = input.source === '-' ? 'standard input' : input.source;
    return {
      name,
      id: verdict.id,
      counts: { events: verdict.events, sources: verdict.sources },
      warnings: verdict.warnings,
    };
  }
  const { dispute, name, eventPositions } = await loadSource(context);
  const warnings = disputeWarnings(dispute);
  return {
    name,
    id: dispute.id,
    counts: { events: dispute.events.length, sources: dispute.sources.length },
    warnings: eventPositions === undefined ? warnings : atPositions(warnings, eventPositions),
  };
}

/**
 * Warnings whose paths name the events where the file gives them: a dispute built puts its events in timeline
 * order, and its warnings name them there (see `disputeWarnings`), but the user looks for them in the file, as its
 * problems name them.
 */
function atPositions(
  warnings: readonly TimelineIssue[],
  eventPositions: () => readonly number[],
): readonly TimelineIssue[] {
  if (!warnings.some(({ path }) => path[0] === 'events')) return warnings;
  const positions = eventPositions();
  return warnings.map((warning) => {
    const [collection, index, ...rest] = warning.path;
    if (collection !== 'events' || typeof index !== 'number') return warning;
    return { ...warning, path: [collection, positions[index] ?? index, ...rest] };
  });
}
