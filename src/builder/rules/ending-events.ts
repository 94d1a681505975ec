import type { DeadlineOutcome } from '../../model/deadline.js';
import type { EventKind } from '../../model/event.js';
import { forEach, type Rule } from './rule.js';

/**
 * The event kinds that say how a deadline ended, and the endings each may record: a rescission rescinds, an
 * enforcement enforces a deadline (or records one missed), an extension extends. An event of any other kind (a
 * response, an agreement, a ruling) may record any ending.
 */
const ENDINGS_OF: Partial<Record<EventKind, readonly DeadlineOutcome[]>> = {
  rescission: ['rescinded'],
  enforcement: ['enforced', 'missed'],
  extension: ['extended'],
};

/**
 * A deadline's ending agrees with the event it names (`ending-event-conflict`): a deadline `met` by an event of
 * kind `rescission` is both met and rescinded, and the demand it enforces would read as one or the other depending
 * on which record is asked. A stream, which has the events after the deadlines, checks each ending as the event it
 * waits for comes (`incremental.ts`, with {@link endingEventConflict}).
 */
export const endingEvents: Rule = {
  reads: ['deadlines', 'events'],
  check(records, context) {
    // The kinds of the few events endings name, found in one pass (not a map of every event: a million-event
    // dispute has a handful of endings).
    const kindOf = new Map<string, string | undefined>();
    forEach(records.deadlines, (deadline) => {
      const event = deadline.outcome?.event;
      if (event !== undefined) kindOf.set(event, undefined);
    });
    if (kindOf.size === 0) return;
    for (const event of records.events.records) if (kindOf.has(event.id)) kindOf.set(event.id, event.kind);
    forEach(records.deadlines, (deadline, index) => {
      const ending = deadline.outcome;
      if (ending?.event === undefined) return;
      const eventKind = kindOf.get(ending.event);
      const conflict =
        eventKind === undefined
          ? undefined
          : endingEventConflict(deadline.id, ending.kind, ending.event, eventKind);
      if (conflict !== undefined)
        context.error(
          'ending-event-conflict',
          ['deadlines', index, 'outcome', 'kind'],
          conflict,
          ending.kind,
        );
    });
  },
};

/**
 * Why an ending of kind `endingKind` cannot be recorded by an event of kind `eventKind`, or `undefined` when it
 * can. A stream, which reads the events after the deadlines, asks it as each event an ending waits for comes.
 */
export function endingEventConflict(
  deadlineId: string,
  endingKind: string,
  eventId: string,
  eventKind: string,
): string | undefined {
  const allowed = ENDINGS_OF[eventKind as EventKind];
  if (allowed === undefined || (allowed as readonly string[]).includes(endingKind)) return undefined;
  return (
    `deadline ${deadlineId} ended "${endingKind}" by event ${eventId}, which is of kind "${eventKind}": ` +
    `an event of that kind records a deadline ${allowed.map((kind) => `"${kind}"`).join(' or ')}; ` +
    'give the ending that kind, or name the event that records how it ended'
  );
}
