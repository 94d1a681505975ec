/**
 * The effective deadline of a demand, on random chains of extensions with days for dates, against a walk along
 * the `extends` links written out: a deadline is in force once it has been set (its `setOn`, or — for an
 * extension without one — some time no later than the deadline it extends fell due) until the next one is.
 */
import { type DeadlineInput, effectiveDeadline } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneDemandDispute } from '../support/disputes.js';
import { heavyRuns } from '../support/runs.js';
import { ZONES } from './arbitraries.js';

const RUNS = heavyRuns(200);
const DAY = 86_400_000;
const dayText = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * DAY).toISOString().slice(0, 10);

/** A chain of 1–5 deadlines with increasing due days; each set on a day before it falls due, or on no stated day. */
const chain = fc
  .array(
    fc.tuple(fc.integer({ min: 1, max: 40 }), fc.option(fc.integer({ min: 0, max: 39 }), { nil: undefined })),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((steps) => {
    let due = 0;
    let lastSet = -40;
    return steps.map(([gap, setBack]) => {
      due += gap;
      // Set no earlier than the deadline before it was, and before it falls due.
      const setOn = setBack === undefined ? undefined : Math.max(lastSet, due - 1 - setBack);
      lastSet = setOn ?? lastSet;
      return { due, setOn };
    });
  });

/** The deadlines of a chain, each extending the one before, for one demand. */
function chainDeadlines(steps: readonly { due: number; setOn: number | undefined }[]): DeadlineInput[] {
  return steps.map(({ due, setOn }, k) => ({
    id: `deadline-${k}`,
    due: dayText(due),
    ...(setOn === undefined ? {} : { setOn: dayText(setOn) }),
    setBy: ['gov'],
    demands: ['demand'],
    ...(k > 0 ? { extends: `deadline-${k - 1}` } : {}),
  }));
}

/** A dispute over one demand, with the deadlines given in the order given. */
function chainDispute(deadlines: readonly DeadlineInput[], timeZone: string) {
  return oneDemandDispute(
    { id: 'chain', title: 'A chain of extensions', timeZone },
    { id: 'demand', date: '2014-12-01' },
  )
    .deadline(...deadlines)
    .build();
}

describe('effective deadline on random chains of extensions', () => {
  it('follows the extends links to the last deadline set by the date, and says maybe when the next may already be', () => {
    fc.assert(
      fc.property(
        chain,
        fc.integer({ min: -45, max: 250 }),
        fc.constantFrom(...ZONES),
        fc.boolean(),
        (steps, asOf, timeZone, shuffle) => {
          const deadlines = chainDeadlines(steps);
          const dispute = chainDispute(shuffle ? [...deadlines].reverse() : deadlines, timeZone);

          // The walk, written out from the documented rule: without setOn, a deadline was set at the latest by
          // the earliest evidence of it — its due day, and for the first its demand (day -31, 2014-12-01), for an
          // extension its predecessor's due day — and maybe before.
          const set = (k: number): 'yes' | 'no' | 'maybe' => {
            const { setOn, due } = steps[k] as { setOn?: number; due: number };
            if (setOn !== undefined) return setOn <= asOf ? 'yes' : 'no';
            const latest = Math.min(due, k === 0 ? -31 : (steps[k - 1] as { due: number }).due);
            return latest <= asOf ? 'yes' : 'maybe';
          };
          let position = -1;
          while (position + 1 < steps.length && set(position + 1) === 'yes') position++;
          const result = effectiveDeadline(dispute, 'demand', dayText(asOf));
          if (position === -1 && set(0) === 'no') {
            expect(result).toBeNull();
            return;
          }
          const at = Math.max(position, 0);
          const certain = position >= 0 && (position + 1 === steps.length || set(position + 1) === 'no');
          expect(result?.deadline.id).toBe(`deadline-${at}`);
          expect(result?.extensions).toBe(at);
          expect(result?.chain.map((d) => d.id)).toEqual(deadlines.slice(0, at + 1).map((d) => d.id));
          expect(result?.truth).toBe(certain ? 'yes' : 'maybe');
        },
      ),
      RUNS,
    );
  });

  it('never goes back to an earlier deadline as the date moves on', () => {
    fc.assert(
      fc.property(chain, fc.constantFrom(...ZONES), (steps, timeZone) => {
        const dispute = chainDispute(chainDeadlines(steps), timeZone);
        const positions = Array.from({ length: 60 }, (_, i) =>
          effectiveDeadline(dispute, 'demand', dayText(i * 5 - 40)),
        ).map((result) => result?.extensions ?? -1);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(positions.at(-1)).toBe(steps.length - 1);
      }),
      RUNS,
    );
  });
});
