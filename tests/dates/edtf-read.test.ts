/**
 * The EDTF reader itself (`readEdtf`, `readSingle`, `readBound`, `firstYearOf`), without `parseDate`'s memo: every
 * expected instant is written from the calendar (`at`, JavaScript's own proleptic Gregorian calendar in UTC), every
 * message in full. Reading through the reader, not `parseDate`, also means a result is never one remembered from
 * an earlier reading of the same text.
 */
import { describe, expect, it } from 'vitest';
import type * as Reader from '../../src/dates/edtf-read.js';
import {
  FORMS,
  firstYearOf,
  readBound,
  readEdtf,
  readInstants,
  readSingle,
} from '../../src/dates/edtf-read.js';
import { precisionRank } from '../../src/dates/precision.js';

/** The first millisecond of a wall clock read in UTC, for any year (`new Date(Date.UTC(…))` maps 0–99 to 19xx). */
function at(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** The date read in UTC, failing the test when it is a problem. */
function read(text: string) {
  const date = readEdtf(text, 'UTC');
  if ('code' in date) throw new Error(`${text}: ${date.message}`);
  return date;
}

/** The first and last instant of a date read in UTC. */
function range(text: string): [number, number] {
  const date = read(text);
  return [date.earliest, date.latest];
}

const SET = 'a set [a,b] (one of them, EDTF level 2)';
const LIST = 'a list {a,b} (all of them, EDTF level 2)';
const HOLDS = 'holds dates or ranges a..b, ..b (first) and a.. (last)';

describe('readEdtf: intervals', () => {
  it('refuses an interval with a second slash, saying an interval has one', () => {
    expect(readEdtf('2015/2016/2017', 'UTC')).toEqual({
      code: 'invalid-date',
      message: `${FORMS}; an interval has one "/"`,
    });
  });

  it.each([
    ['2018-01-13/14', '2018-01-13/2018-01-14'],
    ['2010/11', '2010/2011'],
    ['2018-01-13/02-14', '2018-01-13/2018-02-14'],
  ])('refuses %s, whose end is written only where it differs, and writes it in full', (text, whole) => {
    expect(readEdtf(text, 'UTC')).toEqual({
      code: 'invalid-date',
      message: `${text}: each end of an interval is written in full: ${whole}`,
    });
    expect('code' in readEdtf(whole, 'UTC')).toBe(false);
  });

  it.each(['2018-01-13/12', '2018-01-13T10:00/12', '2015-12/16', '2018-01-30/1'])(
    'suggests no end for %s, whose end in full would come first, name no date or be a guess',
    (text) => {
      const read = readEdtf(text, 'UTC');
      expect('message' in read && read.message.includes('in full')).toBe(false);
    },
  );

  it.each([
    ['2010/11x', '11x', 'end'],
    ['2010-01-01/2010-01-0x', '2010-01-0x', 'end'],
    ['20x0/2011', '20x0', 'start'],
    ['2010-01-01/..x', '..x', 'end'],
  ])('refuses %s quoting the end it cannot read and the interval it belongs to', (text, end, which) => {
    const message = (readEdtf(text, 'UTC') as { message: string }).message;
    expect(
      message.endsWith(`got ${JSON.stringify(end)}, the ${which} of the interval ${JSON.stringify(text)}`),
    ).toBe(true);
  });

  it('quotes an impossible end as it is, without the interval', () => {
    expect(readEdtf('2010-01-01/2010-13-01', 'UTC')).toMatchObject({ code: 'impossible-date' });
    expect((readEdtf('2010-01-01/2010-13-01', 'UTC') as { message: string }).message).toMatch(
      /^2010-13-01: /,
    );
  });

  it('refuses an interval that ends before it starts, and takes one that starts and ends on the same millisecond', () => {
    expect(readEdtf('2016/2015', 'UTC')).toEqual({
      code: 'impossible-date',
      message: 'the interval 2016/2015 ends before it starts',
    });
    const instant = '2015-01-01T00:00:00.000';
    expect(range(`${instant}/${instant}`)).toEqual([at(2015), at(2015)]);
    expect(read(`${instant}/${instant}`).precision).toBe('millisecond');
  });

  it('is approximate or uncertain when either end is, and neither when no end is', () => {
    const flags = (text: string) => [read(text).approximate, read(text).uncertain];
    expect(flags('2015/2016')).toEqual([false, false]);
    expect(flags('2015~/2016')).toEqual([true, false]);
    expect(flags('2015/2016~')).toEqual([true, false]);
    expect(flags('2015?/2016')).toEqual([false, true]);
    expect(flags('2015/2016?')).toEqual([false, true]);
    expect(flags('2015%/')).toEqual([true, true]);
    expect(range('2015~/2016')).toEqual([at(2014), at(2017) - 1]);
  });

  it('reads an open end as infinitely far and an unknown end as somewhere beyond the known one, neither qualified', () => {
    expect(read('2015~/..').end).toEqual({
      state: 'open',
      earliest: Infinity,
      latest: Infinity,
      precision: 'year',
      approximate: false,
      uncertain: false,
    });
    expect(read('2015%/').end).toEqual({
      state: 'unknown',
      earliest: at(2014),
      latest: Infinity,
      precision: 'year',
      approximate: false,
      uncertain: false,
    });
    expect(read('../2015?').start).toEqual({
      state: 'open',
      earliest: -Infinity,
      latest: -Infinity,
      precision: 'year',
      approximate: false,
      uncertain: false,
    });
    expect(read('/2015-06').start).toEqual({
      state: 'unknown',
      earliest: -Infinity,
      latest: at(2015, 7) - 1,
      precision: 'month',
      approximate: false,
      uncertain: false,
    });
  });
});

describe('readEdtf: sets and lists', () => {
  it('refuses a set or list without its closing bracket, or with nothing inside, naming the form', () => {
    expect(readEdtf('{2015-07', 'UTC')).toEqual({
      code: 'invalid-date',
      message: `{2015-07: ${LIST} ends with "}"`,
    });
    expect(readEdtf('[]', 'UTC')).toEqual({ code: 'invalid-date', message: `[]: ${SET} ends with "]"` });
  });

  it('refuses a member that is no date, empty, or itself a set, saying what a set holds', () => {
    const refusal = (text: string, name: string, why: string) => ({
      code: 'invalid-date',
      message: `${text}: ${name} ${HOLDS}; ${why}`,
    });
    expect(readEdtf('[1]', 'UTC')).toEqual(refusal('[1]', SET, `${FORMS}; got "1"`));
    expect(readEdtf('[2015,,2016]', 'UTC')).toEqual(refusal('[2015,,2016]', SET, 'got ""'));
    expect(readEdtf('[[2015]]', 'UTC')).toEqual(refusal('[[2015]]', SET, 'got "[2015]"'));
    expect(readEdtf('{2015,{2016}}', 'UTC')).toEqual(refusal('{2015,{2016}}', LIST, 'got "{2016}"'));
  });

  it("refuses a range open on a side that is not the set's first or last, and a range open on both", () => {
    const open = (text: string, item: string) => ({
      code: 'invalid-date',
      message: `${text}: ${SET} ${HOLDS}; "${item}" is open on a side that is not the set's first or last`,
    });
    expect(readEdtf('[2015,..2016]', 'UTC')).toEqual(open('[2015,..2016]', '..2016'));
    expect(readEdtf('[2015..,2016]', 'UTC')).toEqual(open('[2015..,2016]', '2015..'));
    expect(readEdtf('[..]', 'UTC')).toEqual(open('[..]', '..'));
    const both = read('[..2015,2016..]');
    expect([both.earliest, both.latest, both.precision]).toEqual([-Infinity, Infinity, 'year']);
    expect(both.members?.map((member) => member.start.range?.map((end) => end?.earliest ?? null))).toEqual([
      [null, at(2015)],
      [at(2016), null],
    ]);
  });

  it("passes on a member's impossible day as it is, not as a set's form", () => {
    expect(readEdtf('[2015-02-30,2016]', 'UTC')).toEqual({
      code: 'impossible-date',
      message: '2015-02-30 does not exist: month 2 of 2015 has 28 days',
    });
    expect(readEdtf('[2016..2015]', 'UTC')).toEqual({
      code: 'impossible-date',
      message: 'the range 2016..2015 ends before it starts',
    });
  });

  it('spans all its members as one known bound, qualified when any member is', () => {
    const set = read('[2015,2016]');
    expect(set.kind).toBe('one-of');
    expect(set.start).toEqual({
      state: 'known',
      earliest: at(2015),
      latest: at(2017) - 1,
      precision: 'year',
      approximate: false,
      uncertain: false,
    });
    const flags = (text: string) => [read(text).approximate, read(text).uncertain];
    expect(flags('[2015?,2016]')).toEqual([false, true]);
    expect(flags('{2015,2016~}')).toEqual([true, false]);
    expect(range('[2015~,2016]')).toEqual([at(2014), at(2017) - 1]);
  });

  it('reads a range a..b at the coarser precision of its ends, from the first instant of a to the last of b', () => {
    const member = (text: string) => read(`[${text}]`).members?.[0];
    expect(member('2015-03..2016')?.precision).toBe('year');
    expect(member('2015..2016-03')?.precision).toBe('year');
    expect(member('2015-03..2016-05')?.precision).toBe('month');
    expect(member('..2016-03')?.precision).toBe('month');
    expect(member('2015-03..2016')?.start.state).toBe('known');
    expect([member('2015-03..2016')?.earliest, member('2015..2016-03')?.latest]).toEqual([
      at(2015, 3),
      at(2016, 4) - 1,
    ]);
    const instant = '2015-01-01T00:00:00.000';
    expect(range(`[${instant}..${instant}]`)).toEqual([at(2015), at(2015)]);
  });

  it('makes a range uncertain when either known end is, and never because an end is open', () => {
    const uncertain = (text: string) => read(`[${text}]`).members?.[0]?.uncertain;
    expect(uncertain('2015?..2016')).toBe(true);
    expect(uncertain('2015..2016?')).toBe(true);
    expect(uncertain('..2016?')).toBe(true);
    expect(uncertain('2016?..')).toBe(true);
    expect(uncertain('2015..2016')).toBe(false);
    expect(uncertain('..2016')).toBe(false);
    expect(uncertain('2016..')).toBe(false);
  });
});

describe('readSingle: years', () => {
  it('gives the first year a year text stands for, and NaN for text that is no year', () => {
    expect(firstYearOf('-0044')).toBe(-44);
    expect(firstYearOf('Y17E7')).toBe(170_000_000);
    expect(firstYearOf('Y17E10')).toBe(170_000_000_000);
    expect(firstYearOf('201X')).toBe(2010);
    expect(firstYearOf('-201X')).toBe(-2019);
    expect(firstYearOf('1950S2')).toBe(1900);
    expect(firstYearOf('1950S12')).toBe(1950);
    expect(firstYearOf('Y1234567S10')).toBe(1_234_567);
    for (const text of ['xY20000', 'Y20000x', 'x2015', '2015x', 'hello', '', 'Y2015']) {
      expect(firstYearOf(text), text).toBeNaN();
    }
  });

  it('refuses a Y year of four digits or fewer, or beyond the largest safe integer, saying how to write it', () => {
    expect(readSingle('Y2015', 'UTC')).toEqual({
      code: 'invalid-date',
      message: 'Y2015: a Y year has more than four digits (EDTF level 1); write 2015',
    });
    expect(readSingle('Y-2015', 'UTC')).toEqual({
      code: 'invalid-date',
      message: 'Y-2015: a Y year has more than four digits (EDTF level 1); write -2015',
    });
    expect(readSingle('Y1E16', 'UTC')).toEqual({
      code: 'invalid-date',
      message: 'Y1E16: a year is at most 9007199254740991',
    });
    expect(readSingle('Y012345', 'UTC')).toEqual({
      code: 'invalid-date',
      message: 'Y012345: a Y year has no leading zeros (EDTF level 1)',
    });
  });

  it('refuses a month or day after a Y year or a year with significant digits', () => {
    for (const text of ['Y170000002-01', '1950S2-01']) {
      expect(readSingle(text, 'UTC')).toEqual({
        code: 'invalid-date',
        message: `${text}: a Y year, an exponential year or a year with significant digits (EDTF levels 1 and 2) stands alone, without month or day`,
      });
    }
  });

  it('reads a year before year 0 with significant or unspecified digits from its most negative year', () => {
    const bc = read('-1950S2');
    expect([bc.earliest, bc.latest, bc.precision]).toEqual([at(-1999), at(-1899) - 1, 'century']);
    const decade = read('-201X');
    expect([decade.earliest, decade.latest, decade.precision]).toEqual([at(-2019), at(-2009) - 1, 'decade']);
  });

  it('reads a day in a year with unspecified digits only in the years those digits allow', () => {
    // 2000, 2010, …, 2090: of these, 2000, 2020, 2040, 2060 and 2080 are leap years (2000 divides by 400).
    const leapDays = read('20X0-02-29');
    expect([leapDays.earliest, leapDays.latest]).toEqual([at(2000, 2, 29), at(2080, 3, 1) - 1]);
    // 1906, 1916, …, 1996: the first leap year among them is 1916 (1908 is not one of them), the last 1996.
    const from1916 = read('19X6-02-29');
    expect([from1916.earliest, from1916.latest]).toEqual([at(1916, 2, 29), at(1996, 3, 1) - 1]);
    // X2-3X: February or December, the 30th or 31st: February has neither, so 30 December to 31 December.
    expect(range('2015-X2-3X')).toEqual([at(2015, 12, 30), at(2016) - 1]);
    // 1905, 1915, …, 1995: none is a leap year.
    expect(readSingle('19X5-02-29', 'UTC')).toEqual({
      code: 'impossible-date',
      message: '19X5-02-29: no day matches',
    });
  });
});

describe('readSingle: months, days and times', () => {
  it('reads a month with an unspecified tens digit as every month it can be', () => {
    // X2: February or December.
    const month = read('2015-X2');
    expect([month.earliest, month.latest, month.precision]).toEqual([at(2015, 2), at(2016) - 1, 'year']);
  });

  it('refuses months, days and times that do not exist, saying which', () => {
    const impossible = (message: string) => ({ code: 'impossible-date', message });
    expect(readSingle('2015-13', 'UTC')).toEqual(
      impossible(
        '2015-13: there is no month 13 (months are 01 to 12; 21 to 24 are seasons, EDTF level 1; 25 to 41 seasons by hemisphere, quarters, quadrimesters and semesters, level 2)',
      ),
    );
    expect(readSingle('2015-00', 'UTC')).toEqual(impossible('2015-00: there is no month 00'));
    expect(readSingle('2015-2X', 'UTC')).toEqual(impossible('2015-2X: there is no month 2X'));
    expect(readSingle('2015-01-00', 'UTC')).toEqual(
      impossible('2015-01-00 does not exist: month 1 of 2015 has 31 days'),
    );
    expect(readSingle('2015-02-30', 'UTC')).toEqual(
      impossible('2015-02-30 does not exist: month 2 of 2015 has 28 days'),
    );
    expect(readSingle('2015-02-3X', 'UTC')).toEqual(impossible('2015-02-3X: no day matches'));
    expect(readSingle('2015-11-30T24:00', 'UTC')).toEqual(
      impossible('2015-11-30T24:00: there is no time 24:00'),
    );
    expect(readSingle('2015-11-30T09:60', 'UTC')).toEqual(
      impossible('2015-11-30T09:60: there is no time 09:60'),
    );
    expect(readSingle('2015-11-30T09:00:60', 'UTC')).toEqual(
      impossible('2015-11-30T09:00:60: there is no time 09:00'),
    );
    expect(readSingle('2015-11-30T09:00+15:00', 'UTC')).toEqual(
      impossible('2015-11-30T09:00+15:00: no zone has offset +15:00'),
    );
    expect(readSingle('2015-21-05', 'UTC')).toEqual({
      code: 'invalid-date',
      message: '2015-21-05: a season or other grouping (21 to 41, EDTF levels 1 and 2) has no day',
    });
  });

  it("reads an offset's minutes up to 59", () => {
    expect(range('2015-11-30T09:00:00.5-00:59')).toEqual([
      at(2015, 11, 30, 9, 59, 0, 500),
      at(2015, 11, 30, 9, 59, 0, 500),
    ]);
  });

  it('reads a fraction of a second as milliseconds, .5 as 500', () => {
    expect(range('2015-11-30T09:00:30.5')).toEqual([
      at(2015, 11, 30, 9, 0, 30, 500),
      at(2015, 11, 30, 9, 0, 30, 500),
    ]);
  });

  it('keeps only the parts written', () => {
    const keys = (text: string) => {
      const bound = readSingle(text, 'UTC');
      return 'code' in bound ? bound : Object.keys(bound.parts ?? {});
    };
    expect(keys('2015~')).toEqual(['year', 'marks']);
    expect(keys('2015-06~')).toEqual(['year', 'month', 'marks']);
    expect(keys('2015-06-01~')).toEqual(['year', 'month', 'day', 'marks']);
    expect(keys('2015-06-01T09:00~')).toEqual(['year', 'month', 'day', 'time', 'marks']);
  });
});

describe('readSingle: qualifiers', () => {
  it('reads the same qualifier twice as that qualifier, not as both', () => {
    const date = read('2004~-06~');
    expect(date.start.parts?.marks).toEqual(['~', '~', '']);
    expect([date.approximate, date.uncertain]).toEqual([true, false]);
    expect([date.earliest, date.latest]).toEqual([at(2004, 5), at(2004, 8) - 1]);
  });

  it('widens by one unit of the finest approximate part: the year of a day, or the minute of a time', () => {
    expect(range('2004~-06-11')).toEqual([at(2003, 6, 11), at(2005, 6, 12) - 1]);
    expect(range('2015-11-30T09:00~')).toEqual([at(2015, 11, 30, 8, 59), at(2015, 11, 30, 9, 2) - 1]);
  });

  it('widens a year with unspecified digits by its own precision, not by one year', () => {
    // 201X is 2010 to 2019, a decade: about it is 2000 to 2029.
    expect(range('201X~')).toEqual([at(2000), at(2030) - 1]);
  });

  it('widens a season by its step when the season is approximate, and by a year when only its year is', () => {
    // Spring of either hemisphere (21) is March to November; its step is three months.
    expect(range('2015-21~')).toEqual([at(2014, 12), at(2016, 3) - 1]);
    expect(range('2015~-21')).toEqual([at(2014, 3), at(2016, 12) - 1]);
    // The first quadrimester (37) is January to April; its step is four months.
    expect(range('2015-37~')).toEqual([at(2014, 9), at(2015, 9) - 1]);
  });
});

describe('readSingle: near misses', () => {
  it.each([
    ['20150', '20150: a year of more than four digits is written with a Y prefix (EDTF level 1): Y20150'],
    ['-20150', '-20150: a year of more than four digits is written with a Y prefix (EDTF level 1): Y-20150'],
    ['x20150', `${FORMS}; got "x20150"`],
    ['20150x', `${FORMS}; got "20150x"`],
    [
      '2015,2016,2017',
      '2015,2016,2017: several dates are written [a,b] (one of them) or {a,b} (all of them), EDTF level 2: [2015,2016,2017]',
    ],
    [
      '2018-01-13 or 2018-01-14',
      '2018-01-13 or 2018-01-14: several dates are written [a,b] (one of them) or {a,b} (all of them), EDTF level 2: [2018-01-13,2018-01-14]',
    ],
    ['x2015,2016', `${FORMS}; got "x2015,2016"`],
    ['2015,2016x', `${FORMS}; got "2015,2016x"`],
    [
      '2016-05-02 14:00:30.25',
      '2016-05-02 14:00:30.25: a date and its time are joined by T in EDTF: 2016-05-02T14:00:30.25',
    ],
    ['x2016-05-02 14:00', `${FORMS}; got "x2016-05-02 14:00"`],
    [
      '2022-01-13T00:00:30.25 WAT',
      '2022-01-13T00:00:30.25 WAT: a time ends in Z or an offset (2022-01-13T00:00:30.25+hh:mm), not an abbreviation such as WAT, which may name several zones; write the offset the source means, or give the record the zone by its IANA name',
    ],
    [
      '2022-01-13T00:00:30 WAT',
      '2022-01-13T00:00:30 WAT: a time ends in Z or an offset (2022-01-13T00:00:30+hh:mm), not an abbreviation such as WAT, which may name several zones; write the offset the source means, or give the record the zone by its IANA name',
    ],
    [
      '2015-12-30T09:00 AMPM',
      '2015-12-30T09:00 AMPM: a time ends in Z or an offset (2015-12-30T09:00+hh:mm), not an abbreviation such as AMPM, which may name several zones; write the offset the source means, or give the record the zone by its IANA name',
    ],
    [
      '2015-12-30T09:00 PMT',
      '2015-12-30T09:00 PMT: a time ends in Z or an offset (2015-12-30T09:00+hh:mm), not an abbreviation such as PMT, which may name several zones; write the offset the source means, or give the record the zone by its IANA name',
    ],
    ['x2022-01-13T00:00 WAT', `${FORMS}; got "x2022-01-13T00:00 WAT"`],
    [
      '2022-01-13T00:00 WAT1',
      `${FORMS}; a time is written T09:00, T09:00:30 or T09:00:30.5, then Z or an offset (+05:00); got "2022-01-13T00:00 WAT1"`,
    ],
    [
      '2015-11-30?T9:00',
      `${FORMS}; a time is written T09:00, T09:00:30 or T09:00:30.5, then Z or an offset (+05:00); got "2015-11-30?T9:00"`,
    ],
    [
      '2015-11T09',
      `${FORMS}; a time is written T09:00, T09:00:30 or T09:00:30.5, then Z or an offset (+05:00); got "2015-11T09"`,
    ],
    ['x2015-11-30T9:00', `${FORMS}; got "x2015-11-30T9:00"`],
    ['2015-11T09:0', `${FORMS}; got "2015-11T09:0"`],
    ['2015-11T09:00', '2015-11T09:00: a time needs a whole day, without X (2015-11-30T09:00)'],
    ['yesterday', `${FORMS}; got "yesterday"`],
  ])('refuses %s as no date, naming the form it comes closest to', (text, message) => {
    expect(readSingle(text, 'UTC')).toEqual({ code: 'invalid-date', message });
  });
});

describe('readBound: the level-0 fast path', () => {
  /** Texts of every level-0 shape, each character of which the sweep below changes, drops or doubles. */
  const SHAPES = [
    '2015',
    '2015-11',
    '2015-11-30',
    '2015-11-30T09:45',
    '2015-11-30T09:45:30',
    '2015-11-30T09:45Z',
    '2015-11-30T09:45:30+05:30',
    '2015-11-30T09:45-0530',
    '2015-11-30T09:45+05',
  ];
  const CHARACTERS = [...'09X-:+TZ. '];

  /** `readInstants` gives the instants and precision the whole reading (`readEdtf`) gives, or −1 where it refuses. */
  function expectInstantsAsTheGrammar(text: string, timeZone: string): void {
    const out = new Float64Array(2);
    const date = readEdtf(text, timeZone);
    const rank = readInstants(text, timeZone, out);
    if ('code' in date) expect(rank, text).toBe(-1);
    else
      expect([out[0], out[1], rank], text).toEqual([
        date.earliest,
        date.latest,
        precisionRank(date.precision),
      ]);
  }

  /** Every text one edit away from a level-0 date: a character replaced, dropped or doubled. */
  function nearTexts(): Set<string> {
    const texts = new Set<string>();
    for (const shape of SHAPES) {
      for (let i = 0; i < shape.length; i++) {
        for (const c of CHARACTERS) texts.add(shape.slice(0, i) + c + shape.slice(i + 1));
        texts.add(shape.slice(0, i) + shape.slice(i + 1));
        texts.add(shape.slice(0, i) + shape.charAt(i) + shape.slice(i));
      }
    }
    return texts;
  }

  it('reads every text one edit away from a level-0 date as the general grammar does, or refuses it as it does', () => {
    // In a zone east of UTC, so that a written offset read as none (or none read as one) moves the instants.
    const timeZone = 'Asia/Kolkata';
    for (const text of nearTexts()) {
      expect(readBound(text, timeZone), text).toEqual(readSingle(text, timeZone));
      expectInstantsAsTheGrammar(text, timeZone);
    }
  });

  it('reads an interval whose end or start is one edit away from a level-0 date as the general grammar does', () => {
    // Each near text as the start of an interval to a level-0 date, and as its end: the fast path reads only
    // intervals of two level-0 dates, and must leave every other one (and every one that ends before it starts)
    // to the grammar. In a zone east of UTC, so that a written offset on one end and none on the other matters.
    const timeZone = 'Asia/Kolkata';
    const others = ['2015-11-30T09:45', '2015-12', '2014', '2015-11-30T04:15Z', '2015-11-30T09:45:29'];
    for (const near of nearTexts())
      for (const other of others)
        for (const text of [`${near}/${other}`, `${other}/${near}`])
          expectInstantsAsTheGrammar(text, timeZone);
  });

  it('reads every year text two edits away from a level-0 year as the general grammar does (20XX, X0X5, 2-1-)', () => {
    const characters = [...'09X-:. '];
    for (let i = 0; i < 4; i++) {
      for (let j = i + 1; j < 4; j++) {
        for (const a of characters) {
          for (const b of characters) {
            const chars = [...'2015'];
            chars[i] = a;
            chars[j] = b;
            const text = chars.join('');
            expect(readBound(text, 'UTC'), text).toEqual(readSingle(text, 'UTC'));
          }
        }
      }
    }
  });

  it('reads a written offset to the minute, east and west, whatever the zone', () => {
    const nine = at(2015, 11, 30, 9, 45);
    const bound = (text: string) => {
      const b = readBound(text, 'Asia/Kolkata');
      return 'code' in b ? b : [b.earliest, b.latest];
    };
    expect(bound('2015-11-30T09:45Z')).toEqual([nine, nine + 59_999]);
    expect(bound('2015-11-30T09:45+05:30')).toEqual([nine - 330 * 60_000, nine - 330 * 60_000 + 59_999]);
    expect(bound('2015-11-30T09:45-0530')).toEqual([nine + 330 * 60_000, nine + 330 * 60_000 + 59_999]);
    expect(bound('2015-11-30T09:45+05')).toEqual([nine - 300 * 60_000, nine - 300 * 60_000 + 59_999]);
    expect(bound('2015-11-30T09:45:30-14:00')).toEqual([
      nine + 30_000 + 840 * 60_000,
      nine + 30_999 + 840 * 60_000,
    ]);
  });
});

describe('readBound: the memo of recent texts', () => {
  it('refuses the empty text even as the first text a fresh reader reads, while its memo is still empty', async () => {
    // A second instance of the module (another URL), whose memo of recent texts has never been written.
    const url = '../../src/dates/edtf-read.js?fresh-memo';
    const fresh = (await import(/* @vite-ignore */ url)) as typeof Reader;
    expect(fresh.readBound('', 'UTC')).toEqual({ code: 'invalid-date', message: `${FORMS}; got ""` });
  });

  it('reads unspecified digits and approximate parts the same in a module loaded afresh', async () => {
    // Loaded under a new URL each time, so that its tables of precisions are built again (as a new process would).
    const url = `../../src/dates/edtf-read.js?fresh-tables-${Math.floor(Math.random() * 1e12)}`;
    const fresh = (await import(/* @vite-ignore */ url)) as typeof Reader;
    const precision = (text: string) => {
      const date = fresh.readEdtf(text, 'UTC');
      return 'code' in date ? date : [date.precision, date.earliest, date.latest];
    };
    expect(precision('201X')).toEqual(['decade', at(2010), at(2020) - 1]);
    expect(precision('19XX')).toEqual(['century', at(1900), at(2000) - 1]);
    expect(precision('1XXX')).toEqual(['millennium', at(1000), at(2000) - 1]);
    expect(precision('1950S3')).toEqual(['decade', at(1950), at(1960) - 1]);
    expect(precision('2004~-06-11')).toEqual(['day', at(2003, 6, 11), at(2005, 6, 12) - 1]);
    expect(precision('2004-06~-11')).toEqual(['day', at(2004, 5, 11), at(2004, 7, 12) - 1]);
    expect(precision('2004-06-11~')).toEqual(['day', at(2004, 6, 10), at(2004, 6, 13) - 1]);
  });
});
