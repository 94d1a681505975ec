import { checkList } from '../_lib/args.js';
import type { ParsedDate } from '../dates/edtf.js';
import type { Dispute } from '../model/dispute.js';
import type { DisputeId } from '../model/ids.js';
import { type DayCount, dayCount } from './durations.js';
import { indexOf } from './engine/dispute-index.js';
import { type DemandStatus, outcomeOf } from './outcome.js';
import { query } from './query.js';

/**
 * One row of {@link summarizeCases}.
 *
 * @category Query
 * @example
 * ```ts
 * import { summarizeCases, type CaseSummary } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const [row]: readonly CaseSummary[] = summarizeCases([blackberryPakistan2015]);
 * row?.outcome;
 * //=> 'rescinded'
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
  /** The outcome of the first demand (see {@link demandOutcome}); `open` when there is no demand. */
  readonly outcome: DemandStatus;
  /** When the first demand was made. */
  readonly firstDemand: ParsedDate | null;
  /** When the first demand was resolved; `null` while it is open. */
  readonly resolvedOn: ParsedDate | null;
  /** Calendar days from the first demand to its resolution, in the case's zone; `null` while open. */
  readonly daysToResolution: DayCount | null;
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
 *   row.daysToResolution,
 * ]);
 * //=> [['india-blackberry-2010', 2, 'agreed', { min: 1054, max: 1084 }],
 * //    ['blackberry-pakistan-2015', 1, 'rescinded', { min: 160, max: 161 }]]
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
      return Object.freeze({
        dispute: dispute.id,
        title: dispute.title,
        demands: dispute.demands.length,
        responses: dispute.responses.length,
        deadlines: dispute.deadlines.length,
        extensions: dispute.deadlines.filter((d) => d.extends !== undefined).length,
        outcome: outcome?.status ?? 'open',
        firstDemand,
        resolvedOn,
        daysToResolution:
          firstDemand === null || resolvedOn === null
            ? null
            : dayCount(firstDemand, resolvedOn, index.timeZone),
      });
    }),
  );
}
