/**
 * The wall clocks the calendar and event-data formats (iCalendar, Plover, Mermaid) print: what a clock in a zone
 * shows at an instant, the days a date covers, the day after a day, and the day as text. Expected clocks are
 * known facts of the zones (Karachi is UTC+5, New York UTC−4 in summer, Monrovia kept −00:44:30 until 1972;
 * Kiritimati, Apia and Kwajalein each skipped a day when they crossed the date line), written out by hand.
 */
import { parseDate } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basicDay, daySpanOf, isoDay, nextDay, wallClockAt } from '../../src/dates/wall-clock.js';
import { heavyRuns } from '../support/runs.js';

describe('wallClockAt', () => {
  it('shows the wall clock east of UTC with the offset in minutes', () => {
    expect(wallClockAt(Date.UTC(2015, 11, 29, 19, 0, 0), 'Asia/Karachi')).toStrictEqual({
      year: 2015,
      month: 12,
      day: 30,
      hour: 0,
      minute: 0,
      second: 0,
      offsetMinutes: 300,
    });
  });

  it('shows the wall clock west of UTC, on the day before UTC when it is early morning in UTC', () => {
    expect(wallClockAt(Date.UTC(2015, 6, 4, 2, 34, 56), 'America/New_York')).toStrictEqual({
      year: 2015,
      month: 7,
      day: 3,
      hour: 22,
      minute: 34,
      second: 56,
      offsetMinutes: -240,
    });
  });

  it("keeps an offset to the second: Monrovia's −00:44:30 is −44.5 minutes and moves the seconds", () => {
    expect(wallClockAt(Date.UTC(1960, 0, 1, 0, 0, 0), 'Africa/Monrovia')).toStrictEqual({
      year: 1959,
      month: 12,
      day: 31,
      hour: 23,
      minute: 15,
      second: 30,
      offsetMinutes: -44.5,
    });
  });

  it('shows UTC itself in UTC, for any instant a date can name (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(-2000, 0, 1), max: Date.UTC(9999, 11, 31) }), (instant) => {
        const date = new Date(instant);
        expect(wallClockAt(instant, 'UTC')).toStrictEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
          hour: date.getUTCHours(),
          minute: date.getUTCMinutes(),
          second: date.getUTCSeconds(),
          offsetMinutes: 0,
        });
      }),
      heavyRuns(100),
    );
  });
});

describe('daySpanOf', () => {
  it('gives the first and last wall clock of a month in its zone, and its first instant', () => {
    const span = daySpanOf(parseDate('2015-07', { timeZone: 'Asia/Karachi' }));
    expect(span).toStrictEqual({
      first: { year: 2015, month: 7, day: 1, hour: 0, minute: 0, second: 0, offsetMinutes: 300 },
      last: { year: 2015, month: 7, day: 31, hour: 23, minute: 59, second: 59, offsetMinutes: 300 },
      instant: Date.UTC(2015, 5, 30, 19, 0, 0),
    });
  });

  it('spans the years of an interval across a new year', () => {
    const span = daySpanOf(parseDate('2010-08-12/2011-01-31', { timeZone: 'Asia/Kolkata' }));
    expect(span.first).toStrictEqual({
      year: 2010,
      month: 8,
      day: 12,
      hour: 0,
      minute: 0,
      second: 0,
      offsetMinutes: 330,
    });
    expect(span.last).toStrictEqual({
      year: 2011,
      month: 1,
      day: 31,
      hour: 23,
      minute: 59,
      second: 59,
      offsetMinutes: 330,
    });
    expect(span.instant).toBe(Date.UTC(2010, 7, 11, 18, 30, 0));
  });

  it('takes an open start from the end: ../2011-01-31 starts on the 31st', () => {
    const span = daySpanOf(parseDate('../2011-01-31', { timeZone: 'Asia/Karachi' }));
    expect(span.instant).toBe(Date.UTC(2011, 0, 30, 19, 0, 0));
    expect(span.first).toStrictEqual({
      year: 2011,
      month: 1,
      day: 31,
      hour: 0,
      minute: 0,
      second: 0,
      offsetMinutes: 300,
    });
    expect(span.last).toStrictEqual({
      year: 2011,
      month: 1,
      day: 31,
      hour: 23,
      minute: 59,
      second: 59,
      offsetMinutes: 300,
    });
  });

  it('has no last wall clock for a date still going on', () => {
    const span = daySpanOf(parseDate('2010-08-12/..'));
    expect(span).toStrictEqual({
      first: { year: 2010, month: 8, day: 12, hour: 0, minute: 0, second: 0, offsetMinutes: 0 },
      instant: Date.UTC(2010, 7, 12),
    });
    expect('last' in span).toBe(false);
  });

  it.each([
    // Kiritimati went from Friday 30 December 1994 (UTC−10) to Sunday 1 January 1995 (UTC+14).
    ['1994-12-31', 'Pacific/Kiritimati', { year: 1995, month: 1, day: 1 }, 840],
    // Samoa went from Thursday 29 December 2011 (UTC−10) to Saturday 31 December 2011 (UTC+14).
    ['2011-12-30', 'Pacific/Apia', { year: 2011, month: 12, day: 31 }, 840],
    // Kwajalein went from 20 August 1993 (UTC−12) to 22 August 1993 (UTC+12).
    ['1993-08-21', 'Pacific/Kwajalein', { year: 1993, month: 8, day: 22 }, 720],
  ])(
    'covers the day after a day that %s skipped in %s, as if the clocks had moved on, never ending before it starts',
    (text, zone, day, offsetMinutes) => {
      const date = parseDate(text, { timeZone: zone });
      expect(daySpanOf(date)).toStrictEqual({
        first: { ...day, hour: 0, minute: 0, second: 0, offsetMinutes },
        last: { ...day, hour: 23, minute: 59, second: 59, offsetMinutes },
        instant: Date.UTC(day.year, day.month - 1, day.day) - offsetMinutes * 60_000,
      });
      expect(date.latest).toBe(date.earliest + 86_400_000 - 1);
    },
  );
});

describe('nextDay', () => {
  it.each([
    [
      { year: 2015, month: 12, day: 30 },
      { year: 2015, month: 12, day: 31 },
    ],
    [
      { year: 2015, month: 12, day: 31 },
      { year: 2016, month: 1, day: 1 },
    ],
    [
      { year: 2016, month: 2, day: 28 },
      { year: 2016, month: 2, day: 29 },
    ],
    [
      { year: 2015, month: 2, day: 28 },
      { year: 2015, month: 3, day: 1 },
    ],
    [
      { year: 2011, month: 1, day: 31 },
      { year: 2011, month: 2, day: 1 },
    ],
    [
      { year: 50, month: 6, day: 30 },
      { year: 50, month: 7, day: 1 },
    ],
  ])('gives the day after %o as %o', (day, after) => {
    expect(nextDay(day)).toStrictEqual(after);
  });
});

describe('isoDay and basicDay', () => {
  it('write a day as YYYY-MM-DD and as iCalendar YYYYMMDD, with leading zeros', () => {
    expect(isoDay({ year: 2015, month: 12, day: 30 })).toBe('2015-12-30');
    expect(isoDay({ year: 2010, month: 8, day: 2 })).toBe('2010-08-02');
    expect(isoDay({ year: 44, month: 3, day: 15 })).toBe('0044-03-15');
    expect(basicDay({ year: 2010, month: 8, day: 2 })).toBe('20100802');
    expect(basicDay({ year: 44, month: 3, day: 15 })).toBe('00440315');
  });
});
