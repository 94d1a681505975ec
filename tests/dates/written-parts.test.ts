/**
 * The parts of a date as a source writes them, as integers (what TimelineJS3's year, month, day and time fields
 * get): the bound that ends a date on each side, its parts, a grouping's last month as the end of a span, and
 * whether the parts say all the text does. Expected parts are written out by hand from the EDTF text.
 */
import { parseDate } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeOf, saidByParts, writtenEndParts, writtenParts } from '../../src/dates/written-parts.js';
import { heavyRuns } from '../support/runs.js';

const startParts = (text: string) => writtenParts(edgeOf(parseDate(text), 'start'));
const endParts = (text: string) => writtenEndParts(edgeOf(parseDate(text), 'end'));

describe('edgeOf', () => {
  it('gives a point itself on either side', () => {
    const date = parseDate('2015-07-04');
    expect(edgeOf(date, 'start')).toBe(date.start);
    expect(edgeOf(date, 'end')).toBe(date.start);
  });

  it("gives an interval's two ends", () => {
    const date = parseDate('2015-07/2016');
    expect(edgeOf(date, 'start')).toBe(date.start);
    expect(edgeOf(date, 'end')).toBe(date.end);
  });

  it("gives a set's first member at the start and its last member at the end", () => {
    const date = parseDate('[2015-12-30,2015-12-31,2016-01-02]');
    expect(edgeOf(date, 'start')?.parts?.day).toBe('30');
    expect(edgeOf(date, 'end')?.parts).toMatchObject({ year: '2016', month: '01', day: '02' });
  });

  it('gives the near end of a range in a set, and nothing for its open side', () => {
    expect(edgeOf(parseDate('[2015-12-01..2015-12-05,2016-01-10]'), 'start')?.parts?.day).toBe('01');
    expect(edgeOf(parseDate('[2015-11-01,2015-12-01..2015-12-05]'), 'end')?.parts?.day).toBe('05');
    expect(edgeOf(parseDate('{2015-12-01..2015-12-05}'), 'end')?.parts?.day).toBe('05');
    expect(edgeOf(parseDate('[..2015-12-05]'), 'start')).toBeUndefined();
    expect(edgeOf(parseDate('[..2015-12-05]'), 'end')?.parts?.day).toBe('05');
    expect(edgeOf(parseDate('[2015-12-01..]'), 'start')?.parts?.day).toBe('01');
    expect(edgeOf(parseDate('[2015-12-01..]'), 'end')).toBeUndefined();
  });

  it("gives an interval end that is a set by that set's member on the side it ends", () => {
    expect(edgeOf(parseDate('2015/[2016-01-10,2016-02-01]'), 'end')?.parts?.month).toBe('02');
    expect(edgeOf(parseDate('[2015-01-10,2015-02-01]/2016'), 'start')?.parts?.month).toBe('01');
    expect(edgeOf(parseDate('[2015-12-01..2015-12-05]/2016'), 'start')?.parts?.day).toBe('01');
  });

  it('gives nothing for an open or unknown end', () => {
    expect(edgeOf(parseDate('2015/..'), 'end')).toBeUndefined();
    expect(edgeOf(parseDate('../2015'), 'start')).toBeUndefined();
    expect(edgeOf(parseDate('/2015'), 'start')).toBeUndefined();
    expect(edgeOf(parseDate('2015/'), 'end')).toBeUndefined();
  });
});

describe('writtenParts', () => {
  it.each([
    ['2015', { year: 2015 }],
    ['2015-07', { year: 2015, month: 7 }],
    ['2015-07~', { year: 2015, month: 7 }],
    ['2015-11-30', { year: 2015, month: 11, day: 30 }],
    ['?2004-06-~11', { year: 2004, month: 6, day: 11 }],
    ['-0044-03-15', { year: -44, month: 3, day: 15 }],
    ['2015-11-30T09:00+05:00', { year: 2015, month: 11, day: 30, hour: 9, minute: 0 }],
    ['2015-11-30T09:05:30Z', { year: 2015, month: 11, day: 30, hour: 9, minute: 5, second: 30 }],
    [
      '2015-11-30T09:05:30.5',
      { year: 2015, month: 11, day: 30, hour: 9, minute: 5, second: 30, millisecond: 500 },
    ],
  ])('gives %s as %o, with no key for a part not written', (text, parts) => {
    expect(startParts(text)).toStrictEqual(parts);
  });

  it.each([
    ['2013-07-XX', { year: 2013, month: 7 }],
    ['2013-07-1X', { year: 2013, month: 7 }],
    ['2013-1X', { year: 2013 }],
    ['2013-XX-XX', { year: 2013 }],
    ['201X', { year: 2010 }],
    ['201X-07', { year: 2010 }],
    ['156X-21', { year: 1560 }],
    ['XXXX', { year: 0 }],
  ])('stops the parts at the first unspecified digit: %s is %o', (text, parts) => {
    expect(startParts(text)).toStrictEqual(parts);
  });

  it.each([
    ['1950S2', { year: 1900 }],
    ['-1950S2', { year: -1999 }],
    ['Y170000002', { year: 170_000_002 }],
    ['Y17E7', { year: 170_000_000 }],
    ['Y-17E7', { year: -170_000_000 }],
  ])(
    'gives a year with an exponent or significant digits as the first year it stands for: %s is %o',
    (text, parts) => {
      expect(startParts(text)).toStrictEqual(parts);
    },
  );

  it('gives a grouping as the first month of its span', () => {
    expect(startParts('2015-21')).toStrictEqual({ year: 2015, month: 3 });
    expect(startParts('2015-28')).toStrictEqual({ year: 2015, month: 12 });
    expect(startParts('2015-33')).toStrictEqual({ year: 2015, month: 1 });
    expect(startParts('2015-41')).toStrictEqual({ year: 2015, month: 7 });
  });

  it('gives nothing for a bound without parts', () => {
    expect(writtenParts(undefined)).toBeUndefined();
    expect(writtenParts(parseDate('2015/..').end)).toBeUndefined();
    expect(writtenParts(parseDate('/2015').start)).toBeUndefined();
  });

  it('gives the numbers a plain day and time were written with (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (year, month, day, hour, minute) => {
          const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
          const text = `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`;
          expect(startParts(text), text).toStrictEqual({ year, month, day, hour, minute });
          expect(endParts(text), text).toStrictEqual({ year, month, day, hour, minute });
        },
      ),
      heavyRuns(100),
    );
  });
});

describe('writtenEndParts', () => {
  // Each grouping's first and last month (1–12), and whether it ends in the next year: meteorological seasons of
  // either hemisphere (21–24: the span both hemispheres' seasons cover), northern (25–28), southern (29–32),
  // quarters, quadrimesters and semesters.
  it.each([
    [21, 3, 11, 0],
    [22, 6, 2, 1],
    [23, 3, 11, 0],
    [24, 6, 2, 1],
    [25, 3, 5, 0],
    [26, 6, 8, 0],
    [27, 9, 11, 0],
    [28, 12, 2, 1],
    [29, 9, 11, 0],
    [30, 12, 2, 1],
    [31, 3, 5, 0],
    [32, 6, 8, 0],
    [33, 1, 3, 0],
    [34, 4, 6, 0],
    [35, 7, 9, 0],
    [36, 10, 12, 0],
    [37, 1, 4, 0],
    [38, 5, 8, 0],
    [39, 9, 12, 0],
    [40, 1, 6, 0],
    [41, 7, 12, 0],
  ])('gives grouping %i of 2015 from month %i to month %i, %i years on', (code, first, last, years) => {
    expect(startParts(`2015-${code}`)).toStrictEqual({ year: 2015, month: first });
    expect(endParts(`2015-${code}`)).toStrictEqual({ year: 2015 + years, month: last });
  });

  it('gives the last month of a grouping at the end of an interval', () => {
    expect(endParts('2015-21/2016-24')).toStrictEqual({ year: 2017, month: 2 });
    expect(endParts('2015/2016-36')).toStrictEqual({ year: 2016, month: 12 });
  });

  it('gives any other bound its written parts', () => {
    expect(endParts('2015')).toStrictEqual({ year: 2015 });
    expect(endParts('2015-07')).toStrictEqual({ year: 2015, month: 7 });
    expect(endParts('2015-11-30T09:05')).toStrictEqual({
      year: 2015,
      month: 11,
      day: 30,
      hour: 9,
      minute: 5,
    });
    expect(endParts('2015-12')).toStrictEqual({ year: 2015, month: 12 });
  });

  it('gives a grouping of a year with unspecified digits as that year alone', () => {
    expect(endParts('201X-21')).toStrictEqual({ year: 2010 });
    expect(endParts('156X-28')).toStrictEqual({ year: 1560 });
  });

  it('gives nothing for a bound without parts', () => {
    expect(writtenEndParts(undefined)).toBeUndefined();
    expect(writtenEndParts(parseDate('2015/..').end)).toBeUndefined();
    expect(writtenEndParts(parseDate('2015/').end)).toBeUndefined();
  });
});

describe('saidByParts', () => {
  it.each([
    '2015',
    '0044',
    '2015-01',
    '2015-12',
    '2015-11-30',
    '2015-11-30T09:05',
    '2015-11-30T09:05:30',
    '2015-07/2016',
    '2015-11-30T09:05/2015-12-01T17:00:59',
  ])('says %s is said by its parts alone', (text) => {
    expect(saidByParts(parseDate(text), false)).toBe(true);
    expect(saidByParts(parseDate(text), true)).toBe(true);
  });

  it('says a fraction of a second is said by the parts only where fractions are allowed', () => {
    expect(saidByParts(parseDate('2015-11-30T09:05:30.5'), true)).toBe(true);
    expect(saidByParts(parseDate('2015-11-30T09:05:30.5'), false)).toBe(false);
    expect(saidByParts(parseDate('2015-11-30T09:05:30.5/2015-12'), false)).toBe(false);
    expect(saidByParts(parseDate('2015-11/2015-11-30T09:05:30.5'), false)).toBe(false);
    expect(saidByParts(parseDate('2015-11/2015-11-30T09:05:30.5'), true)).toBe(true);
  });

  it.each([
    ['-0044-03-15', 'a year before the common era'],
    ['Y170000002', 'a year with a Y'],
    ['Y17E7', 'an exponential year'],
    ['1950S2', 'significant digits'],
    ['201X', 'an unspecified digit in the year'],
    ['2015-1X', 'an unspecified digit in the month'],
    ['2015-XX', 'an unspecified month'],
    ['2015-11-3X', 'an unspecified digit in the day'],
    ['2015-11-XX', 'an unspecified day'],
    ['2015-21', 'a season'],
    ['2015-41', 'a semester'],
    ['2015~', 'an approximate year'],
    ['2015?', 'an uncertain year'],
    ['2015-11%', 'a qualified month'],
    ['2015-11-~30', 'a qualified day alone'],
    ['2015-11-30T09:05Z', 'a UTC offset Z'],
    ['2015-11-30T09:05+05:00', 'a UTC offset'],
    ['2015/..', 'an open end'],
    ['../2015', 'an open start'],
    ['/2015', 'an unknown start'],
    ['2015/', 'an unknown end'],
    ['2015~/2016', 'an approximate start'],
    ['2015/2016-21', 'a season at the end'],
    ['2015/[2016-01-10,2016-02-01]', 'a set at the end'],
    ['[2015-12-30,2015-12-31]', 'a set of plain days'],
    ['{2015-12-30,2015-12-31}', 'a list of plain days'],
  ])('says %s needs words beside its parts (%s)', (text) => {
    expect(saidByParts(parseDate(text), true)).toBe(false);
  });
});
