import { acceptedZoneName } from './zone-names.js';
import { steadyDayOffsetMs, tabledOffsetMs } from './zone-offsets.js';
import { zoneNameVerdict } from './zone-refusals.js';

const DAY_MS = 86_400_000;

/**
 * The shape of a time zone name the library looks up: a letter, then letters, digits, `_`, `+`, `-` and `/`.
 * (Offsets such as `+05:00` are accepted by some runtimes' Intl but are not zone names.) Which names are
 * accepted is said in `zone-names.ts`: an Area/Location name or `UTC`, never an abbreviation; why one is refused,
 * in `zone-refusals.ts`, which only `zoneNameProblem` reads, so `isTimeZone` alone stays small.
 */
export const TIME_ZONE_PATTERN_SOURCE = '^[A-Za-z][A-Za-z0-9_+\\-/]*$';

/** The longest time zone name the library looks up. */
export const TIME_ZONE_MAX_LENGTH = 64;

const TIME_ZONE_PATTERN = new RegExp(TIME_ZONE_PATTERN_SOURCE);

/**
 * Tells whether a text names one place's time zone: an IANA Area/Location name such as `Asia/Karachi` (in any
 * case, or an old name of the place such as `Asia/Calcutta`), or `UTC`. Abbreviations (`IST`, `AST`, `CST`,
 * `PST`) and legacy names (`EST`, `CET`, `EST5EDT`, `US/Eastern`) are refused even where the runtime's `Intl`
 * reads them, since each may mean another zone than the one meant; {@link zoneNameProblem} says which.
 *
 * @category Dates
 * @param timeZone - the name to check
 * @returns `true` for a name the library accepts; `false` for anything else, a value that is not text among them
 *
 * @example
 * ```ts
 * import { isTimeZone } from 'dispute-timeline';
 * import { datasets } from 'dispute-timeline/datasets';
 * datasets.every((dispute) => dispute.timeZone !== undefined && isTimeZone(dispute.timeZone));
 * //=> true
 * isTimeZone('Asia/Karachi');
 * //=> true
 * isTimeZone('IST'); // India, Israel or Ireland?
 * //=> false
 * isTimeZone('+05:00');
 * //=> false
 * isTimeZone('Mars/Olympus_Mons');
 * //=> false
 * ```
 */
export function isTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string') return false;
  if (!TIME_ZONE_PATTERN.test(timeZone) || timeZone.length > TIME_ZONE_MAX_LENGTH) return false;
  return acceptedZoneName(timeZone) !== undefined;
}

/**
 * Why a time zone name is refused, with the names to write instead (`IST` → `Asia/Kolkata`, `Asia/Jerusalem`
 * or `Europe/Dublin`); `undefined` for a name {@link isTimeZone} accepts.
 *
 * @category Dates
 * @param timeZone - the name to check
 * @returns the message, or `undefined`
 *
 * @example
 * ```ts
 * import { zoneNameProblem } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * zoneNameProblem('IST');
 * //=> '"IST" is an abbreviation that may mean several zones: write the IANA name of the one meant, Asia/Kolkata (India), Asia/Jerusalem (Israel) or Europe/Dublin (Ireland)'
 * zoneNameProblem('Asia/Calcutta'); // an old name of the place: read as Asia/Kolkata
 * //=> undefined
 * zoneNameProblem(uaeBlackberry2010.timeZone ?? 'UTC'); // 'Asia/Dubai'
 * //=> undefined
 * ```
 */
export function zoneNameProblem(timeZone: string): string | undefined {
  if (typeof timeZone !== 'string') return `a time zone name is text; got ${typeof timeZone}`;
  if (!TIME_ZONE_PATTERN.test(timeZone) || timeZone.length > TIME_ZONE_MAX_LENGTH)
    return `${JSON.stringify(timeZone.slice(0, 64))} is not an IANA time zone name (Area/Location, such as Asia/Karachi, or UTC)`;
  const verdict = zoneNameVerdict(timeZone);
  return verdict.ok ? undefined : verdict.message;
}

/**
 * The name to store for a zone name that {@link isTimeZone} accepts: its canonical spelling (`asia/karachi` →
 * `Asia/Karachi`, `utc` → `UTC`), and today's name of a place for its old one (`Asia/Calcutta` →
 * `Asia/Kolkata`), so that equal zones compare equal. Any other text is given back as it is.
 */
export function canonicalTimeZone(timeZone: string): string {
  if (typeof timeZone !== 'string') return timeZone;
  return acceptedZoneName(timeZone) ?? timeZone;
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
 * For a wall time that a daylight-saving jump skips, answers it as if the clocks had already moved on: 00:30 on a
 * night they go from 00:00 to 01:00 reads as 01:30 (midnight as 01:00, the instant just after the jump). For one
 * the clocks show twice, as they go back, answers the first time: 01:30 in New York on 3 November 2024 is 05:30
 * UTC (EDT), not 06:30 (EST), and 02:30 in Berlin on 27 October 2024 is 00:30 UTC (CEST), not 01:30.
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
  return instantAtWall(timeZone, wallClockAsUtc(year, month, day, hour, minute, second, millisecond));
}

/**
 * {@link zonedTimeToInstant} of a wall clock given as milliseconds since the epoch read as UTC: what a reader that
 * computes the wall clock itself (a level-0 date, `edtf-read.ts`) turns into an instant.
 *
 * With `end`, `wall` is the end (exclusive) of a span of wall clocks, and the answer the span's end: the instant
 * just after the last one at which the zone shows the span's last millisecond. Where the clocks go back and show
 * it twice, the span runs to the second time (01:30 in New York on 3 November 2024, from 05:30 UTC, runs to
 * 06:30:59.999 UTC: both times the clock showed it); where they jump over it, it is read as if they had moved on,
 * as its start is, so a span never ends before it starts.
 */
export function instantAtWall(timeZone: string, wall: number, end = false): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return wall;
  const at = end ? wall - 1 : wall;
  // On a day far from any transition, one subtraction (the zone's offsets by day); else two or three lookups in
  // its table of transitions. Either is cheaper than remembering each wall clock read.
  const steady = steadyDayOffsetMs(timeZone, Math.floor(at / DAY_MS));
  return (Number.isNaN(steady) ? instantOfWall(timeZone, at, end) : at - steady) + (end ? 1 : 0);
}

/**
 * The instant of a wall clock near a transition (or anywhere: the answer does not depend on the offsets by day).
 * The zone's offsets a day either side of the wall clock read as UTC bound every instant that can show it, and
 * transitions are at least 7 days apart (see `zone-offsets.ts`), so at most one lies between them: each offset
 * gives one candidate, kept if the zone shows the wall clock at it. Both kept: the clocks went back and showed it
 * twice, and the first time is the answer (the second, when `last`: a span's end); neither: the clocks
 * jumped over it, and the offset before the jump gives the instant as if they had moved on. (Temporal's
 * "compatible" reading, on both sides of UTC.)
 */
function instantOfWall(timeZone: string, wall: number, last: boolean): number {
  const before = wall - offsetMs(timeZone, wall - DAY_MS);
  const shown = [before, wall - offsetMs(timeZone, wall + DAY_MS)].filter(
    (instant) => instant + offsetMs(timeZone, instant) === wall,
  );
  return shown.length === 0 ? before : (last ? Math.max : Math.min)(...shown);
}

/**
 * The offset from UTC of `timeZone` at an instant, in milliseconds (east positive): the offset `Intl` gives, read
 * from the zone's table of transitions (`zone-offsets.ts`), which is filled from `Intl` for the years asked for.
 */
export function offsetMs(timeZone: string, instant: number): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  return tabledOffsetMs(timeZone, instant);
}

/**
 * The wall clock of `timeZone` at an instant, as milliseconds since the epoch read as UTC: the inverse of
 * {@link instantAtWall}.
 */
export function wallClockOf(instant: number, timeZone: string): number {
  return instant + offsetMs(timeZone, instant);
}
