import {
  parseDate,
  safeParseDate,
  safeParseDispute,
  serializeDispute,
  TimelineError,
} from 'dispute-timeline';
import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const messageOf = (text: string) => {
  const result = safeParseDate(text);
  return result.success ? 'parsed' : result.error.issues.map((issue) => `${issue.code}: ${issue.message}`)[0];
};

describe('a date in a local format', () => {
  it.each([
    ['12/30/2015', 'month/day/year', '2015-12-30'],
    ['30.12.2015', 'day.month.year', '2015-12-30'],
    ['30/12/2015', 'day/month/year', '2015-12-30'],
    ['Dec 30, 2015', 'month, day and year', '2015-12-30'],
    ['December 30th 2015', 'month, day and year', '2015-12-30'],
    ['30 December 2015', 'day, month and year', '2015-12-30'],
    ['2015/12/30', 'year, month and day', '2015-12-30'],
    ['2015-7-4', 'year, month and day', '2015-07-04'],
  ])('%s says what was given (%s) and suggests %s', (text, form, edtf) => {
    expect(messageOf(text)).toBe(`invalid-date: "${text}" is ${form}, not an EDTF date: write ${edtf}`);
    expect(parseDate(edtf).text).toBe(edtf);
  });

  it('suggests the month for a month and year', () => {
    expect(messageOf('December 2015')).toBe(
      'invalid-date: "December 2015" is a month and year, not an EDTF date: write 2015-12',
    );
  });

  it('says why 05/06/2015 is ambiguous, giving both readings', () => {
    expect(messageOf('05/06/2015')).toBe(
      'invalid-date: "05/06/2015" is not an EDTF date, and it is ambiguous: 5 June 2015 read as day/month/year ' +
        '(write 2015-06-05) or 6 May 2015 read as month/day/year (write 2015-05-06)',
    );
  });

  it('says why a two-digit year cannot be read', () => {
    expect(messageOf('12/30/15')).toBe(
      'invalid-date: "12/30/15" is not an EDTF date, and its two-digit year could be 1915 or 2015: write the year in full, as YYYY-MM-DD',
    );
  });

  it('suggests nothing for a day that does not exist either way', () => {
    expect(messageOf('Feb 30, 2015')).toBe(
      'invalid-date: "Feb 30, 2015" is month, day and year, not an EDTF date, and that day does not exist',
    );
    expect(messageOf('2/30/2015')).toMatch(/makes a day that exists; write YYYY-MM-DD$/);
  });

  it('keeps the general message for text that is no date at all', () => {
    expect(messageOf('soon')).toMatch(/^invalid-date: expected an EDTF date such as/);
    expect(messageOf('Smarch 30, 2015')).toMatch(/^invalid-date: expected an EDTF date such as/);
  });

  it('gets the suggestion in a dispute too, at the path of the date', () => {
    const json = JSON.parse(serializeDispute(uaeBlackberry2010));
    json.events[1].date = '10/08/2010';
    const result = safeParseDispute(json);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(TimelineError);
    expect(result.error.issues[0]?.message).toContain('write 2010-08-10) or 8 October 2010');
  });
});
