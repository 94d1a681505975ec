import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { isZoneAbbreviation } from '../../src/dates/zone-refusals.js';

type Refusals = typeof import('../../src/dates/zone-refusals.js');
const MODULE = '../../src/dates/zone-refusals.js';

// Verdicts are remembered for the whole process: this file loads a copy of the module of its own (before its tests,
// so that loading it is no test's), so that what it checks is the verdict judged here, not one that another test
// file, or an earlier run in the same worker, left remembered.
let zoneNameVerdict: Refusals['zoneNameVerdict'];
beforeAll(async () => {
  ({ zoneNameVerdict } = (await import(/* @vite-ignore */ `${MODULE}?copy=${randomUUID()}`)) as Refusals);
});

const NOT_IANA = 'is not an IANA time zone name (Area/Location, such as Asia/Karachi, or UTC)';

describe('the verdict on a time zone name', () => {
  it.each([
    ['Asia/Karachi', 'Asia/Karachi'],
    ['asia/calcutta', 'Asia/Kolkata'],
    ['Etc/UTC', 'UTC'],
  ])('accepts %s and stores it as %s', (name, stored) => {
    expect(zoneNameVerdict(name)).toEqual({ ok: true, name: stored });
  });

  it('names the one zone an abbreviation with one meaning stands for', () => {
    expect(zoneNameVerdict('PST8PDT')).toEqual({
      ok: false,
      message:
        '"PST8PDT" is an abbreviation or a legacy name, not the name of a place: write America/Los_Angeles (US Pacific)',
      suggestions: ['America/Los_Angeles'],
    });
  });

  it('lists two meanings of an abbreviation joined by "or", in any case', () => {
    expect(zoneNameVerdict('est')).toEqual({
      ok: false,
      message:
        '"est" is an abbreviation that may mean several zones: write the IANA name of the one meant, ' +
        'America/New_York (US Eastern, with daylight saving) or America/Panama (UTC−5 all year, as the legacy EST is)',
      suggestions: ['America/New_York', 'America/Panama'],
    });
  });

  it('lists three or more meanings of an abbreviation with commas and a last "or"', () => {
    expect(zoneNameVerdict('IST')).toEqual({
      ok: false,
      message:
        '"IST" is an abbreviation that may mean several zones: write the IANA name of the one meant, ' +
        'Asia/Kolkata (India), Asia/Jerusalem (Israel) or Europe/Dublin (Ireland)',
      suggestions: ['Asia/Kolkata', 'Asia/Jerusalem', 'Europe/Dublin'],
    });
    expect(zoneNameVerdict('AST')).toMatchObject({
      message:
        '"AST" is an abbreviation that may mean several zones: write the IANA name of the one meant, ' +
        'Asia/Riyadh (Arabia Standard Time), America/Halifax (Atlantic Standard Time), ' +
        'America/Puerto_Rico (Atlantic Standard Time, all year) or America/Anchorage (as ICU reads AST: Alaska)',
    });
  });

  it.each([
    ['US/Eastern', 'America/New_York'],
    // Intl reads it as America/Indianapolis (CLDR's name); the name to write is today's IANA name.
    ['US/East-Indiana', 'America/Indiana/Indianapolis'],
    ['Zulu', 'UTC'],
    ['Japan', 'Asia/Tokyo'],
  ])('refuses the legacy alias %s and names today’s zone %s', (name, zone) => {
    expect(zoneNameVerdict(name)).toEqual({
      ok: false,
      message: `"${name}" is a legacy name or an alias kept for old software, not the zone's own name: write ${zone}`,
      suggestions: [zone],
    });
  });

  it.each(['Etc/GMT+5', 'etc/gmt-14'])('refuses the fixed offset %s with no suggestion', (name) => {
    expect(zoneNameVerdict(name)).toEqual({
      ok: false,
      message: `"${name}" is a fixed offset or a legacy name, not a place: write the Area/Location name of the place meant (such as Asia/Karachi), or UTC`,
      suggestions: [],
    });
  });

  it.each([
    ['Asia/Karchi', 'Asia/Karachi'],
    ['Europe/Londn', 'Europe/London'],
  ])('suggests the accepted name nearest a misspelling (%s → %s)', (name, near) => {
    expect(zoneNameVerdict(name)).toEqual({
      ok: false,
      message: `"${name}" ${NOT_IANA}; did you mean "${near}"?`,
      suggestions: [near],
    });
  });

  it('suggests nothing for a name near no zone', () => {
    expect(zoneNameVerdict('Mars/Olympus_Mons')).toEqual({
      ok: false,
      message: `"Mars/Olympus_Mons" ${NOT_IANA}`,
      suggestions: [],
    });
  });

  it('quotes a name of 64 characters whole and cuts a longer one to 64 with an ellipsis', () => {
    const sixtyFour = `Mars/${'Q'.repeat(59)}`;
    expect(zoneNameVerdict(sixtyFour)).toMatchObject({ message: `"${sixtyFour}" ${NOT_IANA}` });
    const longer = `${sixtyFour}ZZ`;
    expect(zoneNameVerdict(longer)).toMatchObject({
      message: `"${sixtyFour}…" ${NOT_IANA}`,
      suggestions: [],
    });
  });
});

describe('isZoneAbbreviation', () => {
  it.each([
    ['IST', true],
    ['ist', true],
    ['EST5EDT', true],
    ['Asia/Karachi', false],
    ['Mars', false],
  ])('tells %s → %s', (name, answer) => {
    expect(isZoneAbbreviation(name)).toBe(answer);
  });
});
