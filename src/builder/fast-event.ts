import { type ParsedDate, readDate } from '../dates/edtf.js';
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
 *
 * It is written out field by field rather than composed from small tests: it runs a million times in a build,
 * and each closure, each `Object.keys` of a nested object and each second lookup of a date shows in the profile.
 */

const KINDS: ReadonlySet<unknown> = new Set(EventKindSchema.options);
const CONFIDENCES: ReadonlySet<unknown> = new Set(ConfidenceSchema.options);

/** The event schema's fields, in its order, and the test of each below (`FAST_EVENTS` checks they agree). */
const FIELDS = [
  'id',
  'date',
  'kind',
  'title',
  'description',
  'actors',
  'demands',
  'responses',
  'deadlines',
  'sources',
  'confidence',
  'tags',
] as const;

const SCHEMA_FIELDS = Object.keys(TimelineEventSchema.shape);
const REQUIRED: readonly boolean[] = FIELDS.map(
  (key) => !TimelineEventSchema.shape[key].safeParse(undefined).success,
);
const REQUIRED_COUNT = REQUIRED.filter(Boolean).length;

/**
 * Whether the fast path knows every field of the event schema, in the same order; when the schema gains a field
 * this path does not know, every event goes to the schema.
 */
export const FAST_EVENTS =
  SCHEMA_FIELDS.length === FIELDS.length && SCHEMA_FIELDS.every((key, i) => FIELDS[i] === key);

function isId(v: unknown): boolean {
  return typeof v === 'string' && v.length <= 128 && ID_PATTERN.test(v);
}

function isText(v: unknown, max: number): boolean {
  return typeof v === 'string' && v.length >= 1 && v.length <= max;
}

function isIdList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > 1000) return false;
  for (let i = 0; i < v.length; i++) if (!isId(v[i])) return false;
  return true;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** `{ source, quote?, note? }`, in that order (read with `for…in`, as {@link certainEventDate} reads an event). */
function isCitation(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  let at = 0;
  for (const key in v) {
    if (key === 'source' && at === 0) {
      if (!isId(v['source'])) return false;
      at = 1;
    } else if (key === 'quote' && at === 1) {
      if (!isText(v['quote'], 20_000)) return false;
      at = 2;
    } else if (key === 'note' && at >= 1 && at <= 2) {
      if (!isText(v['note'], 20_000)) return false;
      at = 3;
    } else return false;
  }
  return at >= 1;
}

function isCitationList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length < 1 || v.length > 1000) return false;
  for (let i = 0; i < v.length; i++) if (!isCitation(v[i])) return false;
  return true;
}

function isTagList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > 100) return false;
  for (let i = 0; i < v.length; i++) if (!isText(v[i], 500)) return false;
  return true;
}

/**
 * The dates of one run of events, by text, read in the dispute's zone (`null`: not certainly valid): one lookup
 * an event where the shared cache takes two (the text in UTC, as the schema reads it, and in the zone).
 */
type DateMemo = Map<string, ParsedDate | null>;

/**
 * The date of an event's `date` field read in its zone (its own, else the dispute's, else UTC), or `undefined`
 * when the value is not certainly valid. The text must read in UTC too, as the schema reads it.
 */
function eventDate(v: unknown, disputeZone: string, memo: DateMemo | undefined): ParsedDate | undefined {
  if (typeof v === 'string' && memo !== undefined) {
    const known = memo.get(v);
    if (known !== undefined) return known ?? undefined;
    const date = eventDate(v, disputeZone, undefined);
    memo.set(v, date ?? null);
    return date;
  }
  let text: unknown = v;
  let zone = disputeZone;
  if (typeof v !== 'string') {
    if (!isPlainObject(v)) return undefined;
    const keys = Object.keys(v);
    if (keys.length !== 2 || keys[0] !== 'value' || keys[1] !== 'timeZone') return undefined;
    const timeZone = v['timeZone'];
    if (typeof timeZone !== 'string' || !isTimeZone(timeZone) || canonicalTimeZone(timeZone) !== timeZone)
      return undefined;
    text = v['value'];
    zone = timeZone;
  }
  if (typeof text !== 'string') return undefined;
  if (zone !== 'UTC' && 'code' in readDate(text, 'UTC')) return undefined;
  const date = readDate(text, zone);
  return 'code' in date ? undefined : date;
}

/**
 * When plain data is certainly a valid event, one the schema would give back unchanged, its date read in its
 * zone (the dispute's is `disputeZone`); else `undefined`, and the event goes to the schema.
 */
export function certainEventDate(value: unknown, disputeZone = 'UTC'): ParsedDate | undefined {
  return FAST_EVENTS && isPrototypeClean() ? checkEvent(value, disputeZone, undefined) : undefined;
}

/**
 * {@link certainEventDate} for many events read in a row: whether the fast path may be taken is decided once,
 * so the caller must not run code that could change Object.prototype between calls (no getters: plain data).
 */
export function eventChecker(disputeZone: string): ((value: unknown) => ParsedDate | undefined) | undefined {
  if (!FAST_EVENTS || !isPrototypeClean()) return undefined;
  const memo: DateMemo = new Map();
  return (value) => checkEvent(value, disputeZone, memo);
}

function checkEvent(value: unknown, disputeZone: string, memo: DateMemo | undefined): ParsedDate | undefined {
  if (!isPlainObject(value)) return undefined;
  let at = 0;
  let required = 0;
  let date: ParsedDate | undefined;
  // `for…in` reads each field through V8's enum cache, without a list of keys or a generic keyed load; with
  // nothing enumerable on Object.prototype (checked by the callers), it meets exactly the object's own fields.
  for (const key in value) {
    while (at < FIELDS.length && FIELDS[at] !== key) at++;
    if (at === FIELDS.length) return undefined;
    const v = value[key];
    let ok: boolean;
    switch (key) {
      case 'id':
        ok = isId(v);
        break;
      case 'date':
        date = eventDate(v, disputeZone, memo);
        ok = date !== undefined;
        break;
      case 'kind':
        ok = KINDS.has(v);
        break;
      case 'title':
        ok = isText(v, 500);
        break;
      case 'description':
        ok = isText(v, 20_000);
        break;
      case 'sources':
        ok = isCitationList(v);
        break;
      case 'confidence':
        ok = CONFIDENCES.has(v);
        break;
      case 'tags':
        ok = isTagList(v);
        break;
      default:
        // actors, demands, responses, deadlines
        ok = isIdList(v);
    }
    if (!ok) return undefined;
    if (REQUIRED[at]) required++;
    at++;
  }
  return required === REQUIRED_COUNT ? date : undefined;
}

/** Whether nothing enumerable has been added to Object.prototype, so that `for…in` meets only own fields. */
function isPrototypeClean(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}

/** Whether plain data is certainly a valid event, one the schema would give back unchanged. */
export function isCertainlyValidEvent(value: unknown): boolean {
  return certainEventDate(value) !== undefined;
}

/** Freezes an event {@link certainEventDate} accepted, and everything in it: its shape is known, so no walk is needed. */
export function freezeEvent(event: Record<string, unknown>): void {
  for (const key in event) {
    const v = event[key];
    if (typeof v !== 'object' || v === null) continue;
    if (key === 'sources') for (const citation of v as object[]) Object.freeze(citation);
    Object.freeze(v);
  }
  Object.freeze(event);
}
