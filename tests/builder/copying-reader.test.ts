import {
  createDispute,
  type DisputeBuilder,
  parseDispute,
  safeParseDispute,
  serializeDispute,
  updateDispute,
} from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable } from '../../src/builder/id-table.js';
import { randomDisputeInput } from '../reliability/arbitraries.js';
import { heavyRuns } from '../support/runs.js';
import { minimalInput, plainEvent } from './fixtures.js';

type Mutable = any;

/** The minimal dispute's builder with its actors and sources, ready for events. */
function base(): DisputeBuilder {
  const input = minimalInput();
  return createDispute({ id: 'case', title: 'A case' })
    .actor(...input.actors!)
    .source(...input.sources!);
}

/** Builds the same input through a builder, one record a call, as a research script would. */
function buildOneByOne(input: object): ReturnType<DisputeBuilder['safeBuild']> {
  const { actors, sources, demands, responses, deadlines, events, claims, ...header } = input as Mutable;
  let builder = createDispute(header);
  const add = (method: keyof DisputeBuilder, list: unknown) => {
    if (Array.isArray(list)) for (const record of list) builder = (builder as Mutable)[method](record);
  };
  add('actor', actors);
  add('source', sources);
  add('demand', demands);
  add('response', responses);
  add('deadline', deadlines);
  add('event', events);
  add('claim', claims);
  return builder.safeBuild();
}

describe('a build copies each event as it checks it', () => {
  it("copies the events past its first thousand, made by their shapes' literals, as it copies the first ones", () => {
    const events = Array.from({ length: 1500 }, (_, i) => ({
      ...plainEvent(`e${i}`),
      ...(i % 2 === 0 ? { description: `event ${i}` } : {}),
      ...(i % 3 === 0 ? { tags: ['t', `tag-${i % 7}`] } : {}),
      ...(i % 5 === 0 ? { sequence: i % 4 } : {}),
    }));
    const { actors, sources } = minimalInput();
    // The caller's objects are copied as they are checked; the same JSON as text is read in place.
    const built = parseDispute({ id: 'case', title: 'A case', actors, sources, events });
    const parsed = parseDispute(JSON.stringify({ id: 'case', title: 'A case', actors, sources, events }));
    expect(serializeDispute(built)).toBe(serializeDispute(parsed));
    expect(Object.keys(built.events.find((event) => event.id === 'e1499') ?? {})).toEqual([
      'id',
      'date',
      'kind',
      'title',
      'actors',
      'sources',
      'confidence',
    ]);
    expect(Object.keys(built.events.find((event) => event.id === 'e1200') ?? {})).toEqual([
      'id',
      'date',
      'kind',
      'title',
      'description',
      'actors',
      'sources',
      'confidence',
      'tags',
      'sequence',
    ]);
    expect(built.events.every((event) => Object.isFrozen(event))).toBe(true);
  });

  it('gives the same dispute or the same issues as parsing the same JSON (property)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const input = randomDisputeInput(g);
        const built = buildOneByOne(input);
        const parsed = safeParseDispute(JSON.parse(JSON.stringify(input)));
        expect(built.success).toBe(parsed.success);
        if (built.success && parsed.success)
          expect(serializeDispute(built.data)).toBe(serializeDispute(parsed.data));
        if (!built.success && !parsed.success) expect(built.error.issues).toEqual(parsed.error.issues);
      }),
      heavyRuns(60),
    );
  });

  it('reads a getter of an event that fails its checks once, and reports the value it read', () => {
    let reads = 0;
    const event = { ...plainEvent('e1'), extra: 1 } as Mutable;
    Object.defineProperty(event, 'title', {
      enumerable: true,
      get: () => (reads++ === 0 ? '' : 'A title'),
    });
    const result = base()
      .event(event as never)
      .safeBuild();
    expect(reads).toBe(1);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`).sort()).toEqual([
        'too-small events.0.title',
        'unknown-field events.0.extra',
      ]);
  });

  it('reads each field of a citation once when the citation is not valid', () => {
    const reads = new Map<PropertyKey, number>();
    const citation = new Proxy(
      { source: 'src', quote: '' },
      {
        get(target, key, receiver) {
          reads.set(key, (reads.get(key) ?? 0) + 1);
          return Reflect.get(target, key, receiver);
        },
      },
    );
    const result = base()
      .event({ ...plainEvent('e1'), sources: [citation] } as never)
      .safeBuild();
    expect(result.success).toBe(false);
    expect(Object.fromEntries(reads)).toEqual({ source: 1, quote: 1 });
  });
});

describe('events that give the same citations', () => {
  it('share one frozen list, and a change to one event through updateDispute leaves the other as it was', () => {
    const dispute = base()
      .event(plainEvent('e1') as never, plainEvent('e2') as never)
      .build();
    const [first, second] = dispute.events;
    expect(first?.sources).toBe(second?.sources);
    expect(Object.isFrozen(first?.sources)).toBe(true);
    const changed = updateDispute(dispute, (draft) => {
      draft.events[0]?.sources.push({ source: 'src', quote: 'a quote' } as Mutable);
    });
    expect(changed.events[0]?.sources).toHaveLength(2);
    expect(changed.events[1]?.sources).toEqual([{ source: 'src' }]);
    expect(dispute.events[0]?.sources).toEqual([{ source: 'src' }]);
  });

  it('are read the same whether their lists are shared or, when most lists differ, copied', () => {
    const input = minimalInput() as Mutable;
    input.actors.push(
      ...Array.from({ length: 120 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'person' })),
    );
    // 12,000 events, every one naming its own pair of actors: after 10,000 lists not found, sharing stops.
    input.events = Array.from({ length: 12_000 }, (_, i) => ({
      ...plainEvent(`e${i}`),
      actors: [`a${i % 120}`, `a${Math.floor(i / 120) % 120}`],
    }));
    input.events[11_999].actors = ['a1', 'nobody'];
    const result = buildOneByOne(input);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual([
        'unknown-reference events.11999.actors.1',
      ]);
    input.events[11_999].actors = ['a1', 'a2'];
    const built = buildOneByOne(input);
    expect(built.success && serializeDispute(built.data)).toBe(serializeDispute(parseDispute(input)));
  });

  it('share one list per pair when thousands of pairs recur, though the first thousand events find few of them', () => {
    const input = minimalInput() as Mutable;
    input.actors.push(
      ...Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'person' })),
    );
    // Fifty actors in 2,500 ordered pairs, each pair named by eight events 2,500 apart.
    input.events = Array.from({ length: 20_000 }, (_, i) => ({
      ...plainEvent(`e${String(i).padStart(5, '0')}`),
      actors: [`a${i % 50}`, `a${Math.floor(i / 50) % 50}`],
    }));
    const built = buildOneByOne(input);
    expect(built.success).toBe(true);
    if (!built.success) return;
    const { events } = built.data;
    for (const at of [0, 999, 2_499, 17_499]) {
      expect(events[at + 2_500]?.actors).toEqual(events[at]?.actors);
      expect(events[at + 2_500]?.actors).toBe(events[at]?.actors);
    }
    expect(Object.isFrozen(events[19_999]?.actors)).toBe(true);
  });
});

describe('a reference to a record whose own id is not valid', () => {
  it('is reported on every event that gives it, as the schema reports it, whether lists are shared or copied', () => {
    const input = minimalInput() as Mutable;
    input.actors.push(
      { id: 'bad actor', name: 'Bad', kind: 'person' },
      ...Array.from({ length: 120 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'person' })),
    );
    input.sources.push({ id: 'bad source', publisher: 'Bad' });
    // The first events share their lists; after 10,000 lists not found (each event naming its own pair), lists
    // are copied.
    input.events = Array.from({ length: 12_000 }, (_, i) => ({
      ...plainEvent(`e${i}`),
      actors: [`a${i % 120}`, `a${Math.floor(i / 120) % 120}`],
    }));
    // Each event gives one bad reference: any other issue would send it to the schema whatever its lists.
    for (const at of [0, 1, 11_997, 11_998]) input.events[at].actors = ['reg', 'bad actor'];
    for (const at of [2, 3, 11_999]) input.events[at].sources = [{ source: 'bad source' }];
    const result = buildOneByOne(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const found = result.error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
    expect(found).toEqual(
      (safeParseDispute(JSON.parse(JSON.stringify(input))) as Mutable).error.issues.map(
        (issue: Mutable) => `${issue.code} ${issue.path.join('.')}`,
      ),
    );
    for (const at of [0, 1, 11_997, 11_998]) expect(found).toContain(`invalid-id events.${at}.actors.1`);
    for (const at of [2, 3, 11_999]) expect(found).toContain(`invalid-id events.${at}.sources.0.source`);
  });
});

describe('the table of event ids', () => {
  const ids = Array.from({ length: 5_000 }, (_, i) => `id-${i}`);

  it('returns the index an id was first added with, and nothing for a new id', () => {
    const table = new IdTable(ids.length, (i) => ids[i] as string);
    ids.forEach((id, i) => {
      expect(table.add(id, i)).toBeUndefined();
    });
    expect(table.add('id-42', 9_999)).toBe(42);
    expect(table.get('id-4999')).toBe(4_999);
    expect(table.get('id-5000')).toBeUndefined();
    expect(table.size).toBe(5_000);
    expect(table.values()).toEqual(ids);
  });

  it('keeps every answer when it holds more ids than it was sized for and moves them into a map', () => {
    const table = new IdTable(10, (i) => ids[i] as string);
    ids.forEach((id, i) => {
      expect(table.add(id, i)).toBeUndefined();
    });
    expect(table.add('id-7', 1)).toBe(7);
    expect(table.get('id-4321')).toBe(4_321);
    expect(table.size).toBe(5_000);
    expect(table.values()).toEqual(ids);
  });

  it('answers a batch as adding its ids one at a time would, before and after it moves into a map (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 64 }),
        (batches, expected) => {
          const given: string[] = [];
          const table = new IdTable(expected, (i) => given[i] as string);
          const reference = new Map<string, number>();
          for (const batch of batches) {
            const ids = batch.map((n) => `id-${n}`);
            const indices = ids.map((id) => given.push(id) - 1);
            const earlier: number[] = [];
            table.addAll(ids, indices, ids.length, earlier);
            const wanted = ids.map((id, k) => {
              const known = reference.get(id);
              if (known === undefined) reference.set(id, indices[k] as number);
              return known ?? -1;
            });
            expect(earlier.slice(0, ids.length)).toEqual(wanted);
          }
          expect(table.size).toBe(reference.size);
          for (const [id, index] of reference) expect(table.get(id)).toBe(index);
        },
      ),
    );
  });

  it('lists duplicates and schema issues in the events’ order across batches of ids, a record’s id first', () => {
    const input = minimalInput() as Mutable;
    input.events = Array.from({ length: 700 }, (_, i) => plainEvent(`e${i}`));
    input.events[10] = plainEvent('e3');
    input.events[299] = { ...plainEvent('e299'), kind: 'no such kind' };
    input.events[300] = plainEvent('e10');
    input.events[301] = { ...plainEvent('e4'), kind: 'no such kind' };
    input.events[520] = plainEvent('reg');
    input.events[521] = plainEvent('reg');
    input.events[699] = plainEvent('e0');
    const result = safeParseDispute(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      const found = result.error.issues.map((one) => `${one.code} ${one.path.join('.')} ${one.message}`);
      expect(found.filter((line) => !line.includes('.kind '))).toEqual([
        'duplicate-id events.10.id id "e3" is already used by events[3]',
        'duplicate-id events.301.id id "e4" is already used by events[4]',
        'duplicate-id events.520.id id "reg" is already used by actors[1]',
        'duplicate-id events.521.id id "reg" is already used by actors[1]',
        'duplicate-id events.699.id id "e0" is already used by events[0]',
      ]);
      expect(found.map((line) => line.split(' ')[1])).toEqual([
        'events.10.id',
        'events.299.kind',
        'events.301.id',
        'events.301.kind',
        'events.520.id',
        'events.521.id',
        'events.699.id',
      ]);
    }
  });

  it('reports every duplicate of a dispute whose events all share one id, naming the first', () => {
    const input = minimalInput() as Mutable;
    input.events = Array.from({ length: 2_000 }, () => plainEvent('same'));
    const result = buildOneByOne(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(1_999);
      expect(result.error.issues[0]?.message).toBe('id "same" is already used by events[0]');
    }
  });
});

describe('builders appending into shared segments', () => {
  it('give each branch exactly the records appended along its own path (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.nat(3)), { minLength: 1, maxLength: 40 }), (steps) => {
        // Each step appends 1–3 events to one of the builders made so far: a tree of branches.
        const builders: { builder: DisputeBuilder; ids: string[] }[] = [{ builder: base(), ids: [] }];
        steps.forEach(([from, count], step) => {
          const parent = builders[from % builders.length] as (typeof builders)[number];
          const added = Array.from({ length: count + 1 }, (_, i) => `s${step}-${i}`);
          builders.push({
            builder: parent.builder.event(...(added.map(plainEvent) as never[])),
            ids: [...parent.ids, ...added],
          });
        });
        for (const { builder, ids } of builders)
          expect(
            builder
              .build()
              .events.map((event) => event.id)
              .sort(),
          ).toEqual([...ids].sort());
      }),
      heavyRuns(50),
    );
  });
});
