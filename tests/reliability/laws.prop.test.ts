import {
  createDispute,
  DATE_PRECISIONS,
  type Dispute,
  type DisputeInput,
  editDispute,
  eventsBefore,
  parseDate,
  parseDispute,
  safeParseDate,
  safeParseDispute,
  safeUpdateDispute,
  serializeDispute,
  TimelineError,
} from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heavyRuns } from '../support/runs.js';
import { brokenDisputeInput, edtfDate, randomDisputeInput, ZONES } from './arbitraries.js';

// A failing run is reported after at most 30 s of shrinking instead of shrinking for tens of minutes.
const RUNS = heavyRuns(100);

/** The objects in a value that are not frozen, by path; empty when it is deeply frozen. */
function unfrozen(value: unknown, path = '(root)', seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const found = Object.isFrozen(value) ? [] : [path];
  for (const [key, child] of Object.entries(value)) found.push(...unfrozen(child, `${path}.${key}`, seen));
  return found;
}

/** The objects in a value that are frozen; empty when nothing in it was frozen. */
function frozen(value: unknown, path = '(root)'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const found = Object.isFrozen(value) ? [path] : [];
  for (const [key, child] of Object.entries(value)) found.push(...frozen(child, `${path}.${key}`));
  return found;
}

/** The records of one kind, as the builder takes them; a broken input's junk is handed over as one record. */
function records<T>(value: readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value as T];
}

/** Builds the input with the builder, one record kind after the other. */
function build(input: DisputeInput) {
  const { id, title, timeZone } = input;
  return createDispute({ id, title, ...(timeZone === undefined ? {} : { timeZone }) })
    .actor(...records(input.actors))
    .source(...records(input.sources))
    .demand(...records(input.demands))
    .response(...records(input.responses))
    .deadline(...records(input.deadlines))
    .event(...records(input.events))
    .claim(...records(input.claims));
}

function valid(input: DisputeInput): Dispute {
  const result = safeParseDispute(input);
  if (!result.success) throw new Error(`the arbitrary made an invalid dispute: ${result.error.message}`);
  return result.data;
}

describe('builders never mutate their inputs (property)', () => {
  it('leaves valid and broken inputs as they were, unfrozen, after parse, build, edit and update', () => {
    fc.assert(
      fc.property(fc.gen(), fc.boolean(), (g, broken) => {
        const input = (broken ? brokenDisputeInput(g) : randomDisputeInput(g)) as DisputeInput;
        const before = structuredClone(input);
        safeParseDispute(input);
        build(input).safeBuild();
        const result = safeParseDispute(input);
        if (result.success) {
          const dispute = result.data;
          const text = serializeDispute(dispute);
          editDispute(dispute)
            .event(...(input.events ?? []))
            .safeBuild();
          safeUpdateDispute(dispute, (draft) => {
            draft.title = `${draft.title}!`;
            draft.events.reverse();
          });
          expect(serializeDispute(dispute)).toBe(text);
        }
        // Cloned again, as fast-check may hand over objects without a prototype; what is compared is the data.
        expect(structuredClone(input)).toStrictEqual(before);
        expect(frozen(input)).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('everything returned is deeply frozen (property)', () => {
  it('freezes built, parsed, edited and updated disputes to the leaves', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const input = randomDisputeInput(g);
        const dispute = valid(input);
        expect(unfrozen(dispute)).toEqual([]);
        expect(unfrozen(build(input).build())).toEqual([]);
        expect(unfrozen(editDispute(dispute).set({ title: 'Edited' }).build())).toEqual([]);
        const updated = safeUpdateDispute(dispute, (draft) => {
          draft.title = 'Updated';
        });
        expect(updated.success ? unfrozen(updated.data) : ['update failed']).toEqual([]);
      }),
      RUNS,
    );
  });

  it('freezes parsed dates and the answers of eventsBefore', () => {
    fc.assert(
      fc.property(edtfDate, fc.constantFrom(...ZONES), (text, timeZone) => {
        expect(unfrozen(parseDate(text, { timeZone }))).toEqual([]);
        const result = safeParseDate(text, { timeZone });
        expect(unfrozen(result)).toEqual(['(root)']);
        if (result.success) expect(unfrozen(result.data)).toEqual([]);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const dispute = valid(randomDisputeInput(g));
        for (const deadline of dispute.deadlines)
          expect(unfrozen(eventsBefore(dispute, deadline.id))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('freezes the issues of every TimelineError, down to each path', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const result = safeParseDispute(brokenDisputeInput(g));
        if (result.success) return;
        expect(result.error).toBeInstanceOf(TimelineError);
        expect(unfrozen(result.error.issues)).toEqual([]);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = safeParseDate(text);
        if (!result.success) expect(unfrozen(result.error.issues)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('does not freeze the issues a caller hands to TimelineError', () => {
    const issue = { code: 'missing-field' as const, path: ['title'], message: 'title is required' };
    const error = new TimelineError([issue]);
    expect(unfrozen(error.issues)).toEqual([]);
    expect(frozen(issue)).toEqual([]);
  });
});

describe('ordering is total and stable (property)', () => {
  /** Where an event falls: earliest instant, then precision, then id — the documented timeline order. */
  function key(dispute: Dispute, event: Dispute['events'][number]): [number, number, string] {
    const { date } = event;
    const parsed =
      typeof date === 'string'
        ? parseDate(date, { timeZone: dispute.timeZone ?? 'UTC' })
        : parseDate(date.value, { timeZone: date.timeZone });
    return [parsed.earliest, DATE_PRECISIONS.indexOf(parsed.precision), event.id];
  }

  it('sorts events strictly by earliest instant, then precision, then id', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const dispute = valid(randomDisputeInput(g));
        const keys = dispute.events.map((event) => key(dispute, event));
        for (let i = 1; i < keys.length; i++) {
          const [a, b] = [keys[i - 1], keys[i]] as [[number, number, string], [number, number, string]];
          const ascending = a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
          expect(ascending, `${JSON.stringify(a)} before ${JSON.stringify(b)}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('gives the same order however the events are shuffled, and sorting twice changes nothing', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const input = randomDisputeInput(g);
        const events = input.events ?? [];
        const shuffled = g(fc.shuffledSubarray, [...events], {
          minLength: events.length,
          maxLength: events.length,
        });
        const order = valid(input).events.map((event) => event.id);
        const again = valid({ ...input, events: shuffled });
        expect(again.events.map((event) => event.id)).toEqual(order);
        expect(parseDispute(again).events.map((event) => event.id)).toEqual(order);
        expect(
          editDispute(again)
            .build()
            .events.map((event) => event.id),
        ).toEqual(order);
      }),
      RUNS,
    );
  });
});

describe('export → import is the identity (property)', () => {
  it('reads back what serializeDispute writes, at any indentation, and writes the same text again', () => {
    fc.assert(
      fc.property(fc.gen(), fc.constantFrom(0, 2, 4), (g, indent) => {
        const dispute = valid(randomDisputeInput(g));
        const text = serializeDispute(dispute, { indent });
        const back = parseDispute(text);
        expect(back).toStrictEqual(dispute);
        expect(serializeDispute(back, { indent })).toBe(text);
        expect(parseDispute(JSON.parse(text))).toStrictEqual(dispute);
      }),
      RUNS,
    );
  });
});
