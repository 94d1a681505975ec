/**
 * Every selection by a facet (`byActorKind`, `byRole`, `byService`, `bySource`, `byDemand`, `byConfidence`,
 * `byKind`) on every dated collection keeps exactly the records a plain filter over the dispute keeps, written here
 * from the model's meaning of each facet (a demand's actors are its `by` and `of`, a record concerns the demands it
 * names and a demand itself, roles and services ignore case). Also: a count that must ask a set's members.
 */
import {
  ActorKindSchema,
  ConfidenceSchema,
  createDispute,
  type Deadline,
  type Demand,
  type DemandResponse,
  type Dispute,
  query,
  type TimelineEvent,
} from 'dispute-timeline';
import { generateDispute } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const dispute = generateDispute({ events: 600, seed: 7 });
type Collection = 'events' | 'demands' | 'responses' | 'deadlines';
type AnyRecord = TimelineEvent | Demand | DemandResponse | Deadline;
const COLLECTIONS: readonly Collection[] = ['events', 'demands', 'responses', 'deadlines'];

/** The actors a record involves, as the model defines them for each collection. */
function actorsOf(record: AnyRecord, collection: Collection): readonly string[] {
  if (collection === 'events') return (record as TimelineEvent).actors;
  if (collection === 'demands') return [...(record as Demand).by, ...(record as Demand).of];
  if (collection === 'responses') return (record as DemandResponse).by;
  return (record as Deadline).setBy;
}

/** The demands a record concerns; a demand concerns itself. */
function demandsOf(record: AnyRecord, collection: Collection): readonly string[] {
  if (collection === 'events') return (record as TimelineEvent).demands ?? [];
  if (collection === 'demands') return [record.id];
  if (collection === 'responses') return (record as DemandResponse).to;
  return (record as Deadline).demands;
}

const actorById = new Map(dispute.actors.map((actor) => [actor.id as string, actor]));
const demandById = new Map(dispute.demands.map((demand) => [demand.id as string, demand]));

function selected(collection: Collection, select: (q: ReturnType<typeof all>) => ReturnType<typeof all>) {
  const list = select(all(collection)).toArray() as readonly AnyRecord[];
  return list.map((record) => record.id).sort();
}
function all(collection: Collection) {
  const q = query(dispute);
  return (
    collection === 'events'
      ? q.events()
      : collection === 'demands'
        ? q.demands()
        : collection === 'responses'
          ? q.responses()
          : q.deadlines()
  ) as ReturnType<ReturnType<typeof query>['events']>;
}
function filtered(collection: Collection, keep: (record: AnyRecord) => boolean): string[] {
  return (dispute[collection] as readonly AnyRecord[])
    .filter(keep)
    .map((record) => record.id)
    .sort();
}

describe('a selection by a facet on every collection', () => {
  it('by actor kind keeps the records that involve an actor of that kind', () => {
    let found = 0;
    for (const collection of COLLECTIONS)
      for (const kind of ActorKindSchema.options) {
        const expected = filtered(collection, (record) =>
          actorsOf(record, collection).some((id) => actorById.get(id)?.kind === kind),
        );
        found += expected.length;
        expect(
          selected(collection, (q) => q.byActorKind(kind)),
          `${collection} ${kind}`,
        ).toEqual(expected);
      }
    expect(found).toBeGreaterThan(600);
  });

  it('by role keeps the records that involve an actor holding the role, whatever its case', () => {
    const roles = new Set(
      dispute.actors.flatMap((actor) =>
        (actor.memberships ?? []).flatMap((m) => (m.role === undefined ? [] : [m.role])),
      ),
    );
    expect(roles.size).toBeGreaterThan(1);
    let found = 0;
    for (const collection of COLLECTIONS)
      for (const role of roles) {
        const expected = filtered(collection, (record) =>
          actorsOf(record, collection).some((id) =>
            (actorById.get(id)?.memberships ?? []).some((m) => m.role?.toLowerCase() === role.toLowerCase()),
          ),
        );
        found += expected.length;
        for (const asked of [role, role.toUpperCase(), role.toLowerCase()])
          expect(
            selected(collection, (q) => q.byRole(asked)),
            `${collection} ${asked}`,
          ).toEqual(expected);
      }
    expect(found).toBeGreaterThan(0);
  });

  it('by service keeps the records that concern a demand for the service, whatever its case', () => {
    const services = new Set(dispute.demands.flatMap((demand) => demand.services ?? []));
    expect(services.size).toBeGreaterThan(1);
    for (const collection of COLLECTIONS)
      for (const service of services) {
        const expected = filtered(collection, (record) =>
          demandsOf(record, collection).some((id) =>
            (demandById.get(id)?.services ?? []).some((s) => s.toLowerCase() === service.toLowerCase()),
          ),
        );
        expect(expected.length, `${collection} ${service}`).toBeGreaterThan(0);
        for (const asked of [service, service.toLowerCase()])
          expect(
            selected(collection, (q) => q.byService(asked)),
            `${collection} ${asked}`,
          ).toEqual(expected);
      }
  });

  it('by source and by demand keep the records that cite the source or concern the demand', () => {
    for (const collection of COLLECTIONS) {
      for (const source of dispute.sources)
        expect(
          selected(collection, (q) => q.bySource(source.id)),
          `${collection} ${source.id}`,
        ).toEqual(
          filtered(collection, (record) => (record.sources ?? []).some((c) => c.source === source.id)),
        );
      for (const demand of dispute.demands)
        expect(
          selected(collection, (q) => q.byDemand(demand.id)),
          `${collection} ${demand.id}`,
        ).toEqual(filtered(collection, (record) => demandsOf(record, collection).includes(demand.id)));
    }
  });

  it('by confidence keeps events of the confidences given, and no other record', () => {
    for (const collection of COLLECTIONS)
      for (const confidence of ConfidenceSchema.options)
        expect(
          selected(collection, (q) => q.byConfidence(confidence)),
          `${collection} ${confidence}`,
        ).toEqual(
          collection === 'events'
            ? filtered(collection, (record) => (record as TimelineEvent).confidence === confidence)
            : [],
        );
  });

  it("by kind keeps a demand, response or deadline by its collection's name", () => {
    expect(selected('demands', (q) => q.byKind('demand'))).toEqual(filtered('demands', () => true));
    expect(selected('deadlines', (q) => q.byKind('deadline'))).toEqual(filtered('deadlines', () => true));
    expect(selected('responses', (q) => q.byKind('response'))).toEqual(filtered('responses', () => true));
    expect(selected('deadlines', (q) => q.byKind('demand'))).toEqual([]);
  });
});

describe('a count that must ask the members of a set', () => {
  const built: Dispute = createDispute({ id: 'sets', title: 'Sets', timeZone: 'UTC' })
    .actor({ id: 'gov', name: 'Government', kind: 'government' })
    .source({ id: 'src', publisher: 'A publisher' })
    .event({
      id: 'one-of',
      date: '[2015-12-01,2015-12-31]',
      kind: 'statement',
      title: 'One of two days',
      actors: ['gov'],
      sources: [{ source: 'src' }],
      confidence: 'reported',
    })
    .event({
      id: 'plain',
      date: '2015-12-15',
      kind: 'statement',
      title: 'A day',
      actors: ['gov'],
      sources: [{ source: 'src' }],
      confidence: 'reported',
    })
    .build();

  it('counts a set whose members all fall outside a window as no match, though its bounds straddle it', () => {
    const events = () => query(built).events().between('2015-12-10', '2015-12-20');
    expect(events().count()).toBe(1);
    expect(events().possible().count()).toBe(1);
    expect(events().uncertain().count()).toBe(0);
    expect(
      events()
        .possible()
        .toArray()
        .map((event) => event.id),
    ).toEqual(['plain']);
  });

  it('counts a set with one member inside a window as a possible match', () => {
    const events = () => query(built).events().between('2015-12-25', '2016-01-05');
    expect(events().count()).toBe(0);
    expect(events().possible().count()).toBe(1);
    expect(events().uncertain().count()).toBe(1);
  });
});
