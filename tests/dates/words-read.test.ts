import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { cityOf, edtfOfWords, zoneOfWords } from '../../src/dates/words/index.js';

type ZoneWords = typeof import('../../src/dates/words/zone-words.js');
const ZONE_WORDS_MODULE = '../../src/dates/words/zone-words.js';

// The zones Intl lists are gathered by city once for the process: a copy of the module of this file's own (loaded
// before its tests, so that loading it is no test's) gathers them here, not some other test file earlier.
let freshZoneOfWords: ZoneWords['zoneOfWords'];
beforeAll(async () => {
  ({ zoneOfWords: freshZoneOfWords } = (await import(
    /* @vite-ignore */ `${ZONE_WORDS_MODULE}?copy=${randomUUID()}`
  )) as ZoneWords);
});

describe('the EDTF text of a date in words', () => {
  it.each([
    ['until 2011-01-31', '../2011-01-31'],
    ['from 2010-08 onwards', '2010-08/..'],
    ['from 2010-08', '2010-08/..'],
    ['2010-08-12  to 2011', '2010-08-12/2011'],
    ['one of 2015-12-30, 2015-12-31', '[2015-12-30,2015-12-31]'],
    ['all of 2015-07, about 2015-09', '{2015-07,2015-09~}'],
    ['one of 1760-12-03 or earlier, 1761 to 1762, 1770 or later', '[..1760-12-03,1761..1762,1770..]'],
    ['(one of 2015-12-30, 2015-12-31) to 2016', '[2015-12-30,2015-12-31]/2016'],
    ['about 2012-02 (uncertain)', '2012-02%'],
    ['2015-11-30 (Toronto time) ', '2015-11-30'],
    ['spring 2015 (2015-21)', '2015-21'],
  ])('reads %j as %s', (words, edtf) => {
    expect(edtfOfWords(words)).toBe(edtf);
  });

  it.each([
    // Words around a form it knows, which make it no date.
    'soon until 2015',
    'soon from 2015',
    'until 2015\nor later',
    'one of 2015, 2016\nperhaps',
    // A set with a member that is no date, or a member that is two forms at once.
    'one of 2015, soon',
    'one of 2015 or earlier to 2016',
    'one of 2015 or later to 2016',
    'one of soon to 2015',
    'one of 2015 to soon',
    // An interval with an end that is no date, or two ` to `.
    'soon to 2015',
    '2015 to soon',
    '2010 to 2011 to 2012',
    '(one of 2015, 2016) or so to 2017',
    // A date must start with four digits.
    'about soon',
    'ab2015',
    '201',
    // A season whose name and text disagree.
    'spring 2016 (2015-21)',
  ])('reads %j as no date', (words) => {
    expect(edtfOfWords(words)).toBeUndefined();
  });
});

describe('the zone named after a date in words', () => {
  it.each([
    ['2015-11-30 (Toronto time)', 'America/Toronto'],
    ['2015-11-30 (Toronto time) ', 'America/Toronto'],
    ['2015-11-30 (UTC time)', 'UTC'],
    // Intl lists Asia/Calcutta and Asia/Saigon; the words name today's city.
    ['2015-11-30 (Kolkata time)', 'Asia/Kolkata'],
    ['2015-11-30 (Ho Chi Minh time)', 'Asia/Ho_Chi_Minh'],
    // A city deeper than Area/City is found among the zones Intl lists.
    ['2015-11-30 (Knox time)', 'America/Indiana/Knox'],
    ['2015-11-30 (Beulah time)', 'America/North_Dakota/Beulah'],
  ])('in %j is %s', (words, zone) => {
    expect(zoneOfWords(words)).toBe(zone);
  });

  it.each([
    // Asia/Nicosia and Europe/Nicosia are both accepted: the city names no one zone.
    '2015-11-30 (Nicosia time)',
    '2015-11-30 (Atlantis time)',
    '2015-11-30 (summer time)',
    '2015-11-30',
  ])('in %j is none', (words) => {
    expect(zoneOfWords(words)).toBeUndefined();
  });

  it('finds a city deeper than Area/City when it first lists the zones Intl knows', () => {
    expect(freshZoneOfWords('2015-11-30 (Knox time)')).toBe('America/Indiana/Knox');
  });

  it.each([
    ['America/Toronto', 'Toronto'],
    ['America/Argentina/Buenos_Aires', 'Buenos Aires'],
    ['UTC', 'UTC'],
  ])('names the city of %s as %s', (zone, city) => {
    expect(cityOf(zone)).toBe(city);
  });
});
