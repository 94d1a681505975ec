import { z } from 'zod';
import { issue } from '../_lib/issues.js';
import { type SafeResult, TimelineError } from '../errors.js';
import { type Dispute, DisputeSchema } from '../model/dispute.js';
import { validateDispute } from './validate.js';

/**
 * Reads a dispute from its JSON form (text, or the value `JSON.parse` gives) and validates it like a builder.
 *
 * @category Build
 * @param json - the JSON text, or an already parsed value
 * @returns the dispute, deeply frozen, events in timeline order
 * @throws {@link TimelineError} `json-syntax` for text that is not JSON, and every other problem found
 *   (see {@link ISSUE_CODES})
 *
 * @example
 * ```ts
 * import { parseDispute } from 'dispute-timeline';
 * const dispute = parseDispute('{"id": "case", "title": "A case"}');
 * dispute.events;
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
 * const result = safeParseDispute('{"id": "case", "title": ');
 * result.success ? 'ok' : result.error.issues[0].code;
 * //=> 'json-syntax'
 * ```
 */
export function safeParseDispute(json: unknown): SafeResult<Dispute> {
  if (typeof json !== 'string') return validateDispute(json);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    return {
      success: false,
      error: new TimelineError([issue('json-syntax', [], `not valid JSON: ${reason.slice(0, 200)}`)]),
    };
  }
  return validateDispute(value);
}

/**
 * Options of {@link serializeDispute}.
 *
 * @category Build
 * @example
 * ```ts
 * import type { SerializeOptions } from 'dispute-timeline';
 * const compact: SerializeOptions = { indent: 0 };
 * ```
 */
export interface SerializeOptions {
  /** Spaces per level of indentation; 0 writes one line. Default 2. */
  readonly indent?: number;
}

/**
 * Writes a dispute in its canonical JSON form: fields in schema order, events in timeline order, a final newline.
 * Reading it back with {@link parseDispute} gives an equal dispute, and writing that gives the same text.
 *
 * @category Build
 * @param dispute - a built dispute
 * @param options - indentation
 * @returns the JSON text
 *
 * @example
 * ```ts
 * import { blackberryPakistan2015, parseDispute, serializeDispute } from 'dispute-timeline';
 * const text = serializeDispute(blackberryPakistan2015);
 * serializeDispute(parseDispute(text)) === text;
 * //=> true
 * ```
 */
export function serializeDispute(dispute: Dispute, options: SerializeOptions = {}): string {
  const indent = options.indent ?? 2;
  return `${JSON.stringify(dispute, null, indent > 0 ? indent : undefined)}\n`;
}

/**
 * The JSON Schema (draft 2020-12) of a dispute's JSON form, generated from {@link DisputeSchema}. The same
 * schema ships in the package as `dispute-timeline/dispute.schema.json`, for users of other languages.
 * Checks that JSON Schema cannot express (dates that exist, references that resolve) are made by
 * {@link parseDispute} only.
 *
 * @category Build
 * @returns the JSON Schema, as a plain object
 *
 * @example
 * ```ts
 * import { disputeJsonSchema } from 'dispute-timeline';
 * const schema = disputeJsonSchema();
 * schema.required;
 * //=> ['id', 'title']
 * ```
 */
export function disputeJsonSchema(): Record<string, unknown> & { readonly required?: readonly string[] } {
  const schema = z.toJSONSchema(DisputeSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return { ...schema, title: 'dispute-timeline dispute' };
}
