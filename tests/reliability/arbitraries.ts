/**
 * Random disputes for property tests: valid ones with every kind of record, every form of date and hostile
 * text, and broken variants of them. Draw them inside a property with `fc.gen()`:
 * `fc.property(fc.gen(), (g) => { const input = randomDisputeInput(g); … })`.
 */
import type { DisputeInput } from 'dispute-timeline';
import fc from 'fast-check';
import { ALL_POINT_FORMS, edtfPointIn, ZONES } from '../support/edtf.js';
import { HOSTILE_HTTP_URL, hostileText } from './hostile.js';

export { ZONES };

/** An EDTF point between 1990 and 2030, at any precision this library reads, with any qualifier. */
export const edtfPoint: fc.Arbitrary<string> = edtfPointIn({ min: 1990, max: 2030 }, ALL_POINT_FORMS, [
  '',
  '',
  '?',
  '~',
  '%',
]);

/** An EDTF date: mostly points, sometimes an interval with known, open or unknown ends. */
export const edtfDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: edtfPoint },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('', '..', 'known'),
      )
      .map(([year, span, end]) => `${year}/${end === 'known' ? year + span : end}`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1990, max: 2030 }).map((year) => `../${year}-06`) },
);

/** A date as the model takes it: a string read in the dispute's zone, or `{ value, timeZone }`. */
export const dateValue = fc.oneof(
  edtfDate,
  fc.record({ value: edtfDate, timeZone: fc.constantFrom(...ZONES) }),
);

/** Text for the text fields: plain, Unicode or hostile. */
export const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  hostileText,
);

// fc.gen() replays draws by the function that makes the arbitrary: each must be one stable reference.
const textArb = () => text;
const dateValueArb = () => dateValue;

/** A date after every `dateValue` (2031–2040, a point or an open-started interval), in the dispute's zone or its own. */
const laterDate = fc.oneof(
  fc.integer({ min: 2031, max: 2040 }).map(String),
  fc.integer({ min: 2031, max: 2040 }).map((year) => `${year}-06-30`),
  fc.integer({ min: 2031, max: 2040 }).map((year) => `../${year}`),
);
const laterDateValue = fc.oneof(
  laterDate,
  fc.record({ value: laterDate, timeZone: fc.constantFrom(...ZONES) }),
);
const laterDateValueArb = () => laterDateValue;

/** A random non-empty pick of `ids`, in a random order. */
function somePick(g: fc.GeneratorValue, ids: readonly string[], min = 1): string[] {
  return g(fc.shuffledSubarray, [...ids], { minLength: Math.min(min, ids.length), maxLength: ids.length });
}

/**
 * A valid dispute in its JSON form: 1–5 actors whose memberships point only at earlier actors (no loop),
 * 1–3 sources, up to 3 demands, responses and deadlines dated after 2030 (so never before what they answer or
 * are for), a chain of up to 3 deadlines each extending the one before (and due after it), up to 12 events and up to 3 claims.
 */
export function randomDisputeInput(g: fc.GeneratorValue): DisputeInput {
  const optional = <T>(arb: fc.Arbitrary<T>): T | undefined => g(fc.option, arb, { nil: undefined });
  const actorIds = Array.from({ length: g(fc.integer, { min: 1, max: 5 }) }, (_, i) => `actor-${i}`);
  const sourceIds = Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, (_, i) => `source-${i}`);
  const demandIds = Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, (_, i) => `demand-${i}`);
  const citations = () =>
    somePick(g, sourceIds).map((source) => ({
      source,
      ...(g(fc.boolean) ? { quote: g(textArb) } : {}),
    }));
  const kinds = ['government', 'regulator', 'company', 'person', 'court'] as const;
  const actors = actorIds.map((id, i) => ({
    id,
    name: g(textArb),
    kind: g(fc.constantFrom, ...kinds),
    ...(g(fc.boolean) ? { country: g(fc.constantFrom, 'PK', 'IN', 'CA', 'AE') } : {}),
    ...(i > 0 && g(fc.boolean)
      ? {
          memberships: somePick(g, actorIds.slice(0, i)).map((organization) => ({
            organization,
            role: 'member',
          })),
        }
      : {}),
  }));
  const sources = sourceIds.map((id) => ({
    id,
    publisher: g(textArb),
    ...(g(fc.boolean) ? { url: g(fc.constantFrom, 'https://example.org/report', HOSTILE_HTTP_URL) } : {}),
    ...(g(fc.boolean) ? { published: g(dateValueArb) } : {}),
  }));
  const demands = demandIds.map((id) => ({
    id,
    date: g(dateValueArb),
    by: somePick(g, actorIds),
    of: somePick(g, actorIds),
    subjects: ['lawful-access' as const],
    summary: g(textArb),
    ...(g(fc.boolean) ? { sources: citations() } : {}),
  }));
  const responseIds =
    demandIds.length === 0
      ? []
      : Array.from({ length: g(fc.integer, { min: 0, max: 2 }) }, (_, i) => `response-${i}`);
  const responses = responseIds.map((id) => ({
    id,
    date: `${g(fc.integer, { min: 2031, max: 2040 })}`,
    by: somePick(g, actorIds),
    to: somePick(g, demandIds),
    stance: g(fc.constantFrom, 'refuse', 'comply', 'negotiate') as 'refuse',
    summary: g(textArb),
  }));
  const deadlineIds =
    demandIds.length === 0
      ? []
      : Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, (_, i) => `deadline-${i}`);
  const deadlines = deadlineIds.map((id, i) => {
    const extension = i > 0 && g(fc.boolean);
    return {
      id,
      // After 2030, as responses are: never certainly due before the demands it is for. An extension falls due
      // after every date the deadline before it may have (2041 and later), as validation requires.
      due: extension ? `${2041 + i}` : g(laterDateValueArb),
      setBy: somePick(g, actorIds),
      demands: somePick(g, demandIds),
      ...(extension ? { extends: deadlineIds[i - 1] as string } : {}),
    };
  });
  const events = Array.from({ length: g(fc.integer, { min: 0, max: 12 }) }, (_, i) => ({
    id: `event-${i}`,
    date: g(dateValueArb),
    kind: g(fc.constantFrom, 'statement', 'demand', 'deadline', 'other') as 'statement',
    title: g(textArb),
    actors: somePick(g, actorIds, 0),
    ...(demandIds.length > 0 && g(fc.boolean) ? { demands: somePick(g, demandIds) } : {}),
    ...(responseIds.length > 0 && g(fc.boolean) ? { responses: somePick(g, responseIds) } : {}),
    ...(deadlineIds.length > 0 && g(fc.boolean) ? { deadlines: somePick(g, deadlineIds) } : {}),
    sources: citations(),
    confidence: g(fc.constantFrom, 'confirmed', 'reported', 'unverified') as 'confirmed',
    ...(g(fc.boolean) ? { tags: [g(textArb)] } : {}),
  }));
  const claims = Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, (_, i) => ({
    id: `claim-${i}`,
    topic: 'users',
    statement: g(textArb),
    ...(g(fc.boolean) ? { quantity: { low: g(fc.integer, { min: 0, max: 100 }), unit: 'users' } } : {}),
    ...(g(fc.boolean) ? { date: g(dateValueArb) } : {}),
    sources: citations(),
    confidence: 'reported' as const,
  }));
  const timeZone = optional(fc.constantFrom(...ZONES));
  return {
    id: 'random',
    title: g(textArb),
    ...(timeZone === undefined ? {} : { timeZone }),
    actors,
    sources,
    demands,
    responses,
    deadlines,
    events,
    claims,
  };
}

/** Junk to put where a field's value belongs. */
const junk = fc.oneof(
  fc.constantFrom(null, 0, -1, true, '', '2015-02-30', '2015-13', 'javascript:alert(1)', [], {}, ['x'], {
    polluted: true,
  }),
  fc.string({ maxLength: 10 }),
);

const junkArb = () => junk;

/**
 * The dispute broken in 1–3 places: a field of some record (or of the dispute) replaced by junk, removed,
 * or joined by an unknown or `__proto__` field.
 */
export function brokenDisputeInput(g: fc.GeneratorValue): Record<string, unknown> {
  const input = randomDisputeInput(g) as unknown as Record<string, unknown>;
  const changes = g(fc.integer, { min: 1, max: 3 });
  for (let i = 0; i < changes; i++) {
    const holders: Record<string, unknown>[] = [input];
    for (const value of Object.values(input))
      if (Array.isArray(value))
        for (const record of value)
          if (typeof record === 'object' && record !== null && !Array.isArray(record))
            holders.push(record as Record<string, unknown>);
    const holder = g(fc.constantFrom, ...holders);
    const keys = Object.keys(holder);
    const change = g(fc.constantFrom, 'replace', 'remove', 'add', 'proto');
    const key = g(fc.constantFrom, ...keys);
    if (change === 'replace') holder[key] = g(junkArb);
    else if (change === 'remove') delete holder[key];
    else if (change === 'add') holder[`unknown-${i}`] = g(junkArb);
    else
      Object.defineProperty(holder, '__proto__', {
        value: { polluted: true },
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return input;
}
