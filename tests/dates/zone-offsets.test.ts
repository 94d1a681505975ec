import { describe, expect, it } from 'vitest';
import { ZoneMemo } from '../../src/dates/zone-memo.js';
import { CHUNK_MS, intlOffsetMs, tabledOffsetMs } from '../../src/dates/zone-offsets.js';

const HOUR = 3_600_000;
/** The last instant a Date holds: 8.64e15 ms, 275760-09-13. */
const LAST = 8.64e15;

describe('the offset Intl gives a zone', () => {
  it('is exactly zero, not minus zero, where the zone is on GMT', () => {
    expect(intlOffsetMs('Europe/London', Date.UTC(2015, 0, 15))).toBe(0);
    expect(intlOffsetMs('Africa/Abidjan', Date.UTC(2015, 6, 15))).toBe(0);
  });

  it.each([
    ['Asia/Karachi', Date.UTC(2008, 6, 1), 6 * HOUR],
    ['America/New_York', Date.UTC(2015, 0, 15), -5 * HOUR],
    ['Asia/Kathmandu', Date.UTC(2015, 0, 15), (5 * 60 + 45) * 60_000],
    ['Africa/Monrovia', Date.UTC(1960, 0, 1), -(44 * 60 + 30) * 1000],
  ])('reads %s at %i as %i ms', (zone, instant, offset) => {
    expect(intlOffsetMs(zone, instant)).toBe(offset);
  });
});

describe('the table of a zone’s offsets', () => {
  it.each(['Asia/Karachi', 'America/New_York'])(
    'answers %s’s offset at the first and last instants a Date holds, as Intl does',
    (zone) => {
      // The table is kept a chunk short of either end (LAST − CHUNK_MS); past it, Intl is asked directly.
      for (const instant of [LAST, LAST - 1, LAST - CHUNK_MS, LAST - CHUNK_MS - 1, -LAST, -LAST + CHUNK_MS]) {
        expect(tabledOffsetMs(zone, instant)).toBe(intlOffsetMs(zone, instant));
      }
    },
  );
});

describe('a memo of values by zone', () => {
  it('gives back each value set, by zone and key', () => {
    const memo = new ZoneMemo<number, string>(10);
    memo.set('Asia/Karachi', 1, 'a');
    memo.set('Asia/Karachi', 2, 'b');
    memo.set('UTC', 1, 'c');
    expect([memo.get('Asia/Karachi', 1), memo.get('Asia/Karachi', 2), memo.get('UTC', 1)]).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(memo.get('UTC', 2)).toBeUndefined();
    expect(memo.get('Europe/London', 1)).toBeUndefined();
  });

  it('holds at most its limit, then is cleared whole before the next value', () => {
    const memo = new ZoneMemo<number, number>(3);
    memo.set('UTC', 1, 1);
    memo.set('Asia/Karachi', 2, 2);
    memo.set('UTC', 3, 3);
    expect([memo.get('UTC', 1), memo.get('Asia/Karachi', 2), memo.get('UTC', 3)]).toEqual([1, 2, 3]);
    memo.set('UTC', 4, 4);
    expect([memo.get('UTC', 1), memo.get('Asia/Karachi', 2), memo.get('UTC', 3), memo.get('UTC', 4)]).toEqual(
      [undefined, undefined, undefined, 4],
    );
    memo.set('UTC', 5, 5);
    memo.set('UTC', 6, 6);
    expect([memo.get('UTC', 4), memo.get('UTC', 5), memo.get('UTC', 6)]).toEqual([4, 5, 6]);
  });
});
