import { flag } from '../args.js';
import { defineCommand, FROM_OPTION } from '../command.js';
import { InvalidData } from '../errors.js';
import { jsonText } from '../json-output.js';
import { loadSource } from './shared.js';

/** `dispute-timeline validate`: every problem of a dispute, with its path. */
export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'check a dispute and list every problem, with its path',
  usage: ['validate <file|-> [--json]'],
  description: [
    'Reads a dispute and checks it as the library does: its fields, its dates, its references between records, ' +
      'its chains of extensions. Prints "valid" with its counts, or every problem on standard error, one a line ' +
      '(code, path, message), and exits 1.',
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
    { name: 'json', description: 'print the result as JSON on standard output: { valid, issues }' },
    FROM_OPTION,
  ],
  examples: ['validate case.json', 'cat case.json | dispute-timeline validate -'],
  async run(context) {
    const json = flag(context.args, 'json');
    try {
      const { dispute } = await loadSource(context);
      const counts = { events: dispute.events.length, sources: dispute.sources.length };
      await context.out.write(
        json
          ? jsonText({ valid: true, dispute: dispute.id, issues: [] })
          : `valid: ${dispute.id} — ${counts.events} events, ${counts.sources} sources\n`,
      );
      return 0;
    } catch (error) {
      if (!(json && error instanceof InvalidData)) throw error;
      await context.out.write(jsonText({ valid: false, dispute: null, issues: error.error.issues }));
      return 1;
    }
  },
});
