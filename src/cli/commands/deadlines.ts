import {
  type DateValue,
  DEADLINE_STATUSES,
  type Deadline,
  type DeadlineState,
  type DeadlineStatus,
  type Dispute,
  deadlineChain,
  deadlineState,
  query,
} from '../../index.js';
import { flag } from '../args.js';
import { defineCommand, FROM_OPTION, SOURCE_ARGUMENT } from '../command.js';
import { jsonText } from '../json-output.js';
import { renderTable } from '../table.js';
import { loadSource } from './shared.js';

/** A date as the source gives it, with its zone when it is not the case's. */
export function dateText(value: DateValue | undefined, dispute: Dispute): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value.timeZone === (dispute.timeZone ?? 'UTC') ? value.value : `${value.value} (${value.timeZone})`;
}

/**
 * A deadline's state in words: `pending`, `passed (no ending recorded)`, `ended: rescinded 2010-10-08`, `ended:
 * superseded by deadline-2010-10-31`; when it is not sure, `maybe`, with the other states it may be in.
 */
export function stateText(state: DeadlineState, dispute: Dispute): string {
  const words = (status: DeadlineStatus): string => {
    switch (status) {
      case 'not-yet-set':
        return 'not yet set';
      case 'passed':
        return 'passed (no ending recorded)';
      case 'stayed':
        return state.stay === null ? 'stayed' : `stayed by ${state.stay.stayed.id}`;
      case 'ended': {
        const ending = state.ending;
        if (ending !== null && ending.kind !== 'extended') {
          const on = state.deadline.outcome?.on;
          return `ended: ${ending.kind} ${on === undefined ? '(on a date not recorded)' : dateText(on, dispute)}`;
        }
        return state.supersededBy === null
          ? 'ended: extended'
          : `ended: superseded by ${state.supersededBy.id}`;
      }
      default:
        return status;
    }
  };
  if (state.truth === 'yes') return words(state.status);
  const others = DEADLINE_STATUSES.filter((s) => s !== state.status && state.possible[s] !== undefined);
  return `maybe ${words(state.status)}${others.length === 0 ? '' : ` (or ${others.map(words).join(', or ')})`}`;
}

/** The chains of extensions, each from its first deadline to its last: deadlines that extend none start one. */
function chains(dispute: Dispute, ordered: readonly Deadline[]): (readonly Deadline[])[] {
  return ordered
    .filter((deadline) => deadline.extends === undefined)
    .map((first) => deadlineChain(dispute, first));
}

/** `dispute-timeline deadlines`: ids, due dates, chains and outcomes. */
export const deadlinesCommand = defineCommand({
  name: 'deadlines',
  summary: 'a case’s deadlines: ids, due dates, chains of extensions, outcomes',
  usage: ['deadlines <case|file|-> [--json]'],
  description: [
    'Lists the deadlines of a case in the order they fall due: the id to pass to query --before, when it was due ' +
      'and set, which deadline it extends, how it ended and the demands it is for; then each chain of extensions.',
  ],
  arguments: [SOURCE_ARGUMENT],
  positionals: { min: 1, max: 1 },
  options: [{ name: 'json', description: 'print the deadlines as JSON, for scripts' }, FROM_OPTION],
  examples: ['deadlines india-blackberry-2010', 'deadlines blackberry-pakistan-2015 --json'],
  async run(context) {
    const { dispute } = await loadSource(context);
    const ordered = query(dispute).deadlines().toArray();
    // The state of each as the records stand: at the last date they give (the last event, or the last due date).
    const lastEvent = query(dispute).events().toArray().at(-1);
    const standing = (deadline: Deadline) => {
      const last = ordered.at(-1) as Deadline;
      const states = [lastEvent, last].flatMap((record) =>
        record === undefined ? [] : [deadlineState(dispute, deadline, record)],
      );
      return states.reduce((a, b) => (b.date.latest > a.date.latest ? b : a));
    };
    const extendedBy = new Map(
      ordered.flatMap((d) => (d.extends === undefined ? [] : [[d.extends as string, d.id]])),
    );
    if (flag(context.args, 'json')) {
      const rows = ordered.map((deadline) => ({
        id: deadline.id,
        due: deadline.due,
        setOn: deadline.setOn ?? null,
        setBy: deadline.setBy,
        demands: deadline.demands,
        extends: deadline.extends ?? null,
        extendedBy: extendedBy.get(deadline.id) ?? null,
        outcome: deadline.outcome ?? null,
        state: stateText(standing(deadline), dispute),
        summary: deadline.summary ?? null,
        chain: deadlineChain(dispute, deadline).map((link) => link.id),
      }));
      await context.out.write(jsonText({ dispute: dispute.id, deadlines: rows }));
      return 0;
    }
    if (ordered.length === 0) {
      context.note(`${dispute.id} has no deadlines.`);
      return 0;
    }
    const rows = ordered.map((deadline) => [
      deadline.id,
      dateText(deadline.due, dispute),
      dateText(deadline.setOn, dispute),
      deadline.extends ?? '',
      deadline.outcome === undefined
        ? ''
        : `${deadline.outcome.kind}${deadline.outcome.on === undefined ? '' : ` ${dateText(deadline.outcome.on, dispute)}`}`,
      stateText(standing(deadline), dispute),
      deadline.demands.join(', '),
    ]);
    const table = renderTable(['ID', 'DUE', 'SET ON', 'EXTENDS', 'OUTCOME', 'STATE', 'DEMANDS'], rows, {
      width: context.columns,
      style: context.outStyle,
      max: 40,
    });
    const lines = chains(dispute, ordered)
      .filter((chain) => chain.length > 1)
      .map((chain) => `  ${chain.map((d) => `${d.id} (${dateText(d.due, dispute)})`).join(' → ')}`);
    const chainText =
      lines.length === 0 ? '' : `\n${context.outStyle.bold('Chains of extensions:')}\n${renderLines(lines)}`;
    await context.out.write(table + chainText);
    return 0;
  },
});

function renderLines(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
