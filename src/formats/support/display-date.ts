/**
 * A date in words, for viewers that show a date as text (TimelineJS's Display Date), and back: `about 2011` is
 * `2011~`, `2015-12-31 (uncertain)` is `2015-12-31?`, `from 2010-08-12` is `2010-08-12/..`.
 */
import type { DateBound } from '../../dates/edtf.js';
import { isTimeZone } from '../../dates/zone.js';
import { cityOf } from './wall-clock.js';

/** A date in words for the Display Date: `about` for `~`, `(uncertain)` for `?`, `from`/`until`/`?` for unbounded ends. */
export function displayDate(
  kind: 'point' | 'interval',
  startText: string,
  endText: string,
  start: DateBound,
  end: DateBound,
): string {
  const words = (text: string, bound: DateBound) => {
    const bare = text.replace(/[?~%]$/, '');
    return `${bound.approximate ? 'about ' : ''}${bare}${bound.uncertain ? ' (uncertain)' : ''}`;
  };
  if (kind === 'point') return words(startText, start);
  if (start.state === 'open') return `until ${words(endText, end)}`;
  if (end.state === 'open') return `from ${words(startText, start)}`;
  if (start.state === 'unknown') return `? to ${words(endText, end)}`;
  if (end.state === 'unknown') return `${words(startText, start)} to ?`;
  return `${words(startText, start)} to ${words(endText, end)}`;
}

/** A date's zone as the Display Date names it after the date: ` (Toronto time)`. */
const ZONE_WORDS = / \(([^()]+) time\)$/;

/** The areas of the IANA zone names (`Asia/…`), where a city of a Display Date is looked for first. */
const AREAS = [
  'Africa',
  'America',
  'Antarctica',
  'Arctic',
  'Asia',
  'Atlantic',
  'Australia',
  'Europe',
  'Indian',
  'Pacific',
];

/** The zones `Intl` lists, by the city a Display Date names them with (`Toronto`); a city two zones share is left out. */
let zonesByCity: Map<string, string | null> | undefined;

/**
 * The zone a Display Date names after its date (`2015-11-30 (Toronto time)` → `America/Toronto`), as
 * {@link cityOf} writes it: the one `Area/City` name the runtime knows, else the one zone `Intl` lists with
 * that city (`Buenos Aires` → `America/Argentina/Buenos_Aires`); `undefined` when it names no city, or one that
 * no zone or more than one has.
 */
export function displayDateZone(text: string): string | undefined {
  const city = ZONE_WORDS.exec(text.trim())?.[1];
  if (city === undefined) return undefined;
  if (city === 'UTC') return 'UTC';
  // Intl lists CLDR's names (`Asia/Calcutta`), not always the one a dispute gives (`Asia/Kolkata`): try those first.
  const named = AREAS.map((area) => `${area}/${city.replaceAll(' ', '_')}`).filter(isTimeZone);
  if (named.length === 1) return named[0];
  if (zonesByCity === undefined) {
    zonesByCity = new Map();
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const name = cityOf(zone);
      zonesByCity.set(name, zonesByCity.has(name) ? null : zone);
    }
  }
  return named.length === 0 ? (zonesByCity.get(city) ?? undefined) : undefined;
}

/**
 * A Display Date in words as the EDTF it stands for, the zone named after it (` (Toronto time)`) left to
 * {@link displayDateZone}; `undefined` when it is not one this format writes.
 */
export function displayDateAsEdtf(written: string): string | undefined {
  // Only a city that names a zone is taken off: `2015 (summer time)` is no date this format writes.
  const text =
    displayDateZone(written) === undefined ? written.trim() : written.trim().replace(ZONE_WORDS, '');
  const bound = (words: string): string | undefined => {
    const match = /^(about )?(\S+?)( \(uncertain\))?$/.exec(words.trim());
    if (match === null) return undefined;
    const [, about, date = '', unsure] = match;
    if (!/^-?\d/.test(date)) return undefined;
    return `${date}${about && unsure ? '%' : about ? '~' : unsure ? '?' : ''}`;
  };
  const trimmed = text.trim();
  const set = /^(one|all) of (.+)$/.exec(trimmed);
  if (set !== null) {
    const members = (set[2] as string).split(', ').map(bound);
    if (members.some((member) => member === undefined)) return undefined;
    return set[1] === 'one' ? `[${members.join(',')}]` : `{${members.join(',')}}`;
  }
  const until = /^until (.+)$/.exec(trimmed);
  if (until !== null) return wrap('..', bound(until[1] as string));
  const from = /^from (.+)$/.exec(trimmed);
  if (from !== null) return wrap(bound(from[1] as string), '..');
  const interval = /^(.+) to (.+)$/.exec(trimmed);
  if (interval !== null) {
    const [, first = '', second = ''] = interval;
    return wrap(first === '?' ? '' : bound(first), second === '?' ? '' : bound(second));
  }
  return bound(trimmed);
}

function wrap(start: string | undefined, end: string | undefined): string | undefined {
  return start === undefined || end === undefined ? undefined : `${start}/${end}`;
}
