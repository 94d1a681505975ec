import {
  type ActorInput,
  createDispute,
  type DeadlineInput,
  type DemandInput,
  type DemandResponseInput,
  type Dispute,
  type DisputeBuilder,
  type TimelineEventInput,
} from 'dispute-timeline';

/** Options of {@link generateDispute}. */
export interface GenerateOptions {
  /** How many events to generate. */
  readonly events: number;
  /** Seed of the pseudo-random generator: the same seed gives the same dispute. Default 1. */
  readonly seed?: number;
  /** The dispute's time zone. Default `Asia/Karachi`. */
  readonly timeZone?: string;
}

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = [
  'demand',
  'notification',
  'order',
  'statement',
  'announcement',
  'response',
  'meeting',
  'report',
] as const;

/** Actors: a government with two ministries and a regulator (whose spokesman is a person), two companies. */
export const GENERATED_ACTORS: readonly ActorInput[] = [
  { id: 'gov', name: 'Government', kind: 'government', country: 'PK' },
  { id: 'interior', name: 'Ministry of Interior', kind: 'ministry', memberships: [{ organization: 'gov' }] },
  { id: 'it', name: 'Ministry of IT', kind: 'ministry', memberships: [{ organization: 'gov' }] },
  { id: 'pta', name: 'Regulator', kind: 'regulator', memberships: [{ organization: 'gov' }] },
  {
    id: 'spokesman',
    name: 'Spokesman',
    kind: 'person',
    memberships: [{ organization: 'pta', role: 'Spokesman' }],
  },
  { id: 'bb', name: 'BlackBerry', kind: 'company', country: 'CA' },
  {
    id: 'coo',
    name: 'COO',
    kind: 'person',
    memberships: [{ organization: 'bb', role: 'Chief Operating Officer' }],
  },
  { id: 'operators', name: 'Operators', kind: 'telecom-operator' },
];

const ACTOR_IDS = GENERATED_ACTORS.map((actor) => actor.id);

const DAY = 86_400_000;
const START = Date.UTC(2005, 0, 1);
const SPAN_DAYS = 365 * 12;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An EDTF date around a random day of 2005–2016, with a random precision and qualifier. */
export function randomDate(random: () => number): string {
  const day = new Date(START + Math.floor(random() * SPAN_DAYS) * DAY);
  const y = pad(day.getUTCFullYear(), 4);
  const m = pad(day.getUTCMonth() + 1);
  const d = pad(day.getUTCDate());
  const roll = random();
  if (roll < 0.7) return `${y}-${m}-${d}`;
  if (roll < 0.82) return `${y}-${m}`;
  if (roll < 0.85) return y;
  if (roll < 0.9) return `${y}-${m}-${d}T${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}`;
  if (roll < 0.94) return `${y}-${m}-${d}~`;
  if (roll < 0.96) return `${y}-${m}?`;
  if (roll < 0.98) return `${y}-${m}-XX`;
  const end = new Date(day.getTime() + Math.floor(random() * 90) * DAY);
  return `${y}-${m}-${d}/${pad(end.getUTCFullYear(), 4)}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
}

/** The records of a generated dispute other than its events: demands, responses and a chain of deadlines. */
export function generatedRecords(): {
  demands: DemandInput[];
  responses: DemandResponseInput[];
  deadlines: DeadlineInput[];
} {
  const demands: DemandInput[] = [
    {
      id: 'd-access',
      date: '2010-03-01',
      by: ['gov'],
      of: ['bb'],
      subjects: ['lawful-access'],
      services: ['BES'],
      summary: 'Access',
    },
    {
      id: 'd-shutdown',
      date: '2010-03',
      by: ['interior', 'pta'],
      of: ['operators'],
      subjects: ['service-suspension'],
      services: ['BES', 'BBM'],
      summary: 'Shut down',
    },
  ];
  const responses: DemandResponseInput[] = [
    {
      id: 'r-negotiate',
      date: '2010-04-02',
      by: ['bb'],
      to: ['d-access'],
      stance: 'negotiate',
      summary: 'Talks',
    },
    { id: 'r-refuse', date: '2010-09', by: ['bb', 'coo'], to: ['d-access'], stance: 'refuse', summary: 'No' },
  ];
  const deadlines: DeadlineInput[] = [
    {
      id: 'dl-1',
      due: '2010-08-31',
      setOn: '2010-03-01',
      setBy: ['pta'],
      demands: ['d-access', 'd-shutdown'],
      outcome: { kind: 'extended' },
    },
    {
      id: 'dl-2',
      due: '2010-10-31',
      setOn: '2010-08-30',
      setBy: ['pta'],
      demands: ['d-access', 'd-shutdown'],
      extends: 'dl-1',
      outcome: { kind: 'extended' },
    },
    {
      id: 'dl-3',
      due: '2011-01-31',
      setOn: '2010-10~',
      setBy: ['gov'],
      demands: ['d-access'],
      extends: 'dl-2',
    },
  ];
  return { demands, responses, deadlines };
}

/** One generated event: random date, kind, actors, demands and confidence. */
export function randomEvent(random: () => number, index: number): TimelineEventInput {
  const first = ACTOR_IDS[Math.floor(random() * ACTOR_IDS.length)] as string;
  const second = ACTOR_IDS[Math.floor(random() * ACTOR_IDS.length)] as string;
  const roll = random();
  return {
    id: `e${index}`,
    date: random() < 0.03 ? { value: randomDate(random), timeZone: 'America/Toronto' } : randomDate(random),
    kind: KINDS[Math.floor(random() * KINDS.length)] as (typeof KINDS)[number],
    title: `Event ${index}`,
    actors: first === second ? [first] : [first, second],
    ...(roll < 0.3 ? { demands: ['d-access'] } : roll < 0.4 ? { demands: ['d-shutdown'] } : {}),
    sources: [{ source: roll < 0.5 ? 'src-a' : 'src-b' }],
    confidence: roll < 0.6 ? 'confirmed' : roll < 0.9 ? 'reported' : 'unverified',
  };
}

/** A builder holding the generated dispute's actors, sources, demands, responses and deadlines, but no events. */
export function generatedBuilder(timeZone = 'Asia/Karachi'): DisputeBuilder {
  const { demands, responses, deadlines } = generatedRecords();
  return createDispute({ id: 'generated', title: 'A generated dispute', timeZone })
    .actor(...GENERATED_ACTORS)
    .source({ id: 'src-a', publisher: 'A' }, { id: 'src-b', publisher: 'B' })
    .demand(...demands)
    .response(...responses)
    .deadline(...deadlines);
}

/** The events of a generated dispute, in generation (not timeline) order. */
export function generateEvents(count: number, seed = 1): TimelineEventInput[] {
  const random = randomGenerator(seed);
  const events: TimelineEventInput[] = new Array(count);
  for (let i = 0; i < count; i++) events[i] = randomEvent(random, i);
  return events;
}

/**
 * A validated dispute with `events` random events, built through the public builder. Dates are day-precise for
 * most events, with months, years, times, approximate and uncertain days, unspecified days and intervals mixed in.
 */
export function generateDispute(options: GenerateOptions): Dispute {
  const events = generateEvents(options.events, options.seed ?? 1);
  let builder = generatedBuilder(options.timeZone);
  // One batch per 10,000 events: push(...) of a million arguments would overflow the stack.
  for (let i = 0; i < events.length; i += 10_000) builder = builder.event(...events.slice(i, i + 10_000));
  return builder.build();
}
