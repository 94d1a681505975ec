import {
  parseDate,
  parseDispute,
  readCsv,
  readJsonl,
  readSpreadsheet,
  serializeDispute,
  streamCsv,
  streamJsonl,
  TIMELINEJS_SHEET_COLUMNS,
  TimelineError,
  writeCsv,
  writeJsonl,
  writeTimelineJsSheet,
} from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const json = JSON.parse(serializeDispute(blackberryPakistan2015)) as Record<string, unknown> & {
  events: Record<string, unknown>[];
};

/** The events CSV with the first row's date given in `zone` (its date_zone cell). */
function csvWithZone(zone: string): string {
  const [header = '', first = '', ...rest] = writeCsv(blackberryPakistan2015).split('\r\n');
  const cells = first.split(',');
  cells[header.split(',').indexOf('date_zone')] = zone;
  return [header, cells.join(','), ...rest].join('\r\n');
}

const jsonl = (zone: string) =>
  writeJsonl(blackberryPakistan2015).replace('"timeZone":"Asia/Karachi"', `"timeZone":"${zone}"`);

/** The TimelineJS sheet with the first row's Display Date naming its zone by `zone`. */
function sheetWithZone(zone: string): string {
  const [header = '', first = '', ...rest] = writeTimelineJsSheet(blackberryPakistan2015).split('\r\n');
  const cells = first.split(',');
  cells[8] = `2015-07-24 (${zone} time)`;
  return [header, cells.join(','), ...rest].join('\r\n');
}

const drain = async (items: AsyncIterable<unknown>) => {
  for await (const _ of items);
};

/** Every reader, given a date or dispute in the zone `zone`, and the path its issue must have. */
const READERS: [string, (zone: string) => unknown, (string | number)[]][] = [
  [
    'parseDate (a zoned date)',
    (zone) => parseDate({ value: '2015-07-24T10:00', timeZone: zone }),
    ['text', 'timeZone'],
  ],
  [
    'parseDate (options.timeZone)',
    (zone) => parseDate('2015-07-24T10:00', { timeZone: zone }),
    ['options', 'timeZone'],
  ],
  ['parseDispute (the header)', (zone) => parseDispute({ ...json, timeZone: zone }), ['timeZone']],
  [
    "parseDispute (an event's date)",
    (zone) =>
      parseDispute({
        ...json,
        events: json.events.map((event, i) =>
          i === 0 ? { ...event, date: { value: '2015-07-24T10:00', timeZone: zone } } : event,
        ),
      }),
    ['events', 0, 'date', 'timeZone'],
  ],
  ['readCsv (date_zone)', (zone) => readCsv(csvWithZone(zone)), ['row', 2, 'date_zone']],
  ['streamCsv (date_zone)', (zone) => drain(streamCsv(csvWithZone(zone))), ['row', 2, 'date_zone']],
  ['readJsonl (the header line)', (zone) => readJsonl(jsonl(zone)), ['line', 1, 'record', 'timeZone']],
  [
    'streamJsonl (the header line)',
    (zone) => drain(streamJsonl(jsonl(zone))),
    ['line', 1, 'record', 'timeZone'],
  ],
  [
    'readSpreadsheet (a zone column)',
    (zone) =>
      readSpreadsheet(`When,What,Zone,Link\r\n2015-07-24T10:00,x,${zone},https://example.org/\r\n`, {
        dispute: { id: 'a', title: 'A' },
        columns: { date: 'When', title: 'What', timeZone: 'Zone', sources: 'Link' },
      }),
    ['row', 2, 'Zone'],
  ],
  [
    "readSpreadsheet (a TimelineJS sheet's Display Date)",
    (zone) =>
      readSpreadsheet(sheetWithZone(zone), {
        dispute: blackberryPakistan2015,
        columns: TIMELINEJS_SHEET_COLUMNS,
        actorKind: 'company',
      }),
    ['row', 2, 'Display Date'],
  ],
];

describe.each(['BST', 'IST', 'EST'])('the zone abbreviation %s', (zone) => {
  it.each(READERS)('is refused by %s with invalid-time-zone at its row and column', async (_, read, path) => {
    let issues: readonly { code: string; path: readonly (string | number)[] }[] = [];
    try {
      await read(zone);
    } catch (error) {
      expect(error).toBeInstanceOf(TimelineError);
      issues = (error as TimelineError).issues;
    }
    expect(issues).toContainEqual(expect.objectContaining({ code: 'invalid-time-zone', path }));
  });
});
