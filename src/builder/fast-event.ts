import { EDTF_MAX_LENGTH } from '../dates/edtf-pattern.js';
import { readInstants, readLevelZero } from '../dates/edtf-read.js';
import { canonicalTimeZone, isTimeZone } from '../dates/zone.js';
import { ConfidenceSchema, MAX_SEQUENCE } from '../model/common.js';
import type { RecordCollection } from '../model/dispute.js';
import { EventKindSchema, TimelineEventSchema } from '../model/event.js';
import { ID_CHARACTERS, LIMITS } from '../model/limits.js';
import { NO_LIST } from './event-actors.js';
import { EVENT_FIELDS, eventOfShape } from './event-shapes.js';
import type { Copier } from './snapshot.js';

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
// The bounds, read from the model (model/limits.ts), where the schemas read them.
const SHORT_TEXT = LIMITS.shortText;
const LONG_TEXT = LIMITS.longText;
const ID_LENGTH = LIMITS.id;
const REFERENCES = LIMITS.eventReferences;
const CITATIONS = LIMITS.citations;
const TAGS = LIMITS.tags;
const CONFIDENCES: ReadonlySet<unknown> = new Set(ConfidenceSchema.options);

/** The event schema's fields, in its order (`FAST_EVENTS` checks they agree); each has its test below. */
const FIELDS = EVENT_FIELDS;

const REFERENCE_FIELDS = {
  actors: 'actors',
  demands: 'demands',
  responses: 'responses',
  deadlines: 'deadlines',
} as const satisfies Record<string, RecordCollection>;

/** The reference list at each position of FIELDS. */
const LIST_FIELDS: readonly (string | undefined)[] = FIELDS.map((key) =>
  Object.hasOwn(REFERENCE_FIELDS, key) ? key : undefined,
);

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

/**
 * Whether a value is certainly an id: what `ID_PATTERN` (model/limits.ts) matches, at most `LIMITS.id` characters.
 * Read from the pattern's table of characters (`ID_CHARACTERS`), which a million ids an event make faster than the
 * regular expression; a test compares both.
 */
export function isId(v: unknown): boolean {
  if (typeof v !== 'string' || v.length === 0 || v.length > ID_LENGTH) return false;
  // Bit 1: may start an id; bit 2: may follow. A character outside the table (not ASCII) is 0: not certain.
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 128 || ((ID_CHARACTERS[c] as number) & (i === 0 ? 1 : 2)) === 0) return false;
  }
  return true;
}

function isText(v: unknown, max: number): boolean {
  return typeof v === 'string' && v.length >= 1 && v.length <= max;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * The first `length` items of `items`, as a new array: an array literal for a short list, which V8 makes in the old
 * generation at once, as it does the event literals (see event-shapes.ts); a slice for a longer one.
 */
function listOf(items: readonly unknown[], length: number): unknown[] {
  // biome-ignore format: one line per length
  switch (length) {
    case 0: return [];
    case 1: return [items[0]];
    case 2: return [items[0], items[1]];
    case 3: return [items[0], items[1], items[2]];
    case 4: return [items[0], items[1], items[2], items[3]];
    default: return items.slice(0, length);
  }
}

/** Whether nothing enumerable has been added to Object.prototype, so that `for…in` meets only own fields. */
function isPrototypeClean(): boolean {
  for (const _ in Object.prototype) return false;
  return true;
}

/** Whether a zone may stand in an event's date as it is: an IANA name, spelt canonically. */
function isCanonicalZone(v: unknown): v is string {
  return typeof v === 'string' && isTimeZone(v) && canonicalTimeZone(v) === v;
}

/**
 * A date's text read in `zone` to its instants, written to `out`, and the rank of its precision; −1 when not
 * certainly valid: it must read in UTC too, as the schema reads it. Only an interval or a range (`/`, `..`) can
 * read in one zone and not in another (its ends compared as instants); any other text reads in every zone or in
 * none, so it is read once. The zone is one this reader has already found canonical, and the text no longer than a
 * date, so the grammar is asked directly: no zone name looked up again for each of 100,000 texts, no cache (the
 * event reader's memo keeps the instants), no message (an event whose date does not read goes to the schema, which
 * says why), and for a level-0 date no object at all (`readInstants`).
 */
function readText(text: string, zone: string, out: Float64Array): number {
  if (zone !== 'UTC' && (text.includes('/') || text.includes('..')) && readInstants(text, 'UTC', out) < 0)
    return -1;
  return readInstants(text, zone, out);
}

/** Sets a field the way a copy must: a key `__proto__` is data (the schema reports it), not the prototype. */
function setField(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/**
 * The instants and precision of the dates a memo holds, by slot, in typed arrays: a build of a million events
 * remembers a few hundred thousand distinct texts, and a date object each (a date, its bounds, its parts and their
 * texts) outlived the young generation (collections during a first build of 200,000 varied events: 70 ms with them,
 * 21 ms without). What a query asks of a date beyond these numbers is read when it asks (see `built.ts`).
 */
class DateTable {
  earliest: Float64Array = new Float64Array(1024);
  latest: Float64Array = new Float64Array(1024);
  ranks: Uint8Array = new Uint8Array(1024);
  size = 0;

  /** Keeps the instants in `out` with a precision's rank; their slot. */
  add(out: Float64Array, rank: number): number {
    if (this.size === this.ranks.length) {
      const grown = this.size * 2;
      this.earliest = grownTo(this.earliest, grown);
      this.latest = grownTo(this.latest, grown);
      const ranks = new Uint8Array(grown);
      ranks.set(this.ranks);
      this.ranks = ranks;
    }
    const slot = this.size++;
    this.earliest[slot] = out[0] as number;
    this.latest[slot] = out[1] as number;
    this.ranks[slot] = rank;
    return slot;
  }
}

function grownTo(values: Float64Array, length: number): Float64Array {
  const grown = new Float64Array(length);
  grown.set(values);
  return grown;
}

/** Where {@link readText} writes the instants of a date it reads. */
const READ = new Float64Array(2);
/** Where an interval read in its zone is read again in UTC, where the schema checks it too (see {@link readText}). */
const UTC_READ = new Float64Array(2);

/** The dates of a run of events read in one zone: the slot of each text in `table` (−1: not certainly valid). */
interface ZoneMemo {
  readonly dates: Map<string, number>;
  readonly table: DateTable;
  /** The frozen `{ value, timeZone }` of each text, shared by the events that give it. */
  readonly zoned: Map<string, object>;
}

/**
 * The dates of the events every build has read, by zone and text: the same events built again (or another
 * dispute's in the same zones) find their dates here, with no second lookup in the date reader's cache. Cleared
 * in place when it holds {@link MAX_SHARED_DATES} texts, so that it stays bounded.
 */
const SHARED_MEMOS = new Map<string, ZoneMemo>();
let sharedDates = 0;
/**
 * A text remembered costs its entry in a `Map` and 17 bytes of a table (the text itself is the event's). Only the
 * texts the grammar reads are remembered (a level-0 date, or an interval of two, is scanned again: see `readDate`),
 * so a million events of mixed precision leave far fewer here than the 380,000 distinct texts of the benchmark's
 * varied dispute, and a second build of them reads none of these again.
 */
const MAX_SHARED_DATES = 1_000_000;

/** One list of references shared by every event that gives the same ids (or the same citations) in the same order. */
interface Shared {
  /** The frozen list, once some event has given exactly these items. */
  list?: readonly unknown[];
  /** Whether every item of `list` names a record of the collection it refers to. */
  resolved?: boolean;
  /** For a list of actors: the number {@link ActorNumberer} gave it. */
  number?: number;
  readonly next: Map<unknown, Shared>;
  /** At a root: the lists looked up, and those found. */
  lookups: number;
  hits: number;
}

function newShared(): Shared {
  return { next: new Map(), lookups: 0, hits: 0 };
}

/** The root of a field whose lists are no longer shared. */
const DISABLED: Shared = Object.freeze({ next: new Map(), lookups: 0, hits: 0 });

/** Lists of a field not found among the shared ones before sharing them may be given up (see `sharing`). */
const SHARING_TRIAL = 10_000;

/** Lists kept for sharing in one run, across all fields: enough for any real dispute's combinations of actors and sources. */
const MAX_SHARED = 50_000;

/**
 * The certainly valid events a reader copies field by field before it makes them by their shape's literal
 * (event-shapes.ts): a literal's gain shows only over many events, and a small build makes no code from text.
 */
const LITERALS_AFTER = 1000;

/** Answers whether an id names a record of a collection (declared before the events, as every such record is). */
export type Resolver = (id: string, collection: RecordCollection) => boolean;

/**
 * Resolves a list of actors' ids and numbers it (see `event-actors.ts`): the number of the list, or {@link NO_LIST}
 * when an id names no actor.
 */
export type ActorNumberer = (ids: readonly string[]) => number;

/**
 * Reads the events of one run (one dispute, one stream) and tells which are certainly valid, taking each in one
 * pass that reads every field once.
 *
 * - **In place** (no copier): for plain data (a snapshot, or what `JSON.parse` gives), read returns the event
 *   itself, frozen when certainly valid. Whether the fast path may be taken is decided once: plain data runs no code.
 * - **Copying** (a copier): for the caller's own objects, read returns a copy made as the copier would make it (own
 *   enumerable fields; a getter or a proxy trap called once), frozen when certainly valid. The lists of references
 *   in it are shared with the earlier events that give the same items: a million events name a few dozen actors
 *   and sources, so most of their lists are found, not copied, checked and resolved again. Where a check fails,
 *   the copy goes on as the copier's, and the event goes to the schema.
 *
 * After each read, {@link EventReader.dated} says whether the event is certainly valid (the schema would give it
 * back unchanged), and then {@link EventReader.earliest}, {@link EventReader.latest} and {@link EventReader.rank}
 * are its date's instants and the rank of its precision, read in its zone; {@link EventReader.resolved} says
 * whether its references all resolved (copying with a resolver only; else `false`, and the caller checks them).
 */
export class EventReader {
  /** Whether the event last read is certainly valid, its date read. */
  dated = false;
  /** The first instant of the date of the event last read, when {@link EventReader.dated}. */
  earliest = 0;
  /** The last instant of the date of the event last read, when {@link EventReader.dated}. */
  latest = 0;
  /** The rank of the precision of the date of the event last read (`precisionRank`), when {@link EventReader.dated}. */
  rank = 0;
  /** Whether every reference of the event last read resolved (known only when copying with a resolver). */
  resolved = false;
  /**
   * The number of the list of actors of the event last read, when copying with a numberer and its actors resolved;
   * else {@link NO_LIST}.
   */
  actorList = NO_LIST;
  private sure = true;
  private readonly fast: boolean;
  /** The dates read, by zone: this reader's own, or {@link SHARED_MEMOS}. */
  private readonly memos: Map<string, ZoneMemo>;
  private readonly sharesDates: boolean;
  private disputeMemo: ZoneMemo;
  /** Dates remembered, for {@link EventReader.trim}. */
  private remembered = 0;
  /** The shared lists of each field (a root is {@link DISABLED} once sharing has not paid for itself). */
  private readonly shared: Record<string, Shared> = {
    actors: newShared(),
    demands: newShared(),
    responses: newShared(),
    deadlines: newShared(),
    sources: newShared(),
  };
  private sharedCount = 0;
  private readonly citations = new Map<string, object>();
  /** The items of a list read so far, before it is known whether the list is a shared one. */
  private readonly scratch: unknown[] = [];
  /** Events copied whole and certainly valid so far: past {@link LITERALS_AFTER}, by their shape's literal. */
  private copies = 0;
  /** The fields of the event being copied, by their position in FIELDS. */
  private readonly fields: unknown[] = new Array(FIELDS.length).fill(undefined);

  private readonly copier: Copier | undefined;
  private readonly resolves: Resolver | undefined;
  private readonly numberActors: ActorNumberer | undefined;
  private readonly freeze: boolean;

  /**
   * @param disputeZone - the zone of dates that give none (the dispute's, else UTC), spelt canonically: with
   *   any other name no event is certain, and every event goes to the schema
   * @param options - `copier` to copy the caller's objects (else events are read in place, and the caller has
   *   made sure that nothing enumerable is on Object.prototype); `resolves` to resolve references as they are
   *   read (copying only); `freeze: false` to leave an event read in place as it is; `sharedDates` to remember
   *   dates with every other reader that does (a build's reader; one that is trimmed keeps its own)
   */
  constructor(
    private readonly disputeZone: string,
    options: {
      readonly copier?: Copier | undefined;
      readonly resolves?: Resolver | undefined;
      readonly numberActors?: ActorNumberer | undefined;
      readonly freeze?: boolean;
      readonly sharedDates?: boolean;
    } = {},
  ) {
    this.copier = options.copier;
    this.resolves = options.copier === undefined ? undefined : options.resolves;
    this.numberActors = this.resolves === undefined ? undefined : options.numberActors;
    this.freeze = options.freeze ?? true;
    // Dates are read in the zone as given (see readText): only a canonical name may be.
    this.fast = FAST_EVENTS && isCanonicalZone(disputeZone);
    this.sharesDates = options.sharedDates === true;
    this.memos = this.sharesDates ? SHARED_MEMOS : new Map();
    this.disputeMemo = this.memoOf(disputeZone);
  }

  /** Forgets the dates read so far, when there are many: a reader kept for a long stream stays small. */
  trim(): void {
    if (this.sharesDates || this.remembered <= 10_000) return;
    this.remembered = 0;
    this.memos.clear();
    this.disputeMemo = this.memoOf(this.disputeZone);
  }

  /** The event to keep: `value` itself in place, else its copy; sets {@link EventReader.dated} and `resolved`. */
  read(value: unknown): unknown {
    this.dated = false;
    this.resolved = false;
    this.actorList = NO_LIST;
    const copier = this.copier;
    // When copying, a getter of an earlier event may have added a field to Object.prototype: for…in would meet it.
    if (!this.fast || !isPlainObject(value) || (copier !== undefined && !isPrototypeClean()))
      return copier === undefined ? value : copier.copy(value, 2);
    this.sure = true;
    let resolved = this.resolves !== undefined;
    // When copying, the fields kept, by their position in FIELDS (bit `i` of `mask` for each one given), until the
    // copy is made in one piece; once the event is unsure, `out` holds them and the fields after them.
    const fields = this.fields;
    let mask = 0;
    let out: Record<string, unknown> | undefined;
    let at = 0;
    let required = 0;
    // `for…in` reads each field through V8's enum cache, without a list of keys or a generic keyed load; with
    // nothing enumerable on Object.prototype when it starts, it meets exactly the object's own fields.
    for (const key in value) {
      const v = value[key];
      if (this.sure) while (at < FIELDS.length && FIELDS[at] !== key) at++;
      if (!this.sure || at === FIELDS.length) {
        this.sure = false;
        if (copier === undefined) continue;
        out ??= this.fieldsOf(mask);
        setField(out, key, copier.copy(v, 3));
        continue;
      }
      let kept: unknown = v;
      switch (at) {
        case 0:
          this.sure = isId(v);
          break;
        case 1:
          this.dateOf(v);
          kept = this.lastZoned ?? v;
          break;
        case 2:
          this.sure = KINDS.has(v);
          break;
        case 3:
          this.sure = isText(v, SHORT_TEXT);
          break;
        case 4:
          this.sure = isText(v, LONG_TEXT);
          break;
        case 9:
          kept = this.citationList(v);
          resolved &&= this.lastResolved;
          break;
        case 10:
          this.sure = CONFIDENCES.has(v);
          break;
        case 11:
          kept = this.list(v, 'tags', TAGS);
          break;
        case 12:
          this.sure = Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_SEQUENCE;
          break;
        default:
          // actors, demands, responses, deadlines
          kept = this.list(v, LIST_FIELDS[at] as keyof typeof REFERENCE_FIELDS, REFERENCES);
          resolved &&= this.lastResolved;
      }
      if (copier !== undefined) {
        fields[at] = kept;
        mask |= 1 << at;
      }
      if (this.sure && REQUIRED[at]) required++;
      if (this.sure) at++;
    }
    this.sure &&= required === REQUIRED_COUNT;
    return this.result(value, resolved, mask, out);
  }

  /**
   * What {@link EventReader.read} gives once every field is read: the event in place (frozen when certainly
   * valid), else the copy (the event's shape written out when certainly valid, else the fields as read).
   */
  private result(
    value: object,
    resolved: boolean,
    mask: number,
    out: Record<string, unknown> | undefined,
  ): unknown {
    if (this.copier === undefined) {
      if (!this.sure) return value;
      this.dated = true;
      return this.freeze ? freezeEvent(value) : value;
    }
    if (!this.sure) return out ?? this.fieldsOf(mask);
    this.dated = true;
    this.resolved = resolved;
    // A copy's lists and dates were frozen as they were made. Its shape's literal pays only in a long run of events.
    const literal = ++this.copies > LITERALS_AFTER ? eventOfShape(mask, this.fields) : undefined;
    return Object.freeze(literal ?? this.fieldsOf(mask));
  }

  /** The fields kept so far, in FIELDS order, as an object built field by field: where no shape's literal is used. */
  private fieldsOf(mask: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < FIELDS.length; i++)
      if ((mask & (1 << i)) !== 0) out[FIELDS[i] as string] = this.fields[i];
    return out;
  }

  /** Set by {@link EventReader.dateOf}: the frozen zoned date to keep, when copying one. */
  private lastZoned: object | undefined;
  /** Set by the list readers: whether the list last read resolved. */
  private lastResolved = false;

  private memoOf(zone: string): ZoneMemo {
    let memo = this.memos.get(zone);
    if (memo === undefined) {
      memo = { dates: new Map(), table: new DateTable(), zoned: new Map() };
      this.memos.set(zone, memo);
    }
    return memo;
  }

  /** Reads an event's `date` field in its zone into {@link EventReader.earliest} and the rest, or makes the event unsure. */
  private dateOf(v: unknown): void {
    this.lastZoned = undefined;
    if (typeof v === 'string') {
      this.readDate(this.disputeMemo, v, this.disputeZone);
      return;
    }
    const copier = this.copier;
    if (!isPlainObject(v) || (copier !== undefined && !isPrototypeClean())) {
      this.sure = false;
      if (copier !== undefined) this.lastZoned = copier.copy(v, 3) as object;
      return;
    }
    // Read once, field by field; what was read is what a copy holds, whatever the check says.
    let text: unknown;
    let zone: unknown;
    let copy: Record<string, unknown> | undefined;
    let at = 0;
    for (const key in v) {
      const x = v[key];
      if (copy === undefined && key === 'value' && at === 0) text = x;
      else if (copy === undefined && key === 'timeZone' && at === 1) zone = x;
      else if (copier === undefined) at = 3;
      else {
        if (copy === undefined) {
          copy = {};
          if (at >= 1) copy['value'] = text;
          if (at >= 2) copy['timeZone'] = zone;
        }
        setField(copy, key, copier.copy(x, 4));
      }
      at++;
    }
    if (copy !== undefined || at !== 2 || typeof text !== 'string' || !isCanonicalZone(zone)) {
      this.sure = false;
      if (copier !== undefined)
        this.lastZoned =
          copy ??
          (at === 0
            ? {}
            : at === 1
              ? { value: copier.copy(text, 4) }
              : { value: copier.copy(text, 4), timeZone: copier.copy(zone, 4) });
      return;
    }
    const memo = this.memoOf(zone);
    const read = this.readDate(memo, text, zone);
    if (copier !== undefined) {
      let zoned = memo.zoned.get(text);
      if (zoned === undefined) {
        zoned = Object.freeze({ value: text, timeZone: zone });
        if (read) memo.zoned.set(text, zoned);
      }
      this.lastZoned = zoned;
    }
  }

  /**
   * Reads a date's text in a zone (a level-0 date, or an interval of two, by a scan each time; any other text once
   * per memo): its instants and precision into {@link EventReader.earliest} and the rest; whether it is certainly
   * valid (if not, the event is unsure).
   */
  private readDate(memo: ZoneMemo, text: string, zone: string): boolean {
    // A text longer than any date is no date, and is not remembered: a memo kept across builds holds only dates.
    if (text.length > EDTF_MAX_LENGTH) {
      this.sure = false;
      return false;
    }
    // A level-0 date or an interval of two (nearly every date) is read again each time: a scan and a subtraction
    // cost less than finding it among a million texts, which is a read from memory, not from the cache. Only the
    // rest are remembered. An interval must read in UTC as well (see readText); if not, the memo's path says so.
    const levelZero = readLevelZero(text, zone, READ);
    if (
      levelZero >= 0 &&
      (zone === 'UTC' || !text.includes('/') || readLevelZero(text, 'UTC', UTC_READ) >= 0)
    ) {
      this.earliest = READ[0] as number;
      this.latest = READ[1] as number;
      this.rank = levelZero;
      return true;
    }
    let slot = memo.dates.get(text);
    if (slot === undefined) {
      const rank = readText(text, zone, READ);
      if (this.sharesDates && ++sharedDates > MAX_SHARED_DATES) {
        sharedDates = 1;
        for (const shared of SHARED_MEMOS.values()) {
          shared.dates.clear();
          shared.table.size = 0;
          shared.zoned.clear();
        }
      }
      slot = rank < 0 ? -1 : memo.table.add(READ, rank);
      memo.dates.set(text, slot);
      this.remembered++;
    }
    if (slot < 0) {
      this.sure = false;
      return false;
    }
    const table = memo.table;
    this.earliest = table.earliest[slot] as number;
    this.latest = table.latest[slot] as number;
    this.rank = table.ranks[slot] as number;
    return true;
  }

  /** A list field that is not an array: not sure, and when copying, a copy for the schema to refuse. */
  private notAList(v: unknown): unknown {
    this.sure = false;
    return this.copier === undefined ? v : this.copier.copy(v, 3);
  }

  /**
   * A list of ids (or, for `tags`, of texts) checked, and when copying, the shared frozen list of the same items
   * or a copy. Sets `lastResolved`.
   */
  private list(v: unknown, field: keyof typeof REFERENCE_FIELDS | 'tags', max: number): unknown {
    this.lastResolved = false;
    if (!Array.isArray(v)) return this.notAList(v);
    const copier = this.copier;
    const length = v.length;
    const tags = field === 'tags';
    if (copier === undefined) {
      if (length > max) this.sure = false;
      for (let i = 0; i < length && this.sure; i++) this.sure = tags ? isText(v[i], SHORT_TEXT) : isId(v[i]);
      return v;
    }
    const root = tags ? undefined : this.sharing(field);
    const scratch = this.scratch;
    if (root === undefined) {
      let sure = length <= max;
      for (let i = 0; i < length; i++) {
        const item: unknown = v[i];
        sure &&= tags ? isText(item, SHORT_TEXT) : isId(item);
        scratch[i] = typeof item === 'object' && item !== null ? copier.copy(item, 4) : item;
      }
      const out = listOf(scratch, length);
      if (!sure) {
        this.sure = false;
        return out;
      }
      if (!tags) this.lastResolved = this.resolvesList(out, field as keyof typeof REFERENCE_FIELDS);
      return Object.freeze(out);
    }
    // Each item is read once, into the scratch list; the list is looked up in the shared ones as it is read.
    let node: Shared | undefined = root;
    for (let i = 0; i < length; i++) {
      const item: unknown = v[i];
      scratch[i] = item;
      node = node?.next.get(item);
    }
    root.lookups++;
    if (node?.list !== undefined) {
      root.hits++;
      this.lastResolved = node.resolved === true;
      if (node.number !== undefined) this.actorList = node.number;
      return node.list;
    }
    let sure = length <= max;
    for (let i = 0; i < length; i++) {
      const item = scratch[i];
      sure &&= isId(item);
      if (typeof item === 'object' && item !== null) scratch[i] = copier.copy(item, 4);
    }
    const out = listOf(scratch, length);
    if (!sure) {
      this.sure = false;
      return out;
    }
    Object.freeze(out);
    const resolved = this.resolvesList(out, field as keyof typeof REFERENCE_FIELDS);
    this.share(root, out, resolved, field === 'actors' ? this.actorList : undefined);
    this.lastResolved = resolved;
    return out;
  }

  /**
   * Whether every id of a list of references resolves; a list of actors is numbered on the way, when there is a
   * numberer (sets {@link EventReader.actorList}): the lookup that resolves each id gives its number.
   */
  private resolvesList(list: readonly unknown[], field: keyof typeof REFERENCE_FIELDS): boolean {
    if (field !== 'actors' || this.numberActors === undefined)
      return this.resolvesAll(list, REFERENCE_FIELDS[field]);
    this.actorList = this.numberActors(list as readonly string[]);
    return this.actorList !== NO_LIST;
  }

  /** Whether every id of a list names a record of `collection` (`false` without a resolver). */
  private resolvesAll(list: readonly unknown[], collection: RecordCollection): boolean {
    const resolves = this.resolves;
    if (resolves === undefined) return false;
    for (let i = 0; i < list.length; i++) if (!resolves(list[i] as string, collection)) return false;
    return true;
  }

  /**
   * The shared lists of a field, or `undefined` once sharing has not paid for itself: {@link SHARING_TRIAL} lists
   * were not found, and they were more than half of those looked up (every event naming its own pair of actors);
   * each is copied from then on. Judged by the lists not found, not by the first thousand looked up: fifty actors
   * in pairs make 2,500 lists, and the first thousand events find few of them where a million find nearly all.
   */
  private sharing(field: string): Shared | undefined {
    const root = this.shared[field] as Shared;
    if (root.lookups - root.hits >= SHARING_TRIAL && root.hits * 2 < root.lookups) {
      this.shared[field] = DISABLED;
      return undefined;
    }
    return root === DISABLED ? undefined : root;
  }

  /** Keeps a frozen, certainly valid list for the events that give the same items, while there is room. */
  private share(root: Shared, list: readonly unknown[], resolved: boolean, number?: number): void {
    let node = root;
    for (const item of list) {
      let next = node.next.get(item);
      if (next === undefined) {
        if (this.sharedCount >= MAX_SHARED) return;
        this.sharedCount++;
        next = newShared();
        node.next.set(item, next);
      }
      node = next;
    }
    node.list = list;
    node.resolved = resolved;
    if (number !== undefined) node.number = number;
  }

  /** An event's citations checked, and when copying, the shared frozen list of the same citations or a copy. */
  private citationList(v: unknown): unknown {
    this.lastResolved = false;
    if (!Array.isArray(v)) return this.notAList(v);
    const copier = this.copier;
    const length = v.length;
    if (length < 1 || length > CITATIONS) this.sure = false;
    if (copier === undefined) {
      for (let i = 0; i < length && this.sure; i++) this.citation(v[i]);
      return v;
    }
    // Written by index, not pushed and emptied: a million `length = 0` show in the profile.
    const scratch = this.scratch;
    // A citation that gives only its source is one shared object: a list of such is looked up by them.
    const root = this.sharing('sources');
    let node: Shared | undefined = root;
    let resolved = this.resolves !== undefined;
    for (let i = 0; i < length; i++) {
      const citation = this.citation(v[i]);
      scratch[i] = citation;
      node = node?.next.get(citation);
    }
    if (root !== undefined) root.lookups++;
    if (node?.list !== undefined && this.sure) {
      (root as Shared).hits++;
      this.lastResolved = node.resolved === true;
      return node.list;
    }
    const out = listOf(scratch, length);
    if (!this.sure) return out;
    Object.freeze(out);
    const resolves = this.resolves;
    let shareable = true;
    for (let i = 0; i < length; i++) {
      const citation = out[i] as { source: string; quote?: string; note?: string };
      if (resolved) resolved = (resolves as Resolver)(citation.source, 'sources');
      shareable &&= this.citations.get(citation.source) === citation;
    }
    if (shareable && root !== undefined) this.share(root, out, resolved);
    this.lastResolved = resolved;
    return out;
  }

  /**
   * One citation, `{ source, quote?, note? }` in that order: checked (an unsure one makes the event unsure), and
   * when copying, its copy (the shared one for a citation that gives only its source).
   */
  private citation(c: unknown): unknown {
    const copier = this.copier;
    if (!isPlainObject(c) || (copier !== undefined && !isPrototypeClean())) {
      this.sure = false;
      return copier === undefined ? c : copier.copy(c, 4);
    }
    let source: unknown;
    let quote: unknown;
    let note: unknown;
    // 0: nothing read; 1: the source; 2: then a quote; 3: then a note (after the source, or the quote).
    let at = 0;
    let hasQuote = false;
    let copy: Record<string, unknown> | undefined;
    for (const key in c) {
      const x = c[key];
      if (copy === undefined) {
        if (key === 'source' && at === 0) {
          source = x;
          at = 1;
          continue;
        }
        if (key === 'quote' && at === 1) {
          quote = x;
          hasQuote = true;
          at = 2;
          continue;
        }
        if (key === 'note' && (at === 1 || at === 2)) {
          note = x;
          at = 3;
          continue;
        }
        this.sure = false;
        if (copier === undefined) return c;
        copy = this.citationCopy(source, hasQuote, quote, at, note);
      }
      setField(copy, key, (copier as Copier).copy(x, 5));
    }
    if (copy !== undefined) return copy;
    const ok =
      at >= 1 &&
      isId(source) &&
      (!hasQuote || isText(quote, LONG_TEXT)) &&
      (at !== 3 || isText(note, LONG_TEXT));
    if (!ok) this.sure = false;
    if (copier === undefined) return c;
    if (ok && at === 1) {
      let shared = this.citations.get(source as string);
      if (shared === undefined) {
        shared = Object.freeze({ source });
        this.citations.set(source as string, shared);
      }
      return shared;
    }
    const out = this.citationCopy(source, hasQuote, quote, at, note);
    return ok ? Object.freeze(out) : out;
  }

  /** A copy of the citation fields read so far, in the order they were read. */
  private citationCopy(
    source: unknown,
    hasQuote: boolean,
    quote: unknown,
    at: number,
    note: unknown,
  ): Record<string, unknown> {
    const copier = this.copier as Copier;
    const out: Record<string, unknown> = {};
    if (at >= 1) out['source'] = copier.copy(source, 5);
    if (hasQuote) out['quote'] = copier.copy(quote, 5);
    if (at === 3) out['note'] = copier.copy(note, 5);
    return out;
  }
}

/**
 * Whether plain data is certainly a valid event, one the schema would give back unchanged, its date read in its
 * zone (the dispute's is `disputeZone`); if not, the event goes to the schema.
 */
export function isCertainlyValidEvent(value: unknown, disputeZone = 'UTC'): boolean {
  if (!isPrototypeClean()) return false;
  let reader = CHECKERS.get(disputeZone);
  if (reader === undefined) {
    if (CHECKERS.size >= 100) CHECKERS.clear();
    reader = new EventReader(disputeZone, { freeze: false });
    CHECKERS.set(disputeZone, reader);
  }
  reader.trim();
  reader.read(value);
  return reader.dated;
}

/** The readers {@link isCertainlyValidEvent} checks single events with, by zone. */
const CHECKERS = new Map<string, EventReader>();

/**
 * Whether plain data may be read in place with {@link EventReader} for a whole run: nothing enumerable is on
 * Object.prototype (checked once; plain data runs no code that could add it).
 */
export function canReadInPlace(): boolean {
  return isPrototypeClean();
}

/** Freezes an event the reader accepted, and everything in it: its shape is known, so no walk is needed. */
function freezeEvent<T extends object>(event: T): T {
  for (const key in event) {
    const v: unknown = event[key];
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    if (key === 'sources') for (const citation of v as object[]) Object.freeze(citation);
    Object.freeze(v);
  }
  return Object.freeze(event);
}
