import { issue } from '../_lib/issues.js';
import type { ParsedDate } from '../dates/edtf.js';
import { canonicalTimeZone, isTimeZone } from '../dates/zone.js';
import { type IssuePath, type SafeResult, TimelineError, type TimelineIssue } from '../errors/index.js';
import type { DateValue } from '../model/common.js';
import {
  type Dispute,
  DisputeHeaderSchema,
  RECORD_SCHEMAS,
  type RecordCollection,
} from '../model/dispute.js';
import { parsedDateOf } from '../model/record-date.js';
import { assemble } from './assemble.js';
import { isBuilt } from './built.js';
import { migrateDispute } from './migrate.js';
import { COLLECTIONS } from './places.js';
import { pushAll, RecordsReader } from './read-records.js';
import { RULES, WARNING_RULES } from './rules/registry.js';
import type { Rule, Valid, ValidList } from './rules/rule.js';
import { ruleContext, runRules, validRecordsOf } from './rules/run.js';
import { Copier } from './snapshot.js';
import { describe, zodIssues } from './zod-issues.js';

export { validateRecord } from './record.js';
// Kept here for the readers that import them from this file until they read through `seam.ts`.
export { referenceChecker } from './references.js';

/**
 * What {@link validateDispute} gives: the built dispute or every issue; and the rules' warnings, with the paths of
 * the input, when validation failed or {@link ValidateOptions.warnings} asked for them. (A built dispute's own
 * warnings, with its paths, are given by `disputeWarnings`, and the rules run when that first asks.)
 */
export type Validation = SafeResult<Dispute> & { readonly warnings?: readonly TimelineIssue[] };

/** How {@link validateDispute} treats what a streaming reader has not read yet. */
export interface ValidateOptions {
  /**
   * Called for a deadline ending's `event` that names no record at all, instead of reporting it: the events are
   * still to come (a JSON Lines stream has them after the deadlines), and the caller resolves it when they do.
   */
  readonly laterEvent?: (id: string, deadlineIndex: number) => void;
  /** The rules to run (default: every rule of `rules/registry.ts`): a stream runs those it can before the events. */
  readonly rules?: readonly Rule[];
  /**
   * Whether to run the rules that warn now, and give their warnings with the paths of the input (an event's
   * position in the list given), even when validation succeeds. By default a valid dispute leaves them for when
   * its warnings are first asked for: a build of a million events need not pay for what most scripts never read.
   */
  readonly warnings?: boolean;
}

/**
 * Validates a dispute in its JSON form, of any format version (see `migrate.ts`), and returns it built. The
 * pipeline: the input is read once into a plain snapshot (see `snapshot.ts`; `fresh` says it already is such data,
 * what `JSON.parse` returns) and migrated; the header is checked by its schema; every record is read by
 * `read-records.ts` (ids declared, each record checked by its schema or the fast path); then every rule of
 * `rules/registry.ts` runs on the valid records; when nothing failed, `assemble.ts` sorts the events into timeline
 * order and freezes the whole. Collects every problem rather than stopping at the first.
 */
export function validateDispute(given: unknown, fresh = false, options: ValidateOptions = {}): Validation {
  try {
    return validateReadable(given, fresh, options);
  } catch {
    // Only input that fights being read gets here: a Proxy or a getter that throws, nesting too deep for the stack.
    return failure([issue('wrong-type', [], 'the dispute cannot be read: reading it threw an error')]);
  }
}

function validateReadable(given: unknown, fresh: boolean, options: ValidateOptions): Validation {
  // Read once into plain data (own fields, each getter once), then migrated from an earlier version of the form.
  // The events are left to the event reader, which copies each as it checks it: one pass over a million.
  const copier = fresh ? undefined : new Copier(true);
  const migrated = migrateDispute(copier === undefined ? given : copier.copy(given, 0));
  if ('issues' in migrated) return failure([...migrated.issues]);
  const data = migrated.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return failure([issue('wrong-type', [], `a dispute is a JSON object; got ${describe(data)}`)]);
  const source = data as Record<string, unknown>;
  const header = readHeader(source);
  const zone =
    typeof source['timeZone'] === 'string' && isTimeZone(source['timeZone'])
      ? canonicalTimeZone(source['timeZone'])
      : undefined;
  const read = new RecordsReader(zone, copier);
  const issues = 'issues' in header ? [...header.issues] : [];
  read.readAll(source);
  pushAll(issues, read.issues);
  const dateOf = (value: DateValue) => parsedDateOf(value, zone);
  const rules = options.rules ?? RULES;
  // The rules that warn run now when validation fails or the caller asks; else when the warnings are first asked for.
  const warnNow = options.warnings === true || options.rules !== undefined;
  const warnings: TimelineIssue[] = [];
  const context = ruleContext(settingOf(read, source, dateOf, options), issues, warnings);
  runRules(
    rules.filter((rule) => !WARNING_RULES.includes(rule)),
    read.valid,
    context,
  );
  const failed = issues.length > 0 || 'issues' in header;
  if (failed || warnNow)
    runRules(
      rules.filter((rule) => WARNING_RULES.includes(rule)),
      read.valid,
      context,
    );
  if (failed) return failure(issues, warnings);
  const built = assemble(header.data, read, dateOf, warningsOf);
  return warnNow ? { success: true, data: built, warnings } : { success: true, data: built };
}

/**
 * The warnings of a dispute just built: the rules that warn, run on its records when the warnings are first asked
 * for (see `built.ts`). They read the events in the order of the input (`order` gives the input position of each
 * event of the timeline; none when the input was in timeline order), and report each at its place in the built
 * dispute, as a stream of the same input does.
 */
function warningsOf(built: Dispute, order: ArrayLike<number> | undefined): readonly TimelineIssue[] {
  const zone = built.timeZone === undefined ? undefined : canonicalTimeZone(built.timeZone);
  const warnings: TimelineIssue[] = [];
  let ids: Map<string, RecordCollection> | undefined;
  const setting = {
    dateOf: (value: DateValue) => parsedDateOf(value, zone),
    collectionOf(id: string) {
      if (ids === undefined) {
        ids = new Map();
        for (const collection of COLLECTIONS)
          for (const record of built[collection]) ids.set(record.id, collection);
      }
      return ids.get(id);
    },
    idsOf: (collection: RecordCollection) => built[collection].map((record) => record.id),
    unresolved: () => [],
  };
  // A built dispute has passed every rule that reports errors: none of these report one.
  const records = validRecordsOf(built);
  runRules(
    WARNING_RULES,
    order === undefined ? records : { ...records, events: inInputOrder(records.events.records, order) },
    ruleContext(setting, [], warnings),
  );
  return warnings;
}

/** The events of a built dispute in the order of its input, each with its position in the built dispute. */
function inInputOrder(events: readonly Valid<'events'>[], order: ArrayLike<number>): ValidList<'events'> {
  const records: Valid<'events'>[] = new Array(order.length);
  const indices: number[] = new Array(order.length);
  for (let at = 0; at < order.length; at++) {
    records[order[at] as number] = events[at] as Valid<'events'>;
    indices[order[at] as number] = at;
  }
  return { records, indices };
}

/** The header: every field of the dispute that is not a collection, checked by its schema. */
function readHeader(source: Record<string, unknown>): { data: object } | { issues: TimelineIssue[] } {
  const input: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(source)) if (!Object.hasOwn(RECORD_SCHEMAS, key)) input[key] = source[key];
  const header = DisputeHeaderSchema.safeParse(input, { reportInput: true });
  return header.success ? { data: header.data } : { issues: zodIssues(header.error.issues, []) };
}

/** What the rules read besides the records, from what the reader gathered. */
function settingOf(
  read: RecordsReader,
  source: Record<string, unknown>,
  dateOf: (value: DateValue) => ParsedDate,
  options: ValidateOptions,
) {
  return {
    dateOf,
    collectionOf: (id: string) => read.ids.collectionOf(id),
    idsOf: (collection: Parameters<RecordsReader['ids']['idsOf']>[0]) => read.ids.idsOf(collection),
    *unresolved(collection: keyof typeof RECORD_SCHEMAS): Iterable<readonly [number, unknown]> {
      const list = source[collection];
      if (!Array.isArray(list)) return;
      if (collection === 'events') for (const index of read.eventsToCheck) yield [index, list[index]];
      else for (let index = 0; index < list.length; index++) yield [index, list[index]];
    },
    laterEvent: options.laterEvent,
  };
}

/**
 * The dispute a function was handed, known to be valid: itself when this library built it, else the result of
 * validating it (a hand-made object, a dispute built by another copy of the library, JSON read by hand).
 * Throws a {@link TimelineError} whose issues' paths start at `path`, so that a formatter or a query never meets
 * a record it cannot read.
 */
export function builtDispute(value: unknown, path: IssuePath = ['dispute']): Dispute {
  if (isBuilt(value)) return value;
  const result = validateDispute(value);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues.map((found) => ({ ...found, path: [...path, ...found.path] }));
  throw new TimelineError([first as TimelineIssue, ...rest]);
}

function failure(issues: TimelineIssue[], warnings: readonly TimelineIssue[] = []): Validation {
  const list = issues.length > 0 ? issues : [issue('wrong-type', [], 'the dispute is not valid')];
  return {
    success: false,
    error: new TimelineError(list as [TimelineIssue, ...TimelineIssue[]]),
    warnings,
  };
}
