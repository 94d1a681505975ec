/**
 * A zone's offsets from UTC as a table of its transitions, read from `Intl` once and then looked up.
 *
 * `Intl` knows a zone's rules but gives no list of its transitions: each answer is one formatted instant, a few
 * microseconds. A zone changes its offset at a few hundred instants over its whole history, so its transitions
 * are found once and every later offset is a lookup. Time is cut into chunks of {@link CHUNK_MS}; a chunk is
 * filled the first time an instant in it is asked for (only the years a dispute's dates need are ever read):
 * `Intl`'s offset is sampled every {@link STEP_MS} across it, and wherever two neighbouring samples differ, the
 * instant of the change is found by bisection to the second (time zone rules change offsets on whole seconds).
 * A chunk is then its first offset and each transition in it with the offset from then on.
 *
 * The one assumption is that no two transitions fall between two samples (an offset left and returned to, or two
 * changes in a row): read every day from 1850 to 2100, no zone this runtime lists changes its offset twice in less
 * than 7 days (Brazil's northeast in October 2000, Gaza's and Hebron's future Ramadan changes), more than twice
 * the step. The full tests read the table against `Intl` every day for every zone, and at every transition.
 */

const SECOND = 1000;
const DAY = 86_400_000;
/** The time between two samples of a chunk: under half the shortest gap between two transitions. */
export const STEP_MS = 3 * DAY;
/** The length of a chunk: 8 steps. */
export const CHUNK_MS = 8 * STEP_MS;
/** The instants `Intl` formats: ±8.64e15 ms. A chunk reaching past them is not tabled. */
const LIMIT = 8.64e15 - CHUNK_MS;
/** The most chunks kept across zones (each a few numbers); beyond, all are dropped and refilled as needed. */
const MAX_CHUNKS = 200_000;

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The offset `Intl` gives `timeZone` at an instant, in milliseconds east of UTC, read from its `longOffset` name
 * (`GMT+05:00`, `GMT-00:44:30`, `GMT`). Not `@date-fns/tz`'s `tzOffset`: it takes the sign of an offset from its
 * hours, so the offsets between 0 and −1 hour that some zones kept before about 1972 (Africa/Monrovia's
 * −00:44:30) come out positive.
 */
export function intlOffsetMs(timeZone: string, instant: number): number {
  let format = formats.get(timeZone);
  if (format === undefined) {
    // The hour alone beside the offset: formatting the whole date as well costs about half as much again.
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset', hour: 'numeric' });
    if (formats.size > 1000) formats.clear();
    formats.set(timeZone, format);
  }
  const text = format.format(instant);
  const match = /GMT(?:([+\-\u2212])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/.exec(text);
  if (match === null) return 0;
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  const size = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
  return sign === '+' || sign === undefined ? size : -size;
}

/**
 * A chunk: `[offset at its start, transition, offset from it, transition, offset from it, …]`, transitions
 * ascending and inside the chunk.
 */
type Chunk = Float64Array;

const tables = new Map<string, Map<number, Chunk>>();
let chunkCount = 0;
let lastZone = '';
let lastTable: Map<number, Chunk> | undefined;

/** The offset of `timeZone` at an instant, in milliseconds east of UTC: `Intl`'s, from the zone's table. */
export function tabledOffsetMs(timeZone: string, instant: number): number {
  if (!(instant > -LIMIT && instant < LIMIT)) return intlOffsetMs(timeZone, instant);
  let table = lastTable;
  if (timeZone !== lastZone || table === undefined) {
    table = tables.get(timeZone);
    if (table === undefined) {
      if (tables.size > 1000) dropAll();
      table = new Map();
      tables.set(timeZone, table);
    }
    lastZone = timeZone;
    lastTable = table;
  }
  const chunk = chunkAt(timeZone, table, Math.floor(instant / CHUNK_MS));
  let offset = chunk[0] as number;
  for (let i = 1; i < chunk.length && (chunk[i] as number) <= instant; i += 2)
    offset = chunk[i + 1] as number;
  return offset;
}

/** The chunk of `table` (the zone's) with this key, filled from `Intl` the first time it is asked for. */
function chunkAt(timeZone: string, table: Map<number, Chunk>, key: number): Chunk {
  let chunk = table.get(key);
  if (chunk === undefined) {
    if (chunkCount >= MAX_CHUNKS) {
      // Every table is dropped, this one too; it stays the zone's, and is filled again as needed.
      dropAll();
      tables.set(timeZone, table);
    }
    chunk = fillChunk(timeZone, key * CHUNK_MS);
    table.set(key, chunk);
    chunkCount++;
  }
  return chunk;
}

function dropAll(): void {
  for (const table of tables.values()) table.clear();
  tables.clear();
  days.clear();
  dayCount = 0;
  chunkCount = 0;
  lastZone = '';
  lastTable = undefined;
  lastDays = undefined;
}

/**
 * A zone's offsets by wall-clock day: for day `first + i` (days since 1970-01-01), the offset in force from a day
 * before that day's midnight to a day after its end, when no transition falls in those three days; `NaN` where
 * one does, `undefined` where not read yet. A wall clock on a steady day is an instant by one subtraction.
 */
interface DayOffsets {
  first: number;
  offsets: Float64Array;
}

/** A day not read yet; a day near a transition is `NaN`. */
const UNREAD = Number.POSITIVE_INFINITY;
/** The most days a zone's table spans (about 360 years): a day outside is read from the chunks. */
const MAX_DAY_SPAN = 1 << 17;
/** The most days kept across zones (8 bytes each); beyond, every table is dropped. */
const MAX_DAYS = 1 << 22;

const days = new Map<string, DayOffsets>();
let dayCount = 0;
let lastDaysZone = '';
let lastDays: DayOffsets | undefined;

/**
 * The offset of `timeZone` in milliseconds east of UTC throughout the wall-clock day `day` (days since
 * 1970-01-01) and a day either side of it, or `NaN` when a transition falls in those three days (or the day is
 * beyond the table's span): then every wall clock of the day reads as `wall − offset`, the one instant it names,
 * as {@link tabledOffsetMs}'s lookups would find it. No offset is 24 hours or more, so the instants of a wall day
 * lie inside the three days around it.
 */
export function steadyDayOffsetMs(timeZone: string, day: number): number {
  let table = lastDays;
  if (timeZone !== lastDaysZone || table === undefined) {
    table = days.get(timeZone);
    if (table === undefined) {
      table = { first: day, offsets: new Float64Array(0) };
      days.set(timeZone, table);
    }
    lastDaysZone = timeZone;
    lastDays = table;
  }
  const at = day - table.first;
  const offset = table.offsets[at];
  if (offset !== undefined && offset !== UNREAD) return offset;
  if (offset === undefined && !widen(table, day)) return Number.NaN;
  const steady = steadyOffset(timeZone, day * DAY - DAY, day * DAY + 2 * DAY);
  table.offsets[day - table.first] = steady;
  return steady;
}

/** Widens a zone's table of days to hold `day`: false when it would span more than {@link MAX_DAY_SPAN} days. */
function widen(table: DayOffsets, day: number): boolean {
  if (!Number.isSafeInteger(day)) return false;
  const { first, offsets } = table;
  const length = offsets.length;
  // Doubled, or at least 64 days, toward the day asked for: a dispute's days fill a span of a few years.
  const grow = Math.max(64, length);
  const from = day < first ? Math.min(day, first - grow) : first;
  const to = day >= first + length ? Math.max(day + 1, first + length + grow) : first + length;
  if (to - from > MAX_DAY_SPAN) return false;
  if (dayCount + (to - from - length) > MAX_DAYS) {
    dropAll();
    return false;
  }
  const grown = new Float64Array(to - from).fill(UNREAD);
  grown.set(offsets, first - from);
  dayCount += to - from - length;
  table.first = from;
  table.offsets = grown;
  return true;
}

/** The offset of `timeZone` over the instants `[from, to]`, or `NaN` when a transition falls among them. */
function steadyOffset(timeZone: string, from: number, to: number): number {
  if (!(from > -LIMIT && to < LIMIT)) return Number.NaN;
  let table = tables.get(timeZone);
  if (table === undefined) {
    table = new Map();
    tables.set(timeZone, table);
  }
  const offset = tabledOffsetMs(timeZone, from);
  for (let key = Math.floor(from / CHUNK_MS); key <= Math.floor(to / CHUNK_MS); key++) {
    const chunk = chunkAt(timeZone, table, key);
    // A transition at the very start of a chunk is in no chunk's list: the chunk's first offset is its mark.
    const start = key * CHUNK_MS;
    if (start > from && start <= to && chunk[0] !== offset) return Number.NaN;
    for (let i = 1; i < chunk.length; i += 2) {
      const transition = chunk[i] as number;
      if (transition > from && transition <= to) return Number.NaN;
    }
  }
  return offset;
}

/** The chunk starting at `start`: samples every step to its last second, and each change found by bisection. */
function fillChunk(timeZone: string, start: number): Chunk {
  const first = intlOffsetMs(timeZone, start);
  const out = [first];
  let at = start;
  let offset = first;
  const last = start + CHUNK_MS - SECOND;
  while (at < last) {
    const next = Math.min(at + STEP_MS, last);
    const nextOffset = intlOffsetMs(timeZone, next);
    if (nextOffset !== offset) transitions(timeZone, at, offset, next, nextOffset, out);
    at = next;
    offset = nextOffset;
  }
  return Float64Array.from(out);
}

/**
 * Every transition in `(from, to]`, whose offsets are `fromOffset` and `toOffset` (different), appended to `out`
 * as instant and offset: the first second whose offset is not `fromOffset`, by bisection, then the same from it.
 */
function transitions(
  timeZone: string,
  from: number,
  fromOffset: number,
  to: number,
  toOffset: number,
  out: number[],
): void {
  let lo = from;
  let hi = to;
  let hiOffset = toOffset;
  while (hi - lo > SECOND) {
    const mid = lo + Math.floor((hi - lo) / 2 / SECOND) * SECOND;
    const midOffset = intlOffsetMs(timeZone, mid);
    if (midOffset === fromOffset) lo = mid;
    else {
      hi = mid;
      hiOffset = midOffset;
    }
  }
  out.push(hi, hiOffset);
  if (hiOffset !== toOffset) transitions(timeZone, hi, hiOffset, to, toOffset, out);
}
