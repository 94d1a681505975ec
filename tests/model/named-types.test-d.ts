/**
 * The model's named types are written out as interfaces, so editors, type errors and the reference say `Deadline`
 * rather than the structure it expands to. The schemas stay the single source of truth: each interface must be
 * exactly what its schema infers (outputs, deeply read-only as a built dispute is) or accept exactly what its
 * schema accepts (inputs). A field added to a schema and not to its interface fails `npm run typecheck` here.
 */

import {
  type Actor,
  type ActorId,
  type ActorInput,
  type ActorSchema,
  type Citation,
  type CitationInput,
  type CitationSchema,
  type Claim,
  type ClaimInput,
  type ClaimSchema,
  type CountryCode,
  type CountrySchema,
  type DateValue,
  type DateValueSchema,
  type Deadline,
  type DeadlineEnding,
  type DeadlineEndingSchema,
  type DeadlineId,
  type DeadlineIdSchema,
  type DeadlineInput,
  type DeadlineSchema,
  type Demand,
  type DemandId,
  type DemandInput,
  type DemandResponse,
  type DemandResponseInput,
  type DemandResponseSchema,
  type DemandSchema,
  type Dispute,
  type DisputeInput,
  type DisputeSchema,
  deadlineChain,
  type EventId,
  type EventIdSchema,
  eventsBefore,
  type Membership,
  type MembershipSchema,
  type Quantity,
  type QuantitySchema,
  query,
  responsesTo,
  type Source,
  type SourceInput,
  type SourceSchema,
  type TimelineEvent,
  type TimelineEventInput,
  type TimelineEventSchema,
} from 'dispute-timeline';
import type { Immutable } from 'immer';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';

/** What a built dispute holds for a schema: its output, deeply read-only. */
type Built<S extends z.core.$ZodType> = Immutable<z.infer<S>>;

describe('the named model types', () => {
  it('are exactly what their schemas infer, read-only as a built dispute is', () => {
    expectTypeOf<Dispute>().toEqualTypeOf<Built<typeof DisputeSchema>>();
    expectTypeOf<Actor>().toEqualTypeOf<Built<typeof ActorSchema>>();
    expectTypeOf<Membership>().toEqualTypeOf<Built<typeof MembershipSchema>>();
    expectTypeOf<Source>().toEqualTypeOf<Built<typeof SourceSchema>>();
    expectTypeOf<Demand>().toEqualTypeOf<Built<typeof DemandSchema>>();
    expectTypeOf<DemandResponse>().toEqualTypeOf<Built<typeof DemandResponseSchema>>();
    expectTypeOf<Deadline>().toEqualTypeOf<Built<typeof DeadlineSchema>>();
    expectTypeOf<DeadlineEnding>().toEqualTypeOf<Built<typeof DeadlineEndingSchema>>();
    expectTypeOf<TimelineEvent>().toEqualTypeOf<Built<typeof TimelineEventSchema>>();
    expectTypeOf<Claim>().toEqualTypeOf<Built<typeof ClaimSchema>>();
    expectTypeOf<Quantity>().toEqualTypeOf<Built<typeof QuantitySchema>>();
    expectTypeOf<Citation>().toEqualTypeOf<Built<typeof CitationSchema>>();
    expectTypeOf<DateValue>().toEqualTypeOf<Built<typeof DateValueSchema>>();
    expectTypeOf<CountryCode>().toEqualTypeOf<z.infer<typeof CountrySchema>>();
  });

  it('accept exactly what their schemas accept (inputs, read-only or not)', () => {
    expectTypeOf<DisputeInput>().toExtend<z.input<typeof DisputeSchema>>();
    expectTypeOf<z.input<typeof DisputeSchema>>().toExtend<DisputeInput>();
    expectTypeOf<ActorInput>().toExtend<z.input<typeof ActorSchema>>();
    expectTypeOf<z.input<typeof ActorSchema>>().toExtend<ActorInput>();
    expectTypeOf<SourceInput>().toExtend<z.input<typeof SourceSchema>>();
    expectTypeOf<z.input<typeof SourceSchema>>().toExtend<SourceInput>();
    expectTypeOf<DemandInput>().toExtend<z.input<typeof DemandSchema>>();
    expectTypeOf<z.input<typeof DemandSchema>>().toExtend<DemandInput>();
    expectTypeOf<DemandResponseInput>().toExtend<z.input<typeof DemandResponseSchema>>();
    expectTypeOf<z.input<typeof DemandResponseSchema>>().toExtend<DemandResponseInput>();
    expectTypeOf<DeadlineInput>().toExtend<z.input<typeof DeadlineSchema>>();
    expectTypeOf<z.input<typeof DeadlineSchema>>().toExtend<DeadlineInput>();
    expectTypeOf<TimelineEventInput>().toExtend<z.input<typeof TimelineEventSchema>>();
    expectTypeOf<z.input<typeof TimelineEventSchema>>().toExtend<TimelineEventInput>();
    expectTypeOf<ClaimInput>().toExtend<z.input<typeof ClaimSchema>>();
    expectTypeOf<z.input<typeof ClaimSchema>>().toExtend<ClaimInput>();
    expectTypeOf<CitationInput>().toExtend<z.input<typeof CitationSchema>>();
    expectTypeOf<z.input<typeof CitationSchema>>().toExtend<CitationInput>();
  });

  it('keep their names in what the compiler says', () => {
    const event = {
      id: 'e',
      date: '2015-11-30',
      kind: 'statement',
      title: 't',
      actors: [],
      confidence: 'reported',
    };
    // @ts-expect-error: "Property 'sources' is missing … but required in type 'TimelineEventInput'"
    const missing: TimelineEventInput = event;
    expectTypeOf(missing).toEqualTypeOf<TimelineEventInput>();
  });
});

describe('the ids', () => {
  it('are named and exactly what their schemas infer', () => {
    expectTypeOf<DeadlineId>().toEqualTypeOf<z.infer<typeof DeadlineIdSchema>>();
    expectTypeOf<EventId>().toEqualTypeOf<z.infer<typeof EventIdSchema>>();
  });

  it('protect: a query takes a record, its own kind of id or a plain string, never an id of another kind', () => {
    // Type-checked, never called.
    const calls = (dispute: Dispute, deadline: Deadline, text: string) => {
      const deadlineId: DeadlineId = deadline.id;
      const eventId: EventId | undefined = dispute.events[0]?.id;
      const actorId: ActorId | undefined = dispute.actors[0]?.id;
      const demandId: DemandId | undefined = dispute.demands[0]?.id;
      eventsBefore(dispute, deadline);
      eventsBefore(dispute, deadlineId);
      eventsBefore(dispute, 'deadline-2015-12-30');
      eventsBefore(dispute, text);
      deadlineChain(dispute, deadlineId);
      // @ts-expect-error: Argument of type 'EventId' is not assignable to parameter of type 'DeadlineId | Deadline'
      eventsBefore(dispute, eventId!);
      // @ts-expect-error: an actor's id is not a deadline's
      deadlineChain(dispute, actorId!);
      // @ts-expect-error: a deadline's id is not a demand's
      responsesTo(dispute, deadlineId);
      responsesTo(dispute, demandId!);
      query(dispute).events().byActor(actorId!);
      // @ts-expect-error: a demand's id is not an actor's
      query(dispute).events().byActor(demandId!);
    };
    expectTypeOf(calls).toBeFunction();
  });
});
