/**
 * What `parseDate` and `safeParseDate` make of their arguments (a text or a record's `{ value, timeZone }`, options
 * or none, values that are no text at all) and where they say a problem lies; and `readDate`'s own refusals, read
 * with `remember` off so that each reading is a fresh one.
 */
import { parseDate, safeParseDate, TimelineError } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/dates/edtf.js';
import { FORMS } from '../../src/dates/edtf-read.js';

/** The code, path and message of the one issue a refused date carries. */
function refusal(result: ReturnType<typeof safeParseDate>) {
  if (result.success) throw new Error('read as a date');
  const [issue] = result.error.issues;
  return { code: issue.code, path: issue.path, message: issue.message };
}

describe('parseDate and safeParseDate: their arguments', () => {
  it("places an unknown zone in the options, or in the record's own zone, and a bad date at the date itself", () => {
    expect(refusal(safeParseDate('2015', { timeZone: 'Mars/Olympus' }))).toMatchObject({
      code: 'invalid-time-zone',
      path: ['options', 'timeZone'],
    });
    expect(refusal(safeParseDate({ value: '2015', timeZone: 'Mars/Olympus' }))).toMatchObject({
      code: 'invalid-time-zone',
      path: ['text', 'timeZone'],
    });
    expect(refusal(safeParseDate('2015-02-30'))).toMatchObject({ code: 'impossible-date', path: [] });
    try {
      parseDate({ value: '2015', timeZone: 'Mars/Olympus' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TimelineError);
      expect((error as TimelineError).issues[0].path).toEqual(['text', 'timeZone']);
    }
  });

  it('reads a record without a zone of its own in the zone of the options', () => {
    const date = parseDate({ value: '2015-03-04', timeZone: undefined } as never, {
      timeZone: 'Asia/Karachi',
    });
    expect(date.timeZone).toBe('Asia/Karachi');
    // Pakistan Standard Time, UTC+5, without summer time in 2015.
    expect(new Date(date.earliest).toISOString()).toBe('2015-03-03T19:00:00.000Z');
  });

  it('reads a date in UTC when the options are null', () => {
    const date = parseDate('2015-03-05', null as never);
    expect(date.timeZone).toBe('UTC');
    expect(new Date(date.earliest).toISOString()).toBe('2015-03-05T00:00:00.000Z');
  });

  it('refuses what is no text, naming its type, and an argument that throws when read, without throwing itself', () => {
    expect(refusal(safeParseDate(42 as never))).toEqual({
      code: 'invalid-date',
      path: [],
      message: `${FORMS}; got number`,
    });
    expect(refusal(safeParseDate(null as never))).toEqual({
      code: 'invalid-date',
      path: [],
      message: `${FORMS}; got object`,
    });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('read');
        },
      },
    );
    expect(refusal(safeParseDate(hostile as never))).toEqual({
      code: 'invalid-date',
      path: [],
      message: `${FORMS}; got undefined`,
    });
  });
});

describe('readDate', () => {
  it('refuses a text longer than 256 characters before reading it, and reads one of 256', () => {
    expect(readDate('2'.repeat(257), 'UTC', false)).toEqual({
      code: 'invalid-date',
      message: 'a date has at most 256 characters',
    });
    const longest = '2'.repeat(256);
    expect(readDate(longest, 'UTC', false)).toEqual({
      code: 'invalid-date',
      message: `${longest}: a year of more than four digits is written with a Y prefix (EDTF level 1): Y${longest}`,
    });
  });

  it("keeps the grammar's message for a text in EDTF's own shape, and suggests the EDTF form of any other", () => {
    expect(readDate('2015-21-05', 'UTC', false)).toEqual({
      code: 'invalid-date',
      message: '2015-21-05: a season or other grouping (21 to 41, EDTF levels 1 and 2) has no day',
    });
    expect(readDate(' 2015-21-05', 'UTC', false)).toEqual({
      code: 'invalid-date',
      message: '"2015-21-05" is year, month and day, not an EDTF date, and that day does not exist',
    });
    expect(readDate('2015-21-5', 'UTC', false)).toEqual({
      code: 'invalid-date',
      message: '"2015-21-5" is year, month and day, not an EDTF date, and that day does not exist',
    });
  });

  it('says a zone is unknown before suggesting a form for the text', () => {
    const result = readDate('2015-2-05', 'Mars/Olympus', false);
    expect('code' in result && result.code).toBe('invalid-time-zone');
  });
});
