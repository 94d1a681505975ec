import { checkList, describeValue } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import { compareTimelineOrder, sequenceOf } from '../model/record-date.js';
import { type DateLike, readDateLike } from './date-like.js';
import { zoneOption } from './engine/zone-option.js';

/**
 * Sorts dated records into the library's one timeline order, the order of every query result: by earliest
 * instant; at the same instant, coarser precision first (a month heads its days, a day its times); then by
 * `sequence`, the order the records give within their date (absent counts as 0); then by id.
 * The order is total and stable, so the same records always come out the same way.
 *
 * @param records - dated records with ids (events, demands, responses, deadlines)
 * @param options - the zone dates without their own zone are read in (pass the dispute)
 * @returns a new frozen list; the input is not changed
 * @throws {@link TimelineError} `invalid-argument` when `records` is not a list of dated records with ids
 *
 * @category Query
 * @example
 * ```ts
 * import { inTimelineOrder } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * inTimelineOrder([...blackberryPakistan2015.deadlines].reverse(), blackberryPakistan2015).map((d) => d.id);
 * //=> ['deadline-2015-11-30', 'deadline-2015-12-30']
 * inTimelineOrder([
 *   { id: 'b', date: '2015-12-30' },
 *   { id: 'a', date: '2015-12' },
 * ]).map((record) => record.id);
 * //=> ['a', 'b']
 * ```
 */
export function inTimelineOrder<T extends { readonly id: string } & DateLike>(
  records: readonly T[],
  options?: { readonly timeZone?: string | undefined },
): readonly T[] {
  checkList(records, ['records'], 'records');
  const zone = zoneOption(options, 'UTC');
  const entries = records.map((record, i) => {
    if (typeof record !== 'object' || record === null || typeof record.id !== 'string') {
      fail(
        'invalid-argument',
        ['records', i],
        `expected a dated record with an id; got ${describeValue(record)}`,
      );
    }
    return {
      record,
      id: record.id,
      sequence: sequenceOf(record as { sequence?: unknown }),
      date: readDateLike(record, zone, ['records', i]),
    };
  });
  return Object.freeze(entries.sort(compareTimelineOrder).map((entry) => entry.record));
}
