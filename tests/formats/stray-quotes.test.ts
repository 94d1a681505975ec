import { readCsv, readSpreadsheet, TimelineError, writeCsv } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineError);
    return (error as TimelineError).issues;
  }
  throw new Error('expected a TimelineError');
}

/** Ten million characters of stray quotes (a quote after each letter), in one unquoted cell. */
const STRAY = 'a"'.repeat(5_000_000);

describe('stray quotes in CSV cells give a bounded error', () => {
  it('lists at most five problems of one line, then says how many more there were', () => {
    const csv = `${writeCsv(blackberryPakistan2015).split('\r\n')[0]}\r\nx"y"z"w"v"u"t"s,b\r\n`;
    const issues = issuesOf(() => readCsv(csv));
    const syntax = issues.filter((one) => one.code === 'csv-syntax');
    expect(syntax).toHaveLength(6);
    expect(syntax[5]?.message).toBe('line 2: 2 more problems on this line');
  });

  it('lists at most a hundred problems in a document, then says how many more there were', () => {
    const header = writeCsv(blackberryPakistan2015).split('\r\n')[0];
    const csv = `${header}\r\n${'a"b\r\n'.repeat(300)}`;
    const syntax = issuesOf(() => readCsv(csv)).filter((one) => one.code === 'csv-syntax');
    expect(syntax).toHaveLength(101);
    expect(syntax[100]?.message).toContain('200 more problems not listed');
  });

  it('reads a 10 MB cell of stray quotes through readCsv with a bounded error', () => {
    const header = writeCsv(blackberryPakistan2015).split('\r\n')[0];
    const issues = issuesOf(() => readCsv(`${header}\r\n${STRAY}\r\n`));
    expect(issues.length).toBeLessThanOrEqual(10);
    expect(issues.map((one) => one.message).join('\n').length).toBeLessThan(2_000);
    expect(issues.at(-1)?.message).toContain('4999995 more problems on this line');
  });

  it('reads a 10 MB cell of stray quotes through readSpreadsheet with a bounded error', () => {
    const sheet = `When,What,Link\r\n2015-07-24,${STRAY},https://example.org/\r\n`;
    const issues = issuesOf(() =>
      readSpreadsheet(sheet, {
        dispute: blackberryPakistan2015,
        columns: { date: 'When', title: 'What', sources: 'Link' },
      }),
    );
    expect(issues.length).toBeLessThanOrEqual(10);
    expect(issues.map((one) => one.message).join('\n').length).toBeLessThan(2_000);
  });
});
