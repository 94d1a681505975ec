import type { ParsedDate } from '../dates/edtf.js';
import type { Deadline, DeadlineEnding } from '../model/deadline.js';
import type { Demand } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import type { EventKind, TimelineEvent } from '../model/event.js';
import type { DemandId, PlainId } from '../model/ids.js';
import { parsedDateOf } from '../model/record-date.js';
import type { DemandResponse } from '../model/response.js';
import { demandChains, dueOf } from './engine/deadline-chains.js';
import { type DisputeIndex, indexOf } from './engine/dispute-index.js';
import { demandOf } from './engine/records.js';
import { unionPositions } from './engine/search.js';
import { query } from './query.js';

/**
 * How a demand ended: `open` (no outcome recorded yet); `met`, `missed`, `enforced` or `rescinded` (the outcome
 * of its last deadline, or an enforcement or rescission event); `agreed` (an agreement event); `exited` (an exit).
 *
 * @category Query
 * @example
 * ```ts
 * import { demandOutcome, type DemandStatus } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const status: DemandStatus = demandOutcome(blackberryPakistan2015, 'bes-traffic-access').status;
 * //=> 'rescinded'
 * ```
 */
export type DemandStatus = 'open' | 'met' | 'missed' | 'enforced' | 'rescinded' | 'agreed' | 'exited';

/**
 * A demand's outcome, as {@link demandOutcome} reads it.
 *
 * @category Query
 * @example
 * ```ts
 * import { demandOutcome, type DemandOutcome } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const outcome: DemandOutcome = demandOutcome(indiaBlackberry2010, 'bes-bbm-access');
 * outcome.resolvedOn?.text;
 * //=> '2013-07'
 * ```
 */
export interface DemandOutcome {
  /** The demand. */
  readonly demand: Demand;
  /** How it ended, or `open`. */
  readonly status: DemandStatus;
  /** The event that ended it (a rescission, agreement, exit or enforcement), if any. */
  readonly resolution: TimelineEvent | null;
  /**
   * When it ended: the resolving event's date, else the date of its last deadline's ending (its `on`, else its
   * event's date, else — for a missed deadline — its due date); `null` while open, or when the records do not
   * date the ending.
   */
  readonly resolvedOn: ParsedDate | null;
  /** The last deadline of its chain of extensions (the latest due, when it has several chains). */
  readonly finalDeadline: Deadline | null;
  /** How many extensions its deadlines had. */
  readonly extensions: number;
  /** Its responses, in timeline order. */
  readonly responses: readonly DemandResponse[];
}

const RESOLVING: Partial<Record<EventKind, DemandStatus>> = {
  rescission: 'rescinded',
  agreement: 'agreed',
  exit: 'exited',
  enforcement: 'enforced',
};

/**
 * How a demand ended, read from the records: the last rescission, agreement, exit or enforcement event
 * concerning it (or one of its deadlines) ends it, at that event's date — with the kind of the deadline ending
 * that names that event, when one does, so that the demand and its deadline agree; else the ending of its last deadline
 * (`met`, `missed`, `enforced`, `rescinded`), at the ending's date (or its event's); else it is `open`. An
 * `extended` ending does not end a demand.
 *
 * @param dispute - a built dispute
 * @param demand - one of its demands, or its id
 * @returns the status, the resolving event and date, the final deadline, the number of extensions and the
 *   responses, frozen
 * @throws {@link TimelineError} `unknown-reference` when the dispute has no such demand; `invalid-argument` when
 *   `dispute` is not a built dispute
 *
 * @category Query
 * @example
 * ```ts
 * import { demandOutcome } from 'dispute-timeline';
 * import { blackberryPakistan2015, indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const pakistan = demandOutcome(blackberryPakistan2015, 'bes-traffic-access');
 * [pakistan.status, pakistan.resolution?.id, pakistan.extensions];
 * //=> ['rescinded', 'rescission-announced', 1]
 * demandOutcome(indiaBlackberry2010, 'bes-bbm-access').status;
 * //=> 'agreed'
 * ```
 */
export function demandOutcome<Text extends string>(
  dispute: Dispute,
  demand: Demand | DemandId | PlainId<Text>,
): DemandOutcome {
  const index = indexOf(dispute);
  return outcomeOf(index, demandOf(index, demand));
}

/** The date of a deadline's ending: its own, else its event's; `null` when the records do not date it. */
function endingDateOf(index: DisputeIndex, deadline: Deadline, ending: DeadlineEnding): ParsedDate | null {
  if (ending.on !== undefined) return parsedDateOf(ending.on, index.dispute.timeZone);
  const event = ending.event === undefined ? undefined : index.record(ending.event)?.record;
  if (event !== undefined) return index.dateOf(event as TimelineEvent);
  return ending.kind === 'missed' ? dueOf(index, deadline) : null;
}

/** The outcome of a demand of an indexed dispute. */
export function outcomeOf(index: DisputeIndex, demand: Demand): DemandOutcome {
  return index.memo(`outcome:${demand.id}`, () => {
    const chains = demandChains(index, demand.id);
    const finals = chains.map((chain) => chain[chain.length - 1] as Deadline);
    const finalDeadline = finals.reduce<Deadline | null>(
      (a, b) => (a === null || dueOf(index, b).latest > dueOf(index, a).latest ? b : a),
      null,
    );
    const events = index.collection('events');
    const concerning = unionPositions([
      events.positions('demand', demand.id),
      ...chains.flatMap((chain) => chain.map((d) => events.positions('deadline', d.id))),
    ]);
    let resolution: TimelineEvent | null = null;
    for (let k = concerning.length - 1; k >= 0 && resolution === null; k--) {
      const event = events.items[concerning[k] as number] as TimelineEvent;
      if (RESOLVING[event.kind] !== undefined) resolution = event;
    }
    let status: DemandStatus = 'open';
    let resolvedOn: ParsedDate | null = null;
    if (resolution !== null) {
      // An event that a deadline's ending names says how that deadline ended: the ending's kind wins over the
      // event's (a "rescission" event that records a deadline met), so that the two answers agree.
      const resolutionId = resolution.id;
      const recorded = chains
        .flat()
        .find((d) => d.outcome?.event === resolutionId && d.outcome.kind !== 'extended');
      status =
        (recorded?.outcome?.kind as DemandStatus | undefined) ?? (RESOLVING[resolution.kind] as DemandStatus);
      resolvedOn = index.dateOf(resolution);
    } else if (finalDeadline?.outcome !== undefined && finalDeadline.outcome.kind !== 'extended') {
      status = finalDeadline.outcome.kind;
      resolvedOn = endingDateOf(index, finalDeadline, finalDeadline.outcome);
    }
    return Object.freeze({
      demand,
      status,
      resolution,
      resolvedOn,
      finalDeadline,
      extensions: chains.reduce((sum, chain) => sum + chain.length - 1, 0),
      responses: query(index.dispute).responses().byDemand(demand).toArray(),
    });
  });
}
