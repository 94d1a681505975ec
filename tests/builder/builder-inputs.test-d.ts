/**
 * What the builder accepts, checked by the compiler (the `types` project; nothing here runs): each method takes
 * its collection's input type, with ids written as plain strings; a wrong field, kind or collection is a type
 * error where it is written; every step returns a builder, and building gives the read-only `Dispute`.
 */
import {
  type ActorInput,
  type ClaimInput,
  createDispute,
  type DeadlineInput,
  type DemandInput,
  type DemandResponseInput,
  type Dispute,
  type DisputeBuilder,
  type DisputeHeaderInput,
  type DisputeInput,
  editDispute,
  type SafeResult,
  type SourceInput,
  safeUpdateDispute,
  type TimelineEventInput,
  updateDispute,
} from 'dispute-timeline';
import { describe, expectTypeOf, it } from 'vitest';

declare const builder: DisputeBuilder;
declare const dispute: Dispute;

describe('the builder', () => {
  it('starts from a header without collections, or from a built dispute', () => {
    expectTypeOf(createDispute).parameters.toEqualTypeOf<[DisputeHeaderInput]>();
    expectTypeOf(createDispute).returns.toEqualTypeOf<DisputeBuilder>();
    expectTypeOf(editDispute).parameters.toEqualTypeOf<[Dispute]>();
    expectTypeOf<DisputeHeaderInput>().toEqualTypeOf<
      Omit<DisputeInput, 'actors' | 'sources' | 'demands' | 'responses' | 'deadlines' | 'events' | 'claims'>
    >();

    // Type-checked, never called.
    const wrong = () => {
      // @ts-expect-error: records are added by the builder's methods, not in the header
      createDispute({ id: 'case', title: 'A case', actors: [] });
      // @ts-expect-error: a dispute has a title
      createDispute({ id: 'case' });
      // @ts-expect-error: editDispute takes a built dispute, not its input form
      editDispute({ id: 'case', title: 'A case' } as DisputeInput);
    };
    expectTypeOf(wrong).toBeFunction();
  });

  it('takes each collection’s input type, any number at a time, and returns a builder', () => {
    expectTypeOf(builder.set).parameters.toEqualTypeOf<[Partial<DisputeHeaderInput>]>();
    expectTypeOf(builder.actor).toEqualTypeOf<(...records: readonly ActorInput[]) => DisputeBuilder>();
    expectTypeOf(builder.source).toEqualTypeOf<(...records: readonly SourceInput[]) => DisputeBuilder>();
    expectTypeOf(builder.demand).toEqualTypeOf<(...records: readonly DemandInput[]) => DisputeBuilder>();
    expectTypeOf(builder.response).toEqualTypeOf<
      (...records: readonly DemandResponseInput[]) => DisputeBuilder
    >();
    expectTypeOf(builder.deadline).toEqualTypeOf<(...records: readonly DeadlineInput[]) => DisputeBuilder>();
    expectTypeOf(builder.event).toEqualTypeOf<
      (...records: readonly TimelineEventInput[]) => DisputeBuilder
    >();
    expectTypeOf(builder.claim).toEqualTypeOf<(...records: readonly ClaimInput[]) => DisputeBuilder>();
    for (const step of [
      builder.set({ summary: 'A summary' }),
      builder.actor(),
      builder.source(),
      builder.demand(),
      builder.response(),
      builder.deadline(),
      builder.event(),
      builder.claim(),
    ]) {
      expectTypeOf(step).toEqualTypeOf<DisputeBuilder>();
    }
  });

  it('takes ids as plain strings, and references as the ids they name', () => {
    const built = builder
      .actor({ id: 'pta', name: 'PTA', kind: 'regulator', country: 'PK' })
      .source({ id: 'dawn', publisher: 'Dawn', url: 'https://example.org/' })
      .demand({
        id: 'dem',
        date: '2015-07-24',
        by: ['pta'],
        of: ['pta'],
        subjects: ['other'],
        summary: 'A demand',
      })
      .deadline({ id: 'dl', due: '2015-11-30', setBy: ['pta'], demands: ['dem'] })
      .event({
        id: 'ev',
        date: { value: '2015-07-24', timeZone: 'Asia/Karachi' },
        kind: 'statement',
        title: 'A statement',
        actors: ['pta'],
        sources: [{ source: 'dawn' }],
        confidence: 'confirmed',
      })
      .build();
    expectTypeOf(built).toEqualTypeOf<Dispute>();
    expectTypeOf(builder.safeBuild()).toEqualTypeOf<SafeResult<Dispute>>();
  });

  it('refuses, where it is written, a field or value the model does not have', () => {
    // Type-checked, never called.
    const wrong = () => {
      // @ts-expect-error: an actor kind is one of the model's kinds
      builder.actor({ id: 'x', name: 'X', kind: 'spy-agency' });
      // @ts-expect-error: a country is an ISO 3166-1 alpha-2 code
      builder.actor({ id: 'x', name: 'X', kind: 'company', country: 'Pakistan' });
      // @ts-expect-error: a field the model does not know (a typo of `publisher`)
      builder.source({ id: 's', publsher: 'Dawn' });
      // @ts-expect-error: an event cites its sources
      builder.event({
        id: 'e',
        date: '2015',
        kind: 'statement',
        title: 't',
        actors: [],
        confidence: 'reported',
      });
      // @ts-expect-error: a date is EDTF text or a zoned date, not a Date
      builder.deadline({ id: 'd', due: new Date(), setBy: [], demands: [] });
      // @ts-expect-error: a deadline is not an event
      builder.event({ id: 'd', due: '2015-11-30', setBy: [], demands: [] });
    };
    expectTypeOf(wrong).toBeFunction();
  });
});

describe('updateDispute and safeUpdateDispute', () => {
  it('hand the recipe a draft it may change, and give back the read-only Dispute', () => {
    const updated = updateDispute(dispute, (draft) => {
      draft.title = 'A new title';
      draft.events.pop();
    });
    expectTypeOf(updated).toEqualTypeOf<Dispute>();
    expectTypeOf(safeUpdateDispute(dispute, () => {})).toEqualTypeOf<SafeResult<Dispute>>();
  });
});
