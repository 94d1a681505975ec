/**
 * Which time zone names the library accepts, and what it says of those it refuses. A name must mean one place:
 * an IANA Area/Location name (`Asia/Karachi`) or `UTC`. Abbreviations (`IST`, `AST`, `CST`) mean several zones,
 * and the legacy names (`EST`, `CET`, `EST5EDT`, `US/Eastern`, `Japan`) are fixed offsets or aliases that the
 * time zone database keeps only for old software; both are refused with the names that may be meant. Old names
 * of a place (`Asia/Calcutta`) are read, and stored as today's name (`Asia/Kolkata`).
 *
 * This module says only which names are accepted; why a name is refused, and the table of abbreviations behind
 * the message, is in `zone-refusals.ts`, so that a bundle which only asks `isTimeZone` does not carry it.
 *
 * @module
 */

/** The areas of IANA's Area/Location names (`Asia/…`). */
export const ZONE_AREAS: readonly string[] = [
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

/**
 * Old names of a place, and the name the time zone database gives it today (its `backward` file). `Intl` still
 * lists many of the old ones (CLDR kept them), so a name read from `Intl` goes through this table too. Only
 * renamings of the same place are here: a link from one city to another's zone (`Europe/Belfast`) is not.
 */
export const RENAMED_ZONES: Readonly<Record<string, string>> = Object.freeze({
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Knox_IN': 'America/Indiana/Knox',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Ashkhabad': 'Asia/Ashgabat',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Chungking': 'Asia/Chongqing',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Istanbul': 'Europe/Istanbul',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Macao': 'Asia/Macau',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Nicosia': 'Asia/Nicosia',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
});

/** The names of UTC, other than `UTC` itself, that are read as `UTC`. */
const UTC_NAMES: ReadonlySet<string> = new Set(['etc/utc', 'etc/uct', 'etc/universal', 'etc/zulu']);

let accepted: Map<string, string> | undefined;

/**
 * Every accepted name by its lower case, with the name to store: each Area/Location name `Intl` lists, today's
 * name of each renamed place and its old name, and `UTC`.
 */
export function acceptedNames(): ReadonlyMap<string, string> {
  if (accepted !== undefined) return accepted;
  const map = new Map<string, string>([['utc', 'UTC']]);
  for (const name of UTC_NAMES) map.set(name, 'UTC');
  for (const name of Intl.supportedValuesOf('timeZone'))
    if (ZONE_AREAS.includes(name.slice(0, name.indexOf('/'))))
      map.set(name.toLowerCase(), RENAMED_ZONES[name] ?? name);
  for (const [old, today] of Object.entries(RENAMED_ZONES)) {
    if (!intlAccepts(today)) continue;
    map.set(old.toLowerCase(), today);
    map.set(today.toLowerCase(), today);
  }
  accepted = map;
  return map;
}

function intlAccepts(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The name to store for an accepted time zone name (any case): its canonical spelling, and today's name for an
 * old one (`asia/calcutta` → `Asia/Kolkata`); `undefined` for a name that is not accepted.
 */
export function acceptedZoneName(name: string): string | undefined {
  return name.length <= 64 ? acceptedNames().get(name.toLowerCase()) : undefined;
}

/**
 * The names a dispute may give, as stored: each accepted zone under its canonical name, sorted, then the old
 * names that are read and stored under today's. For the JSON Schema, which lists them.
 */
export function zoneNamesForSchema(): readonly string[] {
  const stored = [...new Set(acceptedNames().values())].sort();
  const old = Object.keys(RENAMED_ZONES).filter((name) => acceptedNames().has(name.toLowerCase()));
  return Object.freeze([...stored, ...old.sort()]);
}
