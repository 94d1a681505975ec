import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  instantAtWall,
  isTimeZone,
  zonedTimeToInstant,
  zoneNameProblem,
} from '../../src/dates/zone.js';
import { intlOffsetMs, referenceTransitions } from './zone-reference.js';

const MINUTE = 60_000;
const iso = (instant: number) => new Date(instant).toISOString();

describe('the instant of a wall clock in a zone', () => {
  it.each([
    // New York, 8 March 2015: 02:00 EST (07:00Z) became 03:00 EDT.
    ['America/New_York', [2015, 3, 8, 1, 30], '2015-03-08T06:30:00.000Z'],
    ['America/New_York', [2015, 3, 8, 3, 30], '2015-03-08T07:30:00.000Z'],
    // New York, 1 November 2015: 02:00 EDT (06:00Z) became 01:00 EST; 02:30 is read once, as EST.
    ['America/New_York', [2015, 11, 1, 2, 30], '2015-11-01T07:30:00.000Z'],
    // Berlin, 29 March 2015: 02:00 CET (01:00Z) became 03:00 CEST.
    ['Europe/Berlin', [2015, 3, 29, 1, 30], '2015-03-29T00:30:00.000Z'],
    ['Europe/Berlin', [2015, 3, 29, 3, 30], '2015-03-29T01:30:00.000Z'],
    // Karachi's summer time: 1 June 2008 00:00 PKT (31 May 19:00Z) became 01:00 PKST; 15 April 2009 the same.
    ['Asia/Karachi', [2008, 5, 31, 23, 30], '2008-05-31T18:30:00.000Z'],
    ['Asia/Karachi', [2008, 6, 1, 1, 30], '2008-05-31T19:30:00.000Z'],
    ['Asia/Karachi', [2009, 4, 15, 1, 0], '2009-04-14T19:00:00.000Z'],
    ['Asia/Karachi', [2009, 11, 1, 0, 30], '2009-10-31T19:30:00.000Z'],
    // Apia went from UTC−10 to UTC+14 at the end of 29 December 2011 (10:00Z on the 30th).
    ['Pacific/Apia', [2011, 12, 29, 23, 0], '2011-12-30T09:00:00.000Z'],
    ['Pacific/Apia', [2011, 12, 31, 0, 0], '2011-12-30T10:00:00.000Z'],
    // London: GMT in winter, BST (UTC+1) from 29 March 2015 01:00Z.
    ['Europe/London', [2015, 1, 15, 12, 0], '2015-01-15T12:00:00.000Z'],
    ['Europe/London', [2015, 3, 29, 2, 30], '2015-03-29T01:30:00.000Z'],
  ] as const)('in %s reads %j as %s', (zone, [y, m, d, h, min], expected) => {
    expect(iso(zonedTimeToInstant(zone, y, m, d, h, min))).toBe(expected);
  });

  it.each([
    // The hour New York skipped on 8 March 2015: 02:30 is read as 03:30 EDT.
    ['America/New_York', [2015, 3, 8, 2, 30], '2015-03-08T07:30:00.000Z'],
    // The hour Berlin skipped on 29 March 2015: 02:30 is read as 03:30 CEST.
    ['Europe/Berlin', [2015, 3, 29, 2, 30], '2015-03-29T01:30:00.000Z'],
    // The hour Karachi skipped on 1 June 2008: 00:30 is read as 01:30 PKST.
    ['Asia/Karachi', [2008, 6, 1, 0, 30], '2008-05-31T19:30:00.000Z'],
    // The day Apia skipped: noon on 30 December 2011 is read as noon on the 31st (UTC+14).
    ['Pacific/Apia', [2011, 12, 30, 12, 0], '2011-12-30T22:00:00.000Z'],
  ] as const)(
    'in %s reads %j, skipped by a jump forward, as the instant just after the jump',
    (zone, [y, m, d, h, min], expected) => {
      expect(iso(zonedTimeToInstant(zone, y, m, d, h, min))).toBe(expected);
    },
  );

  it('reads every wall clock near each change of five zones back as that wall clock, 2007 to 2013', () => {
    const zones = [
      'America/New_York',
      'Europe/Berlin',
      'Asia/Karachi',
      'Australia/Lord_Howe',
      'Pacific/Apia',
    ];
    const wrong: string[] = [];
    for (const zone of zones) {
      for (const change of referenceTransitions(
        zone,
        Date.UTC(2007, 0, 1),
        Date.UTC(2013, 0, 1),
        5 * 86_400_000,
      )) {
        for (const delta of [-150, -90, -45, -1, 0, 30, 45, 90, 150]) {
          const t = change + delta * MINUTE;
          const wall = t + intlOffsetMs(zone, t);
          const d = new Date(wall);
          const instant = zonedTimeToInstant(
            zone,
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            d.getUTCHours(),
            d.getUTCMinutes(),
          );
          if (instant + intlOffsetMs(zone, instant) !== wall) wrong.push(`${zone} ${iso(t)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads years 0 to 99 as given, not as 1900 to 1999', () => {
    expect(iso(zonedTimeToInstant('UTC', 99, 12, 31, 23, 59))).toBe('0099-12-31T23:59:00.000Z');
    expect(iso(zonedTimeToInstant('UTC', 50, 3, 1))).toBe('0050-03-01T00:00:00.000Z');
    expect(iso(zonedTimeToInstant('UTC', 100, 1, 1))).toBe('0100-01-01T00:00:00.000Z');
  });

  it('turns a wall clock given as UTC milliseconds into the instant the zone shows it', () => {
    expect(iso(instantAtWall('Asia/Karachi', Date.UTC(2015, 11, 30, 9, 30)))).toBe(
      '2015-12-30T04:30:00.000Z',
    );
    expect(iso(instantAtWall('America/New_York', Date.UTC(2015, 6, 4, 12)))).toBe('2015-07-04T16:00:00.000Z');
  });
});

describe('the names of zones', () => {
  it('refuses values that are not text without throwing', () => {
    expect(isTimeZone(42 as never)).toBe(false);
    expect(isTimeZone(['Asia/Karachi'] as never)).toBe(false);
    expect(zoneNameProblem(42 as never)).toBe('a time zone name is text; got number');
    expect(zoneNameProblem(['Asia/Karachi'] as never)).toBe('a time zone name is text; got object');
    const list = ['Asia/Karachi'];
    expect(canonicalTimeZone(list as never)).toBe(list);
  });

  it('refuses a text that is not shaped like a zone name, and says so', () => {
    expect(isTimeZone('+05:00')).toBe(false);
    expect(zoneNameProblem('+05:00')).toBe(
      '"+05:00" is not an IANA time zone name (Area/Location, such as Asia/Karachi, or UTC)',
    );
  });

  it('quotes only the first 64 characters of a name longer than 64', () => {
    const name = `Asia/${'Karachi'.repeat(10)}`;
    expect(isTimeZone(name)).toBe(false);
    expect(zoneNameProblem(name)).toBe(
      `"${name.slice(0, 64)}" is not an IANA time zone name (Area/Location, such as Asia/Karachi, or UTC)`,
    );
  });

  it('stores an accepted name under its canonical spelling and gives any other text back', () => {
    expect(canonicalTimeZone('asia/karachi')).toBe('Asia/Karachi');
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('IST')).toBe('IST');
  });
});
