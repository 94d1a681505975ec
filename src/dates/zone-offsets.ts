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
  const key = Math.floor(instant / CHUNK_MS);
  let chunk = table.get(key);
  if (chunk === undefined) {
    if (chunkCount >= MAX_CHUNKS) {
      dropAll();
      return tabledOffsetMs(timeZone, instant);
    }
    chunk = fillChunk(timeZone, key * CHUNK_MS);
    table.set(key, chunk);
    chunkCount++;
  }
  let offset = chunk[0] as number;
  for (let i = 1; i < chunk.length && (chunk[i] as number) <= instant; i += 2)
    offset = chunk[i + 1] as number;
  return offset;
}

function dropAll(): void {
  tables.clear();
  days.clear();
  chunkCount = 0;
  lastZone = '';
  lastTable = undefined;
}

/** A day not read yet, in a zone's table of offsets by day; a day near a transition is `NaN`. */
const UNREAD = Number.POSITIVE_INFINITY;
/**
 * The days a zone's table of offsets by day holds: 1800 to 2199, where the dates of nearly every dispute fall. A
 * day outside them is read by the lookups, as a day near a transition is, so that no date read first, however far
 * from the others, decides which days are tabled. Offsets are whole seconds, exact in a 32-bit float (every offset
 * in milliseconds is a multiple of 8 below 2^27): 584 kB a zone, for the few zones a dispute names.
 */
const FIRST_DAY = -62_091;
const DAY_SPAN = 146_097;

/** Each zone's offsets by wall-clock day: for day `FIRST_DAY + i` (days since 1970-01-01) at `i`. */
const days = new Map<string, Float32Array>();

/**
 * The offset of `timeZone` in milliseconds east of UTC throughout the wall-clock day `day` (days since
 * 1970-01-01) and a day either side of it, or `NaN` when a transition falls in those three days (or `day` is no
 * whole number, or outside the years tabled): then every wall clock of the day reads as `wall − offset`, the one
 * instant it names, as {@link tabledOffsetMs}'s lookups would find it. No offset is 24 hours or more, so the
 * instants of a wall day lie inside the three days around it. Read once a day, then one lookup in a typed array.
 */
export function steadyDayOffsetMs(timeZone: string, day: number): number {
  const at = day - FIRST_DAY;
  if (!(at >= 0 && at < DAY_SPAN) || !Number.isInteger(day)) return Number.NaN;
  let offsets = days.get(timeZone);
  if (offsets === undefined) {
    if (days.size >= 16) days.clear();
    offsets = new Float32Array(DAY_SPAN).fill(UNREAD);
    days.set(timeZone, offsets);
  }
  const offset = offsets[at] as number;
  if (offset !== UNREAD) return offset;
  // One offset at both ends of the three days is one offset throughout: transitions are never under 7 days apart
  // (see above), so the three days hold at most one, and a transition changes the offset.
  const first = tabledOffsetMs(timeZone, day * DAY - DAY);
  const steady = first === tabledOffsetMs(timeZone, day * DAY + 2 * DAY) ? first : Number.NaN;
  offsets[at] = steady;
  return steady;
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
