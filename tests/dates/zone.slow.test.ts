import { describe, expect, it } from 'vitest';
import { instantAtWall, offsetMs } from '../../src/dates/zone.js';
import { intlOffsetMs as intlLongOffsetMs, steadyDayOffsetMs } from '../../src/dates/zone-offsets.js';
import { ALL_ZONES, instantsFrom1850To2100, intlOffsetMs } from './zone-reference.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the offset of a time zone, exhaustively', () => {
  it('equals what Intl.DateTimeFormat shows, for every zone the runtime lists, every 29 days and 5 hours from 1850 to 2100', () => {
    const instants = instantsFrom1850To2100(29 * 24 * HOUR + 5 * HOUR);
    const wrong: string[] = [];
    for (const zone of ALL_ZONES)
      for (const instant of instants)
        if (offsetMs(zone, instant) !== intlOffsetMs(zone, instant))
          wrong.push(`${zone} at ${new Date(instant).toISOString()}`);
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 600_000);

  it('equals Intl’s offset for every zone every 23 hours from 1850 to 2100, and at every change to the millisecond, by day too', () => {
    // The table samples Intl every 3 days: a change it missed would show here as a day whose offset differs.
    // Each change Intl makes between two of these instants is found to the millisecond with the reference, and
    // the table read there and the millisecond before.
    const instants = instantsFrom1850To2100(23 * HOUR);
    const wrong: string[] = [];
    let changes = 0;
    for (const zone of ALL_ZONES) {
      let previous = Number.NaN;
      let previousAt = 0;
      for (const instant of instants) {
        const offset = intlLongOffsetMs(zone, instant);
        if (offsetMs(zone, instant) !== offset) wrong.push(`${zone} at ${new Date(instant).toISOString()}`);
        // The offset by day, where a day has one, is the offset of every instant of that day.
        const steady = steadyDayOffsetMs(zone, Math.floor(instant / DAY));
        if (!Number.isNaN(steady) && steady !== offset)
          wrong.push(`${zone}: the offset by day at ${new Date(instant).toISOString()}`);
        if (offset !== previous && !Number.isNaN(previous)) {
          changes++;
          let lo = previousAt;
          let hi = instant;
          while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (intlOffsetMs(zone, mid) === intlOffsetMs(zone, lo)) lo = mid;
            else hi = mid;
          }
          for (const t of [lo, hi])
            if (offsetMs(zone, t) !== intlOffsetMs(zone, t))
              wrong.push(`${zone} at the change ${new Date(t).toISOString()}`);
          // The wall clocks at the change: shown twice when the clocks go back (read as the first time, with the
          // offset before), skipped when they go forward (read as if the clocks had moved on: the offset before).
          const before = intlOffsetMs(zone, lo);
          const after = intlOffsetMs(zone, hi);
          // A span of wall clocks ending at such a millisecond runs to its last showing (skipped: moved on too).
          for (const wall of [hi + Math.min(before, after), hi + Math.max(before, after) - 1])
            if (
              instantAtWall(zone, wall) !== wall - before ||
              instantAtWall(zone, wall + 1, true) - 1 !== wall - Math.min(after, before)
            )
              wrong.push(
                `${zone}: the wall clock ${new Date(wall).toISOString().slice(0, 23)} at the change`,
              );
          // No wall-clock day whose three days (the day before it to the day after it) hold the change has an
          // offset by day: its wall clocks are read by the lookups.
          for (let day = Math.floor(hi / DAY) - 2; day <= Math.floor(hi / DAY) + 1; day++)
            if ((day - 1) * DAY < hi && hi <= (day + 2) * DAY && !Number.isNaN(steadyDayOffsetMs(zone, day)))
              wrong.push(
                `${zone}: an offset by day on day ${day}, beside the change ${new Date(hi).toISOString()}`,
              );
        }
        previous = offset;
        previousAt = instant;
      }
    }
    expect(changes).toBeGreaterThan(40_000);
    expect(wrong.slice(0, 10)).toEqual([]);
  }, 1_800_000);
});
