import { tabledOffsetMs } from './zone-offsets.js';

const knownZones = new Map<string, boolean>();

/**
 * The shape of a time zone name the library looks up: a letter, then letters, digits, `_`, `+`, `-` and `/`.
 * (Offsets such as `+05:00` are accepted by some runtimes' Intl but are not zone names.) The JSON Schema says it
 * too; whether the name exists is for the runtime's time zone database to say.
 */
export const TIME_ZONE_PATTERN_SOURCE = '^[A-Za-z][A-Za-z0-9_+\\-/]*$';

/** The longest time zone name the library looks up. */
export const TIME_ZONE_MAX_LENGTH = 64;

const TIME_ZONE_PATTERN = new RegExp(TIME_ZONE_PATTERN_SOURCE);

/**
 * Tells whether a text names a time zone this runtime knows: an IANA name such as `Asia/Karachi`, or `UTC`.
 *
 * @category Dates
 * @param timeZone - the name to check
 * @returns `true` when the runtime's `Intl` accepts it; `false` for anything else, a value that is not text among them
 *
 * @example
 * ```ts
 * import { isTimeZone } from 'dispute-timeline';
 * import { datasets } from 'dispute-timeline/datasets';
 * datasets.every((dispute) => dispute.timeZone !== undefined && isTimeZone(dispute.timeZone));
 * //=> true
 * isTimeZone('Asia/Karachi');
 * //=> true
 * isTimeZone('+05:00');
 * //=> false
 * isTimeZone('Mars/Olympus_Mons');
 * //=> false
 * ```
 */
export function isTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string') return false;
  const known = knownZones.get(timeZone);
  if (known !== undefined) return known;
  let ok = false;
  if (TIME_ZONE_PATTERN.test(timeZone) && timeZone.length <= TIME_ZONE_MAX_LENGTH) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      ok = true;
    } catch {
      ok = false;
    }
  }
  if (knownZones.size > 1000) knownZones.clear();
  knownZones.set(timeZone, ok);
  return ok;
}

let canonicalByLowerCase: Map<string, string> | undefined;
const canonicalNames = new Map<string, string>();

/**
 * The canonical spelling of a zone name that {@link isTimeZone} accepts: the name `Intl` lists whose spelling
 * differs only in case (`asia/karachi` → `Asia/Karachi`, `utc` → `UTC`), else `Intl`'s spelling of it when only the case differs. A
 * name spelt as listed is kept as it is, so that one alias is not swapped for another (`Asia/Calcutta` stays).
 */
export function canonicalTimeZone(timeZone: string): string {
  const known = canonicalNames.get(timeZone);
  if (known !== undefined) return known;
  if (canonicalByLowerCase === undefined) {
    canonicalByLowerCase = new Map([['utc', 'UTC']]);
    for (const name of Intl.supportedValuesOf('timeZone')) canonicalByLowerCase.set(name.toLowerCase(), name);
  }
  const lower = timeZone.toLowerCase();
  let canonical = canonicalByLowerCase.get(lower) ?? timeZone;
  if (canonical === timeZone && !canonicalByLowerCase.has(lower)) {
    // An alias Intl accepts but does not list (`etc/gmt+5`): its own spelling, if only the case differs.
    try {
      const resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
      if (resolved.toLowerCase() === lower) canonical = resolved;
    } catch {
      // Not a zone: left as given, for the schema to report.
    }
  }
  if (canonicalNames.size > 1000) canonicalNames.clear();
  canonicalNames.set(timeZone, canonical);
  return canonical;
}

/** Milliseconds since the epoch of a wall-clock time read as UTC; years 0–99 stay as given. */
export function wallClockAsUtc(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  // Date.UTC reads years 0–99 as 1900–1999; every other year is read as given, without a Date to set.
  if (year < 0 || year > 99) return Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millisecond));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * The instant at which a wall clock in `timeZone` shows the given time. Never reads the machine's zone.
 * For a wall time that a daylight-saving jump skips, answers the instant just after the jump.
 */
export function zonedTimeToInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const wall = wallClockAsUtc(year, month, day, hour, minute, second, millisecond);
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return wall;
  // Two or three lookups in the zone's table of offsets: cheaper than remembering each wall clock read.
  return instantOfWall(timeZone, wall);
}

function instantOfWall(timeZone: string, wall: number): number {
  const first = wall - offsetMs(timeZone, wall);
  const second_ = wall - offsetMs(timeZone, first);
  if (first === second_) return first;
  // The offset changed between the two guesses: the wall time is near a transition.
  // Prefer a guess that reads back as the requested wall time; in a gap, the later instant.
  const readsBack = (t: number) => t + offsetMs(timeZone, t) === wall;
  if (readsBack(second_)) return second_;
  if (readsBack(first)) return first;
  return Math.max(first, second_);
}

/**
 * The offset from UTC of `timeZone` at an instant, in milliseconds (east positive): the offset `Intl` gives, read
 * from the zone's table of transitions (`zone-offsets.ts`), which is filled from `Intl` for the years asked for.
 */
export function offsetMs(timeZone: string, instant: number): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  return tabledOffsetMs(timeZone, instant);
}

/** The wall clock of `timeZone` at an instant, as milliseconds since the epoch read as UTC. */
export function wallClockOf(instant: number, timeZone: string): number {
  return instant + offsetMs(timeZone, instant);
}

/** The inverse of {@link wallClockOf}: the instant at which `timeZone` shows a wall clock given as UTC milliseconds. */
export function instantOfWallClock(wallClock: number, timeZone: string): number {
  const d = new Date(wallClock);
  return zonedTimeToInstant(
    timeZone,
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}
