import { checkList } from '../_lib/args.js';
import type { ParsedDate } from '../dates/edtf.js';
import type { Deadline, DeadlineOutcome } from '../model/deadline.js';
import type { Dispute } from '../model/dispute.js';
import type { DeadlineId, DemandId, DisputeId } from '../model/ids.js';
import { type DeadlineStatus, stateOf } from './deadline-state.js';
import { dayCount } from './durations.js';
import { endingOf } from './engine/deadline-chains.js';
import type { DisputeIndex } from './engine/dispute-index.js';
import { indexOf } from './engine/dispute-index.js';
import { type DemandStatus, outcomeOf } from './outcome.js';
import { query } from './query.js';
import { dateColumns } from './rows.js';

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
 * //=> ['rescinded', '2015-07-24', '2015-07-23T19:00:00.000Z', 160]
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

/**
 * Summarises cases side by side, one row each: how many demands, responses, deadlines and extensions, the
 * outcome of the first demand (the one that opened the case), and the calendar days from it to its resolution.
 * The rows are data (frozen plain objects), ready for a table or an export.
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
 * //=> [['india-blackberry-2010', 2, 'agreed', 1054, 1084],
 * //    ['blackberry-pakistan-2015', 1, 'rescinded', 160, 161]]
 * console.table(summarizeCases([indiaBlackberry2010, blackberryPakistan2015])); // flat columns, no [Object]
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
  for (const collection of ['events', 'demands', 'responses', 'deadlines'] as const)
    for (const date of index.collection(collection).dates) consider(date);
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
