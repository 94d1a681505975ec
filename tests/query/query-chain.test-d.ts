/**
 * The query chain's types, checked by the compiler (the `types` project; nothing here runs): a dispute's query
 * starts at a collection and keeps that collection's record type through every step, each step returns a query,
 * and the terminal methods give read-only answers typed by the collection.
 */
import {
  type Deadline,
  type Demand,
  type DemandResponse,
  type Dispute,
  type DisputeQuery,
  type Group,
  type Labelled,
  type Query,
  query,
  type TimelineEvent,
  type TimePredicate,
  type Truth,
} from 'dispute-timeline';
import { describe, expectTypeOf, it } from 'vitest';

declare const dispute: Dispute;

describe('the query chain', () => {
  it('starts at a dispute and picks a collection, each typed by its records', () => {
    expectTypeOf(query).parameters.toEqualTypeOf<[Dispute]>();
    expectTypeOf(query(dispute)).toEqualTypeOf<DisputeQuery>();
    expectTypeOf(query(dispute).events()).toEqualTypeOf<Query<TimelineEvent>>();
    expectTypeOf(query(dispute).demands()).toEqualTypeOf<Query<Demand>>();
    expectTypeOf(query(dispute).responses()).toEqualTypeOf<Query<DemandResponse>>();
    expectTypeOf(query(dispute).deadlines()).toEqualTypeOf<Query<Deadline>>();
  });

  it('keeps the record type through every step', () => {
    const events = query(dispute).events();
    expectTypeOf(events.before('2015-12-30')).toEqualTypeOf<Query<TimelineEvent>>();
    expectTypeOf(events.after(new Date(0)).on({ date: '2015-07' })).toEqualTypeOf<Query<TimelineEvent>>();
    expectTypeOf(events.between('2015-07', '2015-12').within(30, 'before', '2015-12-30')).toEqualTypeOf<
      Query<TimelineEvent>
    >();
    expectTypeOf(events.relate('during', '2015').inForce('2015-11-30')).toEqualTypeOf<Query<TimelineEvent>>();
    expectTypeOf(
      events.byActor('pta').byActorKind('regulator').byRole('party').byKind('statement').byService('bes'),
    ).toEqualTypeOf<Query<TimelineEvent>>();
    expectTypeOf(events.bySource('src').byDemand('dem').byConfidence('confirmed', 'reported')).toEqualTypeOf<
      Query<TimelineEvent>
    >();
    expectTypeOf(events.certain().possible().uncertain()).toEqualTypeOf<Query<TimelineEvent>>();
    expectTypeOf(query(dispute).deadlines().before('2016')).toEqualTypeOf<Query<Deadline>>();
  });

  it('gives read-only answers typed by the collection', () => {
    const deadlines = query(dispute).deadlines();
    expectTypeOf(deadlines.toArray()).toEqualTypeOf<readonly Deadline[]>();
    expectTypeOf(deadlines.toLabelled()).toEqualTypeOf<readonly Labelled<Deadline>[]>();
    expectTypeOf(deadlines.toLabelled()[0]!.truth).toEqualTypeOf<'yes' | 'maybe'>();
    expectTypeOf(deadlines.first()).toEqualTypeOf<Deadline | undefined>();
    expectTypeOf(deadlines.count()).toEqualTypeOf<number>();
    expectTypeOf(deadlines.groupBy('month')).toEqualTypeOf<readonly Group<Deadline>[]>();
    expectTypeOf(deadlines.groupBy('kind')[0]!.items).toEqualTypeOf<readonly Deadline[]>();
    expectTypeOf(deadlines.countBy('actor')).toEqualTypeOf<Readonly<Record<string, number>>>();

    // Type-checked, never called: the answers cannot be changed.
    const change = () => {
      // @ts-expect-error: a query's array is read-only
      deadlines.toArray().push(deadlines.first()!);
      // @ts-expect-error: a group's key is read-only
      deadlines.groupBy('month')[0]!.key = 'other';
      // @ts-expect-error: a count by key is read-only
      deadlines.countBy('month')['2015-12'] = 0;
    };
    expectTypeOf(change).toBeFunction();
  });

  it('takes a test of the collection’s own records, answering a boolean or a truth, or a time predicate', () => {
    const events = query(dispute).events();
    // The record's parameter is annotated: a TimePredicate is callable too, so TypeScript infers no parameter type
    // for a bare arrow function here.
    expectTypeOf(events.where((event: TimelineEvent) => event.kind === 'statement')).toEqualTypeOf<
      Query<TimelineEvent>
    >();
    expectTypeOf(events.where((): Truth => 'maybe')).toEqualTypeOf<Query<TimelineEvent>>();
    expectTypeOf<TimePredicate>().toExtend<Parameters<typeof events.where>[0]>();

    // Type-checked, never called.
    const wrong = () => {
      // @ts-expect-error: a deadline's test is not an event's
      events.where((deadline: Deadline) => deadline.due === '2015-12-30');
      // @ts-expect-error: a test answers a boolean or a truth, not a string
      events.where(() => 'yes please');
      // @ts-expect-error: group keys are actor, month and kind
      events.groupBy('year');
      // @ts-expect-error: an event kind is one of the model's kinds
      events.byKind('rumour');
      // @ts-expect-error: a direction is before or after
      events.within(30, 'around', '2015-12-30');
    };
    expectTypeOf(wrong).toBeFunction();
  });
});
