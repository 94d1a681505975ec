import {
  CSV_COLUMNS,
  type CsvCollection,
  type Dispute,
  parseDispute,
  serializeDispute,
  streamJsonl,
  TimelineError,
  writeCsv,
  writeCsvStream,
  writeJsonl,
  writeJsonlLines,
  writeJsonlStream,
  writeMarkdown,
  writeMarkdownStream,
  writePlover,
  writePloverStream,
} from 'dispute-timeline';
import { readCsvTables, streamCsvTables } from 'dispute-timeline/csv-tables';
import {
  blackberryPakistan2015,
  datasets,
  generateDispute,
  whatsappBrazil2015,
} from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDisputeInput } from '../reliability/arbitraries.js';
import { HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';
import { thrownIssues } from '../support/issues.js';
import { FULL } from '../support/mode.js';
import { heavyRuns } from '../support/runs.js';

const COLLECTIONS = Object.keys(CSV_COLUMNS) as CsvCollection[];
const RUNS = heavyRuns(60);

/** Every table writeCsv writes of a dispute, in the order of CSV_COLUMNS. */
const tablesOf = (dispute: Dispute, bom = false) =>
  COLLECTIONS.map((collection) => writeCsv(dispute, { collection, bom }));

const issueKeys = (call: () => unknown) => thrownIssues(call).map((found) => [found.code, found.path]);

describe('readCsvTables', () => {
  it('reads the tables of every shipped dataset back into the same dispute, every field of every record', () => {
    for (const dispute of datasets) {
      const back = readCsvTables(tablesOf(dispute));
      expect(serializeDispute(back), dispute.id).toBe(serializeDispute(dispute));
      expect(back).toEqual(dispute);
    }
  });

  it('keeps what the tables used to lose: roles, a deadline’s setOn zone, an ending’s sources and quotes', () => {
    const pakistan = readCsvTables(tablesOf(blackberryPakistan2015));
    expect(pakistan.actors.find((actor) => actor.id === 'marty-beard')?.memberships).toEqual([
      { organization: 'blackberry', role: 'Chief Operating Officer' },
    ]);
    expect(pakistan.deadlines.map((deadline) => deadline.outcome?.sources)).toEqual(
      blackberryPakistan2015.deadlines.map((deadline) => deadline.outcome?.sources),
    );
    const brazil = readCsvTables(tablesOf(whatsappBrazil2015));
    const zoned = whatsappBrazil2015.deadlines.find((deadline) => typeof deadline.setOn === 'object');
    expect(zoned).toBeDefined();
    expect(brazil.deadlines.find((deadline) => deadline.id === zoned?.id)?.setOn).toEqual(zoned?.setOn);
  });

  it('reads any valid dispute back as it was, with or without a BOM, its tables in any order', () => {
    fc.assert(
      fc.property(fc.gen(), fc.boolean(), fc.integer({ min: 0, max: 7 }), (g, bom, turn) => {
        const dispute = parseDispute(randomDisputeInput(g));
        const tables = tablesOf(dispute, bom);
        const turned = [...tables.slice(turn), ...tables.slice(0, turn)];
        expect(serializeDispute(readCsvTables(turned))).toBe(serializeDispute(dispute));
      }),
      RUNS,
    );
  });

  it('reads hostile text in every field back as itself', () => {
    for (const text of HOSTILE_STRINGS) {
      const dispute = parseDispute(hostileDispute(text));
      expect(serializeDispute(readCsvTables(tablesOf(dispute)))).toBe(serializeDispute(dispute));
    }
  });

  it('reads a generated dispute of many events back as it was', () => {
    const dispute = generateDispute({ events: 2000, seed: 7 });
    expect(serializeDispute(readCsvTables(tablesOf(dispute)))).toBe(serializeDispute(dispute));
  });

  it('takes the dispute’s own fields from options when its table is not given, and leaves a collection without a table empty', () => {
    const tables = COLLECTIONS.filter(
      (collection) => collection !== 'dispute' && collection !== 'claims',
    ).map((collection) => writeCsv(blackberryPakistan2015, { collection }));
    const dispute = readCsvTables(tables, { dispute: { id: 'pk', title: 'Pakistan' } });
    expect([dispute.id, dispute.title, dispute.timeZone, dispute.claims]).toEqual([
      'pk',
      'Pakistan',
      undefined,
      [],
    ]);
    expect(dispute.events.map((event) => event.id)).toEqual(
      blackberryPakistan2015.events.map((event) => event.id),
    );
    // A dispute table given wins over the options.
    expect(readCsvTables(tablesOf(blackberryPakistan2015), { dispute: { id: 'pk', title: 'P' } }).id).toBe(
      blackberryPakistan2015.id,
    );
  });

  it('says which text is no table, which table comes twice, and that the dispute’s fields are missing, all at once', () => {
    const actors = writeCsv(blackberryPakistan2015, { collection: 'actors' });
    expect(issueKeys(() => readCsvTables(['Date,What\r\n2015,x\r\n', actors, actors]))).toEqual([
      ['invalid-value', ['tables', 0]],
      ['invalid-value', ['tables', 2]],
      ['missing-field', ['tables']],
    ]);
    expect(issueKeys(() => readCsvTables('x' as never))).toEqual([['invalid-argument', ['tables']]]);
    expect(issueKeys(() => readCsvTables([1] as never))).toEqual([['invalid-argument', ['tables', 0]]]);
  });

  it('reports each bad cell at its table, row and column, as a spreadsheet numbers them', () => {
    const tables = tablesOf(blackberryPakistan2015);
    const at = (collection: CsvCollection) => COLLECTIONS.indexOf(collection);
    const edit = (collection: CsvCollection, change: (text: string) => string) => {
      const copy = [...tables];
      copy[at(collection)] = change(copy[at(collection)] as string);
      return copy;
    };
    // The second actor (row 3) of an unknown kind; a role list that is not JSON; a zone that is no zone.
    const actors = writeCsv(blackberryPakistan2015, { collection: 'actors' }).split('\r\n');
    const second = (actors[2] as string).split(',');
    second[2] = 'emperor';
    actors[2] = second.join(',');
    const martyRow = blackberryPakistan2015.actors.findIndex((actor) => actor.id === 'marty-beard') + 2;
    expect(issueKeys(() => readCsvTables(edit('actors', () => actors.join('\r\n'))))).toEqual([
      ['invalid-value', ['actors', 'row', 3, 'kind']],
    ]);
    expect(
      issueKeys(() =>
        readCsvTables(edit('actors', (text) => text.replace('"[""Chief Operating Officer""]"', '[oops'))),
      ),
    ).toEqual([['json-syntax', ['actors', 'row', martyRow, 'membership_roles']]]);
    expect(
      issueKeys(() =>
        readCsvTables(edit('dispute', (text) => text.replace(',Asia/Karachi,', ',Asia/Nowhere,'))),
      ),
    ).toEqual([['invalid-time-zone', ['dispute', 'row', 2, 'time_zone']]]);
    expect(
      issueKeys(() =>
        readCsvTables(
          edit('deadlines', (text) => text.replace('deadline-2015-11-30,', 'deadline-2015-11-30,,')),
        ),
      )[0]?.[0],
    ).toBe('csv-syntax');
  });

  it('is read back from the dispute table that writeCsv, writeCsvStream and the Markdown writers write', async () => {
    for (const dispute of [blackberryPakistan2015, whatsappBrazil2015]) {
      const written = writeCsv(dispute, { collection: 'dispute' });
      expect(written.split('\r\n')[0]).toBe('id,title,summary,time_zone,countries');
      let streamed = '';
      for await (const row of writeCsvStream(streamJsonl(writeJsonlLines(dispute)), {
        collection: 'dispute',
      }))
        streamed += row;
      expect(streamed).toBe(written);
      let markdown = '';
      for await (const line of writeMarkdownStream(streamJsonl(writeJsonlLines(dispute)), {
        collection: 'dispute',
      }))
        markdown += line;
      expect(markdown).toBe(writeMarkdown(dispute, { collection: 'dispute' }));
      expect(markdown).toContain(dispute.title);
    }
  });
});

/** Every table of a dispute by its collection, each cut into chunks of `size` characters (or bytes). */
function tableInputs(dispute: Dispute, size = 0, bytes = false) {
  const cut = (text: string) => {
    if (size === 0) return text;
    const data = bytes ? new TextEncoder().encode(text) : text;
    const chunks: (string | Uint8Array)[] = [];
    for (let at = 0; at < data.length; at += size) chunks.push(data.slice(at, at + size));
    return chunks;
  };
  return Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, cut(writeCsv(dispute, { collection }))]),
  );
}

async function joined(lines: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const line of lines) text += line;
  return text;
}

const countsOf = (dispute: Dispute) => JSON.parse(writeJsonl(dispute).split('\n')[0] as string).counts;

describe('streamCsvTables', () => {
  it('streams the tables of every dataset into the JSON Lines, CSV and PLOVER a whole read writes, however they are cut', async () => {
    // Whole texts, 7-byte pieces and 1,000-character pieces: each case cut every way in the full run; under
    // `npm test`, each case one way in turn, and the generated case only in the full run.
    const cuts = [
      [0, false],
      [7, true],
      [1000, false],
    ] as const;
    const cases = FULL ? [...datasets, generateDispute({ events: 3000, seed: 3 })] : datasets;
    for (const [index, dispute] of cases.entries()) {
      for (const [size, bytes] of FULL ? cuts : [cuts[index % cuts.length] as (typeof cuts)[number]]) {
        const items = () => streamCsvTables(tableInputs(dispute, size, bytes));
        expect(await joined(writeJsonlStream(items(), { counts: countsOf(dispute) })), dispute.id).toBe(
          writeJsonl(dispute),
        );
        expect(await joined(writePloverStream(items()))).toBe(writePlover(dispute));
        expect(await joined(writeCsvStream(items(), { collection: 'deadlines' }))).toBe(
          writeCsv(dispute, { collection: 'deadlines' }),
        );
      }
    }
  });

  it('streams any valid dispute as a whole read of its tables gives it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const dispute = parseDispute(randomDisputeInput(g));
        const text = await joined(
          writeJsonlStream(streamCsvTables(tableInputs(dispute)), { counts: countsOf(dispute) }),
        );
        expect(text).toBe(writeJsonl(readCsvTables(tablesOf(dispute))));
      }),
      heavyRuns(30),
    );
  });

  it('reports the issues a whole read does, at their tables, rows and columns, after reading every row', async () => {
    const inputs = tableInputs(blackberryPakistan2015) as Record<string, string>;
    const actors = (inputs['actors'] as string).split('\r\n');
    const second = (actors[2] as string).split(',');
    second[2] = 'emperor';
    actors[2] = second.join(',');
    const broken = {
      ...inputs,
      actors: actors.join('\r\n'),
      events: (inputs['events'] as string).replace(/,confirmed,/, ',sure,'),
    };
    const whole = thrownIssues(() => readCsvTables(Object.values(broken))).map((found) => [
      found.code,
      found.path,
    ]);
    let error: unknown;
    const seen: string[] = [];
    try {
      for await (const item of streamCsvTables(broken)) seen.push(item.collection);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TimelineError);
    const streamed = (error as TimelineError).issues.map((found) => [found.code, found.path]);
    expect(streamed).toEqual(expect.arrayContaining(whole));
    expect(whole).toEqual(expect.arrayContaining(streamed));
    expect(seen).toEqual([]);
    // A table given as another's, and no dispute's fields at all:
    const wrong = streamCsvTables({ actors: inputs['sources'] as string });
    await expect(
      (async () => {
        for await (const _ of wrong);
      })(),
    ).rejects.toMatchObject({
      issues: [
        { code: 'missing-field', path: ['tables'] },
        { code: 'invalid-value', path: ['actors', 'row', 1] },
      ],
    });
    expect(issueKeys(() => streamCsvTables({ people: '' } as never))).toEqual([
      ['invalid-argument', ['tables', 'people']],
    ]);
  });
});
