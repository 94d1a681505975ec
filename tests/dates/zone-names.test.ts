/**
 * A time zone means one place: Area/Location names and UTC are read (an old name as today's), abbreviations and
 * legacy names are refused with the zones they may mean, by every reader and by the shipped JSON Schema.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import {
  daysBetween,
  disputeJsonSchema,
  isTimeZone,
  parseDate,
  parseDispute,
  readCsv,
  readJsonLines,
  readSpreadsheet,
  safeParseDispute,
  serializeDispute,
  TimeZoneSchema,
  writeCsv,
  writeJsonLines,
  zoneNameProblem,
} from 'dispute-timeline';
import { blackberryPakistan2015, indiaBlackberry2010, saudiBlackberry2010 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { issueLineWithMessage, rejectedIssues } from '../support/issues.js';

/** The issues a call fails with, as `code at path: message`. */
const issuesWithMessages = async (run: () => unknown): Promise<string[]> =>
  (await rejectedIssues(run)).map(issueLineWithMessage);

const REFUSED = ['EST', 'MST', 'HST', 'CET', 'EST5EDT', 'AST', 'BST', 'IST', 'CST', 'PST', 'pst', 'GMT'];

describe('a time zone name', () => {
  it.each(REFUSED)(
    'refuses the abbreviation or legacy name %s, which the runtime reads as some zone',
    (name) => {
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: name })).not.toThrow();
      expect(isTimeZone(name)).toBe(false);
      expect(TimeZoneSchema.safeParse(name).success).toBe(false);
    },
  );

  it('says what an abbreviation may mean, and the names to write', () => {
    expect(zoneNameProblem('IST')).toBe(
      '"IST" is an abbreviation that may mean several zones: write the IANA name of the one meant, ' +
        'Asia/Kolkata (India), Asia/Jerusalem (Israel) or Europe/Dublin (Ireland)',
    );
    expect(zoneNameProblem('AST')).toContain('Asia/Riyadh (Arabia Standard Time)');
    expect(zoneNameProblem('BST')).toContain('Europe/London (British Summer Time)');
    expect(zoneNameProblem('CST')).toContain('Asia/Shanghai (China Standard Time)');
    expect(zoneNameProblem('pst')).toContain('America/Los_Angeles');
    expect(zoneNameProblem('EST5EDT')).toContain('America/New_York');
    expect(zoneNameProblem('US/Eastern')).toContain('write America/New_York');
    expect(zoneNameProblem('Asia/Karachy')).toContain('did you mean "Asia/Karachi"?');
  });

  it('accepts Area/Location names in any case and UTC, and stores an old name of a place as today’s', () => {
    for (const name of ['Asia/Karachi', 'asia/karachi', 'America/Argentina/Buenos_Aires', 'UTC', 'utc'])
      expect(isTimeZone(name), name).toBe(true);
    expect(TimeZoneSchema.parse('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(TimeZoneSchema.parse('asia/kolkata')).toBe('Asia/Kolkata');
    expect(TimeZoneSchema.parse('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(TimeZoneSchema.parse('etc/utc')).toBe('UTC');
    const india = parseDispute({
      ...JSON.parse(serializeDispute(indiaBlackberry2010)),
      timeZone: 'Asia/Calcutta',
    });
    expect(india.timeZone).toBe('Asia/Kolkata');
    expect(parseDate('2010-08-12', { timeZone: 'Asia/Calcutta' }).timeZone).toBe('Asia/Kolkata');
  });

  it('refuses a Saudi case dated in "AST", which would shift every instant by 11 hours', () => {
    const result = safeParseDispute({
      ...JSON.parse(serializeDispute(saudiBlackberry2010)),
      timeZone: 'AST',
    });
    expect(result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid-time-zone', ['timeZone']],
    ]);
  });
});

describe('every reader reports a refused zone where it is', () => {
  it('in the JSON form, at its path', async () => {
    const json = JSON.parse(serializeDispute(blackberryPakistan2015));
    // The first event dated with its own zone (the datasets' order changes as they are corrected).
    const zoned = (json.events as { date: unknown }[]).find((event) => typeof event.date === 'object');
    (zoned?.date as { timeZone: string }).timeZone = 'EST';
    expect(await issuesWithMessages(() => parseDispute(json))).toEqual([
      expect.stringMatching(/^invalid-time-zone at events\[\d+\]\.date\.timeZone: "EST" is an abbreviation/),
    ]);
  });

  it('in a CSV of events, at its row and column', async () => {
    const csv = writeCsv(blackberryPakistan2015).replaceAll('America/Toronto', 'EST');
    const found = await issuesWithMessages(() => readCsv(csv));
    expect(found.length).toBeGreaterThan(0);
    for (const line of found) expect(line).toMatch(/^invalid-time-zone at row\[\d+\]\.date_zone: "EST"/);
  });

  it('in a spreadsheet, at its row and column', async () => {
    const found = await issuesWithMessages(() =>
      readSpreadsheet('Date,Zone,Headline,Link\r\n2015-12-30,IST,Deadline,https://example.org/\r\n', {
        dispute: blackberryPakistan2015,
        columns: { date: 'Date', timeZone: 'Zone', title: 'Headline', sources: 'Link' },
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(/^invalid-time-zone at row\[2\]\.Zone: "IST" is an abbreviation/),
    ]);
  });

  it('in JSON Lines, at its line', async () => {
    const text = [...writeJsonLines(blackberryPakistan2015)].join('').replace('"Asia/Karachi"', '"PKT"');
    expect(await issuesWithMessages(() => readJsonLines(text))).toEqual([
      expect.stringMatching(
        /^invalid-time-zone at line\[1\]\.record\.timeZone: "PKT" is an abbreviation.*Asia\/Karachi/,
      ),
    ]);
  });

  it('in a date or a query option, at the option', async () => {
    expect(await issuesWithMessages(() => parseDate('2010-08-02', { timeZone: 'AST' }))).toEqual([
      expect.stringMatching(
        /^invalid-time-zone at options\.timeZone: "AST" is an abbreviation.*Asia\/Riyadh/,
      ),
    ]);
    expect(
      await issuesWithMessages(() => daysBetween('2015-07-24', '2015-12-30', { timeZone: 'CST' })),
    ).toEqual([expect.stringMatching(/^invalid-argument at options\.timeZone: "CST" is an abbreviation/)]);
  });
});

describe('the shipped JSON Schema', () => {
  const validate = new Ajv2020({ strict: true }).compile(disputeJsonSchema());
  const withZone = (timeZone: string) => ({ ...JSON.parse(serializeDispute(saudiBlackberry2010)), timeZone });

  it('gives the library’s verdict on zone names: it lists the names accepted', () => {
    for (const name of ['AST', 'IST', 'EST5EDT', 'Mars/Olympus', 'US/Eastern'])
      expect(validate(withZone(name)), name).toBe(false);
    for (const name of ['Asia/Riyadh', 'Asia/Kolkata', 'Asia/Calcutta', 'UTC'])
      expect(validate(withZone(name)), name).toBe(true);
  });
});
