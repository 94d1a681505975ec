import type * as z from 'zod/mini';
import { issue } from '../_lib/issues.js';
import { nearest } from '../_lib/nearest.js';
import { quoted } from '../_lib/text.js';
import { readDate } from '../dates/edtf.js';
import type { IssueCode, IssuePath, TimelineIssue } from '../errors/index.js';
import { RECORD_SCHEMAS, type RecordCollection } from '../model/dispute.js';
import { nearestField } from './known-fields.js';

const FIELD_CODES: Record<string, IssueCode> = {
  country: 'invalid-country',
  countries: 'invalid-country',
  url: 'invalid-url',
};

/** Turns zod's issues into this library's, with stable codes and paths from the root. */
export function zodIssues(list: readonly z.core.$ZodIssue[], prefix: IssuePath): TimelineIssue[] {
  const out: TimelineIssue[] = [];
  for (const zi of list) {
    const path = [...prefix, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const field = [...zi.path].reverse().find((p) => typeof p === 'string') as string | undefined;
    const input = (zi as { input?: unknown }).input;
    if (input === undefined && zi.code !== 'unrecognized_keys' && zi.code !== 'custom') {
      out.push(issue('missing-field', path, `${field ?? 'the value'} is required`));
      continue;
    }
    switch (zi.code) {
      case 'unrecognized_keys':
        for (const key of zi.keys) {
          // Typos come one or two at a time; an object of many unknown fields gets no search per field.
          const near = zi.keys.length <= 20 ? nearestFieldAt(path, key) : undefined;
          const hint = near === undefined ? '' : `; did you mean ${quoted(near)}?`;
          out.push(issue('unknown-field', [...path, key], `unknown field ${quoted(key)}${hint}`));
        }
        break;
      case 'invalid_type':
        out.push(issue('wrong-type', path, `expected ${zi.expected}, got ${describe(input)}`, input));
        break;
      case 'invalid_union':
        out.push(unionIssue(zi, path, input));
        break;
      case 'too_small':
        if (field === 'sources' && zi.origin === 'array') out.push(issue('missing-source', path, zi.message));
        else out.push(issue('too-small', path, zi.message, input));
        break;
      case 'too_big':
        out.push(issue('too-large', path, zi.message, input));
        break;
      case 'invalid_format':
        if (zi.format === 'url') out.push(issue('invalid-url', path, zi.message, input));
        else out.push(issue('invalid-id', path, zi.message, input));
        break;
      case 'invalid_value':
        out.push(
          issue(
            field !== undefined ? (FIELD_CODES[field] ?? 'invalid-value') : 'invalid-value',
            path,
            valueMessage(zi, input),
            input,
          ),
        );
        break;
      case 'custom': {
        const code = (zi.params as { code?: IssueCode } | undefined)?.code ?? 'invalid-value';
        out.push(issue(code, path, zi.message, input));
        break;
      }
      default:
        out.push(issue('invalid-value', path, zi.message, input));
    }
  }
  return out;
}

/** The known field nearest to an unknown one at a path from the dispute's root. */
function nearestFieldAt(path: IssuePath, key: string): string | undefined {
  const [first] = path;
  if (typeof first === 'string' && Object.hasOwn(RECORD_SCHEMAS, first) && path.length >= 2)
    return nearestField(first as RecordCollection, path.slice(2), key);
  return nearestField(undefined, path, key);
}

/** A date union failed: report why the string form failed, or that the object form was malformed. */
function unionIssue(zi: z.core.$ZodIssueInvalidUnion, path: IssuePath, input: unknown): TimelineIssue {
  if (typeof input === 'string') {
    const result = readDate(input, 'UTC');
    if ('code' in result) return issue(result.code, path, result.message, input);
  }
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const nested = zi.errors.flat().filter((e) => e.code !== 'invalid_type' || e.path.length > 0);
    const first = zodIssues(nested, path)[0];
    if (first !== undefined) return first;
  }
  return issue(
    'wrong-type',
    path,
    `expected an EDTF date string or { value, timeZone }; got ${describe(input)}`,
    input,
  );
}

/** `expected one of "a", "b", …`, every value listed (no vocabulary is long), and the nearest to a misspelling. */
function valueMessage(zi: z.core.$ZodIssueInvalidValue, input: unknown): string {
  const options = zi.values.map((v) => JSON.stringify(v));
  const near =
    typeof input === 'string'
      ? nearest(
          input,
          zi.values.filter((v): v is string => typeof v === 'string'),
        )
      : undefined;
  return `expected one of ${options.join(', ')}${near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`}`;
}

/** A value as a message names it: `null`, `a list`, a short string quoted, `number 3`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
