/**
 * The answer of a comparison involving imprecise dates: certainly (`yes`), certainly not (`no`), or `maybe`.
 *
 * @category Dates
 * @example
 * ```ts
 * import { before, type Truth } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // Is an event dated only "December 2015" before the 30 December 2015 deadline? It depends on the day.
 * const deadline = blackberryPakistan2015.deadlines[1]!;
 * const beforeDeadline = before(deadline.due, blackberryPakistan2015);
 * const answers: Truth[] = ['2015-07', '2015-12', '2016-01'].map((date) => beforeDeadline.truth(date));
 * answers;
 * //=> ['yes', 'maybe', 'no']
 * ```
 */
export type Truth = 'yes' | 'no' | 'maybe';

/** Anything with a range of instants: a parsed date or one of its bounds. */
export interface InstantRange {
  readonly earliest: number;
  readonly latest: number;
}

/**
 * Whether every instant of `a` comes before every instant of `b` (`yes`), none does (`no`), or it depends (`maybe`).
 * Ranges are inclusive.
 */
export function rangeBefore(a: InstantRange, b: InstantRange): Truth {
  if (a.latest < b.earliest) return 'yes';
  if (a.earliest >= b.latest) return 'no';
  return 'maybe';
}

/**
 * Asks a question of each member of a set or list and answers for the whole: `yes` only when every member says
 * yes, `no` only when every member says no, `maybe` otherwise (so a window in the gap between two members is
 * `no`). A date without members is asked itself.
 */
export function eachMember(date: MemberedRange, truthOf: (member: InstantRange) => Truth): Truth {
  if (date.members === undefined) return truthOf(date);
  let answer: Truth | null = null;
  for (const member of date.members) {
    const truth = truthOf(member);
    if (answer === null) answer = truth;
    else if (truth !== answer) return 'maybe';
  }
  return answer ?? 'no';
}

/** A range that may be a set or list of member ranges (a parsed date). */
export interface MemberedRange extends InstantRange {
  readonly members?: readonly InstantRange[] | undefined;
}
