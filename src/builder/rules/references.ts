import { COLLECTIONS } from '../places.js';
import { ReferenceCheck } from '../references.js';
import type { Rule, RuleContext } from './rule.js';

/** The references of a run, checked against the ids the context knows, reported through it. */
const checks = new WeakMap<RuleContext, ReferenceCheck>();

function checkOf(context: RuleContext): ReferenceCheck {
  let check = checks.get(context);
  if (check === undefined) {
    check = new ReferenceCheck({ collectionOf: context.collectionOf, idsOf: context.idsOf }, context.error);
    checks.set(context, check);
  }
  return check;
}

/**
 * Every reference names a record of the right collection (`unknown-reference`, with the nearest id of that
 * collection as a hint): the actors of a demand, the demands a response answers, the citations' sources. It reads
 * the raw records, so that a record the schema refused still has its references checked.
 */
export const references: Rule = {
  reads: [],
  check(_records, context) {
    const check = checkOf(context);
    for (const collection of COLLECTIONS)
      for (const [index, raw] of context.unresolved(collection)) check.checkRecord(collection, index, raw);
  },
  each(collection, index, raw, _record, context) {
    checkOf(context).checkRecord(collection, index, raw);
  },
};
