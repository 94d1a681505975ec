import { nearest } from '../_lib/nearest.js';
import { acceptedNames, acceptedZoneName, RENAMED_ZONES } from './zone-names.js';

/**
 * Why a time zone name is refused, and what to write instead. Kept apart from `zone-names.ts` (which names are
 * accepted) because its table of abbreviations and its messages are needed only to explain a refusal.
 *
 * @module
 */

type Meaning = readonly (readonly [zone: string, what: string])[];

// The meanings several abbreviations share, written once.
const CENTRAL_EUROPE: Meaning = [
  ['Europe/Berlin', 'Germany'],
  ['Europe/Paris', 'France'],
];
const PAKISTAN: Meaning = [['Asia/Karachi', 'Pakistan']];
const BRASILIA: Meaning = [['America/Sao_Paulo', 'Brasília']];
const EASTERN_AUSTRALIA: Meaning = [['Australia/Sydney', 'eastern Australia']];
const NEW_ZEALAND: Meaning = [['Pacific/Auckland', 'New Zealand']];

/** What an abbreviation or a legacy name may mean: zones, each with the name people give its time. */
const MEANINGS: Readonly<Record<string, Meaning>> = {
  IST: [
    ['Asia/Kolkata', 'India'],
    ['Asia/Jerusalem', 'Israel'],
    ['Europe/Dublin', 'Ireland'],
  ],
  AST: [
    ['Asia/Riyadh', 'Arabia Standard Time'],
    ['America/Halifax', 'Atlantic Standard Time'],
    ['America/Puerto_Rico', 'Atlantic Standard Time, all year'],
    ['America/Anchorage', 'as ICU reads AST: Alaska'],
  ],
  ADT: [['America/Halifax', 'Atlantic Daylight Time']],
  BST: [
    ['Europe/London', 'British Summer Time'],
    ['Asia/Dhaka', 'Bangladesh Standard Time'],
  ],
  CST: [
    ['America/Chicago', 'US Central'],
    ['Asia/Shanghai', 'China Standard Time'],
    ['America/Havana', 'Cuba Standard Time'],
  ],
  CDT: [['America/Chicago', 'US Central Daylight Time']],
  EST: [
    ['America/New_York', 'US Eastern, with daylight saving'],
    ['America/Panama', 'UTC−5 all year, as the legacy EST is'],
  ],
  EDT: [['America/New_York', 'US Eastern Daylight Time']],
  MST: [
    ['America/Denver', 'US Mountain, with daylight saving'],
    ['America/Phoenix', 'UTC−7 all year, as the legacy MST is'],
  ],
  MDT: [['America/Denver', 'US Mountain Daylight Time']],
  PST: [
    ['America/Los_Angeles', 'US Pacific'],
    ['Asia/Karachi', 'Pakistan Standard Time'],
    ['Asia/Manila', 'Philippine Standard Time'],
  ],
  PDT: [['America/Los_Angeles', 'US Pacific Daylight Time']],
  HST: [['Pacific/Honolulu', 'Hawaii']],
  AKST: [['America/Anchorage', 'Alaska']],
  EST5EDT: [['America/New_York', 'US Eastern']],
  CST6CDT: [['America/Chicago', 'US Central']],
  MST7MDT: [['America/Denver', 'US Mountain']],
  PST8PDT: [['America/Los_Angeles', 'US Pacific']],
  CET: [...CENTRAL_EUROPE, ['Europe/Rome', 'Italy']],
  CEST: CENTRAL_EUROPE,
  MET: CENTRAL_EUROPE,
  EET: [
    ['Europe/Athens', 'Greece'],
    ['Europe/Kyiv', 'Ukraine'],
    ['Africa/Cairo', 'Egypt'],
  ],
  WET: [
    ['Europe/Lisbon', 'Portugal'],
    ['Atlantic/Canary', 'the Canary Islands'],
  ],
  GMT: [
    ['UTC', 'Coordinated Universal Time'],
    ['Europe/London', 'the United Kingdom, with summer time'],
  ],
  GST: [
    ['Asia/Dubai', 'Gulf Standard Time'],
    ['Atlantic/South_Georgia', 'South Georgia'],
  ],
  PKT: PAKISTAN,
  PLT: PAKISTAN,
  JST: [['Asia/Tokyo', 'Japan']],
  KST: [['Asia/Seoul', 'Korea']],
  HKT: [['Asia/Hong_Kong', 'Hong Kong']],
  SGT: [['Asia/Singapore', 'Singapore']],
  WIB: [['Asia/Jakarta', 'western Indonesia']],
  ICT: [['Asia/Bangkok', 'Indochina']],
  PHT: [['Asia/Manila', 'the Philippines']],
  NPT: [['Asia/Kathmandu', 'Nepal']],
  IRST: [['Asia/Tehran', 'Iran']],
  MSK: [['Europe/Moscow', 'Moscow']],
  TRT: [['Europe/Istanbul', 'Turkey']],
  BRT: BRASILIA,
  BET: BRASILIA,
  ART: [
    ['America/Argentina/Buenos_Aires', 'Argentina'],
    ['Africa/Cairo', 'as ICU reads ART: Egypt'],
  ],
  AGT: [['America/Argentina/Buenos_Aires', 'Argentina']],
  EAT: [['Africa/Nairobi', 'East Africa']],
  CAT: [['Africa/Maputo', 'Central Africa']],
  WAT: [['Africa/Lagos', 'West Africa']],
  SAST: [['Africa/Johannesburg', 'South Africa']],
  AEST: EASTERN_AUSTRALIA,
  AEDT: EASTERN_AUSTRALIA,
  AET: EASTERN_AUSTRALIA,
  ACST: [['Australia/Adelaide', 'central Australia']],
  ACT: [['Australia/Darwin', 'central Australia']],
  AWST: [['Australia/Perth', 'western Australia']],
  NZST: NEW_ZEALAND,
  NZDT: NEW_ZEALAND,
  NST: [
    ['America/St_Johns', 'Newfoundland'],
    ['Pacific/Auckland', 'as ICU reads NST: New Zealand'],
  ],
  CNT: [['America/St_Johns', 'Newfoundland']],
  CTT: [['Asia/Shanghai', 'China']],
  ECT: [
    ['Europe/Paris', 'as ICU reads ECT: Central Europe'],
    ['America/Guayaquil', 'Ecuador Time'],
  ],
  IET: [['America/Indiana/Indianapolis', 'Indiana']],
  MIT: [['Pacific/Apia', 'Samoa']],
  NET: [['Asia/Yerevan', 'Armenia']],
  PNT: [['America/Phoenix', 'Arizona']],
  PRT: [['America/Puerto_Rico', 'Puerto Rico']],
  SST: [
    ['Pacific/Pago_Pago', 'Samoa Standard Time'],
    ['Pacific/Guadalcanal', 'as ICU reads SST: Solomon Islands'],
  ],
  VST: [['Asia/Ho_Chi_Minh', 'Vietnam']],
};

/** Whether a name is a zone abbreviation people write (`BST`, `IST`, `EST`), which names no one zone. */
export function isZoneAbbreviation(name: string): boolean {
  return name.length <= 16 && Object.hasOwn(MEANINGS, name.toUpperCase());
}

/** A verdict on a zone name: the name to store, or why it is refused and what to write instead. */
export type ZoneNameVerdict =
  | { readonly ok: true; readonly name: string }
  | { readonly ok: false; readonly message: string; readonly suggestions: readonly string[] };

/** The zone `Intl` reads a name as, under today's name; `undefined` when it reads none. */
function intlReading(name: string): string | undefined {
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return acceptedNames().get(resolved.toLowerCase()) ?? RENAMED_ZONES[resolved] ?? resolved;
  } catch {
    return undefined;
  }
}

const verdicts = new Map<string, ZoneNameVerdict>();

/**
 * The verdict on a time zone name: accepted (any case), with the name to store — its canonical spelling, and
 * today's name for an old one (`asia/calcutta` → `Asia/Kolkata`); or refused, with a message that says what
 * the name may mean and the names to write instead.
 */
export function zoneNameVerdict(name: string): ZoneNameVerdict {
  const known = verdicts.get(name);
  if (known !== undefined) return known;
  const verdict = judge(name);
  if (verdicts.size > 1000) verdicts.clear();
  verdicts.set(name, verdict);
  return verdict;
}

function judge(name: string): ZoneNameVerdict {
  const shown = JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name);
  const found = acceptedZoneName(name);
  if (found !== undefined) return { ok: true, name: found };
  const meanings = name.length <= 16 ? MEANINGS[name.toUpperCase()] : undefined;
  if (meanings !== undefined) {
    const list = meanings.map(([zone, what]) => `${zone} (${what})`);
    const one = meanings.length === 1;
    return {
      ok: false,
      message: one
        ? `${shown} is an abbreviation or a legacy name, not the name of a place: write ${list[0]}`
        : `${shown} is an abbreviation that may mean several zones: write the IANA name of the one meant, ` +
          `${inWords(list)}`,
      suggestions: meanings.map(([zone]) => zone),
    };
  }
  const reading =
    name.length <= 64 && /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) ? intlReading(name) : undefined;
  if (reading !== undefined && acceptedNames().has(reading.toLowerCase())) {
    return {
      ok: false,
      message: `${shown} is a legacy name or an alias kept for old software, not the zone's own name: write ${reading}`,
      suggestions: [reading],
    };
  }
  if (reading !== undefined) {
    return {
      ok: false,
      message: `${shown} is a fixed offset or a legacy name, not a place: write the Area/Location name of the place meant (such as Asia/Karachi), or UTC`,
      suggestions: [],
    };
  }
  const near = name.length <= 64 ? nearest(name, acceptedNames().values()) : undefined;
  return {
    ok: false,
    message: `${shown} is not an IANA time zone name (Area/Location, such as Asia/Karachi, or UTC)${near === undefined ? '' : `; did you mean ${JSON.stringify(near)}?`}`,
    suggestions: near === undefined ? [] : [near],
  };
}

function inWords(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' or ') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
