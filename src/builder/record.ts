import type { IssuePath, TimelineIssue } from '../errors/index.js';
import { RECORD_SCHEMAS, type RecordCollection } from '../model/dispute.js';
import { isCertainlyValidEvent } from './fast-event.js';
import type { Valid } from './rules/rule.js';
import { zodIssues } from './zod-issues.js';

/**
 * Checks one record against its collection's schema, apart from any dispute (references are not resolved),
 * with the issues' paths starting at `path`: for formats that read records one by one.
 */
export function validateRecord<C extends RecordCollection>(
  collection: C,
  raw: unknown,
  path: IssuePath,
  fresh = false,
): { readonly record: Valid<C> } | { readonly issues: readonly TimelineIssue[] } {
  // Plain data the caller made itself (`fresh`) may be taken as it is when it is certainly a valid event.
  if (fresh && collection === 'events' && isCertainlyValidEvent(raw)) return { record: raw as Valid<C> };
  const parsed = RECORD_SCHEMAS[collection].safeParse(raw, { reportInput: true });
  if (parsed.success) return { record: parsed.data as Valid<C> };
  return { issues: zodIssues(parsed.error.issues, path) };
}
