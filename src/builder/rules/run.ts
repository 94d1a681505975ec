import { issue } from '../../_lib/issues.js';
import type { ParsedDate } from '../../dates/edtf.js';
import type { TimelineIssue } from '../../errors/index.js';
import type { DateValue } from '../../model/common.js';
import type { Dispute, RecordCollection } from '../../model/dispute.js';
import { COLLECTIONS } from '../places.js';
import type { Rule, RuleContext, ValidRecords } from './rule.js';

/** What a run of rules is made of: the parts of a {@link RuleContext} that differ between a whole dispute and a stream. */
export interface RuleSetting {
  readonly dateOf: (value: DateValue) => ParsedDate;
  readonly collectionOf: RuleContext['collectionOf'];
  readonly idsOf: RuleContext['idsOf'];
  readonly unresolved: RuleContext['unresolved'];
  readonly laterEvent?: ((id: string, deadlineIndex: number) => void) | undefined;
}

/** A context whose errors go to `errors` and warnings to `warnings`. */
export function ruleContext(
  setting: RuleSetting,
  errors: TimelineIssue[],
  warnings: TimelineIssue[],
): RuleContext {
  return {
    dateOf: setting.dateOf,
    collectionOf: setting.collectionOf,
    idsOf: setting.idsOf,
    unresolved: setting.unresolved,
    laterEvent: setting.laterEvent,
    error: (code, path, message, value) => errors.push(issue(code, path, message, value)),
    warning: (code, path, message, value) => warnings.push(issue(code, path, message, value)),
  };
}

/** Runs each rule's whole-dispute check, in order. */
export function runRules(rules: readonly Rule[], records: ValidRecords, context: RuleContext): void {
  for (const rule of rules) rule.check(records, context);
}

/** The collections a stream holds in full before the events come. */
export const HELD: readonly RecordCollection[] = Object.freeze([
  'actors',
  'sources',
  'demands',
  'responses',
  'deadlines',
]);

/** The records of a built dispute as the rules read them: each at its position in the dispute. */
export function validRecordsOf(built: Dispute): ValidRecords {
  return Object.fromEntries(
    COLLECTIONS.map((collection) => [
      collection,
      { records: built[collection], indices: built[collection].map((_, i) => i) },
    ]),
  ) as unknown as ValidRecords;
}
