import { tzOffset } from '@date-fns/tz';

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
 * @returns `true` when the runtime's `Intl` accepts it
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

function offsetMs(timeZone: string, instant: number): number {
  return tzOffset(timeZone, new Date(instant)) * 60_000;
}
