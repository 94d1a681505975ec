/**
 * Random disputes for the query property tests, built through the public builder: dates at every precision the
 * library reads (centuries to minutes, offsets, `?`, `~`, `%`, unspecified days, intervals with known, open and
 * unknown ends, dates in another zone), clustered in 2014–2016 so that comparisons often overlap.
 */
import {
  createDispute,
  type DateValue,
  type DeadlineInput,
  type DemandInput,
  type DemandResponseInput,
  type Dispute,
  type TimelineEventInput,
} from 'dispute-timeline';
import fc from 'fast-check';
import { edtfPointIn, ZONES } from '../support/edtf.js';

export { ZONES };

/**
 * An EDTF point in `years`, at a random precision (days and months drawn most often, down to milliseconds, with
 * offsets east and west of UTC), sometimes qualified; month ends and 29 February come often.
 */
export function edtfPoint(
  years: { min: number; max: number } = { min: 2014, max: 2016 },
): fc.Arbitrary<string> {
  return edtfPointIn(
    years,
    [
      'decade',
      'year',
      'month',
      'month',
      'unspecified-day',
      'day',
      'day',
      'day',
      'minute',
      'second',
      'millisecond',
      'utc',
      'offset',
      'negative-offset',
    ],
    ['', '', '', '?', '~', '%'],
  );
}

/** Two days, the second no earlier than the first, as an interval with a known, open or unknown end. */
export const edtfInterval: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 3 * 365 }),
    fc.integer({ min: 0, max: 120 }),
    fc.constantFrom('known', 'known', 'open-end', 'unknown-end', 'open-start', 'unknown-start'),
  )
  .map(([offset, length, form]) => {
    const day = (n: number) => new Date(Date.UTC(2014, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const start = day(offset);
    const end = day(offset + length);
    switch (form) {
      case 'open-end':
        return `${start}/..`;
      case 'unknown-end':
        return `${start}/`;
      case 'open-start':
        return `../${end}`;
      case 'unknown-start':
        return `/${end}`;
      default:
        return `${start}/${end}`;
    }
  });

/** The due date of the first and second extension of a chain: in 2017 and 2018, after every first deadline's. */
const EXTENSION_DUE: readonly fc.Arbitrary<string>[] = [1, 2].map((k) =>
  edtfPointIn({ min: 2016 + k, max: 2016 + k }, ['year', 'month', 'day'], ['']),
);

/** An EDTF date: mostly points, sometimes intervals. */
export const edtfDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: edtfPoint() },
  { weight: 1, arbitrary: edtfInterval },
);

/** A date as the model takes it: read in the dispute's zone, or now and then in its own. */
export const dateValue: fc.Arbitrary<DateValue> = fc.oneof(
  { weight: 5, arbitrary: edtfDate },
  { weight: 1, arbitrary: fc.record({ value: edtfDate, timeZone: fc.constantFrom(...ZONES) }) },
);

/** The actors of every random dispute: a government with a ministry and a regulator, whose spokesman is a person. */
export const ACTORS = [
  { id: 'gov', name: 'Government', kind: 'government' },
  { id: 'ministry', name: 'Ministry', kind: 'ministry', memberships: [{ organization: 'gov' }] },
  { id: 'regulator', name: 'Regulator', kind: 'regulator', memberships: [{ organization: 'gov' }] },
  {
    id: 'spokesman',
    name: 'Spokesman',
    kind: 'person',
    memberships: [{ organization: 'regulator', role: 'Spokesman' }],
  },
  { id: 'company', name: 'Company', kind: 'company' },
  { id: 'coo', name: 'COO', kind: 'person', memberships: [{ organization: 'company', role: 'COO' }] },
  { id: 'operator', name: 'Operator', kind: 'telecom-operator' },
] as const;

export const ACTOR_IDS: readonly string[] = ACTORS.map((actor) => actor.id);
export const SERVICES = ['BES', 'BBM', 'BIS'] as const;
export const KINDS = [
  'demand',
  'order',
  'statement',
  'announcement',
  'response',
  'extension',
  'rescission',
  'agreement',
] as const;
export const SOURCES = ['s1', 's2'] as const;

const pick = <T>(g: fc.GeneratorValue, items: readonly T[], min = 1): T[] =>
  g(fc.shuffledSubarray, [...items], { minLength: Math.min(min, items.length), maxLength: items.length });

/**
 * A random valid dispute. Demands are made in 2014 (or less precisely), responses and deadlines fall in 2015–2016,
 * so no response is certainly dated before its demand.
 */
export function randomDispute(g: fc.GeneratorValue): Dispute {
  const timeZone = g(fc.constantFrom, ...ZONES);
  const demandCount = g(fc.integer, { min: 1, max: 3 });
  const demandDate = fc.oneof(edtfPoint({ min: 2014, max: 2014 }), fc.constant('2014'));
  const laterDate = fc.oneof(edtfPoint({ min: 2015, max: 2016 }), fc.constant('2015-06/2015-08'));
  const demands: DemandInput[] = Array.from({ length: demandCount }, (_, i) => ({
    id: `demand-${i}`,
    date: g(() => demandDate),
    by: pick(g, ['gov', 'ministry', 'regulator']),
    of: pick(g, ['company', 'operator']),
    subjects: ['lawful-access'],
    services: pick(g, SERVICES, 0),
    summary: `Demand ${i}`,
    ...(g(fc.boolean) ? { sources: [{ source: 's1' }] } : {}),
  }));
  const demandIds = demands.map((d) => d.id);
  const responses: DemandResponseInput[] = Array.from(
    { length: g(fc.integer, { min: 0, max: 4 }) },
    (_, i) => ({
      id: `response-${i}`,
      date: g(() => laterDate),
      by: pick(g, ['company', 'coo']),
      to: pick(g, demandIds),
      stance: g(
        fc.constantFrom,
        'comply',
        'refuse',
        'negotiate',
        'leave-market',
      ) as DemandResponseInput['stance'],
      summary: `Response ${i}`,
    }),
  );
  const deadlines: DeadlineInput[] = [];
  const chains = g(fc.integer, { min: 0, max: 2 });
  for (let c = 0; c < chains; c++) {
    const length = g(fc.integer, { min: 1, max: 3 });
    const chainDemands = pick(g, demandIds);
    for (let k = 0; k < length; k++) {
      // Set in 2014, due in 2015–2016: never certainly set after it fell due, nor due before its demand.
      const setOn = g(fc.option, demandDate, { nil: undefined });
      // An extension falls due after the deadline it extends: the k-th of a chain in 2016 + k.
      const due = k === 0 ? g(() => laterDate) : g(() => EXTENSION_DUE[k - 1] as fc.Arbitrary<string>);
      // Only the last of a chain ends otherwise than extended; an ending dated on the due day, when set on no stated day.
      const kind =
        k + 1 < length
          ? 'extended'
          : g(fc.constantFrom, 'met', 'missed', 'enforced', 'extended', 'rescinded');
      const on = k + 1 === length && setOn === undefined && g(fc.boolean) ? { on: due } : {};
      deadlines.push({
        id: `deadline-${c}-${k}`,
        due,
        ...(setOn === undefined ? {} : { setOn }),
        setBy: pick(g, ['gov', 'regulator']),
        demands: k === 0 ? chainDemands : pick(g, chainDemands),
        ...(k > 0 ? { extends: `deadline-${c}-${k - 1}` } : {}),
        ...(g(fc.boolean) ? { outcome: { kind, ...on } } : {}),
      } as DeadlineInput);
    }
  }
  const deadlineIds = deadlines.map((d) => d.id);
  const events: TimelineEventInput[] = Array.from({ length: g(fc.integer, { min: 0, max: 25 }) }, (_, i) => ({
    id: `event-${String(i).padStart(2, '0')}`,
    date: g(() => dateValue),
    kind: g(fc.constantFrom, ...KINDS),
    title: `Event ${i}`,
    actors: pick(g, ACTOR_IDS, 0),
    ...(g(fc.boolean) ? { demands: pick(g, demandIds) } : {}),
    ...(deadlineIds.length > 0 && g(fc.boolean) ? { deadlines: pick(g, deadlineIds) } : {}),
    sources: pick(g, SOURCES).map((source) => ({ source })),
    confidence: g(fc.constantFrom, 'confirmed', 'reported', 'unverified'),
  }));
  return createDispute({ id: 'random', title: 'A random dispute', timeZone })
    .actor(
      ...ACTORS.map((a) => ({ ...a, memberships: 'memberships' in a ? [...a.memberships] : undefined })).map(
        clean,
      ),
    )
    .source({ id: 's1', publisher: 'One' }, { id: 's2', publisher: 'Two' })
    .demand(...demands)
    .response(...responses)
    .deadline(...deadlines)
    .event(...events)
    .build();
}

function clean<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
