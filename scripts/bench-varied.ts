/**
 * A second shape of data for the benchmark, beside `generateDispute`'s: what a research script's own event set
 * looks like when it was not made by this library. 50 actors (organizations and their members), dates of mixed
 * precision spread over 20 years of days (2000–2019): days, months, years, times to the minute and to the second,
 * times with a written offset, approximate and uncertain dates, unspecified days, intervals, sets; a tenth of
 * the events in a zone of their own, some with daylight saving time. Far more of its date texts are distinct than
 * the generator's (times to the second over 20 years), so it is what a first build pays at its worst.
 */

/** A small seeded pseudo-random generator (mulberry32): numbers in [0, 1). */
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

const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);
const SPAN_DAYS = 365 * 20 + 5;
const KINDS = [
  'demand',
  'order',
  'statement',
  'announcement',
  'response',
  'meeting',
  'report',
  'negotiation',
];
const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayText = (time: number) => {
  const day = new Date(time);
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
};

function randomDate(random: () => number): string {
  const time = START + Math.floor(random() * SPAN_DAYS) * DAY;
  const day = dayText(time);
  const month = day.slice(0, 7);
  const clock = () => `${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}`;
  const roll = random();
  if (roll < 0.45) return day;
  if (roll < 0.55) return month;
  if (roll < 0.58) return day.slice(0, 4);
  if (roll < 0.7) return `${day}T${clock()}`;
  if (roll < 0.78) return `${day}T${clock()}:${pad(Math.floor(random() * 60))}`;
  if (roll < 0.82) return `${day}T${clock()}${random() < 0.5 ? 'Z' : '+05:30'}`;
  if (roll < 0.86) return `${day}${random() < 0.5 ? '~' : '?'}`;
  if (roll < 0.88) return `${month}~`;
  if (roll < 0.9) return `${month}-XX`;
  if (roll < 0.92) return `[${day},${dayText(time + DAY)}]`;
  return `${day}/${dayText(time + Math.floor(random() * 200) * DAY)}`;
}

/** The JSON text of a dispute of `events` events in that shape, the same for the same seed. */
export function variedDisputeText(events: number, seed = 1): string {
  const random = randomGenerator(seed);
  const actors: Record<string, unknown>[] = [];
  for (let i = 0; i < 50; i++) {
    if (i % 5 === 0) actors.push({ id: `org-${i}`, name: `Organization ${i}`, kind: 'government' });
    else
      actors.push({
        id: `member-${i}`,
        name: `Member ${i}`,
        kind: 'person',
        memberships: [{ organization: `org-${i - (i % 5)}`, role: 'Officer' }],
      });
  }
  const sources = Array.from({ length: 20 }, (_, i) => ({ id: `s-${i}`, publisher: `Publisher ${i}` }));
  const list: Record<string, unknown>[] = new Array(events);
  for (let i = 0; i < events; i++) {
    const date = randomDate(random);
    const zone = random() < 0.1 ? ZONES[i % ZONES.length] : undefined;
    const first = `${actors[Math.floor(random() * 50)]?.['id']}`;
    const second = `${actors[Math.floor(random() * 50)]?.['id']}`;
    list[i] = {
      id: `ev-${i.toString(36)}`,
      date: zone === undefined ? date : { value: date, timeZone: zone },
      kind: KINDS[Math.floor(random() * KINDS.length)],
      title: `Event ${i}`,
      actors: first === second ? [first] : [first, second],
      sources: [{ source: `s-${Math.floor(random() * 20)}` }],
      confidence: random() < 0.7 ? 'confirmed' : 'reported',
    };
  }
  return JSON.stringify({
    id: 'varied',
    title: 'A dispute of varied dates',
    timeZone: 'Europe/London',
    actors,
    sources,
    events: list,
  });
}
