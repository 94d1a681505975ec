import {
  type Dispute,
  parseDispute,
  readSpreadsheet,
  TIMELINEJS_SHEET_COLUMNS,
  writeICalendar,
  writeTimelineJsSheet,
} from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../support/linear.js';
import { sized } from '../support/mode.js';

/*
 * Readers and writers measured at n and 4n on the shapes that made one of them quadratic. The bound is a
 * ratio (×6, where linear work gives about ×4 and quadratic ×16), never a time: see tests/support/linear.ts.
 * Each runs its work a dozen times at two sizes, so it runs in the full run (`npm run check`), beside
 * linear-formats.slow.test.ts; `npm test` keeps validation's linear time on crafted input (linear.test.ts).
 */
const TIMEOUT = 120_000;

const day = (i: number) =>
  new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10);

/** `n` deadlines, each extending the one before (each must find its extension: a search of all per deadline is n²). */
function extensionChain(n: number): Dispute {
  return parseDispute({
    id: 'chain',
    title: 'A chain of extensions',
    timeZone: 'Asia/Karachi',
    actors: [
      { id: 'gov', name: 'Government', kind: 'government' },
      { id: 'co', name: 'Company', kind: 'company' },
    ],
    demands: [
      { id: 'dem', date: '1999-12-31', by: ['gov'], of: ['co'], subjects: ['other'], summary: 'A demand' },
    ],
    deadlines: Array.from({ length: n }, (_, i) => ({
      id: `dl${i}`,
      due: day(i),
      setBy: ['gov'],
      demands: ['dem'],
      ...(i === 0 ? {} : { extends: `dl${i - 1}` }),
    })),
  });
}

/** A sheet of `n` rows with one title and one publisher's URL, and every row naming the same new actor. */
function repeatedRows(n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) => `${day(i)},Same title,Ministry,https://example.org/${i % 3}`,
  );
  return ['Date,Headline,Who,Link', ...rows].join('\r\n');
}

const sheetMapping = {
  dispute: { id: 'sheet', title: 'A sheet', timeZone: 'Asia/Karachi' },
  columns: { date: 'Date', title: 'Headline', actors: 'Who', sources: 'Link' },
  actorKind: 'ministry',
} as const;

/** `n` events, each citing one of 50 sources, with actors named by the group column of a TimelineJS sheet. */
function citedEvents(n: number): Dispute {
  return parseDispute({
    id: 'cited',
    title: 'Cited events',
    timeZone: 'Asia/Karachi',
    actors: [
      { id: 'gov', name: 'Government', kind: 'government' },
      { id: 'co', name: 'Company & Co', kind: 'company' },
    ],
    sources: Array.from({ length: 50 }, (_, i) => ({
      id: `s${i}`,
      publisher: `Publisher ${i}`,
      url: `https://example.org/${i}`,
    })),
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      date: day(i),
      kind: 'statement',
      title: 'The same title',
      actors: ['gov', 'co'],
      sources: [{ source: `s${i % 50}` }],
      confidence: 'confirmed',
    })),
  });
}

describe('every writer stays linear', () => {
  it(
    'writes iCalendar for a chain of extensions',
    async () => {
      await expectLinear('writeICalendar', extensionChain, (d) => writeICalendar(d), sized(2_000, 8_000));
    },
    TIMEOUT,
  );
});

describe('every reader stays linear', () => {
  it(
    'reads a spreadsheet of rows that all make the same ids',
    async () => {
      await expectLinear(
        'readSpreadsheet',
        repeatedRows,
        (sheet) => readSpreadsheet(sheet, sheetMapping),
        sized(500, 2_000),
      );
    },
    TIMEOUT,
  );

  it(
    'reads back the TimelineJS sheet it writes',
    async () => {
      const make = (n: number) => writeTimelineJsSheet(citedEvents(n));
      const dispute = { id: 'sheet', title: 'A sheet', timeZone: 'UTC' };
      await expectLinear(
        'readSpreadsheet (TimelineJS sheet)',
        make,
        (sheet) =>
          readSpreadsheet(sheet, { dispute, columns: TIMELINEJS_SHEET_COLUMNS, actorKind: 'company' }),
        sized(250, 1_000),
      );
    },
    TIMEOUT,
  );
});

describe('the linearity check', () => {
  it('fails work that is quadratic', async () => {
    const quadratic = (n: number) => Array.from({ length: n }, (_, i) => i);
    const run = (list: number[]) => list.filter((x) => list.indexOf(x) === x).length;
    await expect(expectLinear('a quadratic search', quadratic, run, 1_000)).rejects.toThrow(/is not linear/);
  });
});
