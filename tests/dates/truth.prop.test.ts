/**
 * The three-valued comparison every validation rule uses (`rangeBefore`), checked against its definition by
 * enumeration on small ranges, where equal ends are common: a strict `<` turned into `<=` is caught here, and a
 * response timed to the same millisecond as its demand is accepted.
 */
import { safeParseDispute } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachMember, type InstantRange, rangeBefore, type Truth } from '../../src/dates/truth.js';
import { minimalInput } from '../builder/fixtures.js';
import { heavyRuns } from '../support/runs.js';

/** A range of instants in 0..6, so that ranges share their ends often. */
const range: fc.Arbitrary<InstantRange> = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
  .map(([x, y]) => ({ earliest: Math.min(x, y), latest: Math.max(x, y) }));

/** The definition: yes when every instant of `a` precedes every instant of `b`, no when none does. */
function beforeByDefinition(a: InstantRange, b: InstantRange): Truth {
  let every = true;
  let none = true;
  for (let x = a.earliest; x <= a.latest; x++)
    for (let y = b.earliest; y <= b.latest; y++) {
      if (x < y) none = false;
      else every = false;
    }
  return every ? 'yes' : none ? 'no' : 'maybe';
}

describe('rangeBefore', () => {
  it('answers as its definition does, for ranges that share ends and instants that are equal', () => {
    fc.assert(
      fc.property(range, range, (a, b) => {
        expect(rangeBefore(a, b)).toBe(beforeByDefinition(a, b));
      }),
      heavyRuns(500),
    );
  });

  it('never says an instant is before itself', () => {
    fc.assert(
      fc.property(fc.integer(), (t) => {
        expect(rangeBefore({ earliest: t, latest: t }, { earliest: t, latest: t })).toBe('no');
      }),
    );
  });

  it('asks a date without members itself (property)', () => {
    fc.assert(
      fc.property(range, range, (date, ref) => {
        expect(eachMember(date, (member) => rangeBefore(member, ref))).toBe(beforeByDefinition(date, ref));
      }),
      heavyRuns(100),
    );
  });

  it('answers for a set as every member does, maybe when they differ', () => {
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 5 }), range, (members, ref) => {
        const answers = new Set(members.map((member) => beforeByDefinition(member, ref)));
        const whole = { earliest: 0, latest: 6, members };
        expect(eachMember(whole, (member) => rangeBefore(member, ref))).toBe(
          answers.size === 1 ? [...answers][0] : 'maybe',
        );
      }),
    );
  });
});

describe('a response and its demand at the same instant', () => {
  const at = (demandDate: string, responseDate: string) => {
    const input = minimalInput();
    const demand = input.demands?.[0];
    const response = input.responses?.[0];
    if (demand === undefined || response === undefined)
      throw new Error('the fixture has a demand and a response');
    demand.date = demandDate;
    response.date = responseDate;
    // The deadlines of the fixture are in November and December; keep them after the demand.
    return safeParseDispute(input);
  };

  it('accepts a response timed to the same millisecond as its demand, and refuses one a millisecond before it', () => {
    expect(at('2015-07-24T10:00:00.000', '2015-07-24T10:00:00.000').success).toBe(true);
    const early = at('2015-07-24T10:00:00.000', '2015-07-24T09:59:59.999');
    expect(early.success).toBe(false);
    if (!early.success)
      expect(early.error.issues.map((issue) => issue.path.join('.'))).toContain('responses.0.date');
  });
});
