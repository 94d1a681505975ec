/**
 * A wall clock the clocks show twice (they go back) starts the first time and ends the second, in every zone: east
 * of UTC as west of it, for changes of an hour, of half an hour and at midnight; one they jump over is read as if
 * they had moved on, and never ends before it starts. The truth is Intl's: the instants at which the zone shows
 * the wall clock.
 */
import { describe, expect, it } from 'vitest';
import { zonedTimeToInstant } from '../../src/dates/zone.js';
import { parseDate } from '../../src/index.js';
import { intlOffsetMs } from './zone-reference.js';

const MINUTE = 60_000;

/** The wall clock `Intl` shows in a zone at an instant (a whole minute), as milliseconds read as UTC. */
function intlWall(zone: string, instant: number): number {
  return instant + intlOffsetMs(zone, instant);
}

/** Every instant (to the quarter hour of offset) at which the zone shows `wall`, earliest first. */
function intlInstants(zone: string, wall: number): number[] {
  const found: number[] = [];
  for (let offset = 15 * 60; offset >= -15 * 60; offset -= 15) {
    const instant = wall - offset * MINUTE;
    if (intlWall(zone, instant) === wall) found.push(instant);
  }
  return found.sort((a, b) => a - b);
}

// A wall clock in the hour shown twice: west of UTC, east of it, half an hour (Lord Howe), 45 minutes off the
// hour (Chatham), at midnight (Santiago), and 24:00 going back to 23:00 (Tehran, 2021).
const REPEATED: [string, string][] = [
  ['America/New_York', '2024-11-03T01:30'],
  ['Europe/Berlin', '2024-10-27T02:30'],
  ['Europe/London', '2024-10-27T01:05'],
  ['Australia/Sydney', '2024-04-07T02:59'],
  ['Australia/Lord_Howe', '2024-04-07T01:45'],
  ['Pacific/Chatham', '2024-04-07T03:00'],
  ['America/Santiago', '2024-04-06T23:30'],
  ['Asia/Tehran', '2021-09-21T23:10'],
];

describe('a wall clock the clocks show twice', () => {
  it.each(REPEATED)(
    'in %s, %s, runs from the first time it is shown to the end of the second',
    (zone, text) => {
      const wall = Date.parse(`${text}Z`);
      const shown = intlInstants(zone, wall);
      // The case is one: Intl shows the wall clock twice.
      expect(shown).toHaveLength(2);
      const [year, month, day, hour, minute] = text.split(/[-T:]/).map(Number) as [
        number,
        number,
        number,
        number,
        number,
      ];
      expect(zonedTimeToInstant(zone, year, month, day, hour, minute)).toBe(shown[0]);
      const date = parseDate(text, { timeZone: zone });
      expect(date.earliest).toBe(shown[0]);
      expect(date.latest).toBe((shown[1] as number) + MINUTE - 1);
    },
  );

  it('reads as it did before and after the change, a day away', () => {
    for (const [zone, text] of REPEATED)
      for (const shift of [-1, 1]) {
        const wall = Date.parse(`${text}Z`) + shift * 86_400_000;
        expect(parseDate(new Date(wall).toISOString().slice(0, 16), { timeZone: zone }).earliest).toBe(
          intlInstants(zone, wall)[0],
        );
      }
  });
});

// A minute the clocks jump over: the last of the gap, west and east of UTC, half an hour (Lord Howe), at midnight
// (Santiago, 2024), and a whole day (Apia, 30 December 2011).
const SKIPPED: [string, string, number][] = [
  ['America/New_York', '2024-03-10T02:59', 60],
  ['Europe/Berlin', '2024-03-31T02:59', 60],
  ['Australia/Lord_Howe', '2024-10-06T02:29', 30],
  ['America/Santiago', '2024-09-08T00:59', 60],
  ['Pacific/Apia', '2011-12-30T23:59', 24 * 60],
];

describe('a wall clock the clocks jump over', () => {
  it.each(SKIPPED)(
    'in %s, %s, is the minute as if the clocks had moved on, never ending before it starts',
    (zone, text, gap) => {
      const wall = Date.parse(`${text}Z`);
      // The case is one: Intl never shows it.
      expect(intlInstants(zone, wall)).toEqual([]);
      const date = parseDate(text, { timeZone: zone });
      // Moved on by the gap: the zone shows the wall clock `gap` minutes later at that instant.
      expect(intlWall(zone, date.earliest)).toBe(wall + gap * MINUTE);
      expect(date.latest).toBe(date.earliest + MINUTE - 1);
    },
  );
});
