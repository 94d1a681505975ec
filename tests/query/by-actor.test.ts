/**
 * Selecting by actor on disputes built every way the builder reads events: in place (parseDispute of JSON text),
 * copied (the builder's calls, which share lists of actors between events), and through the schema (an event
 * whose fields are not in the schema's order, which the fast reader leaves to it). The selection reads the numbers
 * validation gave each event's actors, and an event's own list where it gave none: both must agree with a filter.
 */
import { createDispute, type Dispute, parseDispute, query, type TimelineEvent } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { minimalInput } from '../builder/fixtures.js';

const LISTS = [['co'], ['reg'], ['gov', 'co'], ['co', 'reg'], ['gov'], ['co', 'gov', 'reg']];

/** Events on varied days naming varied lists of actors; every fifth with its fields in an order of its own. */
function events(): Record<string, unknown>[] {
  return Array.from({ length: 60 }, (_, i) => {
    const date = `2015-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const actors = [...(LISTS[(i * 7) % LISTS.length] as string[])];
    const fields = {
      id: `ev-${i}`,
      date,
      kind: 'statement',
      title: `Event ${i}`,
      actors,
      sources: [{ source: 'src' }],
      confidence: 'confirmed',
    };
    if (i % 5 !== 0) return fields;
    const { id, ...rest } = fields;
    return { ...rest, id };
  });
}

function inPlace(): Dispute {
  return parseDispute(JSON.stringify({ ...minimalInput(), events: events() }));
}

function copied(): Dispute {
  const input = minimalInput();
  return createDispute({ id: input.id, title: input.title, timeZone: 'Asia/Karachi' })
    .actor(...(input.actors ?? []))
    .source(...(input.sources ?? []))
    .demand(...(input.demands ?? []))
    .response(...(input.responses ?? []))
    .deadline(...(input.deadlines ?? []))
    .event(...(events() as never[]))
    .build();
}

/**
 * 1,500 events copied by the builder, nearly every one naming its own pair of 40 actors: past 1,000 lists the
 * reader stops sharing lists that are seldom found again, and numbers each event's list as it resolves it.
 */
function manyLists(): Dispute {
  const input = minimalInput();
  const actors = Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'company' }));
  const many = Array.from({ length: 1500 }, (_, i) => ({
    id: `ev-${i}`,
    date: `2015-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    kind: 'statement',
    title: `Event ${i}`,
    actors:
      i % 7 === 0
        ? ['gov']
        : [`a${i % 40}`, `a${(i + 1 + (Math.floor(i / 40) % 39)) % 40}`, ...(i % 3 === 0 ? ['co'] : [])],
    sources: [{ source: 'src' }],
    confidence: 'confirmed',
  }));
  return createDispute({ id: input.id, title: input.title })
    .actor(...(input.actors ?? []), ...(actors as never[]))
    .source(...(input.sources ?? []))
    .event(...(many as never[]))
    .build();
}

/**
 * 9,000 events read in place naming 4,950 different pairs of 100 actors, each pair in both orders, and some one
 * actor alone: a list of actor numbers for each event, a pair and its reverse told apart.
 */
function manyListsInPlace(): Dispute {
  const actors = Array.from({ length: 100 }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    kind: 'company',
  }));
  const pairs: string[][] = [];
  for (let a = 0; a < 100; a++) for (let b = a + 1; b < 100; b++) pairs.push([`a${a}`, `a${b}`]);
  const many = Array.from({ length: 9_000 }, (_, i) => {
    const pair = pairs[(i * 7919) % pairs.length] as string[];
    return {
      id: `ev-${i}`,
      date: `2015-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      kind: 'statement',
      title: `Event ${i}`,
      actors: i % 11 === 0 ? ['gov'] : i % 2 === 0 ? pair : [...pair].reverse(),
      sources: [{ source: 'src' }],
      confidence: 'confirmed',
    };
  });
  const { actors: own = [], ...rest } = minimalInput();
  return parseDispute(JSON.stringify({ ...rest, actors: [...own, ...actors], events: many }));
}

const ids = (list: readonly TimelineEvent[]) => list.map((event) => event.id);
const naming = (dispute: Dispute, actors: readonly string[]) =>
  ids(dispute.events.filter((event) => event.actors.some((actor) => actors.includes(actor))));

describe.each([
  ['read in place', inPlace],
  ['copied by the builder', copied],
  ['copied by the builder, each event naming its own list', manyLists],
  ['read in place, each event naming its own list', manyListsInPlace],
])('byActor on a dispute %s', (_how, build) => {
  it('keeps the events of the actor and of its members, in timeline order', () => {
    const dispute = build();
    // `reg` is a member of `gov`.
    expect(ids(query(dispute).events().byActor('gov').toArray())).toEqual(naming(dispute, ['gov', 'reg']));
    expect(query(dispute).events().byActor('gov').count()).toBe(naming(dispute, ['gov', 'reg']).length);
  });

  it('keeps only the actor’s own events when members are left out', () => {
    const dispute = build();
    const named = ['a3', 'a39', 'a98'].filter((id) => dispute.actors.some((actor) => actor.id === id));
    for (const actor of named)
      expect(ids(query(dispute).events().byActor(actor).toArray())).toEqual(naming(dispute, [actor]));
    expect(ids(query(dispute).events().byActor('gov', { members: false }).toArray())).toEqual(
      naming(dispute, ['gov']),
    );
    expect(ids(query(dispute).events().byActor('co').toArray())).toEqual(naming(dispute, ['co']));
  });

  it('answers the same after another facet has grouped the events', () => {
    const dispute = build();
    query(dispute).events().byKind('statement').count();
    const before = new Set(query(dispute).events().before('2015-07-01').toArray());
    const reg = new Set(naming(dispute, ['reg']));
    expect(ids(query(dispute).events().byActor('reg').before('2015-07-01').toArray())).toEqual(
      ids(dispute.events.filter((event) => reg.has(event.id) && before.has(event))),
    );
  });
});
