/**
 * Large documents crafted to make a careless validator slow: long extension chains, membership graphs full of
 * back edges, ids repeated or never declared, many events. The linearity tests and the benchmark share them.
 * Each takes a size `n` and returns a dispute in its JSON form, as a plain value.
 */

type Json = Record<string, any>;

function header(): Json {
  return {
    id: 'crafted',
    title: 'A crafted case',
    timeZone: 'Asia/Karachi',
    actors: [
      { id: 'gov', name: 'Government', kind: 'government' },
      { id: 'co', name: 'Company', kind: 'company' },
    ],
    sources: [{ id: 'src', publisher: 'Publisher', url: 'https://example.org/' }],
    demands: [
      // Made before every deadline's day (from 2000 on): no deadline is due before the demand it is for.
      { id: 'dem', date: '1999-12-31', by: ['gov'], of: ['co'], subjects: ['other'], summary: 'A demand' },
    ],
  };
}

const day = (i: number) =>
  new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10);

/** `n` deadlines, each extending the next, and the last extending the first: one loop of length `n`. */
export function extensionLoop(n: number): Json {
  return {
    ...header(),
    deadlines: Array.from({ length: n }, (_, i) => ({
      id: `dl${i}`,
      due: day(i),
      setBy: ['gov'],
      demands: ['dem'],
      extends: `dl${(i + 1) % n}`,
    })),
  };
}

/** `n` deadlines in one valid chain, listed from the newest, so that a search starting at the first walks it all. */
export function extensionChain(n: number): Json {
  return {
    ...header(),
    deadlines: Array.from({ length: n }, (_, i) => ({
      id: `dl${i}`,
      // Each falls due after the one it extends: a day from 2000 on, never wrapping round.
      due: new Date(Date.UTC(2000, 0, 1) + (n - i) * 86_400_000).toISOString().slice(0, 10),
      setBy: ['gov'],
      demands: ['dem'],
      ...(i + 1 < n ? { extends: `dl${i + 1}` } : {}),
    })),
  };
}

/**
 * `n` actors in a ring of memberships, each also a member of `backEdges` actors before it: a depth-first search
 * goes `n` deep, then meets `n × backEdges` edges back into its own stack, each closing a cycle.
 */
export function membershipBackEdges(n: number, backEdges = 10): Json {
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    kind: 'person',
    memberships: [
      { organization: `a${(i + 1) % n}` },
      ...Array.from({ length: backEdges }, (_, k) => ({ organization: `a${Math.max(0, i - 1 - k * 7)}` })),
    ],
  }));
  return { ...header(), actors: [...header()['actors'], ...actors] };
}

/** `n` actors that all share one id. */
export function duplicateIds(n: number): Json {
  return {
    ...header(),
    actors: Array.from({ length: n }, (_, i) => ({ id: 'gov', name: `Government ${i}`, kind: 'government' })),
  };
}

/** `n / 10` events, each naming 10 actors, demands and deadlines that nobody declares. */
export function unknownReferences(n: number): Json {
  return {
    ...header(),
    events: Array.from({ length: Math.ceil(n / 10) }, (_, i) => ({
      id: `e${i}`,
      date: day(i),
      kind: 'statement',
      title: `Event ${i}`,
      actors: Array.from({ length: 10 }, (_, k) => `ghost-${i}-${k}`),
      demands: [`ghost-demand-${i}`],
      deadlines: [`ghost-deadline-${i}`],
      sources: [{ source: `ghost-source-${i}` }],
      confidence: 'confirmed',
    })),
  };
}

/** `n / 10` responses, each answering 10 demands that it predates. */
export function earlyResponses(n: number): Json {
  const demands = Array.from({ length: Math.ceil(n / 10) }, (_, i) => ({
    id: `d${i}`,
    date: '2015-07-24',
    by: ['gov'],
    of: ['co'],
    subjects: ['other'],
    summary: `Demand ${i}`,
  }));
  const responses = demands.map((_, i) => ({
    id: `r${i}`,
    date: '2014',
    by: ['co'],
    to: Array.from({ length: 10 }, (_, k) => `d${(i + k * 13) % demands.length}`),
    stance: 'refuse',
    summary: `Response ${i}`,
  }));
  return { ...header(), demands, responses };
}

/** A valid dispute with `n` events on `min(n, 9000)` days, some sharing a date, some with a date of their own zone. */
export function manyEvents(n: number): Json {
  return {
    ...header(),
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${n - i}`,
      date:
        i % 3 === 0
          ? { value: day(i * 7), timeZone: 'America/Toronto' }
          : i % 3 === 1
            ? day(i)
            : day(i).slice(0, 7),
      kind: 'statement',
      title: `Event ${i}`,
      actors: ['gov', 'co'],
      demands: ['dem'],
      sources: [{ source: 'src', quote: 'A quote' }],
      confidence: 'confirmed',
    })),
  };
}
