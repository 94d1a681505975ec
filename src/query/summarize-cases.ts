import { checkList } from '../_lib/args.js';
import type { ParsedDate } from '../dates/edtf.js';
import type { Deadline, DeadlineOutcome } from '../model/deadline.js';
import type { Dispute } from '../model/dispute.js';
import type { TimelineEvent } from '../model/event.js';
import type { DeadlineId, DemandId, DisputeId } from '../model/ids.js';
import { parsedDateOf } from '../model/record-date.js';
import { type DeadlineStatus, stateOf } from './deadline-state.js';
import { dayCount } from './durations.js';
import { chainOf, dueOf, endingOf } from './engine/deadline-chains.js';
import { type DisputeIndex, indexOf } from './engine/dispute-index.js';
import { type DemandStatus, outcomeOf } from './outcome.js';
import { query } from './query.js';
import { dateColumns, instantText } from './rows.js';

/**
 * How the chain of a case's first deadline ended: the outcome of its last deadline (`met`, `missed`, `enforced`,
 * `rescinded`), `stayed` when a court stayed it and no later event lifted the stay, or `open` when the records
 * give no ending.
 *
 * @category Query
 * @example
 * ```ts
 * import { summarizeCases, type DeadlineChainEnding } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * const ending: DeadlineChainEnding | null = summarizeCases([uaeBlackberry2010])[0]?.deadlineEnding ?? null;
 * ending;
 * //=> 'rescinded'
 * ```
 */
export type DeadlineChainEnding = Exclude<DeadlineOutcome, 'extended'> | 'stayed' | 'open';

/**
 * One row of {@link summarizeCases}: flat columns only (strings, numbers and null), so `console.table` and a
 * data frame show it as it is. Dates are the text the sources give, with the earliest and latest instant
 * (UTC, ISO 8601) they may stand for; counts of days are their fewest and most. For the rich form, ask
 * {@link demandOutcome} about `firstDemand`.
 *
 * @category Query
 * @example
 * ```ts
 * import { summarizeCases, type CaseSummary } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const [row]: readonly CaseSummary[] = summarizeCases([blackberryPakistan2015]);
 * [row?.outcome, row?.madeOn, row?.madeOnEarliest, row?.daysToResolutionMin];
 * //=> [ 'rescinded', '2015-07', '2015-06-30T19:00:00.000Z', 153 ]
 * ```
 */
export interface CaseSummary {
  /** The case's id. */
  readonly dispute: DisputeId;
  /** The case's title. */
  readonly title: string;
  /** How many demands were made. */
  readonly demands: number;
  /** How many responses were given. */
  readonly responses: number;
  /** How many deadlines were set, extensions included. */
  readonly deadlines: number;
  /** How many deadlines extend another. */
  readonly extensions: number;
  /** The id of the first demand (the one that opened the case); `null` when there is none. */
  readonly firstDemand: DemandId | null;
  /** The outcome of the first demand (see {@link demandOutcome}); `open` when there is no demand. */
  readonly outcome: DemandStatus;
  /** When the first demand was made, as the source gives it; `null` when there is no demand. */
  readonly madeOn: string | null;
  /** The earliest instant `madeOn` may stand for (UTC, ISO 8601). */
  readonly madeOnEarliest: string | null;
  /** The latest instant `madeOn` may stand for (UTC, ISO 8601). */
  readonly madeOnLatest: string | null;
  /** When the first demand was resolved, as the source gives it; `null` while it is open. */
  readonly resolvedOn: string | null;
  /** The earliest instant `resolvedOn` may stand for (UTC, ISO 8601). */
  readonly resolvedOnEarliest: string | null;
  /** The latest instant `resolvedOn` may stand for (UTC, ISO 8601). */
  readonly resolvedOnLatest: string | null;
  /** The fewest calendar days from the first demand to its resolution, in the case's zone; `null` while open. */
  readonly daysToResolutionMin: number | null;
  /** The most calendar days from the first demand to its resolution, in the case's zone; `null` while open. */
  readonly daysToResolutionMax: number | null;
  /** The id of the case's first deadline (the first to fall due); `null` when the case has none. */
  readonly firstDeadline: DeadlineId | null;
  /** When the first deadline fell due, as the source gives it; `null` when there is none. */
  readonly firstDeadlineDue: string | null;
  /** The earliest instant `firstDeadlineDue` may stand for (UTC, ISO 8601). */
  readonly firstDeadlineDueEarliest: string | null;
  /** The latest instant `firstDeadlineDue` may stand for (UTC, ISO 8601). */
  readonly firstDeadlineDueLatest: string | null;
  /** The fewest calendar days from the first demand to the first deadline, in the case's zone. */
  readonly daysToFirstDeadlineMin: number | null;
  /** The most calendar days from the first demand to the first deadline, in the case's zone. */
  readonly daysToFirstDeadlineMax: number | null;
  /**
   * The fewest calendar days the first deadline gave: from the day it was set (its `setOn`) to its due date, in
   * the case's zone — one day for X in Brazil in 2024, 71 for the UAE in 2010; `null` when there is no deadline
   * or it gives no `setOn`.
   * It differs from {@link CaseSummary.daysToFirstDeadlineMin} where the first deadline enforces a later demand
   * (Telegram's first demand was to register; the deadline, four to seven days, was the FSB's).
   */
  readonly daysSetToFirstDeadlineMin: number | null;
  /** The most calendar days the first deadline gave, from its `setOn` to its due date; `null` as the fewest is. */
  readonly daysSetToFirstDeadlineMax: number | null;
  /** How many times the first deadline moved: the extensions in its chain; `null` when there is no deadline. */
  readonly deadlineMoves: number | null;
  /** How the first deadline's chain ended (see {@link DeadlineChainEnding}); `null` when there is no deadline. */
  readonly deadlineEnding: DeadlineChainEnding | null;
  /** When the chain ended, as its sources give it (its ending's date or event); `null` when not given. */
  readonly deadlineEndedOn: string | null;
  /** The earliest instant the chain may have ended (UTC, ISO 8601); `null` when unbounded or open. */
  readonly deadlineEndedOnEarliest: string | null;
  /** The latest instant the chain may have ended (UTC, ISO 8601); `null` when unbounded or open. */
  readonly deadlineEndedOnLatest: string | null;
  /** The fewest calendar days from the first deadline's due date to the chain's ending (negative when it ended first). */
  readonly daysFirstDeadlineToEndMin: number | null;
  /** The most calendar days from the first deadline's due date to the chain's ending. */
  readonly daysFirstDeadlineToEndMax: number | null;
  /** The id of the first demand's final deadline (the last of its chain); `null` when it has none. */
  readonly finalDeadline: DeadlineId | null;
  /**
   * The state of that deadline as the records stand (at the last date any record gives: see
   * {@link deadlineState}): `pending`, `stayed`, `passed` (due, no ending recorded) or `ended`; `null` without one.
   */
  readonly finalDeadlineStatus: DeadlineStatus | null;
  /** How it ended, when it has: `met`, `missed`, `enforced`, `rescinded` or `extended`; else `null`. */
  readonly finalDeadlineEnding: DeadlineOutcome | null;
}

/** A count of days as a column: `null` for none or an unbounded one. */
const finiteOrNull = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;

/** The last `stay` or `stay-lifted` event naming a deadline, if the last of them is a stay. */
function stayOf(index: DisputeIndex, deadline: Deadline): TimelineEvent | null {
  const events = query(index.dispute).events().toArray();
  let last: TimelineEvent | null = null;
  for (const event of events)
    if ((event.kind === 'stay' || event.kind === 'stay-lifted') && event.deadlines?.includes(deadline.id))
      last = event;
  return last?.kind === 'stay' ? last : null;
}

/** The first-deadline columns of a case: its due date, the days to it, its moves, and how and when its chain ended. */
function deadlineColumns(index: DisputeIndex, firstDemand: ParsedDate | null) {
  const first = query(index.dispute).deadlines().first();
  if (first === undefined)
    return {
      firstDeadline: null,
      ...dateColumns('firstDeadlineDue', null),
      daysToFirstDeadlineMin: null,
      daysToFirstDeadlineMax: null,
      daysSetToFirstDeadlineMin: null,
      daysSetToFirstDeadlineMax: null,
      deadlineMoves: null,
      deadlineEnding: null,
      ...dateColumns('deadlineEndedOn', null),
      daysFirstDeadlineToEndMin: null,
      daysFirstDeadlineToEndMax: null,
    };
  const zone = index.timeZone;
  const due = dueOf(index, first);
  const chain = chainOf(index, first);
  const from = chain.indexOf(first);
  const last = chain[chain.length - 1] as Deadline;
  const stay = last.outcome === undefined ? stayOf(index, last) : null;
  const ending: DeadlineChainEnding =
    last.outcome !== undefined
      ? (last.outcome.kind as DeadlineChainEnding)
      : stay !== null
        ? 'stayed'
        : 'open';
  const range = stay !== null ? index.dateOf(stay) : endingOf(index, last);
  const text =
    last.outcome?.on !== undefined
      ? parsedDateOf(last.outcome.on, zone).text
      : stay !== null
        ? index.dateOf(stay).text
        : last.outcome?.event !== undefined
          ? (index.record(last.outcome.event)?.record as TimelineEvent | undefined)?.date
          : undefined;
  const toFirst = firstDemand === null ? null : dayCount(firstDemand, due, zone);
  const given =
    first.setOn === undefined ? null : dayCount(parsedDateOf(first.setOn, index.dispute.timeZone), due, zone);
  const toEnd = range === null ? null : dayCount(due, range as ParsedDate, zone);
  return {
    firstDeadline: first.id,
    ...dateColumns('firstDeadlineDue', due),
    daysToFirstDeadlineMin: finiteOrNull(toFirst?.min),
    daysToFirstDeadlineMax: finiteOrNull(toFirst?.max),
    daysSetToFirstDeadlineMin: finiteOrNull(given?.min),
    daysSetToFirstDeadlineMax: finiteOrNull(given?.max),
    deadlineMoves: chain.length - 1 - from,
    deadlineEnding: ending,
    deadlineEndedOn: typeof text === 'object' ? text.value : (text ?? null),
    deadlineEndedOnEarliest: range === null ? null : instantText(range.earliest),
    deadlineEndedOnLatest: range === null ? null : instantText(range.latest),
    daysFirstDeadlineToEndMin: finiteOrNull(toEnd?.min),
    daysFirstDeadlineToEndMax: finiteOrNull(toEnd?.max),
  };
}

/**
 * Summarises cases side by side, one row each: how many demands, responses, deadlines and extensions, the
 * outcome of the first demand (the one that opened the case), and the calendar days from it to its resolution;
 * and the case's first deadline (the first to fall due): the days from the first demand to it, how many times it
 * moved (the extensions in its chain), how its chain ended (met, missed, enforced, rescinded, stayed by a court,
 * or open) and when, and the days from the first deadline to that ending; and the days that deadline gave, from
 * the day it was set. A case without a deadline (Nigeria set conditions, no date) has `null` in every deadline
 * column: no count is made up for it. The rows are data (frozen plain
 * objects), ready for a table or an export (`flatRows` and CSV keep their columns as they are).
 *
 * @param disputes - the built disputes to summarise
 * @returns one frozen row per case, in the order given, in a frozen list
 * @throws {@link TimelineError} `invalid-argument` when `disputes` is not a list of built disputes
 *
 * @category Query
 * @example
 * ```ts
 * import { summarizeCases } from 'dispute-timeline';
 * import { blackberryPakistan2015, indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * summarizeCases([indiaBlackberry2010, blackberryPakistan2015]).map((row) => [
 *   row.dispute,
 *   row.extensions,
 *   row.outcome,
 *   row.daysToResolutionMin,
 *   row.daysToResolutionMax,
 * ]);
 * //=> [ [ 'india-blackberry-2010', 2, 'agreed', 1054, 1084 ], [ 'blackberry-pakistan-2015', 1, 'rescinded', 153, 184 ] ]
 * console.table(summarizeCases([indiaBlackberry2010, blackberryPakistan2015])); // flat columns, no [Object]
 * ```
 *
 * @example
 * ```ts
 * import { summarizeCases } from 'dispute-timeline';
 * import { telegramRussia2017, twitterNigeria2021, xBrazil2024 } from 'dispute-timeline/datasets';
 * // Days from the first demand to the first deadline, days that deadline gave, its moves, how and when it ended:
 * summarizeCases([telegramRussia2017, xBrazil2024, twitterNigeria2021]).map((row) => [
 *   row.dispute,
 *   [row.daysToFirstDeadlineMin, row.daysToFirstDeadlineMax],
 *   [row.daysSetToFirstDeadlineMin, row.daysSetToFirstDeadlineMax],
 *   row.deadlineMoves,
 *   row.deadlineEnding,
 *   [row.daysFirstDeadlineToEndMin, row.daysFirstDeadlineToEndMax],
 * ]);
 * //=> [ [ 'telegram-russia-2017', [46, 79], [4, 7], 0, 'missed', [1, 5] ],
 * //     [ 'x-brazil-2024', [13, 13], [1, 1], 0, 'enforced', [1, 1] ],
 * //     [ 'twitter-nigeria-2021', [null, null], [null, null], null, null, [null, null] ] ]
 * ```
 */
export function summarizeCases(disputes: readonly Dispute[]): readonly CaseSummary[] {
  const list = checkList(disputes, ['disputes'], 'disputes') as readonly Dispute[];
  return Object.freeze(
    list.map((dispute, i) => {
      const index = indexOf(dispute, ['disputes', i]);
      const first = query(dispute).demands().first();
      const outcome = first === undefined ? null : outcomeOf(index, first);
      const firstDemand = first === undefined ? null : index.dateOf(first);
      const resolvedOn = outcome?.resolvedOn ?? null;
      const days =
        firstDemand === null || resolvedOn === null
          ? null
          : dayCount(firstDemand, resolvedOn, index.timeZone);
      return Object.freeze({
        dispute: dispute.id,
        title: dispute.title,
        demands: dispute.demands.length,
        responses: dispute.responses.length,
        deadlines: dispute.deadlines.length,
        extensions: dispute.deadlines.filter((d) => d.extends !== undefined).length,
        firstDemand: first?.id ?? null,
        outcome: outcome?.status ?? 'open',
        ...dateColumns('madeOn', firstDemand),
        ...dateColumns('resolvedOn', resolvedOn),
        daysToResolutionMin: days === null || !Number.isFinite(days.min) ? null : days.min,
        daysToResolutionMax: days === null || !Number.isFinite(days.max) ? null : days.max,
        ...deadlineColumns(index, firstDemand),
        ...finalDeadlineColumns(index, outcome?.finalDeadline ?? null),
      }) as CaseSummary;
    }),
  );
}

/** The final deadline's columns: its id, and its state and ending as the records stand. */
function finalDeadlineColumns(
  index: DisputeIndex,
  deadline: Deadline | null,
): Pick<CaseSummary, 'finalDeadline' | 'finalDeadlineStatus' | 'finalDeadlineEnding'> {
  if (deadline === null) return { finalDeadline: null, finalDeadlineStatus: null, finalDeadlineEnding: null };
  const state = stateOf(index, deadline, lastRecordedDate(index));
  return {
    finalDeadline: deadline.id,
    finalDeadlineStatus: state.status,
    finalDeadlineEnding: state.status === 'ended' ? (state.ending?.kind ?? 'extended') : null,
  };
}

/** The last date the records give: the latest end of any dated record or dated deadline ending. */
function lastRecordedDate(index: DisputeIndex): ParsedDate {
  let last: ParsedDate | undefined;
  const consider = (date: ParsedDate) => {
    if (Number.isFinite(date.latest) && (last === undefined || date.latest > last.latest)) last = date;
  };
  for (const collection of ['events', 'demands', 'responses', 'deadlines'] as const) {
    // The last instants are kept as numbers: only the record that ends last has its date read.
    const { latest, dateAt } = index.collection(collection);
    let at = -1;
    for (let i = 0; i < latest.length; i++)
      if (Number.isFinite(latest[i]) && (at === -1 || (latest[i] as number) > (latest[at] as number))) at = i;
    if (at !== -1) consider(dateAt(at));
  }
  for (const deadline of index.dispute.deadlines) {
    const ending = endingOf(index, deadline);
    if (
      ending !== null &&
      Number.isFinite(ending.latest) &&
      (last === undefined || ending.latest > last.latest)
    )
      last = { ...(last as ParsedDate), earliest: ending.latest, latest: ending.latest };
  }
  return last as ParsedDate;
}
