/**
 * The branded ids, checked by the compiler (the `types` project; nothing here runs): each kind of record has its
 * own id type, a string that no other kind's id and no unchecked string can stand in for; the records and their
 * references carry those types; and every function that takes an id takes its own kind or a plain string
 * literal, never another kind's. tests/model/named-types.test-d.ts checks the types against their schemas.
 */
import {
  type ActorId,
  ActorIdSchema,
  type ClaimId,
  type DeadlineId,
  type DemandId,
  type Dispute,
  type DisputeId,
  deadlineChain,
  type EventId,
  effectiveDeadline,
  eventsBefore,
  query,
  type ResponseId,
  responsesTo,
  type SourceId,
} from 'dispute-timeline';
import { describe, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';

declare const dispute: Dispute;

describe('the branded ids', () => {
  it('are strings', () => {
    expectTypeOf<ActorId>().toExtend<string>();
    expectTypeOf<SourceId>().toExtend<string>();
    expectTypeOf<DemandId>().toExtend<string>();
    expectTypeOf<ResponseId>().toExtend<string>();
    expectTypeOf<DeadlineId>().toExtend<string>();
    expectTypeOf<EventId>().toExtend<string>();
    expectTypeOf<ClaimId>().toExtend<string>();
    expectTypeOf<DisputeId>().toExtend<string>();
  });

  it('are not one another, nor any string', () => {
    expectTypeOf<string>().not.toExtend<ActorId>();
    expectTypeOf<ActorId>().not.toExtend<SourceId>();
    expectTypeOf<SourceId>().not.toExtend<DemandId>();
    expectTypeOf<DemandId>().not.toExtend<ResponseId>();
    expectTypeOf<ResponseId>().not.toExtend<DeadlineId>();
    expectTypeOf<DeadlineId>().not.toExtend<EventId>();
    expectTypeOf<EventId>().not.toExtend<ClaimId>();
    expectTypeOf<ClaimId>().not.toExtend<DisputeId>();
    expectTypeOf<DisputeId>().not.toExtend<ActorId>();
  });

  it('come from their schemas, and only from them', () => {
    expectTypeOf(ActorIdSchema.parse('pta')).toEqualTypeOf<ActorId>();
    expectTypeOf(z.parse(ActorIdSchema, 'pta')).toEqualTypeOf<ActorId>();
    // Type-checked, never called.
    const unchecked = () => {
      // @ts-expect-error: a string becomes an id by being checked
      const id: ActorId = 'pta';
      return id;
    };
    expectTypeOf(unchecked).toBeFunction();
  });
});

describe('a built dispute', () => {
  it('types each record’s id by its kind', () => {
    expectTypeOf(dispute.id).toEqualTypeOf<DisputeId>();
    expectTypeOf(dispute.actors[0]!.id).toEqualTypeOf<ActorId>();
    expectTypeOf(dispute.sources[0]!.id).toEqualTypeOf<SourceId>();
    expectTypeOf(dispute.demands[0]!.id).toEqualTypeOf<DemandId>();
    expectTypeOf(dispute.responses[0]!.id).toEqualTypeOf<ResponseId>();
    expectTypeOf(dispute.deadlines[0]!.id).toEqualTypeOf<DeadlineId>();
    expectTypeOf(dispute.events[0]!.id).toEqualTypeOf<EventId>();
    expectTypeOf(dispute.claims[0]!.id).toEqualTypeOf<ClaimId>();
  });

  it('types each reference by the kind of record it names', () => {
    const [demand] = dispute.demands;
    const [response] = dispute.responses;
    const [deadline] = dispute.deadlines;
    const [event] = dispute.events;
    expectTypeOf(demand!.by).toEqualTypeOf<readonly ActorId[]>();
    expectTypeOf(demand!.of).toEqualTypeOf<readonly ActorId[]>();
    expectTypeOf(response!.to).toEqualTypeOf<readonly DemandId[]>();
    expectTypeOf(deadline!.setBy).toEqualTypeOf<readonly ActorId[]>();
    expectTypeOf(deadline!.demands).toEqualTypeOf<readonly DemandId[]>();
    expectTypeOf(deadline!.extends).toEqualTypeOf<DeadlineId | undefined>();
    expectTypeOf(event!.actors).toEqualTypeOf<readonly ActorId[]>();
    expectTypeOf(event!.deadlines).toEqualTypeOf<readonly DeadlineId[] | undefined>();
    expectTypeOf(event!.sources[0]!.source).toEqualTypeOf<SourceId>();
  });
});

describe('a function taking an id', () => {
  it('takes its own kind, or a plain string literal, never another kind', () => {
    // Type-checked, never called.
    const calls = (
      actor: ActorId,
      demand: DemandId,
      deadline: DeadlineId,
      event: EventId,
      source: SourceId,
    ) => {
      eventsBefore(dispute, deadline);
      eventsBefore(dispute, 'deadline-2015-12-30');
      deadlineChain(dispute, deadline);
      responsesTo(dispute, demand);
      effectiveDeadline(dispute, demand, '2015-12-01');
      query(dispute).events().byActor(actor).bySource(source).byDemand(demand);
      query(dispute).events().byActor('pta').bySource('dawn').byDemand('pta-demand');
      // @ts-expect-error: an event's id is not a deadline's
      eventsBefore(dispute, event);
      // @ts-expect-error: a demand's id is not a deadline's
      deadlineChain(dispute, demand);
      // @ts-expect-error: a deadline's id is not a demand's
      responsesTo(dispute, deadline);
      // @ts-expect-error: an actor's id is not a demand's
      effectiveDeadline(dispute, actor, '2015-12-01');
      // @ts-expect-error: a source's id is not an actor's
      query(dispute).events().byActor(source);
      // @ts-expect-error: an actor's id is not a source's
      query(dispute).events().bySource(actor);
      // @ts-expect-error: an event's id is not a demand's
      query(dispute).events().byDemand(event);
    };
    expectTypeOf(calls).toBeFunction();
  });
});
