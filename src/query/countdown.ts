import { checkList, optionsObject } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import type { Demand } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import type { TimelineEvent } from '../model/event.js';
import type { DemandId, PlainId } from '../model/ids.js';
import { type EffectiveDeadline, effectiveOf } from './deadlines.js';
import { type DayCount, dayCount } from './durations.js';
import { type DisputeIndex, indexOf } from './engine/dispute-index.js';
import { demandOf } from './engine/records.js';

/**
 * One event with the days left, at its date, to the deadline of a demand then in force, as {@link countdown}
 * lists them.
 *
 * @category Query
 * @example
 * ```ts
 * import { countdown, type CountdownRow } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const rows: readonly CountdownRow[] = countdown(blackberryPakistan2015, 'bes-traffic-access');
 * rows[1]?.daysLeft;
 * //=> { min: 129, max: 152 }
 * ```
 */
export interface CountdownRow {
  /** The event. */
  readonly event: TimelineEvent;
  /**
   * The demand's deadline at the end of the event's date, with its state then (pending, passed, stayed, ended:
   * see {@link effectiveDeadline}), or `null` when none had been set.
   */
  readonly effective: EffectiveDeadline | null;
  /**
   * Calendar days from the event to that deadline ("T-minus"), in the dispute's zone; negative once it has
   * passed; `null` once it has certainly ended (for how long before or after it a response came, see
   * {@link responsesTo}).
   */
  readonly daysLeft: DayCount | null;
}

/**
 * Options of {@link countdown}.
 *
 * @category Query
 * @example
 * ```ts
 * import { countdown, query, type CountdownOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // Count down only at the PTA's events:
 * const options: CountdownOptions = { events: query(blackberryPakistan2015).events().byActor('pta').toArray() };
 * countdown(blackberryPakistan2015, 'bes-shutdown-order', options).map(({ event, daysLeft }) => [
 *   event.id,
 *   daysLeft?.min,
 * ]);
 * //=> [ [ 'pta-directs-operators', 129 ], [ 'pta-affected-users', 129 ], [ 'pta-extends-deadline', 30 ], [ 'rescission-announced', undefined ] ]
 * ```
 */
export interface CountdownOptions {
  /** The events to count down at, from the dispute (a query's result, say). Default: all its events. */
  readonly events?: readonly TimelineEvent[] | undefined;
}

/**
 * The "T-minus" of a demand: at each event, the deadline of the demand in force at the end of the event's date
 * (following extensions, see {@link effectiveDeadline}) and the calendar days left until it falls due.
 *
 * @param dispute - a built dispute
 * @param demand - one of its demands, or its id
 * @param options - the events to count down at; all the dispute's events by default
 * @returns one frozen row per event, in the order of the events, in a frozen list
 * @throws {@link TimelineError} `unknown-reference` when the dispute has no such demand; `invalid-argument` when
 *   `options.events` is not a list of the dispute's events
 *
 * @category Query
 * @example
 * ```ts
 * import { countdown } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * countdown(indiaBlackberry2010, 'bes-bbm-access')
 *   .slice(0, 4)
 *   .map(({ event, effective, daysLeft }) => [event.id, effective?.deadline.due, daysLeft?.min]);
 * //=> [ [ 'dot-orders-interception-upgrade', '2010-10-31', 42 ], [ 'mha-demands-bes-bbm-access', '2010-08-31', 19 ], [ 'rim-has-no-master-key', '2010-10-31', 42 ], [ 'rim-customer-statement', '2010-08-31', 17 ] ]
 * ```
 */
export function countdown<Text extends string>(
  dispute: Dispute,
  demand: Demand | DemandId | PlainId<Text>,
  options?: CountdownOptions,
): readonly CountdownRow[] {
  const index = indexOf(dispute);
  const found = demandOf(index, demand);
  const events = eventsOption(index, options);
  return Object.freeze(
    events.map((event) => {
      const date = index.dateOf(event);
      const effective = effectiveOf(index, found.id, date);
      return Object.freeze({
        event,
        effective,
        // Nothing is left to count down to once the deadline has certainly ended.
        daysLeft:
          effective === null || (effective.state.status === 'ended' && effective.state.truth === 'yes')
            ? null
            : dayCount(date, effective.due, index.timeZone),
      });
    }),
  );
}

function eventsOption(index: DisputeIndex, options: CountdownOptions | undefined): readonly TimelineEvent[] {
  const given = optionsObject(options)['events'];
  if (given === undefined) return index.collection('events').items as readonly TimelineEvent[];
  const events = checkList(given, ['options', 'events'], 'events') as readonly TimelineEvent[];
  events.forEach((event, i) => {
    const id = typeof event === 'object' && event !== null ? (event as { id?: unknown }).id : undefined;
    const found = typeof id === 'string' ? index.record(id) : undefined;
    if (found === undefined || found.collection !== 'events') {
      fail(
        'unknown-reference',
        ['options', 'events', i],
        `the dispute has no event ${JSON.stringify(id ?? null)}`,
      );
    }
  });
  return events;
}
