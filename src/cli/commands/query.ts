import {
  type Dispute,
  effectiveDeadline,
  type Labelled,
  pendingOn,
  query,
  type TimelineEvent,
  updateDispute,
  writeText,
} from '../../index.js';
import { flag, listValue, type ParsedArgs, stringValue } from '../args.js';
import { type CommandContext, defineCommand, FROM_OPTION, SOURCE_ARGUMENT } from '../command.js';
import { UsageError } from '../errors.js';
import { loadDispute } from '../input.js';
import { jsonText } from '../json-output.js';
import { silentProgress } from '../progress.js';
import { asked, checkActor, checkDateOrRecord, checkDemand, checkKind, deadlineList } from '../references.js';
import { renderTable } from '../table.js';
import { dateText, stateText } from './deadlines.js';
import { chosenFormat, formatOptions, writeInFormat } from './export.js';
import { loadSource, widthOption } from './shared.js';
import { boldTableHeader } from './show.js';

/** The options that narrow the events; `--pending-on` and `--effective-deadline` ask other questions. */
const EVENT_FILTERS = ['before', 'after', 'between', 'on', 'actor', 'kind'] as const;

/** Which answers to keep: `certain` (yes only, the default) or `possible` (yes and maybe). */
type Mode = 'certain' | 'possible';

function modeOf(args: ParsedArgs): Mode {
  if (flag(args, 'possible') && flag(args, 'certain'))
    throw new UsageError('--possible and --certain exclude each other', 'query');
  return flag(args, 'possible') ? 'possible' : 'certain';
}

/** Refuses options that do not apply to the question asked, rather than ignoring them. */
function refuse(args: ParsedArgs, names: readonly string[], question: string): void {
  for (const name of names)
    if (args.values[name] !== undefined)
      throw new UsageError(`--${name} does not apply to ${question}`, 'query');
}

/** `dispute-timeline query`: the events that answer a question, what was pending, the deadline in force. */
export const queryCommand = defineCommand({
  name: 'query',
  aliases: ['before <case> <deadline>'],
  summary: 'ask a question: events before a deadline, what was pending, the deadline in force',
  usage: [
    'query <case|file|-> [--before <date|id>] [--after <date|id>] [--between <a> <b>]',
    '      [--on <date|id>] [--actor <id|name>] [--kind <kind>] [--possible | --certain] [--json | --format <name>]',
    'query <case|file|-> --pending-on <date|id> [--possible] [--json]',
    'query <case|file|-> --effective-deadline <demand> --on <date|id> [--json]',
  ],
  description: [
    'Answers the main questions about a case. Dates are EDTF (2015-12-30, 2015-12, 2015, 2015-12-31?) read in ' +
      'the case’s time zone; where a date is asked, the id of a deadline, demand, response or event stands for ' +
      'its date (see `dispute-timeline deadlines <case>` for the ids).',
    'Answers are honest about precision: an event dated only to the deadline’s month is neither certainly before ' +
      'nor certainly after it. By default only what certainly matches is shown (--certain), and a note says how ' +
      'many more only possibly match; --possible shows those too, apart. The filters combine as "and".',
  ],
  arguments: [SOURCE_ARGUMENT],
  positionals: { min: 1, max: 1 },
  options: [
    { name: 'before', value: '<date|id>', description: 'events before a date or a record’s date' },
    { name: 'after', value: '<date|id>', description: 'events after it' },
    { name: 'between', value: '<a> <b>', arity: 2, description: 'events from a to b, both included' },
    {
      name: 'on',
      value: '<date|id>',
      description: 'events on a day, month or year; with --effective-deadline, the date asked about',
    },
    {
      name: 'actor',
      value: '<id|name>',
      multiple: true,
      description: 'events involving an actor (or its members), by id, name or alias; repeatable',
    },
    { name: 'kind', value: '<kind>', description: 'events of a kind: demand, order, statement, extension…' },
    {
      name: 'pending-on',
      value: '<date|id>',
      description: 'the demands and deadlines pending on a date, and demands unanswered',
    },
    {
      name: 'effective-deadline',
      value: '<demand>',
      description: 'the deadline of a demand in force on the --on date, through its chain of extensions',
    },
    { name: 'possible', description: 'also what only possibly matches (answer maybe), shown apart' },
    { name: 'certain', description: 'only what certainly matches (answer yes); the default' },
    { name: 'json', description: 'print the answer as JSON, for scripts' },
    {
      name: 'format',
      short: 'f',
      value: '<name>',
      description: 'print the matching events as a dispute in a format',
    },
    {
      name: 'set',
      value: '<name=value>',
      multiple: true,
      description: 'an option of the --format, such as --set collection=actors; repeatable',
    },
    {
      name: 'width',
      value: '<columns>',
      description: 'the width of the tables (default: the terminal’s, else 100)',
    },
    FROM_OPTION,
  ],
  examples: [
    'query blackberry-pakistan-2015 --before deadline-2015-12-30',
    'query blackberry-pakistan-2015 --before deadline-2015-11-30 --possible',
    'query india-blackberry-2010 --between 2010-08 2010-10 --actor government-of-india --json',
    'query india-blackberry-2010 --pending-on 2010-09-01',
    'query india-blackberry-2010 --effective-deadline bes-bbm-access --on 2010-09-01',
    'query blackberry-pakistan-2015 --kind announcement --format json',
  ],
  async hintWhenMissing(option, positionals, terminal) {
    const source = positionals[0];
    if (source === undefined || source === '-') return '';
    try {
      const { dispute } = await loadDispute(source, {
        terminal,
        progress: silentProgress,
      });
      if (option === 'effective-deadline') {
        const ids = dispute.demands.map((demand) => demand.id as string);
        return ids.length === 0 ? '' : `; the demands of ${dispute.id} are ${ids.join(', ')}`;
      }
      return option === 'kind' || option === 'actor' ? '' : `; ${deadlineList(dispute)}`;
    } catch {
      return '';
    }
  },
  async run(context) {
    const { args } = context;
    const mode = modeOf(args);
    if (flag(args, 'json') && stringValue(args, 'format') !== undefined)
      throw new UsageError('--json and --format exclude each other', 'query');
    // Options are checked before the case is read: a mistake in them should not wait for a big file.
    const chosen =
      stringValue(args, 'format') === undefined
        ? undefined
        : chosenFormat(stringValue(args, 'format'), undefined);
    if (chosen !== undefined) formatOptions(chosen, listValue(args, 'set'));
    if (chosen === undefined && listValue(args, 'set').length > 0)
      throw new UsageError('--set is an option of a --format: name the format', 'query');
    const width = widthOption(stringValue(args, 'width'), context.columns);
    if (stringValue(args, 'pending-on') !== undefined) {
      refuse(args, [...EVENT_FILTERS, 'effective-deadline', 'format'], '--pending-on');
      const { dispute } = await loadSource(context);
      return pending(context, dispute, mode, width);
    }
    if (stringValue(args, 'effective-deadline') !== undefined) {
      refuse(
        args,
        ['before', 'after', 'between', 'actor', 'kind', 'possible', 'certain', 'format'],
        '--effective-deadline',
      );
      if (stringValue(args, 'on') === undefined)
        throw new UsageError('--effective-deadline needs --on <date|id>: the date asked about', 'query');
      const { dispute } = await loadSource(context);
      return effective(context, dispute);
    }
    const { dispute } = await loadSource(context);
    return events(context, dispute, mode, width);
  },
});

/** The events question: filters, then the certain (and possible) answers. */
async function events(context: CommandContext, dispute: Dispute, mode: Mode, width: number): Promise<number> {
  const { args } = context;
  const question: Record<string, string | readonly string[]> = {};
  let chain = query(dispute).events();
  const before = stringValue(args, 'before');
  const after = stringValue(args, 'after');
  const on = stringValue(args, 'on');
  const between = listValue(args, 'between');
  const kind = stringValue(args, 'kind');
  if (before !== undefined) {
    question['before'] = checkDateOrRecord(dispute, before, '--before');
    chain = asked(() => chain.before(before));
  }
  if (after !== undefined) {
    question['after'] = checkDateOrRecord(dispute, after, '--after');
    chain = asked(() => chain.after(after));
  }
  if (between.length === 2) {
    const [start, end] = between as [string, string];
    question['between'] = [
      checkDateOrRecord(dispute, start, '--between'),
      checkDateOrRecord(dispute, end, '--between'),
    ];
    chain = asked(() => chain.between(start, end));
  }
  if (on !== undefined) {
    question['on'] = checkDateOrRecord(dispute, on, '--on');
    chain = asked(() => chain.on(on));
  }
  const actors = listValue(args, 'actor').map((actor) => checkActor(dispute, actor, '--actor'));
  for (const actor of actors) chain = asked(() => chain.byActor(actor));
  if (actors.length > 0) question['actor'] = actors;
  if (kind !== undefined) {
    question['kind'] = checkKind(kind, '--kind');
    chain = asked(() => chain.byKind(kind as TimelineEvent['kind']));
  }
  const labelled = asked(() => chain.toLabelled());
  const certain = labelled.filter((answer) => answer.truth === 'yes').map((answer) => answer.item);
  const possible = labelled.filter((answer) => answer.truth === 'maybe').map((answer) => answer.item);
  if (mode === 'certain' && possible.length > 0)
    context.note(
      `${possible.length} more event${possible.length === 1 ? '' : 's'} only possibly match${possible.length === 1 ? 'es' : ''}; add --possible to see ${possible.length === 1 ? 'it' : 'them'}`,
    );
  const kept = mode === 'certain' ? labelled.filter((answer) => answer.truth === 'yes') : labelled;

  if (flag(args, 'json')) {
    await context.out.write(
      jsonText({
        dispute: dispute.id,
        question,
        match: mode,
        events: kept.map((answer) => ({ truth: answer.truth, event: answer.item })),
      }),
    );
    return 0;
  }
  const formatName = stringValue(args, 'format');
  if (formatName !== undefined) {
    const ids = new Set(kept.map((answer) => answer.item.id as string));
    const narrowed = updateDispute(dispute, (draft) => {
      draft.events = draft.events.filter((event) => ids.has(event.id));
      // A deadline's ending may cite an event the question left out: keep the ending, drop the link.
      for (const deadline of draft.deadlines) {
        if (deadline.outcome?.event !== undefined && !ids.has(deadline.outcome.event))
          delete deadline.outcome.event;
      }
    });
    await writeInFormat(
      chosenFormat(formatName, undefined),
      narrowed,
      context.out,
      context.progress,
      formatOptions(chosenFormat(formatName, undefined), listValue(args, 'set')),
    );
    return 0;
  }
  const table = (list: readonly TimelineEvent[]) =>
    list.length === 0
      ? '  none\n'
      : boldTableHeader(writeText(dispute, { width, events: list, heading: false }), context.outStyle.bold);
  const bold = context.outStyle.bold;
  let text = `${bold(`Certainly (${certain.length}):`)}\n${table(certain)}`;
  if (mode === 'possible') text += `\n${bold(`Possibly (${possible.length}):`)}\n${table(possible)}`;
  await context.out.write(text);
  return 0;
}

/** `--pending-on`: demands and deadlines pending on a date, and demands not yet answered. */
async function pending(
  context: CommandContext,
  dispute: Dispute,
  mode: Mode,
  width: number,
): Promise<number> {
  const date = checkDateOrRecord(dispute, stringValue(context.args, 'pending-on') as string, '--pending-on');
  const answer = asked(() => pendingOn(dispute, date));
  const keep = <T>(list: readonly Labelled<T>[]) =>
    mode === 'possible' ? list : list.filter((l) => l.truth === 'yes');
  const demands = keep(answer.demands);
  const deadlines = keep(answer.deadlines);
  const unanswered = keep(answer.unanswered);
  if (flag(context.args, 'json')) {
    const rows = (list: readonly Labelled<{ readonly id: string }>[]) =>
      list.map((labelled) => ({ truth: labelled.truth, id: labelled.item.id }));
    await context.out.write(
      jsonText({
        dispute: dispute.id,
        on: date,
        match: mode,
        demands: rows(demands),
        deadlines: rows(deadlines),
        unanswered: rows(unanswered),
      }),
    );
    return 0;
  }
  const dropped =
    answer.demands.length +
    answer.deadlines.length +
    answer.unanswered.length -
    (demands.length + deadlines.length + unanswered.length);
  if (dropped > 0) context.note(`${dropped} more only possibly pending; add --possible to see them`);
  const style = context.outStyle;
  const section = (title: string, headers: string[], rows: string[][]) =>
    `${style.bold(`${title} (${rows.length}):`)}\n${rows.length === 0 ? '  none\n' : renderTable(headers, rows, { width, style, max: 40 })}`;
  const demandRows = (list: typeof demands) =>
    list.map(({ truth, item }) => [truth, item.id, dateText(item.date, dispute), item.summary]);
  const text = [
    `${style.bold(`${dispute.id} on ${date}`)}`,
    '',
    section('Demands pending', ['ANSWER', 'DEMAND', 'MADE', 'SUMMARY'], demandRows(demands)),
    section(
      'Deadlines pending',
      ['ANSWER', 'DEADLINE', 'DUE', 'DEMANDS'],
      deadlines.map(({ truth, item }) => [
        truth,
        item.id,
        dateText(item.due, dispute),
        item.demands.join(', '),
      ]),
    ),
    section('Demands not yet answered', ['ANSWER', 'DEMAND', 'MADE', 'SUMMARY'], demandRows(unanswered)),
  ].join('\n');
  await context.out.write(text);
  return 0;
}

/** `--effective-deadline <demand> --on <date>`: the demand's deadline then and its state, through its chain. */
async function effective(context: CommandContext, dispute: Dispute): Promise<number> {
  const demand = checkDemand(
    dispute,
    stringValue(context.args, 'effective-deadline') as string,
    '--effective-deadline',
  );
  const on = checkDateOrRecord(dispute, stringValue(context.args, 'on') as string, '--on');
  const found = asked(() => effectiveDeadline(dispute, demand, on));
  if (flag(context.args, 'json')) {
    await context.out.write(
      jsonText({
        dispute: dispute.id,
        demand,
        on,
        deadline: found === null ? null : { id: found.deadline.id, due: found.deadline.due },
        truth: found?.truth ?? null,
        state:
          found === null
            ? { status: 'not-yet-set', truth: 'yes', possible: { 'not-yet-set': 'yes' } }
            : {
                status: found.state.status,
                truth: found.state.truth,
                possible: found.state.possible,
                ending:
                  found.state.ending === null
                    ? null
                    : {
                        kind: found.state.ending.kind,
                        on: found.state.ending.on?.text ?? null,
                        event: found.state.ending.event?.id ?? null,
                      },
                supersededBy: found.state.supersededBy?.id ?? null,
              },
        extensions: found?.extensions ?? null,
        chain: found?.chain.map((link) => link.id) ?? [],
      }),
    );
    return 0;
  }
  if (found === null) {
    await context.out.write(`No deadline had been set for ${demand} by ${on}.\n`);
    return 0;
  }
  const { deadline, extensions, truth, chain } = found;
  const certainty =
    truth === 'yes'
      ? 'certainly the demand’s deadline then'
      : 'maybe the demand’s deadline then: a later extension may already have been set, or this one not yet';
  const lines = [
    `${context.outStyle.bold(deadline.id)}, due ${dateText(deadline.due, dispute)}: the deadline for ${demand} on ${on}`,
    `state: ${stateText(found.state, dispute)}${found.state.status === 'pending' && found.state.truth === 'yes' ? ' (in force)' : ''}`,
    `${certainty}; after ${extensions} extension${extensions === 1 ? '' : 's'}`,
    `chain: ${chain.map((link) => `${link.id} (${dateText(link.due, dispute)})`).join(' → ')}`,
  ];
  await context.out.write(`${lines.join('\n')}\n`);
  return 0;
}
