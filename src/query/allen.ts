import { checkOneOf } from '../_lib/args.js';
import type { ParsedDate } from '../dates/edtf.js';
import { eachMember, type Truth } from '../dates/truth.js';
import { type DateLike, readDateLike } from './date-like.js';
import {
  feasible,
  type OrderConstraint,
  type VariableRange,
  variableRange,
} from './engine/order-constraints.js';
import { disputeOption, zoneOption } from './engine/zone-option.js';
import { matchOption, predicateOf, type TimeOptions, type TimePredicate } from './predicates.js';

/**
 * Allen's thirteen relations between two dated items, the first named relative to the second:
 * `before`, `meets`, `overlaps`, `starts`, `during`, `finishes`, `equals`, and their inverses `after`, `met-by`,
 * `overlapped-by`, `started-by`, `contains`, `finished-by`.
 *
 * @category Query
 * @example
 * ```ts
 * import { ALLEN_RELATIONS, allen } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * ALLEN_RELATIONS.length;
 * //=> 13
 * // The relations that may hold between the 60-day reprieve (30 August 2010) and the span from India's demand
 * // to its last deadline:
 * const reprieve = indiaBlackberry2010.events.find((event) => event.id === 'sixty-day-reprieve')!;
 * const truths = allen(reprieve, '2010-08-12/2011-01-31', indiaBlackberry2010);
 * ALLEN_RELATIONS.filter((relation) => truths[relation] !== 'no');
 * //=> ['during']
 * ```
 */
export const ALLEN_RELATIONS = Object.freeze([
  'before',
  'meets',
  'overlaps',
  'starts',
  'during',
  'finishes',
  'equals',
  'after',
  'met-by',
  'overlapped-by',
  'started-by',
  'contains',
  'finished-by',
] as const);

/**
 * One of the {@link ALLEN_RELATIONS}.
 *
 * @category Query
 * @example
 * ```ts
 * import { relate, type AllenRelation } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const relation: AllenRelation = 'during';
 * // Did the 60-day reprieve fall during the dispute's first phase, from the demand to the last deadline?
 * const reprieve = indiaBlackberry2010.events.find((event) => event.id === 'sixty-day-reprieve')!;
 * relate(reprieve, '2010-08-12/2011-01-31', relation, indiaBlackberry2010);
 * //=> 'yes'
 * ```
 */
export type AllenRelation = (typeof ALLEN_RELATIONS)[number];

/**
 * The answer for each of Allen's relations between two dated items.
 *
 * @category Query
 * @example
 * ```ts
 * import { allen, type AllenTruths } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * // Two points in time: the Mumbai server, dated only to February 2012, and the report of 21 February.
 * // Either may have come first, or they may be the same day.
 * const server = indiaBlackberry2010.events.find((event) => event.id === 'mumbai-server-reported')!;
 * const truths: AllenTruths = allen(server, '2012-02-21', indiaBlackberry2010);
 * Object.entries(truths).filter(([, truth]) => truth !== 'no');
 * //=> [['before', 'maybe'], ['equals', 'maybe'], ['after', 'maybe']]
 * ```
 */
export type AllenTruths = Readonly<Record<AllenRelation, Truth>>;

// Variables: 0 = start of a, 1 = end of a, 2 = start of b, 3 = end of b.
const SA = 0;
const EA = 1;
const SB = 2;
const EB = 3;

/**
 * Each relation as order constraints on the four ends. A point's start and end are one instant, and an interval's
 * ends may coincide; the definitions are chosen so that, even then, exactly one relation holds for any placement
 * of the ends (a point at the start of an interval `starts` it; at its end, `finishes` it).
 */
const DEFINITIONS: Readonly<Record<AllenRelation, readonly OrderConstraint[]>> = {
  before: [[EA, '<', SB]],
  // A point is met by nothing and meets nothing: an interval ending where a point lies is finished by it.
  meets: [
    [SA, '<', SB],
    [EA, '=', SB],
    [SB, '<', EB],
  ],
  overlaps: [
    [SA, '<', SB],
    [SB, '<', EA],
    [EA, '<', EB],
  ],
  starts: [
    [SA, '=', SB],
    [EA, '<', EB],
  ],
  during: [
    [SB, '<', SA],
    [EA, '<', EB],
  ],
  finishes: [
    [SB, '<', SA],
    [EA, '=', EB],
  ],
  equals: [
    [SA, '=', SB],
    [EA, '=', EB],
  ],
  after: [[EB, '<', SA]],
  'met-by': [
    [SB, '<', SA],
    [EB, '=', SA],
    [SA, '<', EA],
  ],
  'overlapped-by': [
    [SB, '<', SA],
    [SA, '<', EB],
    [EB, '<', EA],
  ],
  'started-by': [
    [SA, '=', SB],
    [EB, '<', EA],
  ],
  contains: [
    [SA, '<', SB],
    [EB, '<', EA],
  ],
  'finished-by': [
    [SA, '<', SB],
    [EA, '=', EB],
  ],
};

/** The ranges of the four ends, and the constraints tying each date's ends together. */
function setting(a: ParsedDate, b: ParsedDate): { ranges: VariableRange[]; base: OrderConstraint[] } {
  const ranges = [
    variableRange(a.start.earliest, a.start.latest),
    variableRange(a.end.earliest, a.end.latest),
    variableRange(b.start.earliest, b.start.latest),
    variableRange(b.end.earliest, b.end.latest),
  ];
  const base: OrderConstraint[] = [
    [SA, a.kind === 'point' ? '=' : '<=', EA],
    [SB, b.kind === 'point' ? '=' : '<=', EB],
  ];
  return { ranges, base };
}

function possible(
  relation: AllenRelation,
  { ranges, base }: { ranges: VariableRange[]; base: OrderConstraint[] },
): boolean {
  return feasible(ranges, [...base, ...DEFINITIONS[relation]]);
}

/**
 * The truth of one relation: `no` when no placement of the ends allows it, `yes` when no other relation is
 * possible. A set or list is asked member by member: `yes` only when every member says yes, `no` when all say no.
 */
export function relationTruth(relation: AllenRelation, a: ParsedDate, b: ParsedDate): Truth {
  if (a.members !== undefined || b.members !== undefined) {
    return eachMember(a, (first) =>
      eachMember(b, (second) => relationTruth(relation, first as ParsedDate, second as ParsedDate)),
    );
  }
  const context = setting(a, b);
  if (!possible(relation, context)) return 'no';
  for (const other of ALLEN_RELATIONS) {
    if (other !== relation && possible(other, context)) return 'maybe';
  }
  return 'yes';
}

/**
 * Answers each of Allen's thirteen relations between two dated items, points and intervals alike, three-valued:
 * a relation is `yes` when it holds wherever in their ranges the imprecise ends actually lie, `no` when it holds
 * nowhere, `maybe` otherwise. Exactly one relation is `yes`, or at least two are `maybe`. An open end (`..`) lies
 * beyond every date; an unknown end (empty) anywhere on its side of the known one. A set or list is asked member
 * by member: `yes` only when every member says yes, `no` only when every member says no.
 *
 * @param a - the first item
 * @param b - the second item; relations are named from `a` to `b` (`a` is `during` `b`)
 * @param options - the zone dates without their own zone are read in (pass the dispute)
 * @returns the answer for every relation, frozen
 * @throws {@link TimelineError} `invalid-argument` when `a` or `b` is not a date or a dated record
 *
 * @category Query
 * @example
 * ```ts
 * import { allen } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const talks = '2010-08-12/2011-01-31';
 * allen('2010-08-30', talks, indiaBlackberry2010).during;
 * //=> 'yes'
 * allen('2010-08', talks).during;
 * //=> 'maybe'
 * allen('2010-08', talks).starts;
 * //=> 'maybe'
 * ```
 */
export function allen(a: DateLike, b: DateLike, options?: Pick<TimeOptions, 'timeZone'>): AllenTruths {
  const zone = zoneOption(options, 'UTC');
  const first = readDateLike(a, zone, ['a']);
  const second = readDateLike(b, zone, ['b']);
  const result = {} as Record<AllenRelation, Truth>;
  if (first.members !== undefined || second.members !== undefined) {
    for (const relation of ALLEN_RELATIONS) result[relation] = relationTruth(relation, first, second);
    return Object.freeze(result);
  }
  const context = setting(first, second);
  const possibleSet = ALLEN_RELATIONS.filter((relation) => possible(relation, context));
  for (const relation of ALLEN_RELATIONS) {
    result[relation] = !possibleSet.includes(relation) ? 'no' : possibleSet.length === 1 ? 'yes' : 'maybe';
  }
  return Object.freeze(result);
}

/**
 * Answers one of Allen's relations between two dated items: `yes`, `no` or `maybe` (see {@link allen}).
 *
 * @param a - the first item
 * @param b - the second item
 * @param relation - the relation of `a` to `b`
 * @param options - the zone dates without their own zone are read in (pass the dispute)
 * @returns whether `a` stands in `relation` to `b`
 * @throws {@link TimelineError} `invalid-argument` for an unknown relation, or an argument that is not a date
 *
 * @category Query
 * @example
 * ```ts
 * import { relate } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * // Did the 10 August decision to let BBM continue come after the extended deadline, the end of 9 August?
 * const [, extended] = saudiBlackberry2010.deadlines;
 * const decision = saudiBlackberry2010.events.at(-1)!;
 * relate(decision, extended!, 'after', saudiBlackberry2010);
 * //=> 'yes'
 * relate('2010-08-31', '2010-08-12/2010-08-31', 'finishes');
 * //=> 'maybe'
 * ```
 */
export function relate(
  a: DateLike,
  b: DateLike,
  relation: AllenRelation,
  options?: Pick<TimeOptions, 'timeZone'>,
): Truth {
  const name = checkOneOf(relation, ALLEN_RELATIONS, ['relation'], 'relation');
  const zone = zoneOption(options, 'UTC');
  const index = disputeOption(options);
  return relationTruth(name, readDateLike(a, zone, ['a'], index), readDateLike(b, zone, ['b'], index));
}

/**
 * Tests whether items stand in one of Allen's relations to a date: a {@link TimePredicate} for `Array.filter`.
 *
 * @param relation - the relation of each item to `ref`
 * @param ref - the date or dated record to relate the items to
 * @param options - the zone dates without their own zone are read in (pass the dispute), and the match mode
 * @returns a predicate for `Array.filter`, with a `truth` method
 * @throws {@link TimelineError} `invalid-argument` for an unknown relation, a `ref` that is not a date, or bad options
 *
 * @category Query
 * @example
 * ```ts
 * import { inRelation } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const talks = inRelation('during', '2010-08-12/2011-01-31', indiaBlackberry2010);
 * indiaBlackberry2010.deadlines.filter(talks).map((deadline) => deadline.due);
 * //=> ['2010-08-31', '2010-09-22', '2010-10-31']
 * ```
 */
export function inRelation(relation: AllenRelation, ref: DateLike, options?: TimeOptions): TimePredicate {
  const name = checkOneOf(relation, ALLEN_RELATIONS, ['relation'], 'relation');
  const zone = zoneOption(options, 'UTC');
  const match = matchOption(options);
  const date = readDateLike(ref, zone, ['ref']);
  return predicateOf((item) => relationTruth(name, item, date), zone, match);
}
