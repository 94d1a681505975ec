import { readCsv, readSpreadsheet, type SpreadsheetMapping, TimelineError, writeCsv } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const SHEET =
  'When,What,Who,Link\r\n2015-07-24,Ministry decides,Ministry of Interior,https://example.org/a\r\n';
const HEADER = { id: 'pakistan', title: 'Pakistan' };

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineError);
    return (error as TimelineError).issues;
  }
  throw new Error('expected a TimelineError');
}

describe('readSpreadsheet refuses a mapping it cannot read', () => {
  it.each([
    [
      'actor',
      { date: 'When', title: 'What', actor: 'Who', sources: 'Link' },
      ['mapping', 'columns', 'actor'],
      'actors',
    ],
    ['source', { date: 'When', title: 'What', source: 'Link' }, ['mapping', 'columns', 'source'], 'sources'],
    [
      'days',
      { date: { year: 'When', days: 'Day' }, title: 'What', sources: 'Link' },
      ['mapping', 'columns', 'date', 'days'],
      'day',
    ],
  ])('refuses the unknown key %s with invalid-argument and a "did you mean"', (_, columns, path, near) => {
    const issues = issuesOf(() =>
      readSpreadsheet(SHEET, {
        dispute: HEADER,
        columns,
        actorKind: 'ministry',
      } as unknown as SpreadsheetMapping),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid-argument', path });
    expect(issues[0]?.message).toContain(`did you mean "${near}"?`);
  });

  it('refuses a __proto__ key of the columns and an unknown key of the mapping, each at its path', () => {
    const columns = JSON.parse(
      '{"date":"When","title":"What","sources":"Link","__proto__":{"actors":"Who"}}',
    );
    const issues = issuesOf(() =>
      readSpreadsheet(SHEET, {
        dispute: HEADER,
        columns,
        actorKnd: 'ministry',
      } as unknown as SpreadsheetMapping),
    );
    expect(issues.map((one) => [one.code, one.path])).toEqual([
      ['invalid-argument', ['mapping', 'actorKnd']],
      ['invalid-argument', ['mapping', 'columns', '__proto__']],
    ]);
    expect(issues[0]?.message).toContain('did you mean "actorKind"?');
  });

  it('refuses an escaping that is not none or timelinejs', () => {
    const columns = { date: 'When', title: 'What', sources: 'Link', escaping: 'html' };
    const issues = issuesOf(() =>
      readSpreadsheet(SHEET, { dispute: HEADER, columns } as unknown as SpreadsheetMapping),
    );
    expect(issues[0]).toMatchObject({ code: 'invalid-argument', path: ['mapping', 'columns', 'escaping'] });
  });
});

describe('a file cut short', () => {
  it('is reported by readSpreadsheet as readCsv reports it: csv-syntax at the short row', () => {
    const sheet = `${SHEET}2015-07-25,Second,Ministry of Interior`;
    const issues = issuesOf(() =>
      readSpreadsheet(sheet, {
        dispute: blackberryPakistan2015,
        columns: { date: 'When', title: 'What', actors: 'Who', sources: 'Link' },
      }),
    );
    expect(issues.map((one) => [one.code, one.path])).toEqual([['csv-syntax', ['row', 3]]]);
    const csv = writeCsv(blackberryPakistan2015);
    const cut = csv.slice(0, csv.lastIndexOf(',', csv.length - 3));
    expect(issuesOf(() => readCsv(cut)).map((one) => one.code)).toContain('csv-syntax');
  });
});
