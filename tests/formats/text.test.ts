import { createDispute, writeText } from 'dispute-timeline';
import { blackberryPakistan2015, whatsappBrazil2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const HOSTILE =
  '\u001b[31mred\u001b[0m <script>alert(1)</script> "quoted" \'single\'\nnew line\u202eevil\u0007bell';

describe('writeText', () => {
  it('widens the date column to a day in another zone rather than cutting the name of its city', () => {
    const lines = writeText(whatsappBrazil2015).split('\n');
    // Zuckerberg's statement is dated in California: its zone's city is shown whole, and the columns stay aligned.
    const statement = lines.find((line) => line.includes('Zuckerberg: "Tonight'));
    expect(statement).toMatch(/^2015-12-16 \(Los Angeles\) +statement /);
    const header = lines.find((line) => line.startsWith('DATE'));
    expect(header?.indexOf('KIND')).toBe(statement?.indexOf('statement'));
  });

  it('prints the title, the zone and one row per event with its date as the source gives it', () => {
    const text = writeText(blackberryPakistan2015, { width: 120 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Pakistan and BlackBerry Enterprise Service, 2015');
    expect(lines[1]).toBe('Dates are local to Asia/Karachi unless marked.');
    expect(text).toMatch(/^2015-07\/2015-07-24\s+notification\s+Pakistan Telecommunication/m);
    expect(text).toMatch(/^2015-12-31 \(Toronto\)\s+rescission\s+BlackBerry/m);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('shows each deadline on its due date among the events, who set it and how it ended', () => {
    const rows = writeText(blackberryPakistan2015, { width: 200, heading: false })
      .split('\n')
      .filter((line) => /^\d{4}/.test(line))
      .map((line) => line.split(/ {2,}|… /));
    expect(rows.slice(4, 9).map(([date, kind, , what]) => `${date} | ${kind} | ${what}`)).toEqual([
      '2015-11-30 | deadline | Deadline (extended): Last day of BES in Pakistan: no BES connection active after 30 November 2015',
      '2015-11-30 | announcement | BlackBerry announces it will leave Pakistan rather than give access to BES traffic',
      '2015-11-30 | extension | PTA extends the shutdown by a month, to 30 December',
      '2015-11-30 | announcement | BlackBerry updates its post: it will delay its exit until 30 December',
      '2015-12-30 | deadline | Deadline (rescinded): Shutdown order extended from 30 November to 30 December; BlackBerry announces its exit for that date',
    ]);
    // Who set each: the Ministry of Interior with the PTA, then the PTA alone (its name on two lines).
    expect(rows[4]?.[2]).toMatch(/^Ministry of Interior, Pakistan/);
    expect(rows[8]?.[2]).toBe('Pakistan Telecommunication');
    expect(rows).toHaveLength(blackberryPakistan2015.events.length + blackberryPakistan2015.deadlines.length);
  });

  it('wraps the names of a row\u2019s actors into the lines its title takes, cutting only past them, with …', () => {
    const dispute = createDispute({ id: 'ng', title: 'Twitter in Nigeria, 2021', timeZone: 'Africa/Lagos' })
      .actor(
        { id: 'fgn', name: 'Federal Government of Nigeria', kind: 'government', country: 'NG' },
        { id: 'lai', name: 'Lai Mohammed', kind: 'person', country: 'NG' },
        { id: 'ncc', name: 'Nigerian Communications Commission', kind: 'regulator', country: 'NG' },
        {
          id: 'alton',
          name: 'Association of Licensed Telecommunication Operators of Nigeria',
          kind: 'civil-society',
        },
      )
      .source({ id: 'nt', publisher: 'New Telegraph' })
      .event(
        {
          id: 'suspension',
          date: '2021-06-04',
          kind: 'order',
          title: 'Indefinite suspension of Twitter\u2019s operations in Nigeria',
          actors: ['fgn', 'lai'],
          sources: [{ source: 'nt' }],
          confidence: 'confirmed',
        },
        {
          id: 'block',
          date: '2021-06-05',
          kind: 'enforcement',
          title: 'Operators block Twitter',
          actors: ['ncc', 'alton', 'fgn', 'lai'],
          sources: [{ source: 'nt' }],
          confidence: 'confirmed',
        },
      )
      .build();
    const lines = writeText(dispute, { heading: false, claims: false }).split('\n');
    const actors = (line: string) => line.slice(38, 59).trimEnd();
    // A 21-character column at width 100: both names of the suspension whole, on three lines (at least three, or
    // as many as the title takes); the four of the block cut after three, with "…".
    expect(lines.slice(1, 7).map(actors)).toEqual([
      'Federal Government',
      'of Nigeria, Lai',
      'Mohammed',
      'Nigerian',
      'Communications',
      'Commission,…',
    ]);
    expect(lines[2]?.slice(60)).toBe('operations in Nigeria');
    expect(lines[4]?.startsWith('2021-06-05              enforcement   Nigerian')).toBe(true);
  });

  it('shows the events it is given alone, and their deadlines too only when asked', () => {
    const events = blackberryPakistan2015.events.slice(0, 2);
    const kinds = (deadlines?: boolean) =>
      writeText(blackberryPakistan2015, {
        events,
        heading: false,
        ...(deadlines === undefined ? {} : { deadlines }),
      })
        .split('\n')
        .filter((line) => /^\d{4}/.test(line))
        .map((line) => line.split(/ {2,}/)[1]);
    expect(kinds()).toEqual(['demand', 'notification']);
    expect(kinds(true)).toEqual(['demand', 'notification', 'deadline', 'deadline']);
    expect(writeText(blackberryPakistan2015, { deadlines: false }).includes('Deadline (extended)')).toBe(
      false,
    );
    expect(() => writeText(blackberryPakistan2015, { deadlines: 'yes' as never })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'invalid-argument', path: ['options', 'deadlines'] })],
      }),
    );
  });

  it('keeps every line within the width', () => {
    for (const width of [60, 80, 100, 140]) {
      const lines = writeText(blackberryPakistan2015, { width }).split('\n');
      for (const line of lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(width);
    }
  });

  it('prints only the events it is given, without a heading when asked', () => {
    const events = blackberryPakistan2015.events.slice(0, 1);
    const text = writeText(blackberryPakistan2015, { events, heading: false });
    expect(text.split('\n')[0]).toMatch(/^DATE/);
    expect(text.split('\n').filter((line) => /^\d{4}/.test(line))).toHaveLength(1);
  });

  it('lets no control character or escape sequence from the data reach the terminal', () => {
    const dispute = createDispute({ id: 'hostile', title: HOSTILE })
      .actor({ id: 'a', name: HOSTILE, kind: 'company' })
      .source({ id: 's', publisher: HOSTILE })
      .event({
        id: 'e',
        date: '2015-01-01',
        kind: 'statement',
        title: HOSTILE,
        actors: ['a'],
        sources: [{ source: 's' }],
        confidence: 'confirmed',
      })
      .build();
    const text = writeText(dispute, { width: 200 });
    expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text.split('\n').filter((line) => line.includes('new line'))).not.toHaveLength(0);
    expect(text).toContain('␛[31mred');
  });
});
