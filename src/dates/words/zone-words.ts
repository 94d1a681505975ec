import { isTimeZone } from '../zone.js';
import { ZONE_AREAS } from '../zone-names.js';

/** The city of an IANA zone, for people: `America/Toronto` → `Toronto`, `America/Argentina/Buenos_Aires` → `Buenos Aires`. */
export function cityOf(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/**
 * Words for a date with its zone's city after them when the zone is not the dispute's: `about 2010-08-12
 * (Toronto time)`; the words alone in the dispute's zone.
 */
export function inZoneWords(words: string, timeZone: string, disputeZone: string): string {
  return timeZone === disputeZone ? words : `${words} (${cityOf(timeZone)} time)`;
}

/**
 * A date's EDTF text as the source gives it, for a cell or a label short of room, with its zone when it is not
 * the dispute's: by city (`2015-12-31 (Toronto)`, a terminal's table, a diagram) or by its IANA name
 * (`2015-12-31 (America/Toronto)`, a table a reader may want to read back).
 */
export function textInZone(
  text: string,
  timeZone: string,
  disputeZone: string,
  naming: 'city' | 'zone' = 'city',
): string {
  if (timeZone === disputeZone) return text;
  return `${text} (${naming === 'city' ? cityOf(timeZone) : timeZone})`;
}

/** A date's zone as words name it after the date: ` (Toronto time)`. */
export const ZONE_WORDS = / \(([^()]+) time\)$/;

/** The zones `Intl` lists, by the city words name them with (`Toronto`); a city two zones share is left out. */
let zonesByCity: Map<string, string | null> | undefined;

/**
 * The zone words name after a date (`2015-11-30 (Toronto time)` → `America/Toronto`), as {@link inZoneWords}
 * writes it: the one `Area/City` name the runtime knows, else the one zone `Intl` lists with that city
 * (`Buenos Aires` → `America/Argentina/Buenos_Aires`); `undefined` when the words name no city, or one that no
 * zone or more than one has.
 */
export function zoneOfWords(words: string): string | undefined {
  const city = ZONE_WORDS.exec(words.trim())?.[1];
  if (city === undefined) return undefined;
  if (city === 'UTC') return 'UTC';
  // Intl lists CLDR's names (`Asia/Calcutta`), not always the one a dispute gives (`Asia/Kolkata`): try those first.
  // The areas are where a city named in words is looked for first.
  const named = ZONE_AREAS.map((area) => `${area}/${city.replaceAll(' ', '_')}`).filter(isTimeZone);
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
