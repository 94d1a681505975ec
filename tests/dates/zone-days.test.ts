/**
 * A zone's offsets by wall-clock day (`steadyDayOffsetMs`): a day gets an offset only when that offset holds from a
 * day before its midnight to a day after its end, so that every wall clock of the day names one instant, `wall −
 * offset`; a day near a transition gets none (`NaN`), and its wall clocks are read by the lookups in the table of
 * transitions. Checked against `Intl` in zones with odd histories: summer time starting at midnight (São Paulo),
 * a skipped day (Apia), half-hour summer time (Lord Howe), offsets in seconds (Monrovia), frequent changes
 * (Gaza, Casablanca).
 */
import { describe, expect, it } from 'vitest';
import { instantAtWall, zonedTimeToInstant } from '../../src/dates/zone.js';
import { CHUNK_MS, intlOffsetMs, steadyDayOffsetMs } from '../../src/dates/zone-offsets.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const ZONES = [
  'America/Sao_Paulo',
  'Pacific/Apia',
  'Australia/Lord_Howe',
  'Africa/Monrovia',
  'Asia/Gaza',
  'Africa/Casablanca',
  'Asia/Karachi',
  'America/New_York',
];
const FIRST_DAY = Math.floor(Date.UTC(1995, 0, 1) / DAY);
const LAST_DAY = Math.floor(Date.UTC(2030, 0, 1) / DAY);

/** Whether Intl gives the zone another offset anywhere in the three days around wall day `day`, read hourly. */
function changesNear(zone: string, day: number): boolean {
  const first = intlOffsetMs(zone, (day - 1) * DAY);
  for (let at = (day - 1) * DAY; at <= (day + 2) * DAY; at += HOUR)
    if (intlOffsetMs(zone, at) !== first) return true;
  return false;
}

describe("a zone's offsets by wall-clock day", () => {
  it.each(ZONES)('in %s, give each day far from a transition the offset Intl gives all around it', (zone) => {
    let steadyDays = 0;
    const wrong: number[] = [];
    for (let day = FIRST_DAY; day <= LAST_DAY; day += 3) {
      const offset = steadyDayOffsetMs(zone, day);
      if (Number.isNaN(offset)) continue;
      steadyDays++;
      // Held from a day before the day's midnight to a day after its end, ends included.
      for (const at of [(day - 1) * DAY, day * DAY - offset, (day + 1) * DAY - offset - 1, (day + 2) * DAY])
        if (intlOffsetMs(zone, at) !== offset) wrong.push(day);
    }
    expect(wrong).toEqual([]);
    // Far more days are steady than not: a zone changes its offset a few times a year at most.
    expect(steadyDays).toBeGreaterThan(((LAST_DAY - FIRST_DAY) / 3) * 0.9);
  });

  it.each(ZONES)('in %s, give no offset to a day within a day of a transition', (zone) => {
    for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
      if (!Number.isNaN(steadyDayOffsetMs(zone, day))) continue;
      expect(changesNear(zone, day), `${zone} day ${day}`).toBe(true);
    }
  });

  it('give no offset to the days around a transition at the very start of a chunk of the table of transitions', () => {
    // A chunk lists the transitions inside it; one at its first instant shows only as the chunk's first offset.
    // In this runtime's data, Gaza's summer time of 2027 starts at such an instant (2027-03-27T00:00Z).
    let found = 0;
    for (const zone of ZONES) {
      const first = Math.ceil((FIRST_DAY * DAY) / CHUNK_MS);
      for (let key = first; key * CHUNK_MS < LAST_DAY * DAY; key++) {
        const start = key * CHUNK_MS;
        if (intlOffsetMs(zone, start - 1000) === intlOffsetMs(zone, start)) continue;
        found++;
        for (let day = start / DAY - 2; day <= start / DAY; day++)
          expect(steadyDayOffsetMs(zone, day), `${zone} ${new Date(start).toISOString()}`).toBeNaN();
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('read each wall clock of a steady day as the one instant whose wall clock it is, as the lookups do', () => {
    // Every 17 hours and 13 minutes over 35 years, in each zone: the instant reads back as the wall clock.
    const wrong: string[] = [];
    let read = 0;
    for (const zone of ZONES) {
      for (let wall = FIRST_DAY * DAY; wall < LAST_DAY * DAY; wall += 17 * HOUR + 13 * 60_000) {
        const steady = steadyDayOffsetMs(zone, Math.floor(wall / DAY));
        if (Number.isNaN(steady)) continue;
        read++;
        const instant = instantAtWall(zone, wall);
        if (instant !== wall - steady || instant + intlOffsetMs(zone, instant) !== wall)
          wrong.push(`${zone} ${new Date(wall).toISOString()}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(read).toBeGreaterThan(100_000);
  });

  it('leave a wall clock near a transition to the lookups: a skipped one reads as if the clocks had moved on', () => {
    // São Paulo went from 00:00 to 01:00 on 2018-11-04 (−03 to −02): midnight reads as 01:00−02, 00:30 as 01:30−02.
    const saoPaulo = Math.floor(Date.UTC(2018, 10, 4) / DAY);
    expect(steadyDayOffsetMs('America/Sao_Paulo', saoPaulo)).toBeNaN();
    expect(zonedTimeToInstant('America/Sao_Paulo', 2018, 11, 4)).toBe(Date.UTC(2018, 10, 4, 3));
    expect(zonedTimeToInstant('America/Sao_Paulo', 2018, 11, 4, 0, 30)).toBe(Date.UTC(2018, 10, 4, 3, 30));
    // Apia skipped all of 2011-12-30 (−10 to +14): its noon reads as noon of the 31st.
    expect(steadyDayOffsetMs('Pacific/Apia', Math.floor(Date.UTC(2011, 11, 30) / DAY))).toBeNaN();
    expect(zonedTimeToInstant('Pacific/Apia', 2011, 12, 30, 12)).toBe(Date.UTC(2011, 11, 30, 22));
  });

  it('give no offset to a day beyond the instants a Date holds, or to one that is no whole number', () => {
    expect(steadyDayOffsetMs('Asia/Karachi', 1e8 + 1)).toBeNaN();
    expect(steadyDayOffsetMs('Asia/Karachi', -1e8 - 1)).toBeNaN();
    expect(steadyDayOffsetMs('Asia/Karachi', Number.POSITIVE_INFINITY)).toBeNaN();
    // The zone's table still answers near days after such a question.
    expect(steadyDayOffsetMs('Asia/Karachi', Math.floor(Date.UTC(2015, 11, 30) / DAY))).toBe(5 * HOUR);
  });

  it('give offsets by day to the days of today to a zone whose first question was a day centuries away', () => {
    // A researcher's first date may be historical: the days tabled are not those around it alone. (Bhutan's clocks
    // have been six hours ahead of UTC since 1987; no other test asks about Thimphu.)
    steadyDayOffsetMs('Asia/Thimphu', Math.floor(Date.UTC(1600, 0, 1) / DAY));
    steadyDayOffsetMs('Asia/Thimphu', Math.floor(Date.UTC(2400, 0, 1) / DAY));
    expect(steadyDayOffsetMs('Asia/Thimphu', Math.floor(Date.UTC(2015, 5, 1) / DAY))).toBe(6 * HOUR);
  });

  it('give offsets by day to a zone whose first question was a day that is no whole number', () => {
    // A day that is no number gets no offset, and leaves the zone's table of offsets by day as it was.
    expect(steadyDayOffsetMs('Asia/Kathmandu', Number.NaN)).toBeNaN();
    expect(steadyDayOffsetMs('Asia/Kathmandu', 0.5)).toBeNaN();
    expect(steadyDayOffsetMs('Asia/Kathmandu', Math.floor(Date.UTC(2015, 3, 25) / DAY))).toBe(345 * 60_000);
  });
});
