import { daysBetween, parseDate } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { offsetMs, zonedTimeToInstant } from '../../src/dates/zone.js';
import { ALL_ZONES, intlOffsetMs, referenceTransitions } from './zone-reference.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the offset of a time zone', () => {
  // Every zone the runtime lists, against Intl from 1850 to 2100: zone.slow.test.ts (the full run). Here, the zones
  // chosen for their changes below, and every zone's wall clock read once.
  it.each([
    ['Africa/Monrovia', '1960-01-01', -(44 * 60 + 30)],
    ['Europe/Dublin', '1900-01-01', -(25 * 60 + 21)],
    ['Europe/Lisbon', '1900-01-01', -(36 * 60 + 45)],
  ])('is negative in %s on %s, when it was between 0 and −1 hour', (zone, day, seconds) => {
    expect(offsetMs(zone, Date.parse(`${day}T12:00:00Z`))).toBe(seconds * 1000);
  });

  it.each([
    // Daylight saving time starting and ending; half-hour shifts (Lord Howe); a day skipped (Apia, Kiritimati).
    ['America/New_York', 2014, 2016],
    ['Europe/London', 1940, 1948],
    ['Australia/Lord_Howe', 2019, 2021],
    ['Pacific/Apia', 2011, 2012],
    ['Pacific/Kiritimati', 1994, 1995],
    // Monrovia left −00:44:30 in 1972; Brazil's northeast changed twice in 7 days in October 2000.
    ['Africa/Monrovia', 1971, 1973],
    ['America/Recife', 1999, 2001],
    // Gaza's changes around Ramadan in the years ahead, 7 days apart; Casablanca's, each year.
    ['Asia/Gaza', 2040, 2041],
    ['Africa/Casablanca', 2019, 2021],
    ['Asia/Karachi', 2002, 2010],
  ])('changes in %s at the very millisecond Intl does, %i to %i', (zone, from, to) => {
    const changes = referenceTransitions(zone, Date.UTC(from, 0, 1), Date.UTC(to, 0, 1), DAY / 4);
    expect(changes.length).toBeGreaterThan(0);
    const wrong = changes.flatMap((at) =>
      [at - 1, at, at + 999].flatMap((t) =>
        offsetMs(zone, t) === intlOffsetMs(zone, t) ? [] : [new Date(t).toISOString()],
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('reads local midnight in Monrovia in 1960 as 00:44:30 UTC', () => {
    const midnight = zonedTimeToInstant('Africa/Monrovia', 1960, 1, 1);
    expect(new Date(midnight).toISOString()).toBe('1960-01-01T00:44:30.000Z');
    const day = parseDate({ value: '1960-01-01', timeZone: 'Africa/Monrovia' });
    expect(new Date(day.start.earliest).toISOString()).toBe('1960-01-01T00:44:30.000Z');
  });

  it('reads one wall clock in every zone as that zone’s instant, the second time as the first', () => {
    // Read in each zone in turn, then again: a wall clock remembered in one zone is not another zone's.
    const wall = Date.UTC(2015, 10, 30, 9, 30);
    const first = ALL_ZONES.map((zone) => zonedTimeToInstant(zone, 2015, 11, 30, 9, 30));
    const again = ALL_ZONES.map((zone) => zonedTimeToInstant(zone, 2015, 11, 30, 9, 30));
    expect(again).toEqual(first);
    const wrong = ALL_ZONES.filter((zone, i) => {
      const instant = first[i] as number;
      return instant + intlOffsetMs(zone, instant) !== wall;
    });
    expect(wrong).toEqual([]);
    expect(new Set(first).size).toBeGreaterThan(20);
  });

  it('counts calendar days in Monrovia by its own wall clock', () => {
    // 00:30 UTC on 2 January 1960 was 23:45:30 on 1 January in Monrovia: the same day as that day's start.
    const lateOnTheFirst = new Date('1960-01-02T00:30:00Z');
    expect(daysBetween('1960-01-01', lateOnTheFirst, { timeZone: 'Africa/Monrovia' })).toEqual({
      min: 0,
      max: 0,
    });
  });
});
