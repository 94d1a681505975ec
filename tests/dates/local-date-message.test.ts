import { describe, expect, it } from 'vitest';
import { localDateMessage } from '../../src/dates/local-date.js';

describe('the message for a date in a local format', () => {
  it.each([
    // Leap years: every 4th, but not every 100th unless every 400th.
    ['29.02.2016', '"29.02.2016" is day.month.year, not an EDTF date: write 2016-02-29'],
    ['29.02.2000', '"29.02.2000" is day.month.year, not an EDTF date: write 2000-02-29'],
    ['2016/2/29', '"2016/2/29" is year, month and day, not an EDTF date: write 2016-02-29'],
    ['2015/2/29', '"2015/2/29" is year, month and day, not an EDTF date, and that day does not exist'],
    ['1900/2/29', '"1900/2/29" is year, month and day, not an EDTF date, and that day does not exist'],
    ['2015/2/28', '"2015/2/28" is year, month and day, not an EDTF date: write 2015-02-28'],
  ])('knows whether February has a 29th: %s', (text, message) => {
    expect(localDateMessage(text)).toBe(message);
  });

  it.each([
    ['2015/12/1', '"2015/12/1" is year, month and day, not an EDTF date: write 2015-12-01'],
    ['2015/12/31', '"2015/12/31" is year, month and day, not an EDTF date: write 2015-12-31'],
    ['2015/1/5', '"2015/1/5" is year, month and day, not an EDTF date: write 2015-01-05'],
    ['2015/12/0', '"2015/12/0" is year, month and day, not an EDTF date, and that day does not exist'],
    ['2015/0/10', '"2015/0/10" is year, month and day, not an EDTF date, and that day does not exist'],
    ['2015/13/10', '"2015/13/10" is year, month and day, not an EDTF date, and that day does not exist'],
    ['2015/4/31', '"2015/4/31" is year, month and day, not an EDTF date, and that day does not exist'],
    ['0999/1/2', '"0999/1/2" is year, month and day, not an EDTF date: write 0999-01-02'],
  ])('takes the first and last days of a month and no other: %s', (text, message) => {
    expect(localDateMessage(text)).toBe(message);
  });

  it.each([
    [
      '12/00/2015',
      '"12/00/2015" is not an EDTF date, and neither 12 nor 0 with 2015 makes a day that exists; write YYYY-MM-DD',
    ],
    [
      '32/13/2015',
      '"32/13/2015" is not an EDTF date, and neither 32 nor 13 with 2015 makes a day that exists; write YYYY-MM-DD',
    ],
    ['1/13/2015', '"1/13/2015" is month/day/year, not an EDTF date: write 2015-01-13'],
    ['05/05/2015', '"05/05/2015" is day/month/year, not an EDTF date: write 2015-05-05'],
    [
      '05-06-2015',
      '"05-06-2015" is not an EDTF date, and it is ambiguous: 5 June 2015 read as day-month-year (write 2015-06-05) or 6 May 2015 read as month-day-year (write 2015-05-06)',
    ],
  ])('reads both orders of a numeric date: %s', (text, message) => {
    expect(localDateMessage(text)).toBe(message);
  });

  it.each([
    ['Dec. 30, 2015', '"Dec. 30, 2015" is month, day and year, not an EDTF date: write 2015-12-30'],
    ['30 dec 2015', '"30 dec 2015" is day, month and year, not an EDTF date: write 2015-12-30'],
    ['Feb 30, 2015', '"Feb 30, 2015" is month, day and year, not an EDTF date, and that day does not exist'],
    ['Sep. 2015', '"Sep. 2015" is a month and year, not an EDTF date: write 2015-09'],
  ])('reads a month by its name or first three letters: %s', (text, message) => {
    expect(localDateMessage(text)).toBe(message);
  });

  it.each(['Marc 3, 2015', '3 Marc 2015', 'Smarch 2015', '30 Smarch 2015', 'Smarch 30, 2015'])(
    'takes no other word for a month: %s',
    (text) => {
      expect(localDateMessage(text)).toBeUndefined();
    },
  );

  it.each([
    ['  2015/12/30 ', '"2015/12/30" is year, month and day, not an EDTF date: write 2015-12-30'],
    [' 12/30/2015  ', '"12/30/2015" is month/day/year, not an EDTF date: write 2015-12-30'],
    [' Dec 30, 2015 ', '"Dec 30, 2015" is month, day and year, not an EDTF date: write 2015-12-30'],
    [' 30 Dec 2015 ', '"30 Dec 2015" is day, month and year, not an EDTF date: write 2015-12-30'],
    [' Dec 2015 ', '"Dec 2015" is a month and year, not an EDTF date: write 2015-12'],
  ])('reads a date between spaces, and quotes it without them: %j', (text, message) => {
    expect(localDateMessage(text)).toBe(message);
  });

  it.each([
    // Telegram's unblocking in Iran, "13–14 Jan 2018" in a survey's notes (facts-more-cases §0).
    [
      '13–14 Jan 2018',
      '"13–14 Jan 2018" is days of a month, not an EDTF date: write 2018-01-13/2018-01-14, or [2018-01-13,2018-01-14] for one of them',
    ],
    [
      '3 - 4 December, 2015',
      '"3 - 4 December, 2015" is days of a month, not an EDTF date: write 2015-12-03/2015-12-04, or [2015-12-03,2015-12-04] for one of them',
    ],
  ])('suggests an interval and a set for days of a month: %s', (text, message) => {
    expect(localDateMessage(text)).toBe(message);
  });

  it.each(['30–31 Feb 2018', '14–13 Jan 2018', '13–14 Smarch 2018'])(
    'suggests nothing for days of a month that do not exist or run backwards: %s',
    (text) => {
      expect(localDateMessage(text)).toBeUndefined();
    },
  );
});
