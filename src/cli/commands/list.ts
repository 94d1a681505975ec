import { type Dispute, dateOf } from '../../index.js';
import { flag } from '../args.js';
import { defineCommand } from '../command.js';
import { shippedCases } from '../input.js';
import { jsonText } from '../json-output.js';
import { renderTable } from '../table.js';

/** The first and last dates of a case's events, as the sources give them. */
function span(dispute: Dispute): { from: string | null; to: string | null } {
  const first = dispute.events[0];
  const last = dispute.events.at(-1);
  return {
    from: first === undefined ? null : dateOf(first, dispute).text,
    to: last === undefined ? null : dateOf(last, dispute).text,
  };
}

/** A case as `list --json` gives it. */
function summary(dispute: Dispute) {
  return {
    id: dispute.id,
    title: dispute.title,
    timeZone: dispute.timeZone ?? 'UTC',
    ...span(dispute),
    counts: {
      events: dispute.events.length,
      demands: dispute.demands.length,
      responses: dispute.responses.length,
      deadlines: dispute.deadlines.length,
      actors: dispute.actors.length,
      sources: dispute.sources.length,
      claims: dispute.claims.length,
    },
  };
}

/** `dispute-timeline list`: the shipped cases. */
export const listCommand = defineCommand({
  name: 'list',
  aliases: ['datasets'],
  summary: 'the shipped cases, with their dates and counts',
  usage: ['list [--json]'],
  description: [
    'Lists the cases shipped with the package, in the order they began: id, the dates of the first and last ' +
      'events, how many events, demands and deadlines, and the title. Any command that reads a case takes its id.',
  ],
  arguments: [],
  positionals: { min: 0, max: 0 },
  options: [{ name: 'json', description: 'print the cases as JSON, for scripts' }],
  examples: ['list', 'list --json'],
  async run({ args, out, outStyle, columns }) {
    const cases = [...shippedCases().values()].map(summary);
    if (flag(args, 'json')) {
      await out.write(jsonText(cases));
      return 0;
    }
    const rows = cases.map((c) => [
      c.id,
      c.from ?? '',
      c.to ?? '',
      String(c.counts.events),
      String(c.counts.demands),
      String(c.counts.deadlines),
      c.title,
    ]);
    await out.write(
      renderTable(['ID', 'FROM', 'TO', 'EVENTS', 'DEMANDS', 'DEADLINES', 'TITLE'], rows, {
        width: columns,
        style: outStyle,
      }),
    );
    return 0;
  },
});
