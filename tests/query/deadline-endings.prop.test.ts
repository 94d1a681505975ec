/**
 * Deadlines that end, on random chains of extensions with random endings (met, missed, enforced, rescinded; dated
 * to a day, to a span of days, or not at all, with or without an event that records the ending), against a walk
 * of the records written out from the documented rules: a deadline is the demand's from when it is set until the
 * next one is set; it is pending (in force) until it falls due or ends, then passed until it ends; an ending dated
 * imprecisely, or not at all, leaves the answer `maybe` while it may or may not have happened.
 */
import { type DeadlineInput, demandOutcome, effectiveDeadline, pendingOn } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneDemandDispute } from '../support/disputes.js';
import { heavyRuns } from '../support/runs.js';
import { ZONES } from './arbitraries.js';

type Truth = 'yes' | 'no' | 'maybe';
const RUNS = heavyRuns(200);
const DAY = 86_400_000;
const dayText = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * DAY).toISOString().slice(0, 10);
const and = (a: Truth, b: Truth): Truth =>
  a === 'no' || b === 'no' ? 'no' : a === 'yes' && b === 'yes' ? 'yes' : 'maybe';
const not = (a: Truth): Truth => (a === 'yes' ? 'no' : a === 'no' ? 'yes' : 'maybe');

type Kind = 'met' | 'missed' | 'enforced' | 'rescinded';
interface Step {
  readonly due: number;
  readonly setOn: number | undefined;
}
/** The last deadline's ending: its kind, its days (first and last, the same for one day), the day of its event. */
interface Ending {
  readonly kind: Kind;
  readonly on: { readonly from: number; readonly to: number } | undefined;
  readonly event: number | undefined;
}

/** A chain of 1–4 deadlines with increasing due days; each set on a day before it falls due, or on no stated day. */
const steps = fc
  .array(
    fc.tuple(fc.integer({ min: 1, max: 40 }), fc.option(fc.integer({ min: 0, max: 39 }), { nil: undefined })),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((list) => {
    let due = 0;
    let lastSet = -40;
    return list.map(([gap, setBack]): Step => {
      due += gap;
      const setOn = setBack === undefined ? undefined : Math.max(lastSet, due - 1 - setBack);
      lastSet = setOn ?? lastSet;
      return { due, setOn };
    });
  });

/**
 * An ending for the last deadline that the validator accepts: not before it was set, nor missed before it fell due,
 * nor met after.
 */
function ending(last: Step) {
  return fc
    .record({
      kind: fc.constantFrom<Kind>('met', 'missed', 'enforced', 'rescinded'),
      dated: fc.constantFrom('day', 'span', 'undated'),
      offset: fc.integer({ min: 0, max: 40 }),
      span: fc.integer({ min: 1, max: 10 }),
      event: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    })
    .map(({ kind, dated, offset, span, event }): Ending => {
      const floor = Math.max(
        last.setOn ?? last.due - 30,
        kind === 'missed' || kind === 'enforced' ? last.due : -Infinity,
      );
      // A deadline is met by the day it falls due at the latest (met later, it was missed).
      const ceiling = kind === 'met' ? last.due : Infinity;
      const from = Math.min(floor + offset, ceiling);
      const on =
        dated === 'undated'
          ? undefined
          : { from, to: dated === 'day' ? from : Math.min(from + span, ceiling) };
      return { kind, on, event: event === undefined ? undefined : (last.setOn ?? last.due - 30) + event };
    });
}

/** A chain, its ending, and a day to ask about: any day, or one at an edge of the records (a due day, an ending's). */
const chainAndEnding = steps.chain((list) =>
  fc.option(ending(list.at(-1) as Step), { nil: undefined }).chain((end) => {
    const edges = [
      ...list.flatMap((step) => [step.due, step.setOn ?? step.due]),
      ...(end?.on === undefined ? [] : [end.on.from, end.on.to]),
      ...(end?.event === undefined ? [] : [end.event]),
    ].flatMap((day) => [day - 1, day, day + 1]);
    const asOf = fc.oneof(fc.integer({ min: -45, max: 250 }), fc.constantFrom(...edges));
    return fc.tuple(fc.constant(list), fc.constant(end), asOf);
  }),
);

function build(list: readonly Step[], end: Ending | undefined, timeZone: string) {
  const deadlines: DeadlineInput[] = list.map(({ due, setOn }, k) => ({
    id: `deadline-${k}`,
    due: dayText(due),
    ...(setOn === undefined ? {} : { setOn: dayText(setOn) }),
    setBy: ['gov'],
    demands: ['demand'],
    ...(k > 0 ? { extends: `deadline-${k - 1}` } : {}),
    ...(k + 1 < list.length ? { outcome: { kind: 'extended' } } : {}),
  }));
  let builder = oneDemandDispute(
    { id: 'ending', title: 'A chain that ends', timeZone },
    { id: 'demand', date: '2014-12-01' },
  ).source({ id: 's', publisher: 'A source' });
  if (end !== undefined) {
    const last = deadlines.at(-1) as DeadlineInput;
    last.outcome = {
      kind: end.kind,
      ...(end.on === undefined
        ? {}
        : {
            on:
              end.on.from === end.on.to
                ? dayText(end.on.from)
                : `${dayText(end.on.from)}/${dayText(end.on.to)}`,
          }),
      ...(end.event === undefined ? {} : { event: 'ending-recorded' }),
    };
    if (end.event !== undefined) {
      builder = builder.event({
        id: 'ending-recorded',
        date: dayText(end.event),
        kind: 'announcement',
        title: 'The ending is announced',
        actors: ['gov'],
        deadlines: [last.id],
        sources: [{ source: 's' }],
        confidence: 'confirmed',
      });
    }
  }
  return builder.deadline(...deadlines).build();
}

/** The day of the demand every chain is for (2014-12-01). */
const DEMAND_DAY = -31;

/**
 * The walk: whether the deadline at `k` had been set by the end of day `asOf`. Without `setOn`, it was set at the
 * latest by the earliest evidence of it: its due day, an event that names it (the ending's, for the last), and
 * for the first its demand, for an extension its predecessor's due day; before that, maybe.
 */
function setBy(list: readonly Step[], k: number, asOf: number, end: Ending | undefined): Truth {
  const { setOn, due } = list[k] as Step;
  if (setOn !== undefined) return setOn <= asOf ? 'yes' : 'no';
  let latest = Math.min(due, k === 0 ? DEMAND_DAY : (list[k - 1] as Step).due);
  if (k + 1 === list.length && end?.event !== undefined) latest = Math.min(latest, end.event);
  return latest <= asOf ? 'yes' : 'maybe';
}

/** The walk: whether the last deadline had ended by the end of day `asOf`, its ending read as documented. */
function endedBy(last: Step, end: Ending | undefined, asOf: number): Truth {
  if (end === undefined) return 'no';
  let from: number;
  let to: number;
  if (end.on !== undefined) ({ from, to } = end.on);
  else if (end.kind === 'missed') {
    // Missed as its due day ends: over from the next day, and no later than its event when it has one.
    from = last.due + 1;
    to = Math.max(from, end.event ?? from);
  } else {
    from = Math.max(last.setOn ?? -Infinity, end.kind === 'enforced' ? last.due : -Infinity);
    to = end.event ?? Infinity;
    from = Math.min(from, to);
  }
  if (to <= asOf) return 'yes';
  return from <= asOf ? 'maybe' : 'no';
}

describe('deadline endings on random chains', () => {
  it('gives the effective deadline of a walk along the chain, ended when its last deadline ends', () => {
    fc.assert(
      fc.property(
        chainAndEnding,
        fc.integer({ min: -45, max: 250 }),
        fc.constantFrom(...ZONES),
        ([list, end], asOf, zone) => {
          const dispute = build(list, end, zone);
          let position = -1;
          while (position + 1 < list.length && setBy(list, position + 1, asOf, end) === 'yes') position++;
          const result = effectiveDeadline(dispute, 'demand', dayText(asOf));
          if (position === -1 && setBy(list, 0, asOf, end) === 'no') {
            expect(result).toBeNull();
            return;
          }
          const at = Math.max(position, 0);
          const certain =
            position >= 0 && (position + 1 === list.length || setBy(list, position + 1, asOf, end) === 'no');
          expect([result?.deadline.id, result?.truth]).toEqual([`deadline-${at}`, certain ? 'yes' : 'maybe']);
          // Its state: ended when the last deadline's ending (or an extension's setting) may have come by then;
          // in force (pending) only while set, not ended and not yet due.
          const ended =
            at + 1 === list.length ? endedBy(list[at] as Step, end, asOf) : setBy(list, at + 1, asOf, end);
          const set = setBy(list, at, asOf, end);
          const pending = and(and(set, not(ended)), (list[at] as Step).due >= asOf ? 'yes' : 'no');
          const passed = and(and(set, not(ended)), (list[at] as Step).due >= asOf ? 'no' : 'yes');
          const possible = result?.state.possible;
          expect([possible?.pending ?? 'no', possible?.passed ?? 'no', possible?.ended ?? 'no']).toEqual([
            pending,
            passed,
            and(set, ended),
          ]);
        },
      ),
      RUNS,
    );
  });

  it('lists as pending the deadlines set, not superseded, not ended and not passed, as the walk labels them', () => {
    fc.assert(
      fc.property(
        chainAndEnding,
        fc.integer({ min: -45, max: 250 }),
        fc.constantFrom(...ZONES),
        ([list, end], asOf, zone) => {
          const dispute = build(list, end, zone);
          const expected = list.flatMap((step, k) => {
            const superseded = k + 1 < list.length ? setBy(list, k + 1, asOf, end) : endedBy(step, end, asOf);
            const truth = and(
              and(setBy(list, k, asOf, end), not(superseded)),
              step.due >= asOf ? 'yes' : 'no',
            );
            return truth === 'no' ? [] : [[`deadline-${k}`, truth]];
          });
          const pending = pendingOn(dispute, dayText(asOf)).deadlines.map(({ item, truth }) => [
            item.id,
            truth,
          ]);
          expect(pending).toEqual(expected);
        },
      ),
      RUNS,
    );
  });

  it("gives the demand's outcome the ending's kind and date: its own, else its event's, else a missed one's due day", () => {
    fc.assert(
      fc.property(chainAndEnding, fc.constantFrom(...ZONES), ([list, end], zone) => {
        const outcome = demandOutcome(build(list, end, zone), 'demand');
        const last = list.at(-1) as Step;
        expect(outcome.status).toBe(end?.kind ?? 'open');
        const day =
          end === undefined
            ? null
            : end.on !== undefined
              ? end.on.from === end.on.to
                ? dayText(end.on.from)
                : `${dayText(end.on.from)}/${dayText(end.on.to)}`
              : end.event !== undefined
                ? dayText(end.event)
                : end.kind === 'missed'
                  ? dayText(last.due)
                  : null;
        expect(outcome.resolvedOn?.text ?? null).toBe(day);
      }),
      RUNS,
    );
  });
});
