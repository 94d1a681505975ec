import { parseDate, safeParseDate, TimelineError } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBound, readEdtf, readInstants, readSingle } from '../../src/dates/edtf-read.js';
import { precisionRank } from '../../src/dates/precision.js';
import { ZONES } from '../support/edtf.js';
import { intervalDate, setDate, singleDate } from '../support/edtf-forms.js';
import { heavyRuns } from '../support/runs.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('parseDate', () => {
  it('reads a day in the given zone as the whole local day', () => {
    const date = parseDate('2015-12-30', { timeZone: 'Asia/Karachi' });
    expect(date.precision).toBe('day');
    expect(iso(date.earliest)).toBe('2015-12-29T19:00:00.000Z');
    expect(iso(date.latest)).toBe('2015-12-30T18:59:59.999Z');
  });

  it('reads a date without a zone in UTC, never in the machine zone', () => {
    const date = parseDate('2010-08-12');
    expect(date.timeZone).toBe('UTC');
    expect(iso(date.earliest)).toBe('2010-08-12T00:00:00.000Z');
  });

  it('gives month and year precision with their whole range', () => {
    const month = parseDate('2015-07', { timeZone: 'Asia/Karachi' });
    expect(month.precision).toBe('month');
    expect(iso(month.earliest)).toBe('2015-06-30T19:00:00.000Z');
    expect(iso(month.latest)).toBe('2015-07-31T18:59:59.999Z');
    const year = parseDate('2010');
    expect(year.precision).toBe('year');
    expect(iso(year.latest)).toBe('2010-12-31T23:59:59.999Z');
  });

  it('rejects a day that does not exist with impossible-date', () => {
    for (const text of ['2015-02-30', '2015-13', '2015-13-01', '2100-02-29', '2015-04-31', '2015-00']) {
      const result = safeParseDate(text);
      expect(result.success, text).toBe(false);
      if (!result.success) expect(result.error.issues[0].code, text).toBe('impossible-date');
    }
    expect(parseDate('2016-02-29').precision).toBe('day');
    expect(parseDate('2000-02-29').precision).toBe('day');
  });

  it('rejects text that is not an EDTF date with invalid-date', () => {
    for (const text of [
      '',
      '30/12/2015',
      '2015-1-5',
      'yesterday',
      '2015-12-30T25',
      '20150',
      '2015-21-05',
      'Y2015',
      '[2015-12-30',
      '/',
      '2015/2016/2017',
    ]) {
      const result = safeParseDate(text);
      expect(result.success, text).toBe(false);
      if (!result.success) expect(result.error.issues[0].code, text).toBe('invalid-date');
    }
  });

  it('throws a TimelineError carrying the code', () => {
    expect(() => parseDate('2015-02-30')).toThrow(TimelineError);
  });

  it('widens an approximate date by one unit on each side and keeps an uncertain one', () => {
    const approximate = parseDate('2011~');
    expect(approximate.approximate).toBe(true);
    expect(iso(approximate.earliest)).toBe('2010-01-01T00:00:00.000Z');
    expect(iso(approximate.latest)).toBe('2012-12-31T23:59:59.999Z');
    const day = parseDate('2010-08-12~');
    expect(iso(day.earliest)).toBe('2010-08-11T00:00:00.000Z');
    expect(iso(day.latest)).toBe('2010-08-13T23:59:59.999Z');
    const uncertain = parseDate('2015-12-31?');
    expect(uncertain.uncertain).toBe(true);
    expect(uncertain.approximate).toBe(false);
    expect(iso(uncertain.earliest)).toBe('2015-12-31T00:00:00.000Z');
    const both = parseDate('2012-02%');
    expect([both.approximate, both.uncertain]).toEqual([true, true]);
  });

  it('reads unspecified digits as the coarser precision', () => {
    expect(parseDate('2013-07-XX').precision).toBe('month');
    expect(parseDate('2013-XX').precision).toBe('year');
    const decade = parseDate('201X');
    expect(decade.precision).toBe('decade');
    expect(iso(decade.latest)).toBe('2019-12-31T23:59:59.999Z');
    expect(parseDate('19XX').precision).toBe('century');
  });

  it('reads a time with a UTC offset regardless of the zone', () => {
    const date = parseDate('2015-11-30T09:00+05:00', { timeZone: 'America/Toronto' });
    expect(date.precision).toBe('minute');
    expect(iso(date.earliest)).toBe('2015-11-30T04:00:00.000Z');
    expect(iso(date.latest)).toBe('2015-11-30T04:00:59.999Z');
    expect(iso(parseDate('2015-11-30T09:00:05.5Z').earliest)).toBe('2015-11-30T09:00:05.500Z');
  });

  it('reads intervals with known, open and unknown ends', () => {
    const known = parseDate('2010-08-12/2011-01-31', { timeZone: 'Asia/Kolkata' });
    expect(known.kind).toBe('interval');
    expect(known.start.precision).toBe('day');
    expect(iso(known.latest)).toBe('2011-01-31T18:29:59.999Z');
    const open = parseDate('2010-08/..');
    expect(open.end.state).toBe('open');
    expect(open.latest).toBe(Number.POSITIVE_INFINITY);
    const unknown = parseDate('/2011');
    expect(unknown.start.state).toBe('unknown');
    expect(unknown.earliest).toBe(Number.NEGATIVE_INFINITY);
    expect(unknown.start.latest).toBe(unknown.end.latest);
    expect(safeParseDate('2011/2010').success).toBe(false);
  });

  it('follows daylight saving time: a spring-forward day lasts 23 hours', () => {
    const day = parseDate('2015-03-08', { timeZone: 'America/Toronto' });
    expect((day.latest + 1 - day.earliest) / 3_600_000).toBe(23);
  });

  it('rejects an unknown time zone with invalid-time-zone', () => {
    const result = safeParseDate('2015-11-30', { timeZone: 'Mars/Olympus_Mons' });
    expect(result.success ? 'ok' : result.error.issues[0].code).toBe('invalid-time-zone');
  });

  it('makes consecutive days meet exactly, in any zone (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (d, timeZone) => {
          const text = d.toISOString().slice(0, 10);
          const next = new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
          const today = parseDate(text, { timeZone });
          const tomorrow = parseDate(next, { timeZone });
          expect(today.earliest).toBeLessThan(today.latest);
          expect(today.latest + 1).toBe(tomorrow.earliest);
        },
      ),
    );
  });

  it('returns frozen results', () => {
    const date = parseDate('2015-07');
    expect(Object.isFrozen(date)).toBe(true);
    expect(Object.isFrozen(date.start)).toBe(true);
  });

  it('returns frozen parts, members and ranges', () => {
    const set = parseDate('[2015-12-30,2016-01..2016-02]');
    expect(Object.isFrozen(set.members)).toBe(true);
    expect(Object.isFrozen(set.members?.[1]?.start.range)).toBe(true);
    expect(Object.isFrozen(parseDate('2004-06~-11').start.parts?.marks)).toBe(true);
  });

  it('reads a plain day on its fast path exactly as the general grammar does, in every zone (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (d, timeZone) => {
          const text = d.toISOString().slice(0, 10);
          expectFastPathsAgree(text, timeZone);
        },
      ),
      heavyRuns(200),
    );
  });

  it('reads a year and a month on its fast path exactly as the general grammar does, in every zone (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
        fc.option(
          fc.integer({ min: 0, max: 99 }).map((m) => String(m).padStart(2, '0')),
          { nil: undefined },
        ),
        fc.constantFrom(...ZONES),
        (year, month, timeZone) => {
          const text = month === undefined ? year : `${year}-${month}`;
          expectFastPathsAgree(text, timeZone);
        },
      ),
      heavyRuns(300),
    );
  });

  it('reads the edges of the fast path as the general grammar does: leap days, the year 0000, offsets and fractions', () => {
    const texts = [
      '0000',
      '0000-01',
      '0000-02-29',
      '0100-02-29',
      '2000-02-29',
      '1900-02-29',
      '9999-12',
      '9999-12-31',
      '2015-12',
      '2015-00',
      '2015-13',
      '2015-21',
      '2015-12-00',
      '2015-12-32',
      '2015-11-30T23:59:59',
      '2015-11-30T24:00',
      '2015-11-30T09:60',
      '2015-11-30T09:00:60',
      '2015-11-30T09:00+05',
      '2015-11-30T09:00-0530',
      '2015-11-30T09:00+05:30',
      '2015-11-30T09:00+15:00',
      '2015-11-30T09:00+05:60',
      '2015-11-30T09:00+5:30',
      '2015-11-30T09:00:30.5',
      '2015-11-30T09:00Z',
      '2015-11-30T09:00:3',
      '2015-11-30T09',
      '2015-11-30t09:00',
      '2015/11',
      '2015-11-3',
      '2015-1-30',
    ];
    for (const timeZone of ZONES) for (const text of texts) expectFastPathsAgree(text, timeZone);
  });

  it('reads a day with a time on its fast path exactly as the general grammar does, in every zone (property)', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const offset = fc.oneof(
      fc.constant(''),
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), two(16), fc.constantFrom('', ':'), two(61))
        .map(([sign, h, colon, m]) => `${sign}${h}${colon}${m}`),
      fc.tuple(fc.constantFrom('+', '-'), two(16)).map(([sign, h]) => `${sign}${h}`),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
        two(13),
        two(32),
        two(24),
        two(60),
        fc.option(two(60), { nil: undefined }),
        offset,
        fc.constantFrom(...ZONES),
        (year, month, day, hour, minute, second, zone, timeZone) => {
          const text = `${year}-${month}-${day}T${hour}:${minute}${second === undefined ? '' : `:${second}`}${zone}`;
          expectFastPathsAgree(text, timeZone);
        },
      ),
      heavyRuns(300),
    );
  });
});

/**
 * The two fast paths a level-0 date takes agree with the general reading: the bound (`readBound`) with the grammar's
 * (`readSingle`), and the instants a build keeps (`readInstants`, no object made) with the whole reading's.
 */
function expectFastPathsAgree(text: string, timeZone: string): void {
  expect(readBound(text, timeZone)).toEqual(readSingle(text, timeZone));
  expectInstantsAgree(text, timeZone);
}

/** `readInstants` gives the instants and precision `readEdtf` does, or −1 where it finds a problem. */
function expectInstantsAgree(text: string, timeZone: string): void {
  const out = new Float64Array([Number.NaN, Number.NaN]);
  const rank = readInstants(text, timeZone, out);
  const date = readEdtf(text, timeZone);
  if ('code' in date) {
    expect(rank).toBe(-1);
    return;
  }
  expect([out[0], out[1], rank]).toEqual([date.earliest, date.latest, precisionRank(date.precision)]);
}

describe('readInstants (what a build keeps of a date)', () => {
  it('gives the instants and precision of the whole reading for dates of every level, intervals and sets, in every zone (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          singleDate.map((g) => g.text),
          setDate,
          intervalDate,
          fc.string({ maxLength: 12 }),
        ),
        fc.constantFrom(...ZONES),
        (text, timeZone) => expectInstantsAgree(text, timeZone),
      ),
      heavyRuns(400),
    );
  });

  it("reads a wall clock in a zone's gap or overlap, and a written offset, as the whole reading does", () => {
    // Asia/Karachi's summer time of 2008 (from 1 June 00:00), America/New_York's fall back (2 November 2008 01:30
    // twice), Pacific/Apia's skipped day (30 December 2011), a written offset west and east, and the year 0000.
    const cases: [string, string][] = [
      ['2008-06-01T00:30', 'Asia/Karachi'],
      ['2008-06-01', 'Asia/Karachi'],
      ['2008-11-02T01:30', 'America/New_York'],
      ['2008-11-02T01:30-05:00', 'America/New_York'],
      ['2011-12-30', 'Pacific/Apia'],
      ['2011-12', 'Pacific/Apia'],
      ['2015-12-30T23:59:59+14:00', 'Asia/Karachi'],
      ['0000-02-29', 'Asia/Kolkata'],
      ['2015-02-29', 'UTC'],
    ];
    for (const [text, timeZone] of cases) expectInstantsAgree(text, timeZone);
    const out = new Float64Array(2);
    expect(readInstants('2015-02-29', 'UTC', out)).toBe(-1);
  });
});

describe('parseDate on near misses', () => {
  it.each([
    ['20150', 'invalid-date', 'Y prefix (EDTF level 1): Y20150'],
    ['Y2015', 'invalid-date', 'more than four digits (EDTF level 1); write 2015'],
    ['-0000', 'invalid-date', 'year 0 is 0000'],
    ['Y012345', 'invalid-date', 'no leading zeros'],
    ['2015-13', 'impossible-date', '21 to 24 are seasons, EDTF level 1; 25 to 41'],
    ['2015-42', 'impossible-date', 'there is no month 42'],
    ['2015-21-05', 'invalid-date', 'has no day'],
    ['Y170000002-01', 'invalid-date', 'stands alone'],
    ['1950S0', 'invalid-date', 'EDTF level 2: 1950S2'],
    ['19X0S2', 'invalid-date', 'not both'],
    ['2015-12-30,2015-12-31', 'invalid-date', '[a,b] (one of them) or {a,b} (all of them), EDTF level 2'],
    ['[2015-12-30,2015-12-31', 'invalid-date', 'a set [a,b] (one of them, EDTF level 2) ends with "]"'],
    ['[2015-12-30,..2015-12-31]', 'invalid-date', "not the set's first or last"],
    ['[2016..2015]', 'impossible-date', 'the range 2016..2015 ends before it starts'],
    ['2015-02-3X', 'impossible-date', 'no day matches'],
    ['2015?-11-30T09:00', 'invalid-date', 'one qualifier, at its end (EDTF level 1)'],
    ['2015-11-XXT09:00', 'invalid-date', 'a time needs a whole day'],
    ['2015-11-30T9:00', 'invalid-date', 'a time is written T09:00'],
    ['2016-05-02 14:00', 'invalid-date', 'a date and its time are joined by T in EDTF: 2016-05-02T14:00'],
    ['2016-05-02 14:00:30-03:00', 'invalid-date', 'joined by T in EDTF: 2016-05-02T14:00:30-03:00'],
    [
      '2022-01-13T00:00 WAT',
      'invalid-date',
      'offset (2022-01-13T00:00+hh:mm), not an abbreviation such as WAT',
    ],
    [
      '2016-05-02 14:00 PKT',
      'invalid-date',
      'offset (2016-05-02T14:00+hh:mm), not an abbreviation such as PKT',
    ],
    ['2015-12-30T09:00pm', 'invalid-date', 'a time is written on the 24-hour clock (T21:00 for 9 pm)'],
    ['2015-12-30 09:00 AM', 'invalid-date', 'a time is written on the 24-hour clock'],
  ])('refuses %s with %s, saying why', (text, code, words) => {
    const result = safeParseDate(text);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues[0].code).toBe(code);
    expect(result.error.issues[0].message).toContain(words);
  });
});
