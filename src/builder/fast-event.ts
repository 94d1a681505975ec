import { readDate } from '../dates/edtf.js';
import { canonicalTimeZone, isTimeZone } from '../dates/zone.js';
import { ConfidenceSchema } from '../model/common.js';
import { EventKindSchema, TimelineEventSchema } from '../model/event.js';
import { ID_PATTERN } from '../model/ids.js';

/**
 * A fast check of an event that answers only "certainly valid" or "ask the schema". A million events through
 * zod cost several times what reading them does; most inputs are valid, and for a valid event in schema order
 * the schema's output would equal the input. So plain data (a snapshot, or what `JSON.parse` gives) that passes
 * every test below is taken as it is, and anything else — an unknown or missing field, a value out of bounds, a
 * field out of schema order, an `undefined` — goes to the schema, which stays the source of truth and the
 * reporter of every error. The tests are at least as strict as the schema's (a test compares both on random
 * events), so this path accepts nothing the schema rejects.
 */

type Test = (value: unknown) => boolean;

const KINDS: ReadonlySet<unknown> = new Set(EventKindSchema.options);
const CONFIDENCES: ReadonlySet<unknown> = new Set(ConfidenceSchema.options);

const isId: Test = (v) => typeof v === 'string' && v.length <= 128 && ID_PATTERN.test(v);
const text =
  (max: number): Test =>
  (v) =>
    typeof v === 'string' && v.length >= 1 && v.length <= max;
const shortText = text(500);
const longText = text(20_000);

function list(item: Test, min: number, max: number): Test {
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
    return true;
  };
}

/** An object whose own keys are among `keys`, in that order, each value passing its test. */
function object(tests: Readonly<Record<string, Test>>, required: readonly string[]): Test {
  const order = Object.keys(tests);
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    if (Object.getPrototypeOf(v) !== Object.prototype) return false;
    const keys = Object.keys(v);
    let at = 0;
    for (const key of keys) {
      while (at < order.length && order[at] !== key) at++;
      if (at === order.length) return false;
      if (!(tests[key] as Test)((v as Record<string, unknown>)[key])) return false;
    }
    for (const key of required) if (!Object.hasOwn(v, key)) return false;
    return true;
  };
}

const isEdtf: Test = (v) => typeof v === 'string' && !('code' in readDate(v, 'UTC'));
const isZonedDate = object(
  { value: isEdtf, timeZone: (v) => typeof v === 'string' && isTimeZone(v) && canonicalTimeZone(v) === v },
  ['value', 'timeZone'],
);
const isCitation = object({ source: isId, quote: longText, note: longText }, ['source']);

/** The test of each field of an event, in the schema's order. */
const EVENT_FIELDS: Readonly<Record<string, Test>> = {
  id: isId,
  date: (v) => (typeof v === 'string' ? isEdtf(v) : isZonedDate(v)),
  kind: (v) => KINDS.has(v),
  title: shortText,
  description: longText,
  actors: list(isId, 0, 1000),
  demands: list(isId, 0, 1000),
  responses: list(isId, 0, 1000),
  deadlines: list(isId, 0, 1000),
  sources: list(isCitation, 1, 1000),
  confidence: (v) => CONFIDENCES.has(v),
  tags: list(shortText, 0, 100),
};

const SCHEMA_FIELDS = Object.keys(TimelineEventSchema.shape);
const REQUIRED = SCHEMA_FIELDS.filter(
  (key) => !TimelineEventSchema.shape[key as 'id'].safeParse(undefined).success,
);

/**
 * Whether the fast path knows every field of the event schema, in the same order; when the schema gains a field
 * this path does not know, every event goes to the schema.
 */
export const FAST_EVENTS =
  SCHEMA_FIELDS.length === Object.keys(EVENT_FIELDS).length &&
  SCHEMA_FIELDS.every((key, i) => Object.keys(EVENT_FIELDS)[i] === key);

const isEvent = object(EVENT_FIELDS, REQUIRED);

/** Whether plain data is certainly a valid event, one the schema would give back unchanged. */
export function isCertainlyValidEvent(value: unknown): boolean {
  return FAST_EVENTS && isEvent(value);
}
