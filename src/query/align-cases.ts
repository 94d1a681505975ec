import { checkList, checkOneOf } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import type { ParsedDate } from '../dates/edtf.js';
import type { Deadline } from '../model/deadline.js';
import type { Demand } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import type { TimelineEvent } from '../model/event.js';
import { type DayCount, dayCount } from './durations.js';
import { indexOf } from './engine/dispute-index.js';
import { query } from './query.js';

/**
 * The point cases are aligned on: each case's first demand, its first deadline, or its final deadline (the last
 * extension of all), in timeline order.
 *
 * @category Query
 * @example
 * ```ts
 * import { alignCases, type AlignAnchor } from 'dispute-timeline';
 * import { datasets } from 'dispute-timeline/datasets';
 * const anchor: AlignAnchor = 'first-deadline';
 * // The cases that set a deadline (Nigeria set conditions, no date), each on its first:
 * alignCases(datasets.filter((d) => d.deadlines.length > 0), anchor).map((aligned) => aligned.anchor.id);
 * //=> ['deadline-2009-07-16', 'deadline-2010-08-31', 'deadline-2010-10-11', 'deadline-2010-08-06',
 * //    'deadline-2015-02-20', 'deadline-2015-11-30', 'deadline-fsb-2017-07', 'deadline-2024-08-29']
 * ```
 */
export type AlignAnchor = 'first-demand' | 'first-deadline' | 'final-deadline';

/**
 * An event of an aligned case with its offset from the case's anchor.
 *
 * @category Query
 * @example
 * ```ts
 * import { alignCases, type AlignedEvent } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const [pakistan] = alignCases([blackberryPakistan2015], 'first-demand');
 * const last: AlignedEvent | undefined = pakistan?.events.at(-1);
 * last?.days;
 * //=> { min: 153, max: 184 }
 * ```
 */
export interface AlignedEvent {
  /** The event. */
  readonly event: TimelineEvent;
  /** Calendar days from the anchor to the event, in the case's zone: negative before it. */
  readonly days: DayCount;
}

/**
 * One case of {@link alignCases}: its anchor and its events as day offsets from it.
 *
 * @category Query
 * @example
 * ```ts
 * import { alignCases, type AlignedCase } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const [pakistan]: readonly AlignedCase[] = alignCases([blackberryPakistan2015], 'final-deadline');
 * pakistan?.anchor.id;
 * //=> 'deadline-2015-12-30'
 * ```
 */
export interface AlignedCase {
  /** The case. */
  readonly dispute: Dispute;
  /** The demand or deadline it is aligned on. */
  readonly anchor: Demand | Deadline;
  /** The anchor's date: when the demand was made, or the deadline falls due. */
  readonly anchorDate: ParsedDate;
  /** Its events, in timeline order, with their offsets. */
  readonly events: readonly AlignedEvent[];
}

const ANCHORS: readonly AlignAnchor[] = ['first-demand', 'first-deadline', 'final-deadline'];

/**
 * Lines several cases up on a common reference point (their first demand, first deadline or final deadline)
 * and lists each case's events as calendar-day offsets from it, counted in each case's own time zone. A deadline
 * anchors at its due date even when it ended sooner (a rescission): the cases line up on the dates they were
 * given; {@link deadlineEnding} tells when each ended.
 *
 * @param disputes - the built disputes to compare
 * @param anchor - what to align them on
 * @returns one frozen row per case, in the order given, in a frozen list
 * @throws {@link TimelineError} `invalid-argument` for an unknown anchor, a list that does not hold built disputes,
 *   or a case that has no such anchor (no demand, no deadline)
 *
 * @category Query
 * @example
 * ```ts
 * import { alignCases } from 'dispute-timeline';
 * import { blackberryPakistan2015, uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * // How many events each case had before its final deadline:
 * alignCases([uaeBlackberry2010, blackberryPakistan2015], 'final-deadline').map((aligned) => [
 *   aligned.dispute.id,
 *   aligned.events.filter(({ days }) => days.max < 0).length,
 * ]);
 * //=> [['uae-blackberry-2010', 2], ['blackberry-pakistan-2015', 7]]
 * ```
 */
export function alignCases(disputes: readonly Dispute[], anchor: AlignAnchor): readonly AlignedCase[] {
  const list = checkList(disputes, ['disputes'], 'disputes') as readonly Dispute[];
  const point = checkOneOf(anchor, ANCHORS, ['anchor'], 'an anchor');
  return Object.freeze(
    list.map((dispute, i) => {
      const index = indexOf(dispute, ['disputes', i]);
      const q = query(dispute);
      const record =
        point === 'first-demand'
          ? q.demands().first()
          : point === 'first-deadline'
            ? q.deadlines().first()
            : q.deadlines().toArray().at(-1);
      if (record === undefined) {
        const missing = point === 'first-demand' ? 'demand' : 'deadline';
        fail(
          'invalid-argument',
          ['disputes', i],
          `the case ${JSON.stringify(dispute.id)} has no ${missing} to align on`,
        );
      }
      const anchorDate = index.dateOf(record);
      const events = index.collection('events');
      return Object.freeze({
        dispute,
        anchor: record,
        anchorDate,
        events: Object.freeze(
          events.items.map((event, k) =>
            Object.freeze({
              event: event as TimelineEvent,
              days: dayCount(anchorDate, events.dateAt(k), index.timeZone),
            }),
          ),
        ),
      });
    }),
  );
}
