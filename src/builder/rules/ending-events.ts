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
 * on which record is asked. Whole disputes only: a stream has the events after the deadlines.
 */
export const endingEvents: Rule = {
  name: 'ending-events',
  description: "a deadline's ending is of a kind the event it names can record",
  reads: ['deadlines', 'events'],
  check(records, context) {
    const kindOf = new Map(records.events.records.map((event) => [event.id as string, event.kind]));
    forEach(records.deadlines, (deadline, index) => {
      const ending = deadline.outcome;
      if (ending?.event === undefined) return;
      const eventKind = kindOf.get(ending.event);
      const allowed = eventKind === undefined ? undefined : ENDINGS_OF[eventKind];
      if (allowed === undefined || allowed.includes(ending.kind)) return;
      context.error(
        'ending-event-conflict',
        ['deadlines', index, 'outcome', 'kind'],
        `deadline ${deadline.id} ended "${ending.kind}" by event ${ending.event}, which is of kind "${eventKind}": ` +
          `an event of that kind records a deadline ${allowed.map((kind) => `"${kind}"`).join(' or ')}; ` +
          'give the ending that kind, or name the event that records how it ended',
        ending.kind,
      );
    });
  },
};
