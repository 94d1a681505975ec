import { fail, issue } from '../_lib/issues.js';
import { TIME_ZONE_PATTERN_SOURCE } from '../dates/zone.js';
import { zoneNamesForSchema } from '../dates/zone-names.js';
import { type SafeResult, TimelineError, type TimelineIssue } from '../errors/index.js';
import { type Dispute, DisputeSchema } from '../model/dispute.js';
import { builtWarnings, frozenWarnings, isBuilt } from './built.js';
import { inputJsonSchema } from './json-schema.js';
import { FORMAT_VERSION, withFormatVersion } from './migrate.js';
import { builtDispute, validateDispute } from './validate.js';

/**
 * Reads a dispute from its JSON form (text, or the value `JSON.parse` gives) and validates it like a builder.
 * Every format version is read: a file of version 1 (no `formatVersion`, a deadline's `outcome` a bare word such
 * as `"rescinded"`) is migrated to the current form, its endings undated.
 *
 * @category Build
 * @param json - the JSON text, or an already parsed value
 * @returns the dispute, deeply frozen, events in timeline order
 * @throws {@link TimelineError} `json-syntax` when the text is not JSON (truncated, a stray comma)
 * @throws {@link TimelineError} `unsupported-format-version` when `formatVersion` is not 1 or 2
 * @throws {@link TimelineError} `missing-field` when a required field is absent (an event without `kind`)
 * @throws {@link TimelineError} `wrong-type` when a value has the wrong type (a number where a date belongs, a collection that is not a list)
 * @throws {@link TimelineError} `unknown-field` when a record has a field the model does not know (a typo, `__proto__`)
 * @throws {@link TimelineError} `invalid-value` when a value is outside its vocabulary (an unknown actor kind, stance or confidence)
 * @throws {@link TimelineError} `invalid-id` when an id is not 1–128 letters, digits, `.`, `_`, `-` or `:`
 * @throws {@link TimelineError} `too-small` when a text or list that must not be empty is empty
 * @throws {@link TimelineError} `too-large` when a text or list is over its size limit
 * @throws {@link TimelineError} `missing-source` when an event or claim cites no source
 * @throws {@link TimelineError} `invalid-date` when a date is not an EDTF date this library reads
 * @throws {@link TimelineError} `impossible-date` when a date does not exist (`2015-02-30`) or an interval ends before it starts
 * @throws {@link TimelineError} `invalid-time-zone` when a time zone is not an IANA name
 * @throws {@link TimelineError} `invalid-url` when a URL is not an absolute `http:` or `https:` URL
 * @throws {@link TimelineError} `invalid-country` when a country is not an ISO 3166-1 alpha-2 code
 * @throws {@link TimelineError} `duplicate-id` when two records share an id
 * @throws {@link TimelineError} `unknown-reference` when a record refers to an id the dispute does not have, or to a record of the wrong kind
 * @throws {@link TimelineError} `extension-cycle` when a chain of deadline extensions loops
 * @throws {@link TimelineError} `extension-branch` when two deadlines extend the same deadline
 * @throws {@link TimelineError} `membership-cycle` when an actor is, through its memberships, a member of itself
 * @throws {@link TimelineError} `response-before-demand` when a response is dated certainly before a demand it answers
 * @throws {@link TimelineError} `ending-before-set` when a deadline's ending is dated certainly before it was set
 * @throws {@link TimelineError} `ending-before-due` when a deadline is missed or enforced certainly before it fell due
 * @throws {@link TimelineError} `ending-conflict` when a deadline another extends ended otherwise than `extended`,
 *   or on a date its extension was certainly not set
 * @throws {@link TimelineError} `deadline-before-demand` when a deadline falls due certainly before a demand it is for was made
 * @throws {@link TimelineError} `deadline-set-after-due` when a deadline was set certainly after it fell due
 * @throws {@link TimelineError} `inverted-range` when a claim's figure has its low value above its high value
 * @throws {@link TimelineError} `extension-not-later` when an extension falls due before the deadline it extends,
 *   or on the same date
 * @throws {@link TimelineError} `met-after-due` when a deadline is `met` on a date certainly after it fell due
 * @throws {@link TimelineError} `ending-event-conflict` when a deadline's ending is of a kind the event it names
 *   cannot record (`met` by a rescission)
 *
 * @example
 * ```ts
 * import { parseDispute, serializeDispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const dispute = parseDispute(serializeDispute(blackberryPakistan2015));
 * dispute.events.length;
 * //=> 8
 * parseDispute('{"id": "case", "title": "A case"}').events;
 * //=> []
 * ```
 */
export function parseDispute(json: unknown): Dispute {
  const result = safeParseDispute(json);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link parseDispute}, but returns the error instead of throwing it.
 *
 * @category Build
 * @param json - the JSON text, or an already parsed value
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * import { safeParseDispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * // The shipped JSON form of a dataset, with its time zone misspelt:
 * const json = { ...blackberryPakistan2015, timeZone: 'Asia/Karachy' };
 * const result = safeParseDispute(json);
 * result.success ? 'ok' : result.error.issues.map((issue) => issue.code);
 * //=> ['invalid-time-zone']
 * safeParseDispute('{"id": "case", "title": ').success;
 * //=> false
 * ```
 */
export function safeParseDispute(json: unknown): SafeResult<Dispute> {
  if (typeof json !== 'string') return validateDispute(json);
  let value: unknown;
  try {
    // A byte-order mark (which Windows editors write) is not JSON, but it is no mistake in the document either.
    value = JSON.parse(json.startsWith('\uFEFF') ? json.slice(1) : json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    return {
      success: false,
      error: new TimelineError([issue('json-syntax', [], `not valid JSON: ${reason.slice(0, 200)}`)]),
    };
  }
  // What JSON.parse returns is already plain data that nothing else holds: it needs no snapshot.
  return validateDispute(value, true);
}

/**
 * The warnings of a valid dispute: data that is valid but suspicious, which validation reports without failing.
 * Each is a {@link TimelineIssue} with a code, a path and a message that says what to check:
 *
 * | code | warns of |
 * |---|---|
 * | `restated-response` | an event that only restates a response on the same day (the happening counted twice) |
 * | `late-source` | a source published more than a year after the record that cites it, with none from the time |
 * | `unsourced-deadline` | a deadline with no `setOn` and no sources |
 * | `undated-ending` | a deadline's ending with no date, no event and no note |
 * | `shared-claim-source` | two claims on one topic that cite the same source |
 *
 * A dispute this library built keeps the warnings its validation gave, their paths into it (its events in
 * timeline order); any other value is validated first, and the paths point into it as given.
 * The CLI's `validate` prints them, and fails on them with `--strict`.
 *
 * @category Build
 * @param dispute - a dispute (built by this library, or its JSON form as an object)
 * @returns the warnings, in the order of the rules that give them; empty for most disputes
 * @throws {@link TimelineError} `missing-field` and every other issue of `dispute` (their paths starting at
 *   `dispute`) when it is not a valid dispute, for example a hand-made object
 *
 * @example
 * ```ts
 * import { disputeWarnings, formatIssues, updateDispute } from 'dispute-timeline';
 * import { saudiBlackberry2010, uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * disputeWarnings(saudiBlackberry2010);
 * //=> []
 * // The National gives both dates of the UAE's suspension: one source behind both claims.
 * disputeWarnings(uaeBlackberry2010).map((warning) => warning.code);
 * //=> ['shared-claim-source']
 * // A deadline without the date it was set or a source:
 * const unsourced = updateDispute(saudiBlackberry2010, (draft) => {
 *   delete draft.deadlines[0]!.setOn;
 *   delete draft.deadlines[0]!.sources;
 * });
 * formatIssues(disputeWarnings(unsourced));
 * //=> 'unsourced-deadline at deadlines[0]: deadline deadline-2010-08-06 gives neither when it was set (setOn) nor a source: cite the source that reports it, and its setOn when the source gives it'
 * ```
 */
export function disputeWarnings(dispute: Dispute): readonly TimelineIssue[] {
  if (isBuilt(dispute)) return builtWarnings(dispute);
  const result = validateDispute(dispute, false, { warnings: true });
  if (!result.success) {
    const [first, ...rest] = result.error.issues.map((found) => ({
      ...found,
      path: ['dispute', ...found.path],
    }));
    throw new TimelineError([first as TimelineIssue, ...rest]);
  }
  return frozenWarnings(result.warnings ?? []);
}

/**
 * Options of {@link serializeDispute}.
 *
 * @category Build
 * @example
 * ```ts
 * import { serializeDispute, type SerializeOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const compact: SerializeOptions = { indent: 0 };
 * serializeDispute(blackberryPakistan2015, compact).split('\n').length;
 * //=> 2
 * ```
 */
export interface SerializeOptions {
  /** Spaces per level of indentation; 0 writes one line. Default 2. */
  readonly indent?: number;
}

/**
 * Writes a dispute in its canonical JSON form: `formatVersion` first (2, the current version of the JSON form),
 * then fields in schema order, events in timeline order, a final newline.
 * Reading it back with {@link parseDispute} gives an equal dispute, and writing that gives the same text.
 *
 * @category Build
 * @param dispute - a built dispute
 * @param options - indentation
 * @returns the JSON text
 * @throws {@link TimelineError} `invalid-argument` for an indent that is not 0 to 10; the dispute's own issues
 * (such as `missing-field`, with paths starting at `dispute`) when it is not a valid dispute, for example a
 * hand-made object
 *
 * @example
 * ```ts
 * import { parseDispute, serializeDispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const text = serializeDispute(blackberryPakistan2015);
 * text.split('\n').slice(0, 3);
 * //=> ['{', '  "formatVersion": 2,', '  "id": "blackberry-pakistan-2015",']
 * serializeDispute(parseDispute(text)) === text;
 * //=> true
 * ```
 */
export function serializeDispute(dispute: Dispute, options: SerializeOptions = {}): string {
  const valid = builtDispute(dispute);
  const indent = options?.indent ?? 2;
  if (!Number.isInteger(indent) || indent < 0 || indent > 10)
    fail(
      'invalid-argument',
      ['options', 'indent'],
      'indent is a whole number of spaces from 0 to 10',
      indent,
    );
  const versioned = { formatVersion: FORMAT_VERSION, ...valid };
  return `${JSON.stringify(versioned, null, indent > 0 ? indent : undefined)}\n`;
}

/** What the schema says of itself: what it checks, and what only the library can. */
const SCHEMA_DESCRIPTION =
  'A dispute between a government and a technology company, with its timeline (dispute-timeline). ' +
  'This schema checks every field: types, required fields, vocabularies, lengths, ids, the shape of EDTF ' +
  'dates and of time zone names, days and times that do not exist, and that URLs are http(s). ' +
  'It cannot check, and parseDispute does: that every reference names a record of the right kind in the ' +
  'dispute (unknown-reference), that ids are unique across the dispute (duplicate-id), that chains of ' +
  'deadline extensions and of memberships do not loop or branch (extension-cycle, extension-branch, ' +
  'membership-cycle), that a response is not dated before the demand it answers (response-before-demand), ' +
  'that a deadline falls due after its demand was made and was set before it fell due ' +
  "(deadline-before-demand, deadline-set-after-due), that a deadline's ending is consistent with its dates " +
  'and its extensions (ending-before-set, ending-before-due, ending-conflict, met-after-due), that an ' +
  'extension falls due after the deadline it extends (extension-not-later), that an ending is of a kind its ' +
  "event can record (ending-event-conflict), that a figure's low value is " +
  'not above its high value (inverted-range), that a response given the same date as its demand is numbered ' +
  'after it (sequence-conflict), that an interval does not end before it starts, and the finer points of EDTF: the date pattern admits the ' +
  'shape of EDTF levels 0 to 2 and refuses days and times that do not exist; the library reads each form. ' +
  'The schema is of version 2 of the JSON form; parseDispute also reads ' +
  'version 1 (a deadline outcome as a bare word).';

/**
 * The JSON Schema (draft 2020-12) of a dispute's JSON form, generated from {@link DisputeSchema}. The same
 * schema ships in the package as `dispute-timeline/dispute.schema.json`, for users of other languages.
 * It gives every constrained string its pattern: ids, EDTF dates (and the days and times that do not exist),
 * http(s) URLs; a time zone is one of the names listed (each Area/Location name as the library stores it, `UTC`,
 * and the old names it reads as today's: the library also reads them in any case). Checks that a JSON Schema
 * cannot express — references that resolve, unique ids, chains without loops, responses after their demands,
 * intervals in order — are
 * made by {@link parseDispute} only; the schema's `description` lists them.
 *
 * @category Build
 * @returns the JSON Schema, as a plain object
 *
 * @example
 * ```ts
 * import { disputeJsonSchema } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const schema = disputeJsonSchema();
 * schema.required;
 * //=> ['id', 'title']
 * schema['$schema'];
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * // Every field of a dataset is a property of the schema:
 * const properties = Object.keys(schema['properties'] as object);
 * Object.keys(blackberryPakistan2015).every((field) => properties.includes(field));
 * //=> true
 * ```
 */
export function disputeJsonSchema(): Record<string, unknown> & { readonly required?: readonly string[] } {
  const schema = inputJsonSchema(DisputeSchema);
  // A zone name is one of the names the library accepts (as stored, then the old names it reads as today's):
  // the schema lists them once, so that it refuses `IST` and `Mars/Olympus` as the library does.
  const zones = listTimeZones(schema);
  if (zones > 0) {
    schema['$defs'] ??= {};
    const defs = schema['$defs'] as Record<string, unknown>;
    defs['timeZone'] = {
      description: 'An IANA time zone name that means one place (Area/Location), or UTC; see TimeZoneSchema',
      enum: [...zoneNamesForSchema()],
    };
  }
  return { ...withFormatVersion(schema), title: 'dispute-timeline dispute', description: SCHEMA_DESCRIPTION };
}

/** Replaces each zone name's pattern in a generated schema by a reference to the list of names; counts them. */
function listTimeZones(node: unknown): number {
  if (typeof node !== 'object' || node === null) return 0;
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + listTimeZones(item), 0);
  const record = node as Record<string, unknown>;
  if (record['pattern'] === TIME_ZONE_PATTERN_SOURCE) {
    delete record['pattern'];
    delete record['maxLength'];
    delete record['type'];
    record['$ref'] = '#/$defs/timeZone';
    return 1;
  }
  let count = 0;
  for (const value of Object.values(record)) count += listTimeZones(value);
  return count;
}
