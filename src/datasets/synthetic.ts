import { fail } from '../_lib/issues.js';
import { createDispute } from '../builder/builder.js';
import type { ActorInput } from '../model/actor.js';
import type { DeadlineInput } from '../model/deadline.js';
import type { DemandInput } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import type { TimelineEventInput } from '../model/event.js';
import type { DemandResponseInput } from '../model/response.js';
import type { SourceInput } from '../model/source.js';

/**
 * Options of {@link generateDispute}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { generateDispute, type GenerateDisputeOptions } from 'dispute-timeline/datasets';
 * const options: GenerateDisputeOptions = { events: 100, seed: 7 };
 * generateDispute(options).events.length;
 * //=> 100
 * ```
 */
export interface GenerateDisputeOptions {
  /** How many events to generate (0 to 1,000,000). */
  readonly events: number;
  /** Seed of the pseudo-random generator: the same seed gives the same dispute. Default 1. */
  readonly seed?: number;
  /** The dispute's time zone, in which dates without their own zone are read. Default `Asia/Karachi`. */
  readonly timeZone?: string;
}

/** A small, fast, seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENT_KINDS = [
  'demand',
  'notification',
  'order',
  'statement',
  'announcement',
  'response',
  'meeting',
  'report',
] as const;

/** Zones an event may carry as its own, beside the dispute's. */
const EVENT_ZONES = ['America/Toronto', 'Europe/London', 'Asia/Kolkata', 'UTC'] as const;

/** Actors every generated dispute has: a government with two ministries and a regulator, a company and operators. */
const CORE_ACTORS: readonly ActorInput[] = [
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
  { id: 'bb', name: 'Company', kind: 'company', country: 'CA' },
  {
    id: 'coo',
    name: 'Chief Operating Officer',
    kind: 'person',
    memberships: [{ organization: 'bb', role: 'Chief Operating Officer' }],
  },
  { id: 'operators', name: 'Operators', kind: 'telecom-operator' },
];

const DAY = 86_400_000;
const START = Date.UTC(2005, 0, 1);
const SPAN_DAYS = 365 * 12;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function dayText(time: number): string {
  const day = new Date(time);
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** An EDTF date around a random day of 2005–2016: mostly days, with months, years, times, qualifiers, intervals. */
function randomDate(random: () => number): string {
  const time = START + Math.floor(random() * SPAN_DAYS) * DAY;
  const day = dayText(time);
  const month = day.slice(0, 7);
  const roll = random();
  if (roll < 0.7) return day;
  if (roll < 0.82) return month;
  if (roll < 0.85) return day.slice(0, 4);
  if (roll < 0.9) return `${day}T${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}`;
  if (roll < 0.94) return `${day}~`;
  if (roll < 0.96) return `${month}?`;
  if (roll < 0.98) return `${month}-XX`;
  return `${day}/${dayText(time + Math.floor(random() * 90) * DAY)}`;
}

/** The records other than events: actors, sources, demands, responses and chains of extended deadlines. */
function otherRecords(events: number) {
  const extraActors = Math.min(2_000, Math.ceil(events / 500));
  const actors: ActorInput[] = [...CORE_ACTORS];
  for (let i = 0; i < extraActors; i++) {
    const organization = i % 3 === 0;
    actors.push(
      organization
        ? { id: `org-${i}`, name: `Organization ${i}`, kind: 'civil-society' }
        : {
            id: `person-${i}`,
            name: `Person ${i}`,
            kind: 'person',
            memberships: [{ organization: i % 2 === 0 ? 'pta' : 'bb', role: 'Officer' }],
          },
    );
  }
  const sources: SourceInput[] = [];
  for (let i = 0; i < 8; i++) sources.push({ id: `src-${i}`, publisher: `Publisher ${i}` });
  const chains = 1 + Math.ceil(events / 20_000);
  const demands: DemandInput[] = [];
  const responses: DemandResponseInput[] = [];
  const deadlines: DeadlineInput[] = [];
  for (let c = 0; c < chains; c++) {
    const year = 2005 + (c % 11);
    const demandId = `d-${c}`;
    demands.push({
      id: demandId,
      date: `${year}-03-01`,
      by: c % 2 === 0 ? ['gov'] : ['interior', 'pta'],
      of: c % 2 === 0 ? ['bb'] : ['operators'],
      subjects: [c % 2 === 0 ? 'lawful-access' : 'service-suspension'],
      services: c % 2 === 0 ? ['BES'] : ['BES', 'BBM'],
      summary: `Demand ${c}`,
    });
    responses.push({
      id: `r-${c}`,
      date: c % 3 === 0 ? { value: `${year}-04-02`, timeZone: 'America/Toronto' } : `${year}-04`,
      by: ['bb'],
      to: [demandId],
      stance: c % 2 === 0 ? 'negotiate' : 'refuse',
      summary: `Response ${c}`,
    });
    // A chain of one to four deadlines, each extending the one before, two months apart.
    const length = 1 + (c % 4);
    for (let k = 0; k < length; k++) {
      const id = `dl-${c}-${k}`;
      deadlines.push({
        id,
        due: `${year}-${pad(5 + 2 * k)}-${k === 2 ? '15' : '28'}`,
        setOn: k === 0 ? `${year}-03-01` : `${year}-${pad(4 + 2 * k)}`,
        setBy: [k % 2 === 0 ? 'pta' : 'gov'],
        demands: [demandId],
        ...(k > 0 ? { extends: `dl-${c}-${k - 1}` } : {}),
        ...(k < length - 1 ? { outcome: { kind: 'extended' as const } } : {}),
      });
    }
  }
  return { actors, sources, demands, responses, deadlines };
}

/**
 * Generates a synthetic dispute of any size, for tests and benchmarks: the same options always give the same
 * dispute. Its events are dated mostly to the day, with months, years, times of day, approximate and uncertain
 * dates, unspecified days and intervals mixed in, a few in zones of their own; they involve many actors
 * (organizations and people who are members of them), cite sources and concern demands whose deadlines form
 * chains of extensions. The records are made up: nothing in them is a fact.
 *
 * @category Datasets
 * @param options - how many events, the seed, the dispute's time zone
 * @returns the dispute, built and validated like any other
 * @throws TimelineError `invalid-argument` when `events` is not a whole number from 0 to 1,000,000
 *
 * @example
 * ```ts
 * import { generateDispute } from 'dispute-timeline/datasets';
 * const dispute = generateDispute({ events: 1_000, seed: 42 });
 * dispute.events.length;
 * //=> 1000
 * // The same seed gives the same dispute:
 * generateDispute({ events: 1_000, seed: 42 }).events[0]?.id === dispute.events[0]?.id;
 * //=> true
 * dispute.deadlines.filter((deadline) => deadline.extends !== undefined).length > 0;
 * //=> true
 * ```
 */
export function generateDispute(options: GenerateDisputeOptions): Dispute {
  const count = (options as Partial<GenerateDisputeOptions> | null)?.events;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1_000_000) {
    fail('invalid-argument', ['options', 'events'], 'events is a whole number from 0 to 1,000,000', count);
  }
  const random = randomGenerator(options.seed ?? 1);
  const { actors, sources, demands, responses, deadlines } = otherRecords(count);
  const events: TimelineEventInput[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const first = (actors[Math.floor(random() * actors.length)] as ActorInput).id;
    const second = (actors[Math.floor(random() * actors.length)] as ActorInput).id;
    const roll = random();
    const chain = Math.floor(random() * demands.length);
    const date = randomDate(random);
    const zone = random() < 0.03 ? EVENT_ZONES[i % EVENT_ZONES.length] : undefined;
    events[i] = {
      id: `e${i}`,
      date: zone === undefined ? date : { value: date, timeZone: zone },
      kind: EVENT_KINDS[Math.floor(random() * EVENT_KINDS.length)] as (typeof EVENT_KINDS)[number],
      title: `Event ${i}`,
      actors: first === second ? [first] : [first, second],
      ...(roll < 0.4 ? { demands: [`d-${chain}`] } : {}),
      ...(roll < 0.05 ? { deadlines: [`dl-${chain}-0`] } : {}),
      sources: [{ source: `src-${Math.floor(roll * 8)}` }],
      confidence: roll < 0.6 ? 'confirmed' : roll < 0.9 ? 'reported' : 'unverified',
    };
  }
  let builder = createDispute({
    id: 'synthetic',
    title: 'A synthetic dispute',
    summary: 'Generated records for tests and benchmarks; nothing in them is a fact.',
    timeZone: options.timeZone ?? 'Asia/Karachi',
  })
    .actor(...actors)
    .source(...sources)
    .demand(...demands)
    .response(...responses)
    .deadline(...deadlines);
  // Batches of 10,000: spreading a million arguments into one call would overflow the stack.
  for (let i = 0; i < count; i += 10_000) builder = builder.event(...events.slice(i, i + 10_000));
  return builder.build();
}
