import { forEach, type Rule, showDate } from './rule.js';

/**
 * An extension falls due after the deadline it extends (`extension-not-later`): not certainly before it or at
 * the same instant, nor on the very same date. An extension due earlier would make a deadline that has already
 * passed look in force again.
 */
export const extensionDates: Rule = {
  reads: ['deadlines'],
  check(records, context) {
    const byId = new Map(records.deadlines.records.map((deadline) => [deadline.id as string, deadline]));
    const looping = onLoops(byId);
    forEach(records.deadlines, (deadline, index) => {
      // A loop of extensions is reported once, by extension-chains; its dates cannot all increase.
      if (deadline.extends === undefined || looping.has(deadline.id)) return;
      const extended = byId.get(deadline.extends);
      if (extended === undefined) return;
      const due = context.dateOf(deadline.due);
      const before = context.dateOf(extended.due);
      const same = due.earliest === before.earliest && due.latest === before.latest;
      // Certainly not later: every instant the extension may fall due at is at or before every one of the other.
      if (!same && due.latest > before.earliest) return;
      context.error(
        'extension-not-later',
        ['deadlines', index, 'due'],
        `deadline ${deadline.id} extends ${extended.id} but falls due ${same ? 'on the same date' : 'before it'} ` +
          `(${showDate(deadline.due)}, ${extended.id} ${showDate(extended.due)}); an extension falls due after ` +
          'the deadline it extends: check both dates, or drop `extends` if it is a new deadline',
        deadline.extends,
      );
    });
  },
};

/** The deadlines on a loop of extensions: each extends at most one, so a walk from each is a line or a lasso. */
function onLoops(byId: ReadonlyMap<string, { readonly extends?: string | undefined }>): ReadonlySet<string> {
  const looping = new Set<string>();
  const done = new Set<string>();
  for (const start of byId.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | undefined = start;
    while (at !== undefined && !done.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = byId.get(at)?.extends;
    }
    if (at !== undefined && onPath.has(at))
      for (const id of path.slice(onPath.get(at) as number)) looping.add(id);
    for (const id of path) done.add(id);
  }
  return looping;
}
