import {
  type Dispute,
  parseDispute,
  readCsv,
  readJsonl,
  readSpreadsheet,
  streamCsv,
  streamJsonl,
  TIMELINEJS_SHEET_COLUMNS,
  TimelineError,
  writeCsv,
  writeICalendar,
  writeJsonl,
  writeTimelineJsSheet,
} from 'dispute-timeline';
import { generateDispute } from 'dispute-timeline/datasets';
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
      // A day after the one before, every time: an extension falls due after what it extends.
      due: new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
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
function citedEvents(n: number, companyName = 'Company & Co'): Dispute {
  return parseDispute({
    id: 'cited',
    title: 'Cited events',
    timeZone: 'Asia/Karachi',
    actors: [
      { id: 'gov', name: 'Government', kind: 'government' },
      { id: 'co', name: companyName, kind: 'company' },
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

/** The text cut into chunks of 7 bytes of its UTF-8, so that characters fall across chunks. */
function byteChunks(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  return Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
}

async function drain(items: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of items);
}

/** Runs a reader that must refuse its input, and gives the number of issues (the error is the expected end). */
async function refused(read: () => unknown): Promise<number> {
  try {
    await read();
  } catch (error) {
    if (error instanceof TimelineError) return error.issues.length;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

const generatedBySize = new Map<number, Dispute>();
function generated(n: number): Dispute {
  let dispute = generatedBySize.get(n);
  if (dispute === undefined) {
    dispute = generateDispute({ events: n, seed: 11 });
    generatedBySize.set(n, dispute);
  }
  return dispute;
}

/** An events CSV header and one cell of `n` characters, half of them stray quotes. */
const strayQuotesCsv = (n: number) =>
  `${writeCsv(generated(1)).split('\r\n')[0]}\r\n${'a"'.repeat(n / 2)}\r\n`;
const strayQuotesSheet = (n: number) =>
  `When,What,Link\r\n2015-07-24,${'a"'.repeat(n / 2)},https://example.org/\r\n`;

describe('every reader stays linear on hostile shapes', () => {
  it(
    'reads a cell of stray quotes through readCsv and readSpreadsheet, with a bounded number of issues',
    async () => {
      const n = sized(400_000, 1_600_000);
      await expectLinear('readCsv (stray quotes)', strayQuotesCsv, (csv) => refused(() => readCsv(csv)), n);
      const mapping = {
        dispute: sheetMapping.dispute,
        columns: { date: 'When', title: 'What', sources: 'Link' },
      };
      await expectLinear(
        'readSpreadsheet (stray quotes)',
        strayQuotesSheet,
        (sheet) => refused(() => readSpreadsheet(sheet, mapping)),
        n,
      );
      expect(await refused(() => readCsv(strayQuotesCsv(4 * n)))).toBeLessThanOrEqual(10);
    },
    TIMEOUT,
  );

  it(
    'reads back a TimelineJS sheet whose group names are full of references and semicolons',
    async () => {
      const make = (n: number) => writeTimelineJsSheet(citedEvents(n, 'AT&T; <Gov> &amp; "R&D";;'.repeat(8)));
      const dispute = { id: 'sheet', title: 'A sheet', timeZone: 'UTC' };
      await expectLinear(
        'readSpreadsheet (TimelineJS sheet, hostile groups)',
        make,
        (sheet) =>
          readSpreadsheet(sheet, { dispute, columns: TIMELINEJS_SHEET_COLUMNS, actorKind: 'company' }),
        sized(250, 1_000),
      );
    },
    TIMEOUT,
  );

  it(
    'reads JSON Lines and CSV given as bytes cut inside characters, whole and as streams',
    async () => {
      const n = sized(250, 1_000);
      const jsonl = (size: number) => byteChunks(writeJsonl(generated(size)));
      await expectLinear('readJsonl (bytes)', jsonl, (chunks) => readJsonl(chunks), n);
      await expectLinear('streamJsonl (bytes)', jsonl, (chunks) => drain(streamJsonl(chunks)), n);
      const csv = (size: number) => byteChunks(writeCsv(generated(size)));
      await expectLinear('streamCsv (bytes)', csv, (chunks) => drain(streamCsv(chunks)), n);
    },
    TIMEOUT,
  );

  it(
    'refuses a CSV and a sheet whose every row names a zone by its abbreviation',
    async () => {
      const n = sized(250, 1_000);
      // Every row's date_zone cell: BST.
      const zoned = (size: number) => {
        const [header = '', ...rows] = writeCsv(generated(size)).split('\r\n');
        const at = header.split(',').indexOf('date_zone');
        return [header, ...rows.filter((row) => row !== '').map((row) => withCell(row, at, 'BST'))].join(
          '\r\n',
        );
      };
      await expectLinear('readCsv (abbreviated zones)', zoned, (text) => refused(() => readCsv(text)), n);
      const sheet = (size: number) =>
        [
          'When,What,Zone,Link',
          ...Array.from(
            { length: size },
            (_, i) => `${day(i)}T10:00,Row ${i},BST,https://example.org/${i % 7}`,
          ),
        ].join('\r\n');
      const mapping = {
        dispute: sheetMapping.dispute,
        columns: { date: 'When', title: 'What', timeZone: 'Zone', sources: 'Link' },
      };
      await expectLinear(
        'readSpreadsheet (abbreviated zones)',
        sheet,
        (text) => refused(() => readSpreadsheet(text, mapping)),
        sized(500, 2_000),
      );
    },
    TIMEOUT,
  );
});

/** A CSV row with its cell at `at` replaced (the cells before it must hold no quoted comma: ids and dates). */
function withCell(row: string, at: number, value: string): string {
  const cells = row.split(',');
  cells[at] = value;
  return cells.join(',');
}

describe('the linearity check', () => {
  it('fails work that is quadratic', async () => {
    const quadratic = (n: number) => Array.from({ length: n }, (_, i) => i);
    const run = (list: number[]) => list.filter((x) => list.indexOf(x) === x).length;
    await expect(expectLinear('a quadratic search', quadratic, run, 1_000)).rejects.toThrow(/is not linear/);
  });
});
