/**
 * The wall-clock arithmetic the reader builds every range with: moving a wall clock by calendar units (a day past
 * the end of a shorter month becomes its last day), an approximate sub-year grouping widened by its own step, and
 * the instant of a wall clock in the years JavaScript's Date cannot hold. Expected values are counted by hand on
 * the proleptic Gregorian calendar.
 */
import { parseDate } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addUnits, type Wall, wallInstant } from '../../src/dates/calendar.js';
import { heavyRuns } from '../support/runs.js';

const DAY_MS = 86_400_000;

/** Milliseconds from 1970 to 1 January of any proleptic Gregorian year, counted in days. */
function yearStart(year: number): number {
  const leapsBefore = (y: number) =>
    Math.floor((y - 1) / 4) - Math.floor((y - 1) / 100) + Math.floor((y - 1) / 400);
  return (365 * (year - 1970) + leapsBefore(year) - leapsBefore(1970)) * DAY_MS;
}

describe('addUnits', () => {
  it.each<[Wall, Parameters<typeof addUnits>[1], number, Wall]>([
    [[2016, 2, 29, 10, 30, 5, 7], 'year', 3, [2019, 2, 28, 10, 30, 5, 7]],
    [[2016, 2, 29, 0, 0, 0, 0], 'year', 4, [2020, 2, 29, 0, 0, 0, 0]],
    [[2016, 2, 29, 0, 0, 0, 0], 'decade', -2, [1996, 2, 29, 0, 0, 0, 0]],
    [[2016, 2, 29, 0, 0, 0, 0], 'century', 1, [2116, 2, 29, 0, 0, 0, 0]],
    [[2016, 2, 29, 0, 0, 0, 0], 'century', -3, [1716, 2, 29, 0, 0, 0, 0]],
    [[2000, 2, 29, 0, 0, 0, 0], 'millennium', 1, [3000, 2, 28, 0, 0, 0, 0]],
    [[2015, 1, 31, 9, 0, 0, 0], 'month', 1, [2015, 2, 28, 9, 0, 0, 0]],
    [[2015, 1, 31, 0, 0, 0, 0], 'month', 13, [2016, 2, 29, 0, 0, 0, 0]],
    [[2015, 1, 31, 0, 0, 0, 0], 'month', -2, [2014, 11, 30, 0, 0, 0, 0]],
    [[2015, 12, 30, 23, 59, 0, 0], 'day', 3, [2016, 1, 2, 23, 59, 0, 0]],
    [[2015, 12, 31, 23, 0, 0, 0], 'minute', 90, [2016, 1, 1, 0, 30, 0, 0]],
  ])('moves %j by %s × %i to %j', (wall, unit, count, moved) => {
    expect(addUnits(wall, unit, count)).toStrictEqual(moved);
  });

  it('moves by months in steps of a grouping, a count of steps at a time', () => {
    expect(addUnits([2015, 1, 31, 0, 0, 0, 0], 'month', -1, 3)).toStrictEqual([2014, 10, 31, 0, 0, 0, 0]);
    expect(addUnits([2015, 1, 31, 0, 0, 0, 0], 'month', 2, 4)).toStrictEqual([2015, 9, 30, 0, 0, 0, 0]);
    expect(addUnits([2015, 3, 1, 0, 0, 0, 0], 'month', 1, 6)).toStrictEqual([2015, 9, 1, 0, 0, 0, 0]);
  });
});

describe('an approximate sub-year grouping', () => {
  // "Approximate (~) widens a season or quarter by three months on each side, a quadrimester by four, a semester
  // by six" (docs/dates.md); 21 to 24 span both hemispheres' seasons, nine months, and still widen by three.
  it.each([
    ['2001-21~', 'spring, either hemisphere', '2000-12-01T00:00:00.000Z', '2002-02-28T23:59:59.999Z'],
    ['2001-22~', 'summer, either hemisphere', '2001-03-01T00:00:00.000Z', '2002-05-31T23:59:59.999Z'],
    ['2001-25~', 'northern spring', '2000-12-01T00:00:00.000Z', '2001-08-31T23:59:59.999Z'],
    ['2001-35~', 'third quarter', '2001-04-01T00:00:00.000Z', '2001-12-31T23:59:59.999Z'],
    ['2001-37~', 'first quadrimester', '2000-09-01T00:00:00.000Z', '2001-08-31T23:59:59.999Z'],
    ['2001-40~', 'first semester', '2000-07-01T00:00:00.000Z', '2001-12-31T23:59:59.999Z'],
  ])('widens %s (%s) to %s … %s', (text, _name, earliest, latest) => {
    const date = parseDate(text);
    expect(new Date(date.earliest).toISOString()).toBe(earliest);
    expect(new Date(date.latest).toISOString()).toBe(latest);
  });
});

describe('wallInstant', () => {
  it('counts the time of day in a year beyond what Date holds, as in any year (property)', () => {
    fc.assert(
      fc.property(
        // Within ±280,000 years an instant is still a whole number of milliseconds a double holds exactly (2^53 ms).
        fc.oneof(fc.integer({ min: 270_001, max: 280_000 }), fc.integer({ min: -280_000, max: -270_001 })),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 999 }),
        (year, hour, minute, second, ms) => {
          const midnight = wallInstant([year, 1, 1, 0, 0, 0, 0], 'Asia/Karachi', null);
          expect(midnight).toBe(yearStart(year));
          expect(wallInstant([year, 1, 1, hour, minute, second, ms], 'Asia/Karachi', null) - midnight).toBe(
            ((hour * 60 + minute) * 60 + second) * 1000 + ms,
          );
        },
      ),
      heavyRuns(100),
    );
  });

  it('reads the year 270,000 in the zone and the years beyond it in UTC', () => {
    // Karachi keeps UTC+5 ever after; before 1907 it kept its local mean time, +4:28:12.
    expect(parseDate('Y270000', { timeZone: 'Asia/Karachi' }).earliest).toBe(
      yearStart(270_000) - 5 * 3_600_000,
    );
    expect(parseDate('Y270001', { timeZone: 'Asia/Karachi' }).earliest).toBe(yearStart(270_001));
    expect(parseDate('Y-270000', { timeZone: 'Asia/Karachi' }).earliest).toBe(
      yearStart(-270_000) - ((4 * 60 + 28) * 60 + 12) * 1000,
    );
    expect(parseDate('Y-270001', { timeZone: 'Asia/Karachi' }).earliest).toBe(yearStart(-270_001));
  });
});
