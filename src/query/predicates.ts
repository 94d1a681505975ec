import { checkDays, checkList, checkOneOf, describeValue } from '../_lib/args.js';
import { fail } from '../_lib/issues.js';
import type { ParsedDate } from '../dates/edtf.js';
import type { Truth } from '../dates/truth.js';
import { type DateLike, readDateLike } from './date-like.js';
import type { DisputeIndex } from './engine/dispute-index.js';
import {
  afterWindow,
  beforeWindow,
  combinedWindow,
  dateWindowTruth,
  spanWindow,
  type Window,
  windowOf,
  withinWindow,
} from './engine/windows.js';
import { disputeOption, zoneOption } from './engine/zone-option.js';

/**
 * Which answers a filter keeps: `certain` keeps `yes`; `possible` keeps `yes` and `maybe`; `uncertain` keeps only
 * `maybe` (the items whose dates are too imprecise to tell).
 *
 * @category Query
 * @example
 * ```ts
 * import { before, type Match } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const match: Match = 'possible';
 * blackberryPakistan2015.events.filter(before('2015-11-30', { timeZone: 'Asia/Karachi', match })).length;
 * //=> 7
 * ```
 */
export type Match = 'certain' | 'possible' | 'uncertain';

/** The three {@link Match} modes. */
export const MATCHES: readonly Match[] = Object.freeze(['certain', 'possible', 'uncertain']);

/**
 * Options of the time predicates. A built dispute can be passed as is: its `timeZone` is then used.
 *
 * @category Query
 * @example
 * ```ts
 * import { before, type TimeOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const options: TimeOptions = { timeZone: 'Asia/Karachi', match: 'possible' };
 * blackberryPakistan2015.events.filter(before('2015-11-30', options)).length;
 * //=> 7
 * // A built dispute serves as options: its zone is used, and the match mode stays `certain`.
 * blackberryPakistan2015.events.filter(before('2015-11-30', blackberryPakistan2015)).length;
 * //=> 4
 * ```
 */
export interface TimeOptions {
  /** The IANA zone in which dates without their own zone are read and days are counted. Default `UTC`. */
  readonly timeZone?: string | undefined;
  /** Which answers the predicate accepts when used as a filter. Default `certain`. */
  readonly match?: Match | undefined;
}

/**
 * A test of dated items, usable with `Array.filter`: called on an item it says whether the item's answer is
 * one its {@link Match} mode keeps; its `truth` method gives the answer itself, `yes`, `no` or `maybe`.
 *
 * @category Query
 * @example
 * ```ts
 * import { before, type TimePredicate } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const deadline = blackberryPakistan2015.deadlines[1]!; // 30 December 2015
 * const beforeDeadline: TimePredicate = before(deadline, blackberryPakistan2015);
 * beforeDeadline('2015-07');
 * //=> true
 * beforeDeadline.truth('2015-12');
 * //=> 'maybe'
 * blackberryPakistan2015.events.filter(beforeDeadline).length;
 * //=> 7
 * ```
 */
export interface TimePredicate {
  /** Whether the item's answer is kept by the predicate's match mode. */
  (item: DateLike): boolean;
  /** The answer for an item: `yes`, `no` or `maybe`. */
  readonly truth: (item: DateLike) => Truth;
  /** The match mode the predicate filters with. */
  readonly match: Match;
}

/**
 * An item with the answer it got: `yes` (certainly matches) or `maybe` (possibly matches).
 *
 * @category Query
 * @example
 * ```ts
 * import { query, type Labelled, type TimelineEvent } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const labelled: readonly Labelled<TimelineEvent>[] = query(blackberryPakistan2015)
 *   .events()
 *   .before('deadline-2015-11-30')
 *   .toLabelled();
 * labelled.map(({ item, truth }) => `${item.id}: ${truth}`).slice(3);
 * //=> [ 'pta-affected-users: yes', 'blackberry-exit-announced: maybe', 'pta-extends-deadline: maybe', 'blackberry-exit-delayed: maybe' ]
 * ```
 */
export interface Labelled<T> {
  /** The item. */
  readonly item: T;
  /** Whether it certainly (`yes`) or only possibly (`maybe`) matches. */
  readonly truth: 'yes' | 'maybe';
}

/** Whether a match mode keeps an answer. */
export function keeps(match: Match, truth: Truth): boolean {
  return match === 'certain' ? truth === 'yes' : match === 'possible' ? truth !== 'no' : truth === 'maybe';
}

/** The match mode in options; `certain` when absent. */
export function matchOption(options: unknown): Match {
  const match =
    typeof options === 'object' && options !== null ? (options as { match?: unknown }).match : undefined;
  return match === undefined ? 'certain' : checkOneOf(match, MATCHES, ['options', 'match'], 'match');
}

/** Builds a predicate from a truth function on parsed dates. */
export function predicateOf(
  truthOf: (date: ParsedDate) => Truth,
  timeZone: string,
  match: Match,
): TimePredicate {
  const truth = (item: DateLike): Truth => truthOf(readDateLike(item, timeZone, ['item']));
  const predicate = (item: DateLike): boolean => keeps(match, truth(item));
  return Object.freeze(Object.assign(predicate, { truth, match }));
}

function windowPredicate(
  window: (zone: string, index: DisputeIndex | undefined) => Window,
  options: TimeOptions | undefined,
): TimePredicate {
  const zone = zoneOption(options, 'UTC');
  const match = matchOption(options);
  const built = window(zone, disputeOption(options));
  return predicateOf((date) => dateWindowTruth(built, date), zone, match);
}

/**
 * Tests whether items came before a date: `yes` when every instant an item may stand for precedes every instant
 * of the date, `no` when none does, `maybe` otherwise. "July 2015" is certainly before 30 December 2015;
 * "December 2015", or 30 December itself, only maybe.
 *
 * @param ref - the date to compare with
 * @param options - the zone dates without their own are read in (pass the dispute), and the match mode
 * @returns a predicate for `Array.filter`, with a `truth` method
 * @throws {@link TimelineError} `invalid-argument` when `ref` is not a date or the options are malformed
 *
 * @category Query
 * @example
 * ```ts
 * import { before } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * blackberryPakistan2015.events.filter(before('2015-07-25', blackberryPakistan2015)).map((event) => event.id);
 * //=> [ 'india-2010-precedent', 'pta-directs-operators', 'interior-ministry-decision', 'pta-affected-users' ]
 * before('2015-12-30').truth('2015-12');
 * //=> 'maybe'
 * ```
 */
export function before(ref: DateLike, options?: TimeOptions): TimePredicate {
  return windowPredicate((zone, index) => beforeWindow(readDateLike(ref, zone, ['ref'], index)), options);
}

/**
 * Tests whether items came after a date: `yes` when every instant an item may stand for follows every instant
 * of the date, `no` when none does, `maybe` otherwise.
 *
 * @param ref - the date to compare with
 * @param options - the zone dates without their own are read in (pass the dispute), and the match mode
 * @returns a predicate for `Array.filter`, with a `truth` method
 * @throws {@link TimelineError} `invalid-argument` when `ref` is not a date or the options are malformed
 *
 * @category Query
 * @example
 * ```ts
 * import { after } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * blackberryPakistan2015.events.filter(after('2015-12-30', blackberryPakistan2015)).map((event) => event.id);
 * //=> ['rescission-announced']
 * after('2015-11-30').truth('2015-12');
 * //=> 'yes'
 * ```
 */
export function after(ref: DateLike, options?: TimeOptions): TimePredicate {
  return windowPredicate((zone, index) => afterWindow(readDateLike(ref, zone, ['ref'], index)), options);
}

/**
 * Tests whether items fell on a date, read as the span it names: `yes` when an item lies wholly within the
 * day (or month, or year), `no` when it lies wholly outside it, `maybe` when it straddles an edge.
 *
 * @param ref - the day, month, year or interval
 * @param options - the zone dates without their own are read in (pass the dispute), and the match mode
 * @returns a predicate for `Array.filter`, with a `truth` method
 * @throws {@link TimelineError} `invalid-argument` when `ref` is not a date or the options are malformed
 *
 * @category Query
 * @example
 * ```ts
 * import { on } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * blackberryPakistan2015.events.filter(on('2015-07-24', blackberryPakistan2015)).length;
 * //=> 2
 * on('2015-12').truth('2015-12-30');
 * //=> 'yes'
 * ```
 */
export function on(ref: DateLike, options?: TimeOptions): TimePredicate {
  return windowPredicate((zone, index) => spanWindowOf(readDateLike(ref, zone, ['ref'], index)), options);
}

/**
 * Tests whether items fell between two dates, both included: from the first instant of `start` to the last
 * instant of `end`.
 *
 * @param start - the first day (month, year) of the span
 * @param end - the last day (month, year) of the span
 * @param options - the zone dates without their own are read in (pass the dispute), and the match mode
 * @returns a predicate for `Array.filter`, with a `truth` method
 * @throws {@link TimelineError} `invalid-argument` when `start` or `end` is not a date, or `end` comes before `start`
 *
 * @category Query
 * @example
 * ```ts
 * import { between } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * blackberryPakistan2015.events.filter(between('2015-11-01', '2015-11-30', blackberryPakistan2015)).length;
 * //=> 3
 * between('2015-11-01', '2015-11-30').truth('2015-11');
 * //=> 'yes'
 * ```
 */
export function between(start: DateLike, end: DateLike, options?: TimeOptions): TimePredicate {
  return windowPredicate(
    (zone, index) => spanOf(start, end, zone, (value, z, path) => readDateLike(value, z, path, index)),
    options,
  );
}

/** The span a date names; for a set or list, the span of each member, each asked. */
export function spanWindowOf(date: ParsedDate): Window {
  return windowOf(date, (member) => spanWindow(member.earliest, member.latest));
}

/** The span from the first instant of `start` to the last of `end`; for sets, each pair of members that is a span. */
export function spanOf(start: DateLike, end: DateLike, zone: string, readRef = readDateLike): Window {
  const from = readRef(start, zone, ['start']);
  const to = readRef(end, zone, ['end']);
  if (from.earliest > to.latest)
    fail('invalid-argument', ['end'], `the span ends (${to.text}) before it starts (${from.text})`);
  if (from.members === undefined && to.members === undefined) return spanWindow(from.earliest, to.latest);
  const spans: Window[] = [];
  for (const first of from.members ?? [from])
    for (const last of to.members ?? [to])
      if (first.earliest <= last.latest) spans.push(spanWindow(first.earliest, last.latest));
  return combinedWindow(spans);
}

/**
 * Tests whether items fell within `days` calendar days before a date (from the same time `days` days before its
 * first day, up to the date itself, which counts as for {@link before}) or after it (from the date, excluded,
 * up to the same time `days` days after its last day). Days are counted in the zone of the options.
 *
 * @param days - how many calendar days, a whole number from 0 to 100,000
 * @param direction - `before` or `after` the date
 * @param ref - the date
 * @param options - the zone dates are read and days counted in (pass the dispute), and the match mode
 * @returns a predicate for `Array.filter`, with a `truth` method
 * @throws {@link TimelineError} `invalid-argument` for a bad number of days, direction, date or options
 *
 * @category Query
 * @example
 * ```ts
 * import { within } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const lastWeek = within(7, 'before', '2015-12-01', blackberryPakistan2015);
 * blackberryPakistan2015.events.filter(lastWeek).map((event) => event.id);
 * //=> [ 'blackberry-exit-announced', 'pta-extends-deadline', 'blackberry-exit-delayed' ]
 * lastWeek.truth('2015-11');
 * //=> 'maybe'
 * ```
 */
export function within(
  days: number,
  direction: 'before' | 'after',
  ref: DateLike,
  options?: TimeOptions,
): TimePredicate {
  const count = checkDays(days, ['days']);
  const side = checkOneOf(direction, ['before', 'after'] as const, ['direction'], 'direction');
  return windowPredicate(
    (zone, index) => withinWindow(count, side, readDateLike(ref, zone, ['ref'], index), zone),
    options,
  );
}

/**
 * Keeps the items a predicate may accept, each labelled with its answer: `yes` for the certain matches, `maybe`
 * for the possible ones. The predicate's own match mode is ignored.
 *
 * @param items - dated items (records, dates)
 * @param predicate - a time predicate, such as {@link before}
 * @returns the items answered `yes` or `maybe`, in their order, frozen
 * @throws {@link TimelineError} `invalid-argument` when `items` is not a list or `predicate` not a time predicate
 *
 * @category Query
 * @example
 * ```ts
 * import { before, label } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * // Which Saudi events came before the first deadline, 6 August 2010?
 * const deadline = saudiBlackberry2010.deadlines[0]!;
 * label(saudiBlackberry2010.events, before(deadline, saudiBlackberry2010)).map(({ item, truth }) => [item.id, truth]);
 * //=> [['citc-notifies-providers', 'yes'], ['citc-announces-block', 'yes']]
 * label(['2015-07', '2015-12', '2016-01'], before('2015-12-30'));
 * //=> [{ item: '2015-07', truth: 'yes' }, { item: '2015-12', truth: 'maybe' }]
 * ```
 */
export function label<T extends DateLike>(
  items: readonly T[],
  predicate: TimePredicate,
): readonly Labelled<T>[] {
  checkList(items, ['items'], 'items');
  if (typeof predicate !== 'function' || typeof (predicate as Partial<TimePredicate>).truth !== 'function') {
    fail(
      'invalid-argument',
      ['predicate'],
      `expected a time predicate such as before(date); got ${describeValue(predicate)}`,
    );
  }
  const out: Labelled<T>[] = [];
  for (const item of items) {
    const truth = predicate.truth(item);
    if (truth !== 'no') out.push(Object.freeze({ item, truth }));
  }
  return Object.freeze(out);
}
