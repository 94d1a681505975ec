/**
 * Branded ids and the idioms the modelling guide shows. These are type tests as much as runtime ones:
 * `npm run typecheck` compiles this file, so an idiom that stops type-checking fails it.
 */
import {
  type ActorId,
  ActorIdSchema,
  type DeadlineId,
  deadlineChain,
  type demandOutcome,
  eventsBefore,
  query,
  type responsesTo,
} from 'dispute-timeline';
import { blackberryPakistan2015 as pk } from 'dispute-timeline/datasets';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('branded ids', () => {
  it('are strings that a plain string is not', () => {
    expectTypeOf<ActorId>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<ActorId>();
    expectTypeOf<ActorId>().not.toExtend<DeadlineId>();
  });

  it('let every query and filter function take plain strings', () => {
    expectTypeOf(eventsBefore).parameter(1).toExtend<unknown>();
    expectTypeOf<'deadline-2015-11-30'>().toExtend<Parameters<typeof eventsBefore>[1]>();
    expectTypeOf<'pta'>().toExtend<
      Parameters<ReturnType<ReturnType<typeof query>['events']>['byActor']>[0]
    >();
    expectTypeOf<'bes-traffic-access'>().toExtend<Parameters<typeof responsesTo>[1]>();
    expectTypeOf<'bes-traffic-access'>().toExtend<Parameters<typeof demandOutcome>[1]>();
    expectTypeOf<'deadline-2015-11-30'>().toExtend<Parameters<typeof deadlineChain>[1]>();
    expect(query(pk).events().byActor('pta').count()).toBe(4);
    expect(deadlineChain(pk, 'deadline-2015-11-30').length).toBe(2);
  });

  it('compare with a plain string by ===, and widen to plain strings', () => {
    expect(pk.events.filter((event) => event.actors.some((id) => id === 'pta')).length).toBe(4);
    const widened: readonly string[] = pk.events[1]?.actors ?? []; // the PTA's letters
    expect(widened).toContain('pta');
  });

  it('are made from a plain string by their schema, which checks it', () => {
    const pta = ActorIdSchema.parse('pta');
    expectTypeOf(pta).toEqualTypeOf<ActorId>();
    expect(pk.events.filter((event) => event.actors.includes(pta)).length).toBe(4);
    expect(ActorIdSchema.safeParse('not an id').success).toBe(false);
  });

  it('keep a plain string out of a list of branded ids', () => {
    // @ts-expect-error: includes wants an ActorId; the guide shows the three idioms that work.
    expect(pk.events.filter((event) => event.actors.includes('pta')).length).toBe(4);
  });
});
