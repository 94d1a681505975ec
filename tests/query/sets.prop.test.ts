/**
 * Queries over "one of a set" `[a,b]` and "all of a list" `{a,b}` against a naive per-member reference: each
 * member is asked on its own, and the answer is `yes` only if every member says yes, `no` only if every member
 * says no, `maybe` otherwise.
 */

import {
  ALLEN_RELATIONS,
  after,
  allen,
  before,
  between,
  createDispute,
  on,
  parseDate,
  query,
  type TimePredicate,
  type Truth,
  within,
} from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heavyRuns } from '../support/runs.js';
import { ZONES } from './arbitraries.js';

const RUNS = heavyRuns(150);

const two = (n: number) => String(n).padStart(2, '0');
/** Days and months of late 2015, so that members overlap, touch and leave gaps. */
const point = fc
  .tuple(fc.integer({ min: 10, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.boolean())
  .map(([month, day, whole]) => (whole ? `2015-${month}` : `2015-${month}-${two(Math.min(day, 30))}`));
const members = fc.uniqueArray(point, { minLength: 1, maxLength: 4 });
const set = fc
  .tuple(members, fc.boolean())
  .map(([items, oneOf]) => (oneOf ? `[${items.join(',')}]` : `{${items.join(',')}}`));
const dateOrSet = fc.oneof(point, set);

/** The members' texts of a set or list; a plain date is its own one member. */
function membersOf(text: string): string[] {
  return text.startsWith('[') || text.startsWith('{') ? text.slice(1, -1).split(',') : [text];
}

function agree(truths: readonly Truth[]): Truth {
  return truths.every((truth) => truth === truths[0]) ? (truths[0] as Truth) : 'maybe';
}

type Build = (ref: string, zone: string) => TimePredicate;
const PREDICATES: Record<string, Build> = {
  before: (ref, timeZone) => before(ref, { timeZone }),
  after: (ref, timeZone) => after(ref, { timeZone }),
  on: (ref, timeZone) => on(ref, { timeZone }),
  'within 5 days before': (ref, timeZone) => within(5, 'before', ref, { timeZone }),
  'within 5 days after': (ref, timeZone) => within(5, 'after', ref, { timeZone }),
};

/** The reference: every member of the item against every member of the reference date, each on its own. */
function naive(build: Build, item: string, ref: string, zone: string): Truth {
  return agree(membersOf(ref).flatMap((r) => membersOf(item).map((m) => build(r, zone).truth(m))));
}

describe('queries over sets and lists', () => {
  it.each(Object.keys(PREDICATES))('answers %s member by member (property)', (name) => {
    const build = PREDICATES[name] as Build;
    fc.assert(
      fc.property(dateOrSet, dateOrSet, fc.constantFrom(...ZONES), (item, ref, zone) => {
        expect(build(ref, zone).truth(item), `${item} ${name} ${ref}`).toBe(naive(build, item, ref, zone));
      }),
      RUNS,
    );
  });

  it('answers between member by member, over the pairs of members that make a span (property)', () => {
    fc.assert(
      fc.property(
        dateOrSet,
        dateOrSet,
        dateOrSet,
        fc.constantFrom(...ZONES),
        (item, start, end, timeZone) => {
          const read = (text: string) => parseDate(text, { timeZone });
          if (read(start).earliest > read(end).latest) return;
          const pairs = membersOf(start).flatMap((s) =>
            membersOf(end)
              .filter((e) => read(s).earliest <= read(e).latest)
              .map((e) => [s, e] as const),
          );
          const expected = agree(
            pairs.flatMap(([s, e]) => membersOf(item).map((m) => between(s, e, { timeZone }).truth(m))),
          );
          expect(between(start, end, { timeZone }).truth(item), `${item} between ${start} and ${end}`).toBe(
            expected,
          );
        },
      ),
      RUNS,
    );
  });

  it('answers every Allen relation member by member (property)', () => {
    fc.assert(
      fc.property(set, fc.oneof(point, fc.constant('2015-11-01/2015-11-30')), (item, ref) => {
        const answers = allen(item, ref);
        for (const relation of ALLEN_RELATIONS) {
          const expected = agree(membersOf(item).map((m) => allen(m, ref)[relation]));
          expect(answers[relation], `${item} ${relation} ${ref}`).toBe(expected);
        }
      }),
      heavyRuns(40),
    );
  });

  it('keeps in the query chain the events the per-member reference keeps, in every match mode (property)', () => {
    fc.assert(
      fc.property(
        fc.array(dateOrSet, { minLength: 1, maxLength: 8 }),
        dateOrSet,
        fc.constantFrom('before', 'after', 'on'),
        fc.constantFrom(...ZONES),
        (dates, ref, name, timeZone) => {
          const dispute = createDispute({ id: 'sets', title: 'Dates sources disagree on', timeZone })
            .actor({ id: 'gov', name: 'Government', kind: 'government' })
            .source({ id: 'report', publisher: 'Publisher' })
            .event(
              ...dates.map((date, i) => ({
                id: `event-${i}`,
                date,
                kind: 'statement' as const,
                title: `Event ${i}`,
                actors: ['gov'],
                sources: [{ source: 'report' }],
                confidence: 'reported' as const,
              })),
            )
            .build();
          const build = PREDICATES[name] as Build;
          const truths = new Map(
            dispute.events.map((e) => [e.id, naive(build, e.date as string, ref, timeZone)]),
          );
          const events = query(dispute).events();
          const chain =
            name === 'before' ? events.before(ref) : name === 'after' ? events.after(ref) : events.on(ref);
          const kept = (keep: (truth: Truth) => boolean) =>
            dispute.events
              .filter((e) => keep(truths.get(e.id) as Truth))
              .map((e) => e.id)
              .sort();
          const ids = (list: readonly { id: string }[]) => list.map((e) => e.id).sort();
          expect(ids(chain.certain().toArray())).toEqual(kept((t) => t === 'yes'));
          expect(ids(chain.possible().toArray())).toEqual(kept((t) => t !== 'no'));
          expect(ids(chain.uncertain().toArray())).toEqual(kept((t) => t === 'maybe'));
          expect(chain.possible().count()).toBe(kept((t) => t !== 'no').length);
          expect(chain.uncertain().count()).toBe(kept((t) => t === 'maybe').length);
          expect(chain.certain().count()).toBe(kept((t) => t === 'yes').length);
        },
      ),
      heavyRuns(60),
    );
  });

  it('answers no for a window in the gap between the members of a set', () => {
    // Sources disagree on the day: 30 December 2015 or 5 January 2016. Neither is on 1 January.
    expect(on('2016-01-01').truth('[2015-12-30,2016-01-05]')).toBe('no');
    expect(on('2016-01').truth('[2015-12-30,2016-01-05]')).toBe('maybe');
    expect(before('2016-02').truth('[2015-12-30,2016-01-05]')).toBe('yes');
    expect(on('[2015-12-30,2016-01-05]').truth('2016-01-01')).toBe('no');
  });
});
