import {
  ALLEN_RELATIONS,
  type AllenRelation,
  type DateValue,
  type Dispute,
  type Query,
  query,
  relate,
  TimelineError,
  type Truth,
} from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heavyRuns } from '../support/runs.js';
import { ACTOR_IDS, dateValue, KINDS, randomDispute, SERVICES } from './arbitraries.js';
import {
  type AnyRecord,
  type Collection,
  concerns,
  dateOf,
  involved,
  naiveAfter,
  naiveAnd,
  naiveBefore,
  naiveInside,
  naiveMembers,
  naiveSort,
  recordDate,
  shiftDays,
  wallClock,
} from './reference.js';

type Ref = { readonly id: string } | { readonly value: DateValue };
type Step =
  | { readonly type: 'before' | 'after' | 'on'; readonly ref: Ref }
  | { readonly type: 'between'; readonly start: Ref; readonly end: Ref }
  | {
      readonly type: 'within';
      readonly days: number;
      readonly direction: 'before' | 'after';
      readonly ref: Ref;
    }
  | { readonly type: 'relate'; readonly relation: AllenRelation; readonly ref: Ref }
  | { readonly type: 'actor'; readonly actor: string; readonly members: boolean }
  | { readonly type: 'kind'; readonly kind: string }
  | { readonly type: 'service'; readonly service: string }
  | { readonly type: 'source'; readonly source: string }
  | { readonly type: 'demand'; readonly demand: string }
  | { readonly type: 'confidence'; readonly confidence: 'confirmed' | 'reported' | 'unverified' }
  | { readonly type: 'role'; readonly role: string }
  | { readonly type: 'actor-kind'; readonly kind: 'government' | 'regulator' | 'person' | 'company' };

const COLLECTIONS: readonly Collection[] = ['events', 'demands', 'responses', 'deadlines'];
type Mode = 'certain' | 'possible' | 'uncertain';

function randomRef(g: fc.GeneratorValue, dispute: Dispute): Ref {
  const ids = [...dispute.demands, ...dispute.deadlines, ...dispute.events, ...dispute.responses].map(
    (r) => r.id,
  );
  if (ids.length > 0 && g(fc.integer, { min: 0, max: 3 }) === 0) return { id: g(fc.constantFrom, ...ids) };
  return { value: g(() => dateValue) };
}

function randomStep(g: fc.GeneratorValue, dispute: Dispute): Step {
  const type = g(
    fc.constantFrom,
    'before',
    'after',
    'on',
    'between',
    'within',
    'relate',
    'actor',
    'kind',
    'service',
    'source',
    'demand',
    'confidence',
    'role',
    'actor-kind',
  );
  switch (type) {
    case 'before':
    case 'after':
    case 'on':
      return { type, ref: randomRef(g, dispute) };
    case 'between':
      return { type, start: randomRef(g, dispute), end: randomRef(g, dispute) };
    case 'within':
      return {
        type,
        days: g(fc.integer, { min: 0, max: 90 }),
        direction: g(fc.constantFrom, 'before', 'after'),
        ref: randomRef(g, dispute),
      };
    case 'relate':
      return { type, relation: g(fc.constantFrom, ...ALLEN_RELATIONS), ref: randomRef(g, dispute) };
    case 'actor':
      return { type, actor: g(fc.constantFrom, ...ACTOR_IDS), members: g(fc.boolean) };
    case 'kind':
      return { type, kind: g(fc.constantFrom, ...KINDS, 'deadline') };
    case 'service':
      return { type, service: g(fc.constantFrom, ...SERVICES, 'bes', 'none') };
    case 'source':
      return { type, source: g(fc.constantFrom, 's1', 's2') };
    case 'demand':
      return { type, demand: g(fc.constantFrom, ...dispute.demands.map((d) => d.id)) };
    case 'confidence':
      return { type, confidence: g(fc.constantFrom, 'confirmed', 'reported', 'unverified') };
    case 'role':
      return { type, role: g(fc.constantFrom, 'Spokesman', 'coo', 'Chairman') };
    default:
      return { type: 'actor-kind', kind: g(fc.constantFrom, 'government', 'regulator', 'person', 'company') };
  }
}

function refOf(ref: Ref): DateValue {
  return 'id' in ref ? ref.id : ref.value;
}

function resolve(dispute: Dispute, ref: Ref, zone: string) {
  if ('value' in ref) return dateOf(ref.value, zone);
  const record = [...dispute.demands, ...dispute.deadlines, ...dispute.events, ...dispute.responses].find(
    (r) => r.id === ref.id,
  ) as AnyRecord;
  return recordDate(record, zone);
}

function applyStep<T>(q: Query<T>, step: Step): Query<T> {
  switch (step.type) {
    case 'before':
      return q.before(refOf(step.ref));
    case 'after':
      return q.after(refOf(step.ref));
    case 'on':
      return q.on(refOf(step.ref));
    case 'between':
      return q.between(refOf(step.start), refOf(step.end));
    case 'within':
      return q.within(step.days, step.direction, refOf(step.ref));
    case 'relate':
      return q.relate(step.relation, refOf(step.ref));
    case 'actor':
      return q.byActor(step.actor, { members: step.members });
    case 'kind':
      return q.byKind(step.kind as never);
    case 'service':
      return q.byService(step.service);
    case 'source':
      return q.bySource(step.source);
    case 'demand':
      return q.byDemand(step.demand);
    case 'confidence':
      return q.byConfidence(step.confidence);
    case 'role':
      return q.byRole(step.role);
    case 'actor-kind':
      return q.byActorKind(step.kind);
  }
}

/** The reference answer of one step for one record: plain comparisons and lookups. */
function naiveStep(dispute: Dispute, collection: Collection, record: AnyRecord, step: Step): Truth {
  const zone = dispute.timeZone ?? 'UTC';
  const d = recordDate(record, zone);
  const yes = (b: boolean): Truth => (b ? 'yes' : 'no');
  switch (step.type) {
    case 'before':
      return naiveBefore(d, resolve(dispute, step.ref, zone));
    case 'after':
      return naiveAfter(d, resolve(dispute, step.ref, zone));
    case 'on': {
      const ref = resolve(dispute, step.ref, zone);
      return naiveInside(d, ref.earliest, ref.latest);
    }
    case 'between':
      return naiveInside(
        d,
        resolve(dispute, step.start, zone).earliest,
        resolve(dispute, step.end, zone).latest,
      );
    case 'within': {
      const ref = resolve(dispute, step.ref, zone);
      // A window that holds no instant (0 days before or after an exact instant) holds nothing: the conjunction
      // of two maybes would not see that the two conditions cannot both hold.
      if (step.direction === 'before') {
        const from = shiftDays(ref.earliest, -step.days, zone);
        if (from > ref.latest - 1) return 'no';
        return naiveAnd(naiveBefore(d, ref), naiveInside(d, from, Infinity));
      }
      const to = shiftDays(ref.latest, step.days, zone);
      if (ref.earliest + 1 > to) return 'no';
      return naiveAnd(naiveAfter(d, ref), naiveInside(d, -Infinity, to));
    }
    case 'relate':
      return relate(d, resolve(dispute, step.ref, zone), step.relation);
    case 'actor': {
      const members = step.members ? naiveMembers(dispute, step.actor) : new Set([step.actor]);
      return yes(involved(record, collection).some((a) => members.has(a)));
    }
    case 'kind':
      return yes(
        (collection === 'events' ? (record as Dispute['events'][number]).kind : collection.slice(0, -1)) ===
          step.kind,
      );
    case 'service':
      return yes(
        concerns(record, collection).some((id) =>
          (dispute.demands.find((dm) => dm.id === id)?.services ?? []).some(
            (s) => s.toLowerCase() === step.service.toLowerCase(),
          ),
        ),
      );
    case 'source':
      return yes(
        ((record as { sources?: readonly { source: string }[] }).sources ?? []).some(
          (c) => c.source === step.source,
        ),
      );
    case 'demand':
      return yes(concerns(record, collection).includes(step.demand));
    case 'confidence':
      return yes(
        collection === 'events' && (record as Dispute['events'][number]).confidence === step.confidence,
      );
    case 'role':
      return yes(
        involved(record, collection).some((id) =>
          (dispute.actors.find((a) => a.id === id)?.memberships ?? []).some(
            (m) => m.role?.toLowerCase() === step.role.toLowerCase(),
          ),
        ),
      );
    case 'actor-kind':
      return yes(
        involved(record, collection).some(
          (id) => dispute.actors.find((a) => a.id === id)?.kind === step.kind,
        ),
      );
  }
}

function keeps(mode: Mode, truth: Truth): boolean {
  return mode === 'certain' ? truth === 'yes' : mode === 'possible' ? truth !== 'no' : truth === 'maybe';
}

function monthKey(d: ReturnType<typeof recordDate>): string {
  const month = (instant: number) => {
    if (!Number.isFinite(instant)) return '..';
    const w = wallClock(instant, d.timeZone);
    return `${String(w.y).padStart(4, '0')}-${String(w.m).padStart(2, '0')}`;
  };
  const first = month(d.earliest);
  const last = month(d.latest);
  return first === last ? first : `${first}/${last}`;
}

function spanIsBackwards(dispute: Dispute, steps: readonly Step[]): boolean {
  const zone = dispute.timeZone ?? 'UTC';
  return steps.some(
    (s) =>
      s.type === 'between' && resolve(dispute, s.start, zone).earliest > resolve(dispute, s.end, zone).latest,
  );
}

describe('query chain against a naive filter', () => {
  it('returns, counts, labels and groups exactly the records a plain filter over parsed dates keeps', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const dispute = randomDispute(g);
        const collection = g(fc.constantFrom, ...COLLECTIONS) as (typeof COLLECTIONS)[number];
        const steps = Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, () => randomStep(g, dispute));
        const mode = g(fc.constantFrom, 'certain', 'possible', 'uncertain') as Mode;
        const zone = dispute.timeZone ?? 'UTC';

        const start = query(dispute)[collection]() as Query<AnyRecord>;
        if (spanIsBackwards(dispute, steps)) {
          expect(() => steps.reduce(applyStep, start)).toThrow(TimelineError);
          return;
        }
        const built = steps.reduce(applyStep, start);
        const q =
          mode === 'certain' ? built.certain() : mode === 'possible' ? built.possible() : built.uncertain();

        const records = naiveSort(dispute[collection] as readonly AnyRecord[], (r) => recordDate(r, zone));
        const answers = records.map((record) => ({
          record,
          truth: naiveAnd(...steps.map((step) => naiveStep(dispute, collection, record, step))),
        }));
        const expected = answers.filter((a) => keeps(mode, a.truth)).map((a) => a.record.id);

        expect(q.toArray().map((r) => r.id)).toEqual(expected);
        expect(q.count()).toBe(expected.length);
        expect(q.first()?.id).toBe(expected[0]);
        expect(q.toLabelled().map(({ item, truth }) => [item.id, truth])).toEqual(
          answers.filter((a) => a.truth !== 'no').map((a) => [a.record.id, a.truth]),
        );

        const kept = answers.filter((a) => keeps(mode, a.truth)).map((a) => a.record);
        const groups = (keyOf: (r: AnyRecord) => readonly string[]) => {
          const map = new Map<string, string[]>();
          for (const r of kept) for (const k of new Set(keyOf(r))) map.set(k, [...(map.get(k) ?? []), r.id]);
          return [...map].map(([key, ids]) => ({ key, ids }));
        };
        const ours = (key: 'actor' | 'kind' | 'month') =>
          q.groupBy(key).map((gr) => ({ key: gr.key, ids: gr.items.map((r) => r.id) }));
        expect(ours('actor')).toEqual(groups((r) => involved(r, collection)));
        expect(ours('kind')).toEqual(
          groups((r) => [
            collection === 'events' ? (r as Dispute['events'][number]).kind : collection.slice(0, -1),
          ]),
        );
        expect(ours('month')).toEqual(groups((r) => [monthKey(recordDate(r, zone))]));
        expect(q.countBy('kind')).toEqual(
          Object.fromEntries(ours('kind').map((gr) => [gr.key, gr.ids.length])),
        );
      }),
      heavyRuns(200),
    );
  });

  it('counts by binary search exactly as many records as a scan finds, in every match mode', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const dispute = randomDispute(g);
        const ref = refOf(randomRef(g, dispute));
        const selection = g(fc.constantFrom, 'none', 'actor', 'kind');
        let base = query(dispute).events();
        if (selection === 'actor') base = base.byActor(g(fc.constantFrom, ...ACTOR_IDS));
        if (selection === 'kind') base = base.byKind(g(fc.constantFrom, ...KINDS));
        const steps = [
          base.before(ref),
          base.after(ref),
          base.on(ref),
          base.within(g(fc.integer, { min: 0, max: 60 }), 'before', ref),
          base.within(g(fc.integer, { min: 0, max: 60 }), 'after', ref),
          base,
        ];
        for (const step of steps) {
          for (const q of [step.certain(), step.possible(), step.uncertain()]) {
            expect(q.count()).toBe(q.toArray().length);
          }
        }
      }),
      heavyRuns(150),
    );
  });
});
