/**
 * The examples of the EDTF specification (Library of Congress, 4 February 2019, https://www.loc.gov/standards/datetime/),
 * level by level, each with the kind, precision and earliest and latest instant it is read as in UTC, and the
 * text it is written back as. Years beyond the range of Date are checked by counting days.
 */

import { parseDate, writeDate } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';

/** Milliseconds from 1970 to 1 January of any proleptic Gregorian year, counted in days. */
function yearStart(year: number): number {
  const leapsBefore = (y: number) =>
    Math.floor((y - 1) / 4) - Math.floor((y - 1) / 100) + Math.floor((y - 1) / 400);
  return (365 * (year - 1970) + leapsBefore(year) - leapsBefore(1970)) * 86_400_000;
}

const instant = (value: string | number) =>
  typeof value === 'number'
    ? value
    : value === 'Infinity'
      ? Infinity
      : value === '-Infinity'
        ? -Infinity
        : Date.parse(value);

type Example = [
  level: 0 | 1 | 2,
  text: string,
  kind: string,
  precision: string,
  earliest: string | number,
  latest: string | number,
];

const EXAMPLES: readonly Example[] = [
  [0, '1985-04-12', 'point', 'day', '1985-04-12T00:00:00.000Z', '1985-04-12T23:59:59.999Z'],
  [0, '1985-04', 'point', 'month', '1985-04-01T00:00:00.000Z', '1985-04-30T23:59:59.999Z'],
  [0, '1985', 'point', 'year', '1985-01-01T00:00:00.000Z', '1985-12-31T23:59:59.999Z'],
  [0, '1985-04-12T23:20:30', 'point', 'second', '1985-04-12T23:20:30.000Z', '1985-04-12T23:20:30.999Z'],
  [0, '1985-04-12T23:20:30Z', 'point', 'second', '1985-04-12T23:20:30.000Z', '1985-04-12T23:20:30.999Z'],
  [0, '1985-04-12T23:20:30-04', 'point', 'second', '1985-04-13T03:20:30.000Z', '1985-04-13T03:20:30.999Z'],
  [0, '1985-04-12T23:20:30+04:30', 'point', 'second', '1985-04-12T18:50:30.000Z', '1985-04-12T18:50:30.999Z'],
  [0, '1964/2008', 'interval', 'year', '1964-01-01T00:00:00.000Z', '2008-12-31T23:59:59.999Z'],
  [0, '2004-06/2006-08', 'interval', 'month', '2004-06-01T00:00:00.000Z', '2006-08-31T23:59:59.999Z'],
  [0, '2004-02-01/2005-02-08', 'interval', 'day', '2004-02-01T00:00:00.000Z', '2005-02-08T23:59:59.999Z'],
  [0, '2004-02-01/2005-02', 'interval', 'month', '2004-02-01T00:00:00.000Z', '2005-02-28T23:59:59.999Z'],
  [0, '2004-02-01/2005', 'interval', 'year', '2004-02-01T00:00:00.000Z', '2005-12-31T23:59:59.999Z'],
  [0, '2005/2006-02', 'interval', 'year', '2005-01-01T00:00:00.000Z', '2006-02-28T23:59:59.999Z'],
  [1, 'Y170000002', 'point', 'year', yearStart(170_000_002), yearStart(170_000_003) - 1],
  [1, 'Y-170000002', 'point', 'year', yearStart(-170_000_002), yearStart(-170_000_001) - 1],
  [1, '2001-21', 'point', 'season', '2001-03-01T00:00:00.000Z', '2001-11-30T23:59:59.999Z'],
  [1, '2001-22', 'point', 'season', '2001-06-01T00:00:00.000Z', '2002-02-28T23:59:59.999Z'],
  [1, '2001-23', 'point', 'season', '2001-03-01T00:00:00.000Z', '2001-11-30T23:59:59.999Z'],
  [1, '2001-24', 'point', 'season', '2001-06-01T00:00:00.000Z', '2002-02-28T23:59:59.999Z'],
  [1, '1984?', 'point', 'year', '1984-01-01T00:00:00.000Z', '1984-12-31T23:59:59.999Z'],
  [1, '2004-06~', 'point', 'month', '2004-05-01T00:00:00.000Z', '2004-07-31T23:59:59.999Z'],
  [1, '2004-06-11%', 'point', 'day', '2004-06-10T00:00:00.000Z', '2004-06-12T23:59:59.999Z'],
  [1, '201X', 'point', 'decade', '2010-01-01T00:00:00.000Z', '2019-12-31T23:59:59.999Z'],
  [1, '20XX', 'point', 'century', '2000-01-01T00:00:00.000Z', '2099-12-31T23:59:59.999Z'],
  [1, '2004-XX', 'point', 'year', '2004-01-01T00:00:00.000Z', '2004-12-31T23:59:59.999Z'],
  [1, '1985-04-XX', 'point', 'month', '1985-04-01T00:00:00.000Z', '1985-04-30T23:59:59.999Z'],
  [1, '1985-XX-XX', 'point', 'year', '1985-01-01T00:00:00.000Z', '1985-12-31T23:59:59.999Z'],
  [1, '1985-04-12/..', 'interval', 'day', '1985-04-12T00:00:00.000Z', 'Infinity'],
  [1, '1985-04-12/', 'interval', 'day', '1985-04-12T00:00:00.000Z', 'Infinity'],
  [1, '1985-04/..', 'interval', 'month', '1985-04-01T00:00:00.000Z', 'Infinity'],
  [1, '1985-04/', 'interval', 'month', '1985-04-01T00:00:00.000Z', 'Infinity'],
  [1, '1985/..', 'interval', 'year', '1985-01-01T00:00:00.000Z', 'Infinity'],
  [1, '1985/', 'interval', 'year', '1985-01-01T00:00:00.000Z', 'Infinity'],
  [1, '../1985-04-12', 'interval', 'day', '-Infinity', '1985-04-12T23:59:59.999Z'],
  [1, '/1985-04-12', 'interval', 'day', '-Infinity', '1985-04-12T23:59:59.999Z'],
  [1, '../1985-04', 'interval', 'month', '-Infinity', '1985-04-30T23:59:59.999Z'],
  [1, '/1985-04', 'interval', 'month', '-Infinity', '1985-04-30T23:59:59.999Z'],
  [1, '../1985', 'interval', 'year', '-Infinity', '1985-12-31T23:59:59.999Z'],
  [1, '/1985', 'interval', 'year', '-Infinity', '1985-12-31T23:59:59.999Z'],
  [1, '1984~/2004-06', 'interval', 'year', '1983-01-01T00:00:00.000Z', '2004-06-30T23:59:59.999Z'],
  [1, '1984/2004-06~', 'interval', 'year', '1984-01-01T00:00:00.000Z', '2004-07-31T23:59:59.999Z'],
  [1, '1984~/2004~', 'interval', 'year', '1983-01-01T00:00:00.000Z', '2005-12-31T23:59:59.999Z'],
  [1, '1984?/2004%', 'interval', 'year', '1984-01-01T00:00:00.000Z', '2005-12-31T23:59:59.999Z'],
  [1, '1984-06?/2004-08?', 'interval', 'month', '1984-06-01T00:00:00.000Z', '2004-08-31T23:59:59.999Z'],
  [1, '1984-06-02?/2004-08-08~', 'interval', 'day', '1984-06-02T00:00:00.000Z', '2004-08-09T23:59:59.999Z'],
  [1, '1984-06-02?/', 'interval', 'day', '1984-06-02T00:00:00.000Z', 'Infinity'],
  [1, '-1985', 'point', 'year', '-001985-01-01T00:00:00.000Z', '-001985-12-31T23:59:59.999Z'],
  [2, 'Y-17E7', 'point', 'year', yearStart(-170_000_000), yearStart(-169_999_999) - 1],
  [2, '1950S2', 'point', 'century', '1900-01-01T00:00:00.000Z', '1999-12-31T23:59:59.999Z'],
  [2, 'Y171010000S3', 'point', 'millennium', yearStart(171_000_000), yearStart(172_000_000) - 1],
  [2, 'Y3388E2S3', 'point', 'millennium', yearStart(338_000), yearStart(339_000) - 1],
  [2, '-1859S5', 'point', 'year', '-001859-01-01T00:00:00.000Z', '-001859-12-31T23:59:59.999Z'],
  [2, 'Y17101E4S3', 'point', 'millennium', yearStart(171_000_000), yearStart(172_000_000) - 1],
  [2, '2001-25', 'point', 'season', '2001-03-01T00:00:00.000Z', '2001-05-31T23:59:59.999Z'],
  [2, '2001-29', 'point', 'season', '2001-09-01T00:00:00.000Z', '2001-11-30T23:59:59.999Z'],
  [2, '2001-33', 'point', 'season', '2001-01-01T00:00:00.000Z', '2001-03-31T23:59:59.999Z'],
  [2, '2001-37', 'point', 'season', '2001-01-01T00:00:00.000Z', '2001-04-30T23:59:59.999Z'],
  [2, '2001-40', 'point', 'season', '2001-01-01T00:00:00.000Z', '2001-06-30T23:59:59.999Z'],
  [2, '2001-41', 'point', 'season', '2001-07-01T00:00:00.000Z', '2001-12-31T23:59:59.999Z'],
  [2, '2004-06-11%', 'point', 'day', '2004-06-10T00:00:00.000Z', '2004-06-12T23:59:59.999Z'],
  [2, '2004-06~-11', 'point', 'day', '2004-05-11T00:00:00.000Z', '2004-07-11T23:59:59.999Z'],
  [2, '2004?-06-11', 'point', 'day', '2004-06-11T00:00:00.000Z', '2004-06-11T23:59:59.999Z'],
  [2, '?2004-06-~11', 'point', 'day', '2004-06-10T00:00:00.000Z', '2004-06-12T23:59:59.999Z'],
  [2, '2004-%06-11', 'point', 'day', '2004-05-11T00:00:00.000Z', '2004-07-11T23:59:59.999Z'],
  [2, '156X-12-25', 'point', 'decade', '1560-12-25T00:00:00.000Z', '1569-12-25T23:59:59.999Z'],
  [2, '15XX-12-25', 'point', 'century', '1500-12-25T00:00:00.000Z', '1599-12-25T23:59:59.999Z'],
  [2, 'XXXX-12-XX', 'point', 'millennium', '0000-12-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'],
  [2, '1XXX-XX', 'point', 'millennium', '1000-01-01T00:00:00.000Z', '1999-12-31T23:59:59.999Z'],
  [2, '1XXX-12', 'point', 'millennium', '1000-12-01T00:00:00.000Z', '1999-12-31T23:59:59.999Z'],
  [2, '1984-1X', 'point', 'year', '1984-10-01T00:00:00.000Z', '1984-12-31T23:59:59.999Z'],
  [2, '[1667,1668,1670..1672]', 'one-of', 'year', '1667-01-01T00:00:00.000Z', '1672-12-31T23:59:59.999Z'],
  [2, '[..1760-12-03]', 'one-of', 'day', '-Infinity', '1760-12-03T23:59:59.999Z'],
  [2, '[1760-12..]', 'one-of', 'month', '1760-12-01T00:00:00.000Z', 'Infinity'],
  [2, '[1667,1760-12]', 'one-of', 'year', '1667-01-01T00:00:00.000Z', '1760-12-31T23:59:59.999Z'],
  [2, '[..1984]', 'one-of', 'year', '-Infinity', '1984-12-31T23:59:59.999Z'],
  [2, '{1667,1668,1670..1672}', 'all-of', 'year', '1667-01-01T00:00:00.000Z', '1672-12-31T23:59:59.999Z'],
  [2, '{1960,1961-12}', 'all-of', 'year', '1960-01-01T00:00:00.000Z', '1961-12-31T23:59:59.999Z'],
  [2, '{..1984}', 'all-of', 'year', '-Infinity', '1984-12-31T23:59:59.999Z'],
  [2, '2004-06-~01/2004-06-~20', 'interval', 'day', '2004-05-31T00:00:00.000Z', '2004-06-21T23:59:59.999Z'],
  [2, '2004-06-XX/2004-07-03', 'interval', 'month', '2004-06-01T00:00:00.000Z', '2004-07-03T23:59:59.999Z'],
];

/** Examples written back in another (canonical) form: a mark before the year is written after it. */
const CANONICAL: Readonly<Record<string, string>> = { '?2004-06-~11': '2004?-06-~11' };

describe('the examples of the EDTF specification', () => {
  it.each(EXAMPLES)('reads the level %i example %s', (_level, text, kind, precision, earliest, latest) => {
    const date = parseDate(text);
    expect([date.kind, date.precision], text).toEqual([kind, precision]);
    expect(date.earliest, text).toBe(instant(earliest));
    expect(date.latest, text).toBe(instant(latest));
  });

  it.each(EXAMPLES)('writes the level %i example %s back as it was written', (_level, text) => {
    expect(writeDate(parseDate(text))).toBe(CANONICAL[text] ?? text);
  });
});
