/**
 * Laws of the three-valued answers, Allen's relations, durations and the one-call queries, checked against
 * plain references on random dates and random disputes (see `arbitraries.ts` and `reference.ts`).
 */
import {
  ALLEN_RELATIONS,
  type AllenRelation,
  after,
  allen,
  before as beforeDate,
  businessDaysBetween,
  type DateValue,
  type Dispute,
  daysBetween,
  eventsBefore,
  inTimelineOrder,
  type ParsedDate,
  parseDate,
  pendingOn,
  responsesTo,
  type Truth,
} from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heavyRuns } from '../support/runs.js';
import { dateValue, edtfDate, edtfPoint, randomDispute, ZONES } from './arbitraries.js';
import { dateOf, dayNumber, naiveBefore, naiveBusinessDays, naiveSort, recordDate } from './reference.js';

/** A failing run is reported after at most 30 s of shrinking, instead of shrinking for tens of minutes. */
const RUNS = heavyRuns(200);

const zone = fc.constantFrom(...ZONES);

/** Whether two ranges of instants share an instant other than `b`'s last one (`before` is strict). */
function overlapBefore(a: ParsedDate, b: ParsedDate): boolean {
  return a.latest >= b.earliest && a.earliest < b.latest;
}

describe('yes, no and maybe are consistent', () => {
  it('answers maybe to before exactly when the ranges overlap, and yes to before only when after is no', () => {
    fc.assert(
      fc.property(dateValue, dateValue, zone, (x, y, timeZone) => {
        const [a, b] = [dateOf(x, timeZone), dateOf(y, timeZone)];
        const isBefore = beforeDate(y, { timeZone }).truth(x);
        const isAfter = after(y, { timeZone }).truth(x);
        expect(isBefore).toBe(naiveBefore(a, b));
        expect(isBefore === 'maybe').toBe(overlapBefore(a, b));
        if (isBefore === 'yes') expect(isAfter).toBe('no');
        if (isAfter === 'yes') expect(isBefore).toBe('no');
        const disjoint = a.latest < b.earliest || b.latest < a.earliest;
        if (disjoint) expect([isBefore, isAfter].sort()).toEqual(['no', 'yes']);
      }),
      RUNS,
    );
  });

  it('keeps every certain match among the possible ones, and splits the possible ones into certain and uncertain', () => {
    fc.assert(
      fc.property(fc.array(dateValue, { maxLength: 20 }), dateValue, zone, (items, ref, timeZone) => {
        const certain = items.filter(beforeDate(ref, { timeZone }));
        const possible = items.filter(beforeDate(ref, { timeZone, match: 'possible' }));
        const uncertain = items.filter(beforeDate(ref, { timeZone, match: 'uncertain' }));
        expect(possible.filter((item) => !certain.includes(item) && !uncertain.includes(item))).toEqual([]);
        expect(certain.length + uncertain.length).toBe(possible.length);
      }),
      RUNS,
    );
  });
});

const INVERSE: Readonly<Record<AllenRelation, AllenRelation>> = {
  before: 'after',
  meets: 'met-by',
  overlaps: 'overlapped-by',
  starts: 'started-by',
  during: 'contains',
  finishes: 'finished-by',
  equals: 'equals',
  after: 'before',
  'met-by': 'meets',
  'overlapped-by': 'overlaps',
  'started-by': 'starts',
  contains: 'during',
  'finished-by': 'finishes',
};

/** The one relation between two intervals whose ends are known exactly; a point is an interval of no length. */
function naiveRelation(sa: number, ea: number, sb: number, eb: number): AllenRelation {
  if (ea < sb) return 'before';
  if (eb < sa) return 'after';
  if (sa === sb && ea === eb) return 'equals';
  if (ea === sb && sa < ea && sb < eb) return 'meets';
  if (eb === sa && sb < eb && sa < ea) return 'met-by';
  if (sa === sb) return ea < eb ? 'starts' : 'started-by';
  if (ea === eb) return sa > sb ? 'finishes' : 'finished-by';
  if (sa > sb && ea < eb) return 'during';
  if (sa < sb && ea > eb) return 'contains';
  return sa < sb ? 'overlaps' : 'overlapped-by';
}

/** One placement of a date's ends inside their ranges: the start at `u`, the end at `v` of the way (0 to 1). */
function place(date: ParsedDate, u: number, v: number): [number, number] {
  const at = (lo: number, hi: number, t: number) => lo + Math.floor((hi - lo) * t);
  const start = at(date.start.earliest ?? -Infinity, date.start.latest ?? Infinity, u);
  if (date.kind === 'point') return [start, start];
  const low = Math.max(start, date.end.earliest ?? -Infinity);
  return [start, at(low, date.end.latest ?? Infinity, v)];
}

const bounded = (d: ParsedDate) => Number.isFinite(d.earliest) && Number.isFinite(d.latest);

/** Exact instants, to the millisecond, as points or intervals: dates with nothing left to guess. */
const exactDate = fc
  .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.boolean())
  .map(([from, length, point]) => {
    const instant = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 3_600_000).toISOString();
    return point ? instant(from) : `${instant(from)}/${instant(from + length)}`;
  });

describe("Allen's relations", () => {
  it('answers exactly one yes, or at least two maybes, and the inverse relation when the arguments swap', () => {
    fc.assert(
      fc.property(dateValue, dateValue, zone, (a, b, timeZone) => {
        const forward = allen(a, b, { timeZone });
        const backward = allen(b, a, { timeZone });
        const answers = Object.values(forward);
        const yes = answers.filter((t) => t === 'yes').length;
        const maybe = answers.filter((t) => t === 'maybe').length;
        expect(yes === 1 ? maybe : maybe >= 2 ? yes : -1).toBe(0);
        for (const relation of ALLEN_RELATIONS) expect(backward[INVERSE[relation]]).toBe(forward[relation]);
      }),
      RUNS,
    );
  });

  it('never rules out the relation of a placement of the ends, and names it when it says yes', () => {
    fc.assert(
      fc.property(
        edtfDate,
        edtfDate,
        zone,
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        (x, y, timeZone, [ua, va], [ub, vb]) => {
          const [a, b] = [parseDate(x, { timeZone }), parseDate(y, { timeZone })];
          fc.pre(bounded(a) && bounded(b));
          const [sa, ea] = place(a, ua, va);
          const [sb, eb] = place(b, ub, vb);
          const actual = naiveRelation(sa, ea, sb, eb);
          const answers = allen(a, b);
          expect(answers[actual], `${x} ${actual} ${y} at ${[sa, ea, sb, eb]}`).not.toBe('no');
          const certain = ALLEN_RELATIONS.find((relation) => answers[relation] === 'yes');
          if (certain !== undefined) expect(actual).toBe(certain);
        },
      ),
      RUNS,
    );
  });

  it('answers yes for the one relation that holds between exact instants, points and intervals alike', () => {
    fc.assert(
      fc.property(exactDate, exactDate, (x, y) => {
        const [a, b] = [parseDate(x), parseDate(y)];
        const actual = naiveRelation(
          a.start.earliest ?? 0,
          a.end.latest ?? 0,
          b.start.earliest ?? 0,
          b.end.latest ?? 0,
        );
        const answers = allen(a, b);
        expect(ALLEN_RELATIONS.filter((relation) => answers[relation] !== 'no')).toEqual([actual]);
        expect(answers[actual]).toBe('yes');
      }),
      RUNS,
    );
  });
});

describe('durations', () => {
  it('counts the calendar and business days between two days as a day-by-day walk does, in any zone', () => {
    const day = fc
      .integer({ min: 0, max: 3 * 365 })
      .map((n) => new Date(Date.UTC(2014, 0, 1) + n * 86_400_000));
    fc.assert(
      fc.property(day, day, zone, (x, y, timeZone) => {
        const [a, b] = [x.toISOString().slice(0, 10), y.toISOString().slice(0, 10)];
        const calendar = (y.getTime() - x.getTime()) / 86_400_000;
        expect(daysBetween(a, b, { timeZone })).toEqual({ min: calendar, max: calendar });
        const dayOf = (d: Date) => d.getTime() / 86_400_000;
        const business = naiveBusinessDays(dayOf(y), dayOf(x));
        expect(businessDaysBetween(a, b, { timeZone })).toEqual({ min: business, max: business });
      }),
      RUNS,
    );
  });

  it('brackets the days between any two instants the imprecise dates may stand for', () => {
    fc.assert(
      fc.property(
        edtfPoint(),
        edtfPoint(),
        zone,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, y, timeZone, u, v) => {
          const [a, b] = [parseDate(x, { timeZone }), parseDate(y, { timeZone })];
          const [from] = place(a, u, u);
          const [to] = place(b, v, v);
          const days = dayNumber(to, timeZone) - dayNumber(from, timeZone);
          const { min, max } = daysBetween(x, y, { timeZone });
          expect(min).toBeLessThanOrEqual(days);
          expect(max).toBeGreaterThanOrEqual(days);
        },
      ),
      RUNS,
    );
  });
});

/** A random dispute, with the zone its dates without their own are read in. */
const disputes = fc.gen().map((g) => randomDispute(g));
const zoneOf = (dispute: Dispute) => dispute.timeZone ?? 'UTC';

describe('one-call queries against plain filters', () => {
  it('lists the events before a deadline as a filter over parsed dates does: certain, then possible', () => {
    fc.assert(
      fc.property(disputes, (dispute) => {
        const timeZone = zoneOf(dispute);
        const sorted = naiveSort(dispute.events, (e) => recordDate(e, timeZone));
        for (const deadline of dispute.deadlines) {
          const due = recordDate(deadline, timeZone);
          const truths = sorted.map(
            (event) => [event.id, naiveBefore(recordDate(event, timeZone), due)] as const,
          );
          const { certain, possible } = eventsBefore(dispute, deadline.id);
          expect(certain.map((e) => e.id)).toEqual(truths.filter(([, t]) => t === 'yes').map(([id]) => id));
          expect(possible.map((e) => e.id)).toEqual(
            truths.filter(([, t]) => t === 'maybe').map(([id]) => id),
          );
        }
      }),
      heavyRuns(100),
    );
  });

  it('lists as unanswered on a date the demands made by then that no response had answered by then', () => {
    fc.assert(
      fc.property(disputes, dateValue, (dispute, on) => {
        const timeZone = zoneOf(dispute);
        const asOf = dateOf(on, timeZone);
        const by = (d: ParsedDate): Truth =>
          d.latest <= asOf.latest ? 'yes' : d.earliest <= asOf.latest ? 'maybe' : 'no';
        const expected = naiveSort(dispute.demands, (d) => recordDate(d, timeZone)).flatMap((demand) => {
          const made = by(recordDate(demand, timeZone));
          const answers = dispute.responses
            .filter((r) => r.to.includes(demand.id))
            .map((r) => by(recordDate(r, timeZone)));
          const answered: Truth = answers.includes('yes')
            ? 'yes'
            : answers.includes('maybe')
              ? 'maybe'
              : 'no';
          const truth: Truth =
            made === 'no' || answered === 'yes'
              ? 'no'
              : made === 'yes' && answered === 'no'
                ? 'yes'
                : 'maybe';
          return truth === 'no' ? [] : [[demand.id, truth]];
        });
        const ours = pendingOn(dispute, on as DateValue).unanswered.map(({ item, truth }) => [
          item.id,
          truth,
        ]);
        expect(ours).toEqual(expected);
      }),
      heavyRuns(100),
    );
  });

  it('lists the responses to a demand in timeline order, with the days each took', () => {
    fc.assert(
      fc.property(disputes, (dispute) => {
        const timeZone = zoneOf(dispute);
        for (const demand of dispute.demands) {
          const made = recordDate(demand, timeZone);
          const expected = naiveSort(
            dispute.responses.filter((r) => r.to.includes(demand.id)),
            (r) => recordDate(r, timeZone),
          ).map((r) => {
            const date = recordDate(r, timeZone);
            return {
              id: r.id,
              min: dayNumber(date.earliest, timeZone) - dayNumber(made.latest, timeZone),
              max: dayNumber(date.latest, timeZone) - dayNumber(made.earliest, timeZone),
            };
          });
          const ours = responsesTo(dispute, demand.id).map(({ response, days }) => ({
            id: response.id,
            ...days,
          }));
          expect(ours).toEqual(expected);
        }
      }),
      heavyRuns(100),
    );
  });

  it('orders any records by earliest instant, then precision, then id, and ordering twice changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(dateValue, fc.integer({ min: 0, max: 9 })), { maxLength: 30 }),
        zone,
        (rows, timeZone) => {
          const records = rows.map(([date, n], i) => ({ id: `r${n}-${i}`, date }));
          const once = inTimelineOrder(records, { timeZone });
          expect(once.map((r) => r.id)).toEqual(
            naiveSort(records, (r) => dateOf(r.date, timeZone)).map((r) => r.id),
          );
          expect(inTimelineOrder(once, { timeZone })).toEqual(once);
          expect(inTimelineOrder([...records].reverse(), { timeZone })).toEqual(once);
        },
      ),
      RUNS,
    );
  });
});
