/**
 * The model's named types are written out as interfaces, so editors, type errors and the reference say `Deadline`
 * rather than the structure it expands to. The schemas stay the single source of truth: each interface must be
 * exactly what its schema infers (outputs, deeply read-only as a built dispute is) or accept exactly what its
 * schema accepts (inputs). A field added to a schema and not to its interface fails `npm run typecheck` here.
 */
import type { Immutable } from 'immer';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  Actor,
  ActorInput,
  ActorSchema,
  Citation,
  CitationInput,
  CitationSchema,
  Claim,
  ClaimInput,
  ClaimSchema,
  CountryCode,
  CountrySchema,
  DateValue,
  DateValueSchema,
  Deadline,
  DeadlineEnding,
  DeadlineEndingSchema,
  DeadlineInput,
  DeadlineSchema,
  Demand,
  DemandInput,
  DemandResponse,
  DemandResponseInput,
  DemandResponseSchema,
  DemandSchema,
  Dispute,
  DisputeInput,
  DisputeSchema,
  Membership,
  MembershipSchema,
  Quantity,
  QuantitySchema,
  Source,
  SourceInput,
  SourceSchema,
  TimelineEvent,
  TimelineEventInput,
  TimelineEventSchema,
} from '../../src/index.js';

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
