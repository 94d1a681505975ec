/**
 * Queries at a million events, each beside the naive code a researcher would write without the library, measured
 * in the same run: read the ratios, not the absolute times (these machines are noisy). Run with `npm run bench`.
 *
 * - The "naive, parsing each date" baselines are `events.filter(...)` with `parseDate` on every event, the way the
 *   issue puts it: `events.filter(e => isBefore(e.date, deadline))`.
 * - The "naive, dates parsed beforehand" baselines get every date parsed once, outside the timing: the fastest
 *   a full scan can be. The library answers from indexes built on the first query of a dispute, which the
 *   "first query" group measures on its own.
 * - The builder group appends events one call at a time, beside immer's `produce` and an array spread doing the
 *   same: both copy the list on each append, so they are quadratic, where the builder's append is constant.
 */
import {
  createDispute,
  type DateValue,
  type Dispute,
  type ParsedDate,
  query,
  type TimelineEvent,
  type TimelineEventInput,
} from 'dispute-timeline';
import { produce } from 'immer';
import { bench, describe } from 'vitest';
import { dateOf as naiveDateOf } from '../query/reference.js';
import { generateDispute, generatedBuilder, generateEvents } from './generate.js';

const EVENTS = 1_000_000;
/** Few samples for the baselines that take a second each: enough for a ratio, and the whole file stays minutes. */
const SLOW = { iterations: 5, warmupIterations: 1, time: 0 } as const;

const dispute = generateDispute({ events: EVENTS });
const zone = dispute.timeZone ?? 'UTC'; // the generated dispute names Asia/Karachi; UTC is the library's default
const deadline = dispute.deadlines.find((one) => one.id === 'dl-1');
if (deadline === undefined) throw new Error('the generated dispute has no deadline dl-1');

/** A date read as the naive reference of the query tests reads it: in the dispute's zone unless it names its own. */
const dateOf = (value: DateValue): ParsedDate => naiveDateOf(value, zone);

const due = dateOf(deadline.due);
const parsed: readonly ParsedDate[] = dispute.events.map((event) => dateOf(event.date));

/** Ids of the actors a query by `gov` with its members matches: the government, its ministries and their people. */
const GOVERNMENT = new Set(['gov', 'interior', 'it', 'pta', 'spokesman']);
const byGovernment = (event: TimelineEvent) => event.actors.some((actor) => GOVERNMENT.has(actor));

const DAY = 86_400_000;
/**
 * The last 30 days before the deadline, as the library reads them: from the same wall-clock time 30 days before
 * the deadline's day begins (Pakistan kept no daylight saving in 2010, so that is 30 × 24 hours) up to the day.
 */
const windowStart = due.earliest - 30 * DAY;

// Each group checks once that library and baselines agree, so that a ratio never compares different answers.
function agree(name: string, ...answers: number[]): void {
  if (answers.some((answer) => answer !== answers[0])) throw new Error(`${name}: answers differ: ${answers}`);
}

agree(
  'before',
  query(dispute).events().before(deadline).count(),
  dispute.events.filter((event) => dateOf(event.date).latest < due.earliest).length,
);

describe(`count the events certainly before a deadline, ${EVENTS.toLocaleString('en')} events`, () => {
  bench('query(dispute).events().before(deadline).count()', () => {
    query(dispute).events().before(deadline).count();
  });
  bench('naive, dates parsed beforehand: parsed.filter(...).length', () => {
    parsed.filter((date) => date.latest < due.earliest).length;
  });
  bench(
    'naive, parsing each date: events.filter(e => parseDate(e.date) before deadline).length',
    () => {
      dispute.events.filter((event) => dateOf(event.date).latest < due.earliest).length;
    },
    SLOW,
  );
});

agree(
  'byActor + before',
  query(dispute).events().byActor('gov', { members: true }).before(deadline).count(),
  dispute.events.filter((event, i) => byGovernment(event) && (parsed[i] as ParsedDate).latest < due.earliest)
    .length,
);

describe(`count a government's events (with its members) before a deadline, ${EVENTS.toLocaleString('en')} events`, () => {
  bench("query(dispute).events().byActor('gov', { members: true }).before(deadline).count()", () => {
    query(dispute).events().byActor('gov', { members: true }).before(deadline).count();
  });
  bench('naive, dates parsed beforehand', () => {
    dispute.events.filter(
      (event, i) => byGovernment(event) && (parsed[i] as ParsedDate).latest < due.earliest,
    ).length;
  });
  bench(
    'naive, parsing each date',
    () => {
      dispute.events.filter((event) => byGovernment(event) && dateOf(event.date).latest < due.earliest)
        .length;
    },
    SLOW,
  );
});

/** Possibly within the window: the date's range overlaps it, and may fall before some instant of the deadline. */
const possiblyWithin = (date: ParsedDate) => date.latest >= windowStart && date.earliest < due.latest;

agree(
  'within',
  query(dispute).events().within(30, 'before', deadline).possible().count(),
  parsed.filter(possiblyWithin).length,
);

describe(`count the events possibly in the last 30 days before a deadline, ${EVENTS.toLocaleString('en')} events`, () => {
  bench("query(dispute).events().within(30, 'before', deadline).possible().count()", () => {
    query(dispute).events().within(30, 'before', deadline).possible().count();
  });
  bench('naive, dates parsed beforehand', () => {
    parsed.filter(possiblyWithin).length;
  });
  bench(
    'naive, parsing each date',
    () => {
      dispute.events.filter((event) => possiblyWithin(dateOf(event.date))).length;
    },
    SLOW,
  );
});

describe(`list (not just count) the events certainly before a deadline, ${EVENTS.toLocaleString('en')} events`, () => {
  bench('query(dispute).events().before(deadline).toArray()', () => {
    query(dispute).events().before(deadline).toArray();
  });
  bench('naive, dates parsed beforehand: events.filter(...)', () => {
    dispute.events.filter((_, i) => (parsed[i] as ParsedDate).latest < due.earliest);
  });
});

/**
 * The first query of a dispute builds its indexes, and a bench repeats its function: so each call takes a dispute
 * no query has seen from a pool built beforehand. The bench takes exactly SAMPLES timed samples, with no warmup;
 * tinybench also calls the function once, untimed, before the warmup loop and before the timed loop (to learn
 * whether it is async), hence two disputes more.
 */
const FRESH = 100_000;
const SAMPLES = 6;
const POOL = SAMPLES + 2;
const pool: Dispute[] = Array.from({ length: POOL }, (_, seed) =>
  generateDispute({ events: FRESH, seed: seed + 1 }),
);
const poolParsed: ParsedDate[][] = [];
let nextFresh = 0;
let nextParse = 0;
function freshDispute(): Dispute {
  const next = pool[nextFresh++];
  if (next === undefined)
    throw new Error('the pool of fresh disputes is used up: more samples than disputes');
  return next;
}
const ONCE = { iterations: SAMPLES, time: 0, warmupIterations: 0, warmupTime: 0 } as const;

describe(`first query of a dispute, building its indexes, ${FRESH.toLocaleString('en')} events`, () => {
  bench(
    "query(fresh).events().before('2010-08-31').count(), first call",
    () => {
      const fresh = freshDispute();
      query(fresh).events().before('2010-08-31').count();
    },
    ONCE,
  );
  bench(
    'naive, parsing each date once: one full scan',
    () => {
      const fresh = pool[nextParse++ % POOL] as Dispute;
      poolParsed.push(fresh.events.map((event) => dateOf(event.date)));
    },
    ONCE,
  );
});

const APPENDS = 10_000;
const inputs: readonly TimelineEventInput[] = generateEvents(APPENDS, 7);
const empty = createDispute({ id: 'appends', title: 'Appends', timeZone: 'Asia/Karachi' }).build();
/** immer's quadratic appends take seconds a sample: two samples are enough to see the ratio. */
const SLOWEST = { iterations: 2, warmupIterations: 0, warmupTime: 0, time: 0 } as const;

describe(`append ${APPENDS.toLocaleString('en')} events one call at a time`, () => {
  bench('builder.event(e) per event', () => {
    let builder = generatedBuilder();
    for (const input of inputs) builder = builder.event(input);
  });
  bench(
    'builder.event(e) per event, then build() (validates everything)',
    () => {
      let builder = generatedBuilder();
      for (const input of inputs) builder = builder.event(input);
      builder.build();
    },
    SLOW,
  );
  bench(
    'array spread: events = [...events, e] per event (no validation)',
    () => {
      let events: readonly unknown[] = [];
      for (const input of inputs) events = [...events, input];
    },
    SLOW,
  );
  bench(
    'immer: produce(dispute, draft => { draft.events.push(e) }) per event (no validation)',
    () => {
      let next: { readonly events: readonly unknown[] } = empty;
      for (const input of inputs) {
        next = produce(next, (draft: { events: unknown[] }) => {
          draft.events.push(input);
        });
      }
    },
    SLOWEST,
  );
});
