import { issue } from '../_lib/issues.js';
import type { ParsedDate } from '../dates/edtf.js';
import { rangeBefore } from '../dates/truth.js';
import type { TimelineIssue } from '../errors/index.js';
import type { DateValue } from '../model/common.js';
import type { DeadlineInput } from '../model/deadline.js';
import type { RecordCollection } from '../model/dispute.js';

/** A schema-valid deadline and its position in the input. */
interface IndexedDeadline {
  readonly record: Pick<DeadlineInput, 'id' | 'due' | 'setOn' | 'extends' | 'outcome'>;
  readonly index: number;
}

/**
 * Checks each deadline's ending (`outcome`) against the records: its event and sources exist; it is not dated
 * before the deadline was set (`ending-before-set`); a deadline is not missed or enforced before it fell due
 * (`ending-before-due`); and a deadline that another extends ended by that extension, on a day the extension may
 * have been set (`ending-conflict`), so that a chain never runs on past a rescission. An ending's event that
 * names no record at all goes to `laterEvent` instead of being reported, when it is given.
 */
export function checkDeadlineEndings(
  deadlines: readonly IndexedDeadline[],
  ids: { get(id: string): { readonly collection: RecordCollection } | undefined },
  dateOf: (value: DateValue) => ParsedDate,
  issues: TimelineIssue[],
  laterEvent?: (id: string, deadlineIndex: number) => void,
): void {
  const extensionOf = new Map<string, IndexedDeadline['record']>();
  for (const { record } of deadlines)
    if (record.extends !== undefined && !extensionOf.has(record.extends))
      extensionOf.set(record.extends, record);
  for (const { record, index } of deadlines) {
    const ending = record.outcome;
    if (ending === undefined) continue;
    const path = ['deadlines', index, 'outcome'];
    if (ending.event !== undefined) {
      // An event not read yet (a stream has the events after the deadlines) is for the caller to resolve.
      if (laterEvent !== undefined && ids.get(ending.event) === undefined) laterEvent(ending.event, index);
      else reference(ids, ending.event, 'events', [...path, 'event'], issues);
    }
    ending.sources?.forEach((citation, i) => {
      reference(ids, citation.source, 'sources', [...path, 'sources', i, 'source'], issues);
    });
    const extension = extensionOf.get(record.id);
    if (extension !== undefined && ending.kind !== 'extended') {
      issues.push(
        issue(
          'ending-conflict',
          [...path, 'kind'],
          `deadline ${record.id} is extended by ${extension.id}, so it ended "extended", not "${ending.kind}"`,
          ending.kind,
        ),
      );
    }
    if (ending.on === undefined) continue;
    const on = dateOf(ending.on);
    if (record.setOn !== undefined && rangeBefore(on, dateOf(record.setOn)) === 'yes') {
      issues.push(
        issue(
          'ending-before-set',
          [...path, 'on'],
          `deadline ${record.id} ended (${show(ending.on)}) before it was set (${show(record.setOn)})`,
        ),
      );
    }
    if (
      (ending.kind === 'missed' || ending.kind === 'enforced') &&
      rangeBefore(on, dateOf(record.due)) === 'yes'
    ) {
      issues.push(
        issue(
          'ending-before-due',
          [...path, 'on'],
          `deadline ${record.id} is ${ending.kind} on ${show(ending.on)}, before it fell due (${show(record.due)})`,
        ),
      );
    }
    if (ending.kind === 'extended' && extension?.setOn !== undefined) {
      const set = dateOf(extension.setOn);
      if (rangeBefore(on, set) === 'yes' || rangeBefore(set, on) === 'yes') {
        issues.push(
          issue(
            'ending-conflict',
            [...path, 'on'],
            `deadline ${record.id} ended on ${show(ending.on)}, but ${extension.id}, which extends it, was set on ${show(extension.setOn)}`,
          ),
        );
      }
    }
  }
}

function reference(
  ids: { get(id: string): { readonly collection: RecordCollection } | undefined },
  id: string,
  collection: RecordCollection,
  path: (string | number)[],
  issues: TimelineIssue[],
): void {
  const found = ids.get(id);
  if (found?.collection === collection) return;
  const kind = collection === 'events' ? 'event' : 'source';
  const shown = JSON.stringify(id.length > 100 ? `${id.slice(0, 100)}…` : id);
  issues.push(
    issue(
      'unknown-reference',
      path,
      found === undefined
        ? `no ${kind} has id ${shown}`
        : `${shown} is ${withArticle(found.collection.slice(0, -1))}, not ${withArticle(kind)}`,
      id,
    ),
  );
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function show(value: DateValue): string {
  return typeof value === 'string' ? value : `${value.value} (${value.timeZone})`;
}
