import { parseDate, safeParseDate } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateInWords, edtfOfWords, textInZone, zoneOfWords } from '../../src/dates/words/index.js';
import { intervalDate, setDate, singleDate } from '../support/edtf-forms.js';
import { heavyRuns } from '../support/runs.js';

const RUNS = heavyRuns(300);
const KARACHI = 'Asia/Karachi';

/** What a date in words must keep: everything a query or a reader sees. */
function meaning(text: string, timeZone = KARACHI) {
  const { kind, earliest, latest, precision, approximate, uncertain, members } = parseDate(text, {
    timeZone,
  });
  return { kind, earliest, latest, precision, approximate, uncertain, members: members?.length };
}

describe('dateInWords', () => {
  it.each([
    ['2015-11-30', '2015-11-30'],
    ['2011~', 'about 2011'],
    ['2015-12-31?', '2015-12-31 (uncertain)'],
    ['2012-02%', 'about 2012-02 (uncertain)'],
    ['2004-06~-11', '2004-06~-11'],
    ['2010-08-12/2011-01-31', '2010-08-12 to 2011-01-31'],
    ['2010-08/..', 'from 2010-08 onwards'],
    ['../2011-01-31', 'until 2011-01-31'],
    ['2010/', '2010 to an unknown date'],
    ['/2011', 'an unknown date to 2011'],
    ['[2015-12-30,2015-12-31]', 'one of 2015-12-30, 2015-12-31'],
    ['{2015-07,2015-09~}', 'all of 2015-07, about 2015-09'],
    ['[..1760-12-03,1761..1762,1770..]', 'one of 1760-12-03 or earlier, 1761 to 1762, 1770 or later'],
    ['[2015-12-30,2015-12-31]/2016', '(one of 2015-12-30, 2015-12-31) to 2016'],
    ['2015-21~', 'about spring 2015 (2015-21)'],
    ['2015/2016-33', '2015 to first quarter of 2016 (2016-33)'],
  ])('says %s as %s', (text, words) => {
    expect(dateInWords(parseDate(text, { timeZone: KARACHI }), KARACHI)).toBe(words);
  });

  it("names the zone's city after a date local to another zone than the dispute's", () => {
    const exit = parseDate({ value: '[2015-12-30,2015-12-31]', timeZone: 'America/Toronto' });
    expect(dateInWords(exit, KARACHI)).toBe('one of 2015-12-30, 2015-12-31 (Toronto time)');
    expect(dateInWords(exit, 'America/Toronto')).toBe('one of 2015-12-30, 2015-12-31');
  });

  it('never says a set or list as an interval from it to itself (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          setDate,
          intervalDate.filter((text) => safeParseDate(text).success),
        ),
        (text) => {
          const date = parseDate(text);
          expect(dateInWords(date, 'UTC')).not.toMatch(/[\]}]|\[|\{/);
        },
      ),
      RUNS,
    );
  });
});

describe('edtfOfWords', () => {
  it('reads every date in words back as the same date, in its zone (property)', () => {
    const anyDate = fc.oneof(
      singleDate.map((date) => date.text),
      setDate,
      intervalDate.filter((text) => safeParseDate(text).success),
    );
    const zone = fc.constantFrom(KARACHI, 'America/Toronto', 'America/Argentina/Buenos_Aires', 'UTC');
    fc.assert(
      fc.property(anyDate, zone, (text, timeZone) => {
        const words = dateInWords(parseDate(text, { timeZone }), KARACHI);
        // A Y year is not read back from words (a sheet's reader takes the Year column); see the sheet's tests.
        if (text.includes('Y')) return;
        const read = edtfOfWords(words);
        expect(read, words).toBeDefined();
        // The zone comes back by its city: `Buenos Aires` may name the zone by another of its names.
        const readZone = zoneOfWords(words) ?? KARACHI;
        expect(meaning(read as string, readZone), words).toEqual(meaning(text, timeZone));
      }),
      RUNS,
    );
  });

  it.each([
    ['from 2010-08-12', '2010-08-12/..'],
    ['? to 2011', '/2011'],
    ['2010 to ?', '2010/'],
    ['one of 2015-12-30~, 2015-12-31', '[2015-12-30~,2015-12-31]'],
  ])('reads the words earlier versions wrote in a Display Date: %s as %s', (words, text) => {
    expect(edtfOfWords(words)).toBe(text);
  });

  it('reads no date from words that only look like one', () => {
    for (const words of [
      '2015 (summer time)',
      'summer 2015',
      'spring 2015 (2015-22)',
      'one of',
      'Dec 30, 2015',
    ])
      expect(edtfOfWords(words), words).toBeUndefined();
  });
});

describe('textInZone', () => {
  it("gives the EDTF text, and the zone by its city or its name when it is not the dispute's", () => {
    expect(textInZone('2015-12-31', 'America/Toronto', KARACHI)).toBe('2015-12-31 (Toronto)');
    expect(textInZone('2015-12-31', 'America/Toronto', KARACHI, 'zone')).toBe('2015-12-31 (America/Toronto)');
    expect(textInZone('2015-12-31', KARACHI, KARACHI)).toBe('2015-12-31');
  });
});
