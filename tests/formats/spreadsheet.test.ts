import { type Dispute, readSpreadsheet, TimelineError } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { thrownIssues } from '../support/issues.js';

const HEADER = { id: 'my-case', title: 'My case', timeZone: 'Asia/Karachi' };

const sheet = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

describe('readSpreadsheet', () => {
  it('reads a sheet with its own column names into a validated dispute, making actors and sources', () => {
    const dispute = readSpreadsheet(
      sheet(
        'When,What,Who,Link,Publisher,Kind,Notes,Labels',
        '2015-07-24,Interior Ministry decides to block BES,Ministry of Interior;PTA,https://example.org/a https://example.org/b,Reuters,order,Details,x;y',
        '2015-11-30 09:00,PTA extends the deadline,pta,https://example.org/a,,extension,,',
        '20151231,A second decision with the same name,ministry of interior,https://example.org/c,,,,',
      ),
      {
        dispute: HEADER,
        columns: {
          date: 'When',
          title: 'What',
          actors: 'Who',
          sources: 'Link',
          publisher: 'Publisher',
          kind: 'Kind',
          description: 'Notes',
          tags: 'Labels',
        },
        actorKind: 'regulator',
      },
    );
    expect(dispute.actors.map((actor) => [actor.id, actor.name, actor.kind])).toEqual([
      ['ministry-of-interior', 'Ministry of Interior', 'regulator'],
      ['pta', 'PTA', 'regulator'],
    ]);
    expect(dispute.sources.map((source) => [source.id, source.publisher, source.url])).toEqual([
      ['example-org', 'Reuters', 'https://example.org/a'],
      ['example-org-2', 'Reuters', 'https://example.org/b'],
      ['example-org-3', 'example.org', 'https://example.org/c'],
    ]);
    expect(dispute.events.map((event) => [event.date, event.kind, event.actors])).toEqual([
      ['2015-07-24', 'order', ['ministry-of-interior', 'pta']],
      ['2015-11-30T09:00', 'extension', ['pta']],
      ['2015-12-31', 'other', ['ministry-of-interior']],
    ]);
    expect(dispute.events[0]).toMatchObject({
      description: 'Details',
      tags: ['x', 'y'],
      confidence: 'reported',
    });
    expect(Object.isFrozen(dispute.events[0])).toBe(true);
  });

  it('adds rows to a built dispute, matching its actors by id, name or alias and its sources by URL', () => {
    const before = blackberryPakistan2015.events.length;
    const dispute = readSpreadsheet(
      sheet(
        'Date,Headline,Who,Link,Id',
        '2015-12-01,ProPakistani reports the extension,Pakistan Telecommunication Authority;blackberry,https://propakistani.pk/2015/12/01/pta-gives-blackberry-another-month-to-reach-a-deal-and-stay-in-pakistan/,propakistani-report',
      ),
      {
        dispute: blackberryPakistan2015,
        columns: { date: 'Date', title: 'Headline', actors: 'Who', sources: 'Link', id: 'Id' },
        kind: 'report',
      },
    );
    expect(dispute.events).toHaveLength(before + 1);
    expect(dispute.actors).toEqual(blackberryPakistan2015.actors);
    expect(dispute.sources).toEqual(blackberryPakistan2015.sources);
    expect(dispute.events.find((event) => event.id === 'propakistani-report')).toMatchObject({
      actors: ['pta', 'blackberry'],
      sources: [{ source: 'propakistani-2015-12-01' }],
    });
    expect(blackberryPakistan2015.events).toHaveLength(before);
  });

  it('reads dates in parts, intervals to an end date, a zone of their own, and EDTF qualifiers', () => {
    const dispute = readSpreadsheet(
      sheet(
        'Y,M,D,T,EY,EM,ED,Exact,Zone,What,Link',
        '2015,7,,,,,,,,A month,https://example.org/',
        '2015,11,30,9:00 PM,,,,,America/Toronto,An evening in Toronto,https://example.org/',
        '2010,8,12,,2011,1,31,,,An interval,https://example.org/',
        '2011,,,,,,,about 2011,,Circa,https://example.org/',
        '2015,12,31,,,,,2015-12-31?,,Unsure,https://example.org/',
      ),
      {
        dispute: HEADER,
        columns: {
          date: { year: 'Y', month: 'M', day: 'D', time: 'T' },
          end: { year: 'EY', month: 'EM', day: 'ED' },
          exactDate: 'Exact',
          timeZone: 'Zone',
          title: 'What',
          sources: 'Link',
        },
      },
    );
    const byTitle = Object.fromEntries(dispute.events.map((event) => [event.title, event.date]));
    expect(byTitle).toMatchObject({
      'A month': '2015-07',
      'An evening in Toronto': { value: '2015-11-30T21:00', timeZone: 'America/Toronto' },
      'An interval': '2010-08-12/2011-01-31',
      Circa: '2011~',
      Unsure: '2015-12-31?',
    });
  });

  it('reads a year before year 1 from its parts', () => {
    const dispute = readSpreadsheet(sheet('Y,M,D,What,Link', '-44,3,15,Caesar,https://example.org/'), {
      dispute: HEADER,
      columns: { date: { year: 'Y', month: 'M', day: 'D' }, title: 'What', sources: 'Link' },
    });
    expect(dispute.events[0]?.date).toBe('-0044-03-15');
  });

  it('reports every bad cell at once, at its row and column', () => {
    const issues = thrownIssues(() =>
      readSpreadsheet(
        sheet(
          'Date,Title,Who,Link,Kind,Zone,Confidence',
          '12/30/2015,Bad date,,https://example.org/,,,',
          '2015-02-30,Impossible,,https://example.org/,ultimatum,Mars/Base,sure',
          '2015-07,No source,Nobody,,,,',
          '2015-07,Bad link,,javascript:alert(1),,,',
          ',No date,,https://example.org/,,,',
        ),
        {
          dispute: HEADER,
          columns: {
            date: 'Date',
            title: 'Title',
            actors: 'Who',
            sources: 'Link',
            kind: 'Kind',
            timeZone: 'Zone',
            confidence: 'Confidence',
          },
        },
      ),
    );
    expect(issues.map((found) => [found.code, found.path])).toEqual(
      expect.arrayContaining([
        ['invalid-date', ['row', 2, 'Date']],
        ['impossible-date', ['row', 3, 'Date']],
        ['invalid-value', ['row', 3, 'Kind']],
        ['invalid-time-zone', ['row', 3, 'Zone']],
        ['invalid-value', ['row', 3, 'Confidence']],
        ['missing-field', ['row', 4, 'Who']],
        ['missing-source', ['row', 4, 'Link']],
        ['invalid-url', ['row', 5, 'Link']],
        ['missing-field', ['row', 6, 'Date']],
      ]),
    );
  });

  it('reports bad date parts, a missing column and an unreadable sheet', () => {
    const parts = thrownIssues(() =>
      readSpreadsheet(
        sheet(
          'Y,M,D,T,What,Link',
          'x,13,,,A,https://example.org/',
          '2015,,3,,B,https://example.org/',
          '2015,1,1,25h,C,https://example.org/',
        ),
        {
          dispute: HEADER,
          columns: { date: { year: 'Y', month: 'M', day: 'D', time: 'T' }, title: 'What', sources: 'Link' },
        },
      ),
    );
    expect(parts.map((found) => [found.code, found.path])).toEqual(
      expect.arrayContaining([
        ['invalid-date', ['row', 2, 'Y']],
        ['invalid-date', ['row', 2, 'M']],
        ['invalid-date', ['row', 3, 'Y']],
        ['invalid-date', ['row', 4, 'T']],
      ]),
    );
    const missing = thrownIssues(() =>
      readSpreadsheet(sheet('Date', '2015'), { dispute: HEADER, columns: { date: 'Date', title: 'Title' } }),
    );
    expect(missing.map((found) => [found.code, found.path])).toEqual([
      ['missing-field', ['row', 1, 'Title']],
    ]);
    expect(
      thrownIssues(() =>
        readSpreadsheet('Date,Title\r\n"2015,x\r\n', {
          dispute: HEADER,
          columns: { date: 'Date', title: 'Title' },
        }),
      )[0]?.code,
    ).toBe('csv-syntax');
    expect(
      thrownIssues(() =>
        readSpreadsheet('Date,Title\r\n2015,x,extra\r\n', {
          dispute: HEADER,
          columns: { date: 'Date', title: 'Title' },
        }),
      )[0]?.path,
    ).toEqual(['row', 2]);
  });

  it('rejects a mapping that is not one with invalid-argument', () => {
    const text = sheet('Date,Title', '2015,x');
    for (const mapping of [
      undefined,
      { dispute: HEADER },
      { dispute: HEADER, columns: { date: 3, title: 'Title' } },
      { dispute: HEADER, columns: { title: 'Title' } },
      { dispute: HEADER, columns: { date: { month: 'M' }, title: 'Title' } },
      { dispute: 'case', columns: { date: 'Date', title: 'Title' } },
      { dispute: HEADER, columns: { date: 'Date', title: 'Title' }, kind: 'ultimatum' },
      { dispute: HEADER, columns: { date: 'Date', title: 'Title' }, actorKind: 'ngo' },
    ]) {
      expect(thrownIssues(() => readSpreadsheet(text, mapping as never)).map((found) => found.code)).toEqual([
        'invalid-argument',
      ]);
    }
    expect(thrownIssues(() => readSpreadsheet(42 as never, {} as never))[0]?.code).toBe('invalid-argument');
    expect(() =>
      readSpreadsheet(text, {
        dispute: { events: [] } as unknown as Dispute,
        columns: { date: 'Date', title: 'Title' },
      }),
    ).toThrow(TimelineError);
  });
});
