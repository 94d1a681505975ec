import { checkList } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import type { IssuePath } from '../../errors/index.js';
import type { TimelineEvent } from '../../model/event.js';

/**
 * The `events` option of a format: each given event matched by id to one of the dispute's own, in the order
 * given; all of the dispute's events when none are given.
 */
export function eventsOption(
  own: readonly TimelineEvent[],
  given: unknown,
  path: IssuePath = ['options', 'events'],
): readonly TimelineEvent[] {
  if (given === undefined) return own;
  const byId = new Map(own.map((event) => [event.id as string, event]));
  return checkList(given, path, 'events').map((event, i) => {
    const id = typeof event === 'object' && event !== null ? (event as { id?: unknown }).id : undefined;
    const found = typeof id === 'string' ? byId.get(id) : undefined;
    if (found === undefined)
      fail('unknown-reference', [...path, i], `the dispute has no event ${JSON.stringify(id ?? null)}`);
    return found;
  });
}
