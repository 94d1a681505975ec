import { describe, expect, it } from 'vitest';
import { offsetMs } from '../../src/dates/zone.js';
import { ALL_ZONES, instantsFrom1850To2100, intlOffsetMs } from './zone-reference.js';

const HOUR = 3_600_000;

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
});
