import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import {
  createDispute,
  type DateValue,
  formatByName,
  parseDispute,
  readSpreadsheet,
  TIMELINEJS_SHEET_COLUMNS,
  writeTimelineJsSheet,
} from 'dispute-timeline';
import {
  blackberryPakistan2015,
  datasets,
  indiaBlackberry2010,
  telegramRussia2017,
} from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edtfDate, ZONES } from '../reliability/arbitraries.js';
import { HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';
import { oneEventDispute } from '../support/disputes.js';
import { heavyRuns } from '../support/runs.js';

// jsdom ships no types, and @types/jsdom is not installed: the one constructor used here, typed by hand.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};
const { document } = new JSDOM('<!doctype html><body></body>').window;

const RUNS = heavyRuns(200);
/** The header of the template sheet TimelineJS itself ships, which its users copy: the columns it reads. */
const TEMPLATE = readFileSync(
  new URL('../../node_modules/@knight-lab/timelinejs/src/template/my-own-timeline.csv', import.meta.url),
  'utf8',
)
  .split(/\r?\n/)[0]
  ?.split(',') as string[];

/** How the sheet writes the characters HTML would read as markup. */
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const rowsOf = (csv: string): Record<string, string>[] => parse(csv, { bom: true, columns: true });

function oneEvent(date: DateValue, timeZone?: string) {
  return createDispute({ id: 'case', title: 'Case', ...(timeZone === undefined ? {} : { timeZone }) })
    .actor({ id: 'gov', name: 'Government', kind: 'government' })
    .source({ id: 'src', publisher: 'Publisher', url: 'https://example.org/' })
    .event({
      id: 'e1',
      date,
      kind: 'statement',
      title: 'A statement',
      actors: ['gov'],
      sources: [{ source: 'src' }],
      confidence: 'confirmed',
    })
    .build();
}

describe('writeTimelineJsSheet', () => {
  it("writes the template's columns in its order and one row per event, read alike by csv-parse", () => {
    for (const dispute of datasets) {
      const csv = writeTimelineJsSheet(dispute);
      expect(csv.split('\r\n')[0]).toBe(TEMPLATE.join(','));
      const rows = rowsOf(csv);
      expect(rows.map((row) => row['Headline'])).toEqual(
        dispute.events.map((event) => event.title.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c)),
      );
    }
  });

  it('gives date parts only as precise as the source, integers only, and the qualifier in Display Date', () => {
    const cases: [string, Partial<Record<string, string>>][] = [
      ['2015', { Year: '2015', Month: '', Day: '', 'Display Date': '' }],
      ['2015-07', { Year: '2015', Month: '7', Day: '', 'Display Date': '' }],
      ['2015-07-04', { Year: '2015', Month: '7', Day: '4', 'Display Date': '' }],
      ['2015-11-30T09:05', { Day: '30', Time: '09:05', 'Display Date': '' }],
      ['2011~', { Year: '2011', 'Display Date': 'about 2011' }],
      ['2015-12-31?', { Day: '31', 'Display Date': '2015-12-31 (uncertain)' }],
      ['2012-02%', { Month: '2', 'Display Date': 'about 2012-02 (uncertain)' }],
      ['2013-07-XX', { Month: '7', Day: '', 'Display Date': '2013-07-XX' }],
      ['201X', { Year: '2010', Month: '', 'Display Date': '201X' }],
      ['2010-08-12/2011-01-31', { Year: '2010', 'End Year': '2011', 'End Month': '1', 'Display Date': '' }],
      ['2010-08/..', { Year: '2010', 'End Year': '', 'Display Date': 'from 2010-08 onwards' }],
      ['../2011-01-31', { Year: '2011', Month: '1', 'Display Date': 'until 2011-01-31' }],
      ['/2011', { Year: '2011', 'Display Date': 'an unknown date to 2011' }],
    ];
    for (const [date, expected] of cases) {
      const [row] = rowsOf(writeTimelineJsSheet(oneEvent(date)));
      expect(row, date).toMatchObject(expected);
      for (const part of ['Year', 'Month', 'Day', 'End Year', 'End Month', 'End Day'])
        expect(row?.[part], `${date} ${part}`).toMatch(/^(-?\d+)?$/);
    }
  });

  it('gives BCE, Y and significant-digit years and seasons the parts of the JSON, their text in Display Date', () => {
    const cases: [string, Partial<Record<string, string>>][] = [
      ['-0044-03-15', { Year: '-44', Month: '3', Day: '15', 'Display Date': '-0044-03-15' }],
      ['Y170000002', { Year: '170000002', Month: '', 'Display Date': 'Y170000002' }],
      ['Y17E7', { Year: '170000000', 'Display Date': 'Y17E7' }],
      ['1950S2', { Year: '1900', 'Display Date': '1950S2' }],
      [
        '2015-21',
        {
          Year: '2015',
          Month: '3',
          'End Year': '2015',
          'End Month': '11',
          'Display Date': 'spring 2015 (2015-21)',
        },
      ],
      [
        '2015-24',
        {
          Year: '2015',
          Month: '6',
          'End Year': '2016',
          'End Month': '2',
          'Display Date': 'winter 2015 (2015-24)',
        },
      ],
      [
        '2015/2016-21',
        {
          Year: '2015',
          'End Year': '2016',
          'End Month': '11',
          'Display Date': '2015 to spring 2016 (2016-21)',
        },
      ],
      ['2015-11-30T09:05Z', { Time: '09:05', 'Display Date': '2015-11-30T09:05Z' }],
    ];
    for (const [date, expected] of cases) {
      const [row] = rowsOf(writeTimelineJsSheet(oneEvent(date, 'Asia/Karachi')));
      expect(row, date).toMatchObject(expected);
      for (const part of ['Month', 'End Month'])
        expect(Number(row?.[part] || 1), `${date} ${part}`).toBeLessThanOrEqual(12);
    }
  });

  it('reads a BCE, significant-digit or season date back as written, and refuses a Y year at Year', () => {
    const read = (date: string) =>
      readSpreadsheet(writeTimelineJsSheet(oneEvent(date)), {
        dispute: { id: 'read', title: 'Read' },
        columns: TIMELINEJS_SHEET_COLUMNS,
        actorKind: 'company',
      }).events[0]?.date;
    for (const date of ['-0044-03-15', '1950S2', '2015-21', '2015-24~', '2015/2016-33', '2015-11-30T09:05Z'])
      expect(read(date)).toBe(date);
    expect(() => read('Y170000002')).toThrow(/invalid-date at row\[2\]\.Year/);
  });

  it('keeps the seconds of a time, and gives a fraction of a second in Display Date', () => {
    const [seconds] = rowsOf(writeTimelineJsSheet(oneEvent('2015-11-30T09:05:07')));
    expect(seconds).toMatchObject({ Time: '09:05:07', 'Display Date': '' });
    const [fraction] = rowsOf(writeTimelineJsSheet(oneEvent('2015-11-30T09:05:07.25')));
    expect(fraction).toMatchObject({ Time: '09:05:07', 'Display Date': '2015-11-30T09:05:07.25' });
    for (const date of ['2015-11-30T09:05:07', '2015-11-30T09:05:07.25']) {
      const read = readSpreadsheet(writeTimelineJsSheet(oneEvent(date)), {
        dispute: { id: 'read', title: 'Read' },
        columns: TIMELINEJS_SHEET_COLUMNS,
        actorKind: 'company',
      });
      expect(read.events[0]?.date).toBe(date);
    }
  });

  it('is read back through the spreadsheet import with every date as written, in its own zone', () => {
    for (const dispute of datasets) {
      const sheet = writeTimelineJsSheet(dispute);
      const read = readSpreadsheet(sheet, {
        dispute: { id: 'read', title: 'Read', ...(dispute.timeZone ? { timeZone: dispute.timeZone } : {}) },
        columns: TIMELINEJS_SHEET_COLUMNS,
        actorKind: 'company',
      });
      // A date given with the dispute's own zone reads back as its text: the same date.
      expect(read.events.map((event) => event.date)).toEqual(
        dispute.events.map((event) =>
          typeof event.date === 'object' && event.date.timeZone === dispute.timeZone
            ? event.date.value
            : event.date,
        ),
      );
    }
    // BlackBerry's announcements are dated in Waterloo, Ontario: the Display Date says so, as TimelineJS shows it.
    const rows = rowsOf(writeTimelineJsSheet(blackberryPakistan2015));
    expect(
      rows.filter((row) => row['Display Date']?.endsWith('(Toronto time)')).map((row) => row['Display Date']),
    ).toEqual(['2015-12-31 (Toronto time)']);
  });

  it('keeps every random date through the sheet and back', () => {
    fc.assert(
      fc.property(edtfDate, fc.constantFrom(...ZONES), (date, zone) => {
        const read = readSpreadsheet(writeTimelineJsSheet(oneEvent(date, zone)), {
          dispute: { id: 'read', title: 'Read', timeZone: zone },
          columns: TIMELINEJS_SHEET_COLUMNS,
          actorKind: 'company',
        });
        expect(read.events[0]?.date).toBe(date);
      }),
      RUNS,
    );
  });

  it("keeps a random date local to another zone than the dispute's, with its zone, through the sheet and back", () => {
    const pair = fc
      .tuple(fc.constantFrom(...ZONES), fc.constantFrom(...ZONES))
      .filter(([dispute, own]) => dispute !== own);
    fc.assert(
      fc.property(edtfDate, pair, (date, [disputeZone, ownZone]) => {
        const sheet = writeTimelineJsSheet(oneEvent({ value: date, timeZone: ownZone }, disputeZone));
        const read = readSpreadsheet(sheet, {
          dispute: { id: 'read', title: 'Read', timeZone: disputeZone },
          columns: TIMELINEJS_SHEET_COLUMNS,
          actorKind: 'company',
        });
        expect(read.events[0]?.date).toEqual({ value: date, timeZone: ownZone });
      }),
      RUNS,
    );
  });

  it('reads a Display Date that names no zone in its brackets by its parts, as before', () => {
    const rows = writeTimelineJsSheet(oneEvent('2016')).split('\r\n');
    const cells = (rows[1] ?? '').split(',');
    cells[8] = '2015 (summer time)';
    const read = readSpreadsheet([rows[0], cells.join(','), ''].join('\r\n'), {
      dispute: { id: 'read', title: 'Read' },
      columns: TIMELINEJS_SHEET_COLUMNS,
      actorKind: 'company',
    });
    expect(read.events[0]?.date).toBe('2016');
  });

  it('escapes markup and neutralises formulas in the text TimelineJS shows, and breaks no row', () => {
    for (const text of [...HOSTILE_STRINGS, '=HYPERLINK("https://evil.example")', '@SUM(1)']) {
      const dispute = parseDispute(hostileDispute(text));
      const rows = rowsOf(writeTimelineJsSheet(dispute));
      expect(rows).toHaveLength(dispute.events.length);
      for (const row of rows) {
        for (const column of ['Headline', 'Text', 'Media Credit', 'Media Caption', 'Group']) {
          expect(row[column]).not.toMatch(/[<>]|^[=+\-@\t\r]/);
        }
      }
    }
  });

  it("shows a Group's name as written, markup and entities in it as text, in TimelineJS's row label", () => {
    const name = 'AT&T <Gov> &lt;img src=x onerror=alert(1)&gt;';
    const dispute = oneEventDispute({ id: 'groups', title: 'Groups' }, '2015-07-24', name);
    const [row] = rowsOf(writeTimelineJsSheet(dispute));
    // TimelineJS strips markup from a group (the text of it parsed as HTML), then sets that as the label's HTML.
    const parsed = document.implementation.createHTMLDocument('');
    parsed.body.innerHTML = row?.['Group'] ?? '';
    const label = document.createElement('div');
    label.innerHTML = parsed.body.textContent ?? '';
    expect(label.textContent).toBe(name);
    expect(label.children).toHaveLength(0);
  });

  it("writes the Group of Telegram's lawyers as their name, and reads it back as that actor, not split at entities", () => {
    const rows = rowsOf(writeTimelineJsSheet(telegramRussia2017));
    const agora = "Telegram's lawyers (Agora)";
    expect(rows.map((row) => row['Group'])).toContain(agora);
    for (const row of rows) expect(row['Group']).not.toMatch(/&/);
    const read = readSpreadsheet(writeTimelineJsSheet(telegramRussia2017), {
      dispute: { id: 'from-the-sheet', title: 'From the sheet', timeZone: 'Europe/Moscow' },
      columns: TIMELINEJS_SHEET_COLUMNS,
      actorKind: 'person',
    });
    const names = new Set(telegramRussia2017.events.map((event) => event.actors[0]));
    expect(read.actors.map((actor) => actor.name).sort()).toEqual(
      telegramRussia2017.actors
        .filter((actor) => names.has(actor.id))
        .map((actor) => actor.name)
        .sort(),
    );
  });

  it('is the registry entry timelinejs-sheet, with a BOM when asked', () => {
    const dispute = indiaBlackberry2010;
    expect(formatByName('timelinejs-sheet')?.write(dispute)).toBe(writeTimelineJsSheet(dispute));
    expect(writeTimelineJsSheet(dispute, { bom: true }).startsWith('\ufeffYear,')).toBe(true);
  });
});
