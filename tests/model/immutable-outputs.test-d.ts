/**
 * Nothing the library returns can be changed through its type, checked by the compiler (the `types` project;
 * nothing here runs): a built dispute is read-only to its leaves, and so are the answers of its readers, queries
 * and errors. The runtime side (everything returned is deeply frozen) is tests/reliability/laws.prop.test.ts.
 */
import {
  type Actor,
  createDispute,
  type Deadline,
  type Dispute,
  deadlineChain,
  eventsBefore,
  parseDispute,
  readCsv,
  responsesTo,
  safeParseDispute,
  type TimelineError,
  type TimelineEvent,
  updateDispute,
} from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expectTypeOf, it } from 'vitest';

declare const dispute: Dispute;
declare const error: TimelineError;

describe('a built dispute', () => {
  it('is the read-only Dispute, however it was made', () => {
    expectTypeOf(parseDispute('{}')).toEqualTypeOf<Dispute>();
    expectTypeOf(createDispute({ id: 'case', title: 'A case' }).build()).toEqualTypeOf<Dispute>();
    expectTypeOf(updateDispute(dispute, () => {})).toEqualTypeOf<Dispute>();
    expectTypeOf(blackberryPakistan2015).toEqualTypeOf<Dispute>();
    const result = safeParseDispute('{}');
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Dispute>();
  });

  it('has read-only collections', () => {
    expectTypeOf(dispute.actors).toEqualTypeOf<readonly Actor[]>();
    expectTypeOf(dispute.events).toEqualTypeOf<readonly TimelineEvent[]>();
    expectTypeOf(dispute.deadlines).toEqualTypeOf<readonly Deadline[]>();
    expectTypeOf(dispute.demands).not.toExtend<unknown[]>();
    expectTypeOf(dispute.responses).not.toExtend<unknown[]>();
    expectTypeOf(dispute.sources).not.toExtend<unknown[]>();
    expectTypeOf(dispute.claims).not.toExtend<unknown[]>();
  });

  it('refuses every change, down to the leaves', () => {
    // Type-checked, never called.
    const change = (event: TimelineEvent, deadline: Deadline) => {
      // @ts-expect-error: a dispute's fields are read-only
      dispute.title = 'Another title';
      // @ts-expect-error: its collections are read-only arrays
      dispute.events.push(event);
      // @ts-expect-error: a record in a collection cannot be replaced
      dispute.deadlines[0] = deadline;
      // @ts-expect-error: a record's fields are read-only
      event.title = 'Another title';
      // @ts-expect-error: a record's lists are read-only
      event.actors.push(event.actors[0]!);
      // @ts-expect-error: a citation's fields are read-only
      event.sources[0]!.source = event.sources[0]!.source;
      // @ts-expect-error: a deadline's outcome is read-only
      deadline.outcome = undefined;
      // @ts-expect-error: an actor's memberships are read-only to their fields
      dispute.actors[0]!.memberships![0]!.role = 'member';
      // @ts-expect-error: the countries of a dispute are read-only
      dispute.countries?.push('PK');
    };
    expectTypeOf(change).toBeFunction();
  });
});

describe('the answers of readers, queries and errors', () => {
  it('are read-only', () => {
    expectTypeOf(readCsv).returns.toEqualTypeOf<readonly TimelineEvent[]>();
    expectTypeOf(deadlineChain(dispute, 'dl')).toEqualTypeOf<readonly Deadline[]>();
    expectTypeOf(eventsBefore(dispute, 'dl').certain).toEqualTypeOf<readonly TimelineEvent[]>();
    expectTypeOf(responsesTo(dispute, 'dem')).not.toExtend<unknown[]>();
    expectTypeOf(error.issues).not.toExtend<unknown[]>();

    // Type-checked, never called.
    const change = (event: TimelineEvent) => {
      // @ts-expect-error: the lists of eventsBefore are read-only
      eventsBefore(dispute, 'dl').possible.push(event);
      // @ts-expect-error: and the object holding them
      eventsBefore(dispute, 'dl').certain = [];
      // @ts-expect-error: an error's issues are read-only
      error.issues[0].message = 'changed';
      // @ts-expect-error: and so is their path
      error.issues[0].path.push('changed');
    };
    expectTypeOf(change).toBeFunction();
  });
});
