import { parseDate, safeParseDate, TimelineError, writeDate } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervalDate, setDate, singleDate } from '../support/edtf-forms.js';
import { heavyRuns } from '../support/runs.js';

const RUNS = heavyRuns(200);
const anyDate = fc.oneof(
  singleDate.map((date) => date.text),
  setDate,
  intervalDate.filter((text) => safeParseDate(text).success),
);

/** What a written date must keep: everything a query or a reader sees, but the text. */
function meaning(text: string) {
  const { kind, earliest, latest, precision, approximate, uncertain, members } = parseDate(text, {
    timeZone: 'Asia/Karachi',
  });
  return { kind, earliest, latest, precision, approximate, uncertain, members: members?.length };
}

describe('writeDate', () => {
  it('writes every generated form back as the text read, which reads back as the same date (property)', () => {
    fc.assert(
      fc.property(anyDate, (text) => {
        const written = writeDate(parseDate(text));
        // The generators write the canonical form but for a mark before the year and marks that repeat.
        if (!/(^|-)[?~%]\d|[?~%]-.*[?~%]/.test(text)) expect(written).toBe(text);
        expect(meaning(written), text).toEqual(meaning(text));
        expect(writeDate(parseDate(written)), text).toBe(written);
      }),
      RUNS,
    );
  });

  it.each([
    ['2004?-06?-11?', '2004-06-11?'],
    ['?2004', '2004?'],
    ['?2004-06-11', '2004?-06-11'],
    ['2004-?06-?11', '2004-?06-?11'],
    ['2004?-06~-11', '2004%-~06-11'],
    ['[2015-12-30, 2015-12-31]', '[2015-12-30,2015-12-31]'],
    ['{ 1960 ,1961-12}', '{1960,1961-12}'],
  ])('writes %s in its canonical form %s', (text, canonical) => {
    expect(writeDate(parseDate(text))).toBe(canonical);
    expect(meaning(canonical)).toEqual(meaning(text));
  });

  it('refuses a date that was not read by parseDate, with invalid-argument', () => {
    const made = { ...parseDate('2015-12-30'), start: { ...parseDate('2015').start, parts: undefined } };
    expect(() => writeDate(made)).toThrow(TimelineError);
    try {
      writeDate(made);
    } catch (error) {
      expect((error as TimelineError).issues).toMatchObject([
        {
          code: 'invalid-argument',
          path: ['date'],
          message: 'expected a date read by parseDate: it has no parts to write',
        },
      ]);
    }
  });

  it.each([
    ['2004-06-11T10:00?', '2004-06-11T10:00?'],
    ['2004-06-11T10:00:30Z~', '2004-06-11T10:00:30Z~'],
    ['2004-06-11T10:00+05:00%', '2004-06-11T10:00+05:00%'],
    ['2004-06-11~/2004-06-12T08:00?', '2004-06-11~/2004-06-12T08:00?'],
  ])('writes the mark of a date with a time after the time: %s as %s', (text, canonical) => {
    expect(writeDate(parseDate(text))).toBe(canonical);
  });
});
