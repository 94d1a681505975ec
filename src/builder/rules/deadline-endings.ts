import { withArticle } from '../../_lib/text.js';
import { rangeBefore } from '../../dates/truth.js';
import type { IssuePath } from '../../errors/index.js';
import type { RecordCollection } from '../../model/dispute.js';
import { forEach, type Rule, type RuleContext, showDate, type Valid } from './rule.js';

type Deadline = Valid<'deadlines'>;

/**
 * Each deadline's ending (`outcome`) agrees with the records: its event and sources exist; it is not dated
 * before the deadline was set (`ending-before-set`); a deadline is not missed or enforced before it fell due
 * (`ending-before-due`), nor met after it (`met-after-due`: that is missed, or needs the extension that made it
 * possible); and a deadline that another extends ended by that extension, on a day the extension may
 * have been set (`ending-conflict`), so that a chain never runs on past a rescission. An ending's event that names
 * no record at all goes to `context.laterEvent` instead of being reported, when a stream has the events to come.
 */
export const deadlineEndings: Rule = {
  reads: ['deadlines'],
  check(records, context) {
    const extensionOf = new Map<string, Deadline>();
    for (const deadline of records.deadlines.records)
      if (deadline.extends !== undefined && !extensionOf.has(deadline.extends))
        extensionOf.set(deadline.extends, deadline);
    forEach(records.deadlines, (deadline, index) => {
      if (deadline.outcome === undefined) return;
      const path = ['deadlines', index, 'outcome'];
      checkReferences(deadline, index, path, context);
      checkEnding(deadline, extensionOf.get(deadline.id), path, context);
    });
  },
};

/** The ending's event and sources name records of the right collections. */
function checkReferences(deadline: Deadline, index: number, path: IssuePath, context: RuleContext): void {
  const ending = deadline.outcome as NonNullable<Deadline['outcome']>;
  if (ending.event !== undefined) {
    // An event not read yet (a stream has the events after the deadlines) is for the caller to resolve.
    if (context.laterEvent !== undefined && context.collectionOf(ending.event) === undefined)
      context.laterEvent(ending.event, index);
    else reference(context, ending.event, 'events', [...path, 'event']);
  }
  ending.sources?.forEach((citation, i) => {
    reference(context, citation.source, 'sources', [...path, 'sources', i, 'source']);
  });
}

/** The ending's kind and date agree with the deadline's dates and with the extension that extends it. */
function checkEnding(
  deadline: Deadline,
  extension: Deadline | undefined,
  path: IssuePath,
  context: RuleContext,
): void {
  const ending = deadline.outcome as NonNullable<Deadline['outcome']>;
  if (extension !== undefined && ending.kind !== 'extended')
    context.error(
      'ending-conflict',
      [...path, 'kind'],
      `deadline ${deadline.id} is extended by ${extension.id}, so it ended "extended", not "${ending.kind}"`,
      ending.kind,
    );
  if (ending.on === undefined) return;
  const on = context.dateOf(ending.on);
  if (deadline.setOn !== undefined && rangeBefore(on, context.dateOf(deadline.setOn)) === 'yes')
    context.error(
      'ending-before-set',
      [...path, 'on'],
      `deadline ${deadline.id} ended (${showDate(ending.on)}) before it was set (${showDate(deadline.setOn)})`,
    );
  const early = ending.kind === 'missed' || ending.kind === 'enforced';
  if (early && rangeBefore(on, context.dateOf(deadline.due)) === 'yes')
    context.error(
      'ending-before-due',
      [...path, 'on'],
      `deadline ${deadline.id} is ${ending.kind} on ${showDate(ending.on)}, before it fell due (${showDate(deadline.due)})`,
    );
  if (ending.kind === 'met' && rangeBefore(context.dateOf(deadline.due), on) === 'yes')
    context.error(
      'met-after-due',
      [...path, 'kind'],
      `deadline ${deadline.id} is met on ${showDate(ending.on)}, after it fell due (${showDate(deadline.due)}): ` +
        'a deadline met after it fell due was "missed"; if it was extended first, record the extension ' +
        '(a deadline that `extends` it) and end this one "extended"',
      ending.kind,
    );
  if (ending.kind !== 'extended' || extension?.setOn === undefined) return;
  const set = context.dateOf(extension.setOn);
  if (rangeBefore(on, set) === 'yes' || rangeBefore(set, on) === 'yes')
    context.error(
      'ending-conflict',
      [...path, 'on'],
      `deadline ${deadline.id} ended on ${showDate(ending.on)}, but ${extension.id}, which extends it, was set on ${showDate(extension.setOn)}`,
    );
}

function reference(context: RuleContext, id: string, collection: RecordCollection, path: IssuePath): void {
  const found = context.collectionOf(id);
  if (found === collection) return;
  const kind = collection === 'events' ? 'event' : 'source';
  const shown = JSON.stringify(id.length > 100 ? `${id.slice(0, 100)}…` : id);
  context.error(
    'unknown-reference',
    path,
    found === undefined
      ? `no ${kind} has id ${shown}`
      : `${shown} is ${withArticle(found.slice(0, -1))}, not ${withArticle(kind)}`,
    id,
  );
}
