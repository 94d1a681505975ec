import { parse } from 'csv-parse/sync';
import {
  CSV_COLUMNS,
  type CsvCollection,
  createDispute,
  type Dispute,
  dateOf,
  formatByName,
  type IssuePath,
  type JsonLinesItem,
  parseDispute,
  readCsv,
  streamCsv,
  streamJsonl,
  TimelineError,
  type TimelineEvent,
  type TimelineIssue,
  writeCsv,
  writeCsvLines,
  writeCsvStream,
  writeJsonlLines,
} from 'dispute-timeline';
import { blackberryPakistan2015, datasets, indiaBlackberry2010 } from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDisputeInput } from '../reliability/arbitraries.js';
import { HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';
import { thrownIssues } from '../support/issues.js';
import { heavyRuns } from '../support/runs.js';

const RUNS = heavyRuns(100);
const COLLECTIONS = Object.keys(CSV_COLUMNS) as CsvCollection[];
/** The records of a table: the collection's, or the dispute itself for the `dispute` table. */
const recordsIn = (dispute: Dispute, collection: CsvCollection): readonly unknown[] =>
  collection === 'dispute' ? [dispute] : dispute[collection];

/** The CSV as csv-parse reads it: strict about quotes and ragged rows, one object per row. */
function consumerRows(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, relax_quotes: false, relax_column_count: false });
}

/** A free-text cell a spreadsheet would run as a formula. */
const FORMULA = /^[=+\-@\t\r]/;

function oneEvent(title: string, date = '2015-07-24'): Dispute {
  return createDispute({ id: 'case', title: 'Case', timeZone: 'Asia/Karachi' })
    .actor({ id: 'gov', name: title, kind: 'government' })
    .source({ id: 'src', publisher: title, url: 'https://example.org/a b;c' })
    .event({
      id: 'e1',
      date,
      kind: 'statement',
      title,
      description: title,
      actors: ['gov'],
      sources: [{ source: 'src' }],
      confidence: 'confirmed',
      tags: [title, 'second'],
    })
    .build();
}

describe('writeCsv', () => {
  it('writes RFC 4180: CRLF after every row, and csv-parse reads the values back for every table of every dataset', () => {
    for (const dispute of datasets) {
      for (const collection of COLLECTIONS) {
        const csv = writeCsv(dispute, { collection });
        expect(csv.endsWith('\r\n')).toBe(true);
        const rows = consumerRows(csv);
        expect(csv.startsWith(`${CSV_COLUMNS[collection].join(',')}\r\n`)).toBe(true);
        const records = recordsIn(dispute, collection) as readonly { id: string }[];
        expect(rows.map((row) => row['id'])).toEqual(records.map((record) => record.id));
        expect(
          Object.keys(rows[0] ?? Object.fromEntries(CSV_COLUMNS[collection].map((c) => [c, '']))),
        ).toEqual(CSV_COLUMNS[collection]);
      }
    }
  });

  it('gives the documented columns of each event: the date as written, its reading in UTC, links and source URLs', () => {
    for (const dispute of datasets) {
      const rows = consumerRows(writeCsv(dispute));
      dispute.events.forEach((event, i) => {
        const row = rows[i] as Record<string, string>;
        const date = dateOf(event, dispute);
        const urls = new Map(dispute.sources.map((source) => [source.id as string, source.url]));
        expect(row).toMatchObject({
          id: event.id,
          date: typeof event.date === 'string' ? event.date : event.date.value,
          precision: date.precision,
          earliest: new Date(date.earliest).toISOString(),
          latest: new Date(date.latest).toISOString(),
          time_zone: date.timeZone,
          date_zone: typeof event.date === 'string' ? '' : event.date.timeZone,
          kind: event.kind,
          title: FORMULA.test(event.title) ? `'${event.title}` : event.title,
          actors: event.actors.join(';'),
          demands: (event.demands ?? []).join(';'),
          deadlines: (event.deadlines ?? []).join(';'),
          responses: (event.responses ?? []).join(';'),
          sources: event.sources.flatMap((citation) => urls.get(citation.source) ?? []).join(' '),
          source_ids: event.sources.map((citation) => citation.source).join(';'),
          confidence: event.confidence,
          tags: event.tags === undefined ? '' : JSON.stringify(event.tags),
        });
      });
    }
  });

  it('neutralises formulas in free-text cells only, and keeps whitespace in a URL from splitting the list', () => {
    for (const title of [
      '=HYPERLINK("https://evil.example","x")',
      '+1',
      '-1+2',
      '@SUM(A1)',
      '\tTab',
      '\rCR',
      "'quoted",
    ]) {
      const dispute = oneEvent(title, '2015-07~');
      for (const collection of COLLECTIONS) {
        const rows = consumerRows(writeCsv(dispute, { collection }));
        for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA);
      }
      const [row] = consumerRows(writeCsv(dispute));
      expect(row?.['title']).toBe(`'${title}`);
      expect(row?.['date']).toBe('2015-07~');
      expect(row?.['sources']).toBe('https://example.org/a%20b;c');
      expect(readCsv(writeCsv(dispute))).toEqual(dispute.events);
    }
  });

  it('guards a date that starts with a minus, which a spreadsheet would evaluate, and reads it back unaltered', () => {
    const dispute = oneEvent('Caesar', '-0044-03-15');
    expect(consumerRows(writeCsv(dispute))[0]?.['date']).toBe("'-0044-03-15");
    expect(readCsv(writeCsv(dispute))).toEqual(dispute.events);
  });

  it('lets hostile text through every table without breaking a row or leaving a formula, and reads it back', () => {
    for (const text of HOSTILE_STRINGS) {
      const dispute = parseDispute(hostileDispute(text));
      for (const collection of COLLECTIONS) {
        const rows = consumerRows(writeCsv(dispute, { collection }));
        expect(rows).toHaveLength(recordsIn(dispute, collection).length);
        for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(FORMULA);
      }
      expect(readCsv(writeCsv(dispute))).toEqual(dispute.events);
    }
  });

  it('writes the columns asked for, in that order, and a BOM for Excel when asked', () => {
    const dispute = indiaBlackberry2010;
    const csv = writeCsv(dispute, { columns: ['title', 'id'], bom: true });
    expect(csv.startsWith('\ufefftitle,id\r\n')).toBe(true);
    expect(consumerRows(csv).map((row) => row['id'])).toEqual(dispute.events.map((event) => event.id));
  });

  it('rejects an unknown collection or column and options of the wrong type with invalid-argument', () => {
    const dispute = indiaBlackberry2010;
    for (const options of [
      { collection: 'notes' },
      { columns: ['id', 'nope'] },
      { columns: [] },
      { bom: 1 },
      7,
    ]) {
      const issues = thrownIssues(() => writeCsv(dispute, options as never));
      expect(issues.map((found) => found.code)).toEqual(['invalid-argument']);
    }
    expect(() => writeCsv({} as never)).toThrow(TimelineError);
  });

  it('is the registry entry csv', () => {
    const dispute = indiaBlackberry2010;
    expect(formatByName('csv')?.write(dispute)).toBe(writeCsv(dispute));
    expect(formatByName('csv')?.mediaType).toBe('text/csv');
  });
});

describe('readCsv', () => {
  it('blames a bad source id on source_ids, and a bad quote on citations', () => {
    const keys = (issues: readonly TimelineIssue[]) => issues.map((found) => [found.code, found.path]);
    const head = 'id,date,kind,title,actors,source_ids,citations,confidence\r\n';
    expect(
      keys(thrownIssues(() => readCsv(`${head}e1,2015,order,Order,pta,Bad Id!,,confirmed\r\n`))),
    ).toEqual([['invalid-id', ['row', 2, 'source_ids']]]);
    const emptyQuote = '"[{""source"":""src"",""quote"":""""}]"';
    expect(
      keys(thrownIssues(() => readCsv(`${head}e1,2015,order,Order,pta,src,${emptyQuote},confirmed\r\n`))),
    ).toEqual([['too-small', ['row', 2, 'citations']]]);
  });

  it('reports text that cannot be read as rows as csv-syntax, at its line, and a cell that is not JSON as json-syntax', async () => {
    const [header, first] = writeCsv(blackberryPakistan2015).split('\r\n');
    const cases: [string, string, IssuePath][] = [
      ['id,"open\r\n', 'csv-syntax', ['line', 1]],
      [`${header}\r\n${first}\r\nx,"quoted"after\r\n`, 'csv-syntax', ['line', 3]],
      [`${header}\r\n${first}\r\n"never closed\r\n\r\n`, 'csv-syntax', ['line', 3]],
    ];
    for (const [text, code, path] of cases) {
      const issues = thrownIssues(() => readCsv(text));
      expect(issueKeys(issues), text).toEqual([[code, path]]);
      expect(
        issues.some((found) => found.code === 'json-syntax'),
        text,
      ).toBe(false);
      const streamed = await streamedEvents(text);
      expect(issueKeys((streamed.error as TimelineError).issues)).toEqual(issueKeys(issues));
    }
    // A JSON cell that is not JSON is a JSON problem, not a CSV one.
    const tags = writeCsv(blackberryPakistan2015, {
      columns: ['id', 'date', 'kind', 'title', 'actors', 'source_ids', 'confidence', 'tags'],
    }).split('\r\n');
    tags[1] = `${tags[1]?.replace(/,[^,]*$/, '')},[not json`;
    expect(issueKeys(thrownIssues(() => readCsv(tags.join('\r\n'))))).toEqual([
      ['json-syntax', ['row', 2, 'tags']],
    ]);
  });

  it('reports a row whose id an earlier row has; streamCsv yields only the rows before it', async () => {
    const [header, first, second] = writeCsv(blackberryPakistan2015).split('\r\n');
    const firstId = first?.split(',')[0] as string;
    const secondId = second?.split(',')[0] as string;
    const copy = (second as string).replace(secondId, firstId);
    const text = [header, first, second, copy, ''].join('\r\n');
    const issues = thrownIssues(() => readCsv(text));
    expect(issueKeys(issues)).toEqual([['duplicate-id', ['row', 4, 'id']]]);
    expect(issues[0]?.message).toBe(`id ${JSON.stringify(firstId)} is already used by an earlier event`);
    const streamed = await streamedEvents(text);
    expect(streamed.error).toBeInstanceOf(TimelineError);
    expect(issueKeys((streamed.error as TimelineError).issues)).toEqual(issueKeys(issues));
    expect(streamed.events.map((event) => event.id)).toEqual([firstId, secondId]);
  });

  it('reads the events CSV of random disputes with hostile text back into the same events', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const dispute = parseDispute(randomDisputeInput(g));
        expect(readCsv(writeCsv(dispute))).toEqual(dispute.events);
        expect(readCsv(writeCsv(dispute, { bom: true }))).toEqual(dispute.events);
      }),
      RUNS,
    );
  });

  it('reads every shipped dataset\u2019s events back as they were, each `sequence` included, whole or streamed', async () => {
    for (const dispute of datasets) {
      const text = writeCsv(dispute);
      const events = readCsv(text);
      expect(events, dispute.id).toEqual(dispute.events);
      // The same fields in the same order: a JSON copy of what was read is the dataset's.
      expect(JSON.stringify(events), dispute.id).toBe(JSON.stringify(dispute.events));
      expect((await streamedEvents(text)).events, dispute.id).toEqual(dispute.events);
    }
    // Pakistan's three events of 30 November, and the cases of the second fact sheet that order a day's records:
    const sequenced = (dispute: Dispute) =>
      readCsv(writeCsv(dispute))
        .filter((event) => event.sequence !== undefined)
        .map((event) => [event.id, event.sequence]);
    expect(sequenced(blackberryPakistan2015)).toEqual([
      ['blackberry-exit-announced', 1],
      ['pta-extends-deadline', 2],
      ['blackberry-exit-delayed', 3],
    ]);
    expect(consumerRows(writeCsv(blackberryPakistan2015)).map((row) => row['sequence'])).toEqual(
      blackberryPakistan2015.events.map((event) => event.sequence?.toString() ?? ''),
    );
  });

  it('writes `sequence` last in the tables of dated records, and refuses a sequence that is not a whole number at its cell', () => {
    for (const collection of ['events', 'demands', 'responses', 'deadlines'] as const)
      expect(CSV_COLUMNS[collection].at(-1), collection).toBe('sequence');
    expect(
      consumerRows(
        writeCsv(blackberryPakistan2015, { collection: 'responses', columns: ['id', 'sequence'] }),
      ),
    ).toEqual(
      blackberryPakistan2015.responses.map((response) => ({
        id: response.id,
        sequence: response.sequence?.toString() ?? '',
      })),
    );
    const [header, ...rows] = writeCsv(blackberryPakistan2015, {
      columns: ['id', 'date', 'kind', 'title', 'actors', 'source_ids', 'confidence', 'sequence'],
    }).split('\r\n');
    for (const bad of ['first', '-1', '1.5']) {
      const text = [header, `${rows[0]?.replace(/,[^,]*$/, '')},${bad}`, ''].join('\r\n');
      expect(
        thrownIssues(() => readCsv(text)).map((found) => found.path),
        bad,
      ).toEqual([['row', 2, 'sequence']]);
    }
  });

  it('reads the columns in any order, without the derived ones, and returns frozen events', () => {
    // Pakistan: a case whose events of one day carry their `sequence`.
    const dispute = blackberryPakistan2015;
    const columns = [
      'confidence',
      'source_ids',
      'citations',
      'title',
      'kind',
      'date_zone',
      'date',
      'actors',
      'id',
    ];
    const columnsWithLinks = [
      'sequence',
      ...columns,
      'demands',
      'responses',
      'deadlines',
      'tags',
      'description',
    ];
    const events = readCsv(writeCsv(dispute, { columns: columnsWithLinks }));
    expect(events).toEqual(dispute.events);
    expect(Object.isFrozen(events[0]?.sources[0])).toBe(true);
  });

  it('reports each bad cell at its row and column, and needed columns that are absent', () => {
    const dispute = blackberryPakistan2015;
    const rows = writeCsv(dispute, {
      columns: ['id', 'date', 'kind', 'title', 'actors', 'source_ids', 'confidence', 'tags'],
    }).split('\r\n');
    rows[1] = 'e 1,2015-02-30,ultimatum,T,gov,src,sure,[oops';
    rows[2] = 'short,row';
    const issues = thrownIssues(() => readCsv(rows.join('\r\n')));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'json-syntax', path: ['row', 2, 'tags'] }),
        expect.objectContaining({ code: 'csv-syntax', path: ['row', 3] }),
      ]),
    );
    rows[1] = 'e 1,2015-02-30,ultimatum,T,gov,src,sure,';
    expect(thrownIssues(() => readCsv(rows.join('\r\n')))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'invalid-id', path: ['row', 2, 'id'] }),
        expect.objectContaining({ code: 'impossible-date', path: ['row', 2, 'date'] }),
        expect.objectContaining({ code: 'invalid-value', path: ['row', 2, 'kind'] }),
        expect.objectContaining({ code: 'invalid-value', path: ['row', 2, 'confidence'] }),
      ]),
    );
    expect(thrownIssues(() => readCsv('id,title\r\n1,x\r\n')).map((found) => found.path)).toEqual(
      expect.arrayContaining([
        ['row', 1, 'date'],
        ['row', 1, 'source_ids'],
      ]),
    );
    expect(thrownIssues(() => readCsv(42 as never))[0]?.code).toBe('invalid-argument');
  });
});

/** Every event streamCsv yields, and the error it throws at the end, if any. */
async function streamedEvents(
  input: Parameters<typeof streamCsv>[0],
): Promise<{ events: TimelineEvent[]; error: unknown }> {
  const events: TimelineEvent[] = [];
  try {
    for await (const event of streamCsv(input)) events.push(event);
  } catch (error) {
    return { events, error };
  }
  return { events, error: undefined };
}

/** A text cut at the given lengths (the rest last), each piece as a string or, when `bytes`, as UTF-8. */
function chunksOf(text: string, cuts: readonly number[], bytes: boolean): (string | Uint8Array)[] {
  const whole = bytes ? new TextEncoder().encode(text) : text;
  const chunks: (string | Uint8Array)[] = [];
  let at = 0;
  for (const length of cuts) {
    chunks.push(whole.slice(at, at + length));
    at += length;
  }
  chunks.push(whole.slice(at));
  return chunks;
}

const issueKeys = (issues: readonly TimelineIssue[]) => issues.map((found) => [found.code, found.path]);

describe('writeCsvLines', () => {
  it('yields rows ending in CRLF that join into the text of writeCsv, for every table and option', () => {
    for (const dispute of datasets) {
      for (const collection of COLLECTIONS) {
        for (const options of [{ collection }, { collection, bom: true }]) {
          const rows = [...writeCsvLines(dispute, options)];
          expect(rows.join('')).toBe(writeCsv(dispute, options));
          expect(rows).toHaveLength(recordsIn(dispute, collection).length + 1);
          for (const row of rows) expect(row.endsWith('\r\n')).toBe(true);
        }
      }
      const columns = { columns: ['title', 'id', 'earliest'] };
      expect([...writeCsvLines(dispute, columns)].join('')).toBe(writeCsv(dispute, columns));
    }
  });

  it('writes lazily, and rejects bad options and a bad dispute at once with TimelineError', () => {
    const dispute = indiaBlackberry2010;
    expect(writeCsvLines(dispute).next().value).toBe(`${CSV_COLUMNS.events.join(',')}\r\n`);
    for (const options of [{ collection: 'notes' }, { columns: ['nope'] }, { bom: 'yes' }, 7]) {
      const issues = thrownIssues(() => writeCsvLines(dispute, options as never));
      expect(issues.map((found) => found.code)).toEqual(['invalid-argument']);
    }
    expect(() => writeCsvLines({} as never)).toThrow(TimelineError);
  });
});

describe('streamCsv', () => {
  it('gives the events readCsv gives, for random disputes with hostile text, however the text is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.gen(),
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        async (g, cuts, bytes, bom) => {
          const dispute = parseDispute(randomDisputeInput(g));
          const text = writeCsv(dispute, { bom });
          const { events, error } = await streamedEvents(chunksOf(text, cuts, bytes));
          expect(error).toBeUndefined();
          // As UTF-8, a lone surrogate becomes U+FFFD: compare with the text the bytes hold.
          const held = bytes ? new TextDecoder().decode(new TextEncoder().encode(text)) : text;
          expect(events).toEqual(readCsv(held));
        },
      ),
      RUNS,
    );
  });

  it('reads quoted line breaks, CRLF, a BOM and characters split across chunks, one byte or character a chunk', async () => {
    const dispute = parseDispute(hostileDispute('line\r\nbreak, "quoted" 😀 ü 中文'));
    const text = writeCsv(dispute, { bom: true });
    const bytes = new TextEncoder().encode(text);
    const byByte = await streamedEvents(Array.from(bytes, (byte) => Uint8Array.of(byte)));
    expect(byByte.events).toEqual(dispute.events);
    const byCharacter = await streamedEvents(text.split(''));
    expect(byCharacter.events).toEqual(dispute.events);
    for (const event of byCharacter.events) expect(Object.isFrozen(event)).toBe(true);
  });

  it('reports the issues readCsv reports, with the same codes and paths, however the text is cut', async () => {
    const dispute = blackberryPakistan2015;
    const rows = writeCsv(dispute, {
      columns: ['id', 'date', 'kind', 'title', 'actors', 'source_ids', 'confidence', 'tags'],
    }).split('\r\n');
    rows[2] = 'e 1,2015-02-30,ultimatum,T,gov,src,sure,';
    rows[4] = 'short,row';
    rows[5] = `${rows[5]}"`;
    const texts = [rows.join('\r\n'), rows.join('\n'), 'id,"open\r\n', 'id,title\r\n1,x\r\n', ''];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...texts),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 20 }),
        async (text, cuts) => {
          const expected = thrownIssues(() => readCsv(text));
          const { error } = await streamedEvents(chunksOf(text, cuts, false));
          expect(error).toBeInstanceOf(TimelineError);
          expect(issueKeys((error as TimelineError).issues)).toEqual(issueKeys(expected));
        },
      ),
      RUNS,
    );
  });

  it('yields no event after the first problem, and throws every issue after the last row', async () => {
    const dispute = blackberryPakistan2015;
    const rows = writeCsv(dispute).split('\r\n');
    rows[3] = (rows[3] as string).replace(',confirmed,', ',sure,').replace(',reported,', ',sure,');
    const { events, error } = await streamedEvents(rows.join('\r\n'));
    expect(events).toEqual(dispute.events.slice(0, 2));
    expect(issueKeys((error as TimelineError).issues)).toEqual([['invalid-value', ['row', 4, 'confidence']]]);
  });

  it('reports a cell holding a 1 MB id with a short issue, at its row and column', async () => {
    const rows = writeCsv(indiaBlackberry2010).split('\r\n');
    rows[1] = `${'x'.repeat(1_000_000)}${(rows[1] as string).slice((rows[1] as string).indexOf(','))}`;
    const { events, error } = await streamedEvents(rows.join('\r\n').match(/[\s\S]{1,65536}/g) ?? []);
    expect(events).toEqual([]);
    const issues = (error as TimelineError).issues;
    expect(issueKeys(issues)).toEqual([['too-large', ['row', 2, 'id']]]);
    for (const found of issues) expect(JSON.stringify(found).length).toBeLessThan(1_000);
  });

  it('reports progress after the header and at the end', async () => {
    const seen: unknown[] = [];
    const dispute = indiaBlackberry2010;
    for await (const _ of streamCsv(writeCsvLines(dispute), {
      onProgress: (progress) => seen.push(progress),
    }));
    expect(seen).toEqual([{ done: 0 }, { done: dispute.events.length }]);
  });

  it('passes on the error of a stream that fails midway, and stops reading when the consumer stops', async () => {
    const dispute = indiaBlackberry2010;
    const rows = [...writeCsvLines(dispute)];
    const failure = new Error('connection reset');
    async function* failing() {
      yield* rows.slice(0, 4);
      throw failure;
    }
    const failed = await streamedEvents(failing());
    expect(failed.error).toBe(failure);
    expect(failed.events).toHaveLength(3);
    let closed = false;
    function* source() {
      try {
        yield* rows;
      } finally {
        closed = true;
      }
    }
    for await (const _ of streamCsv(source())) break;
    expect(closed).toBe(true);
  });

  it('rejects bad arguments at once with invalid-argument, and a chunk that is not text from the iterator', async () => {
    for (const [input, options] of [
      [42, undefined],
      [['id'], { onProgress: 1 }],
      [['id'], 'x'],
    ] as const) {
      const issues = thrownIssues(() => streamCsv(input as never, options as never));
      expect(issues.map((found) => found.code)).toEqual(['invalid-argument']);
    }
    const { error } = await streamedEvents([{}] as never);
    expect((error as TimelineError).issues.map((found) => found.code)).toEqual(['invalid-argument']);
  });
});

describe('writeCsvStream', () => {
  it('writes from the items of streamJsonl the text writeCsv writes from the dispute, for every table', async () => {
    for (const dispute of datasets) {
      for (const collection of COLLECTIONS) {
        const rows: string[] = [];
        for await (const row of writeCsvStream(streamJsonl(writeJsonlLines(dispute)), { collection }))
          rows.push(row);
        expect(rows.join('')).toBe(writeCsv(dispute, { collection }));
      }
    }
  });

  it('writes the records of items made by hand once checked, and rejects an item that is not valid', async () => {
    const dispute = indiaBlackberry2010;
    const { id, title, timeZone } = dispute;
    const items = [
      { collection: 'dispute', record: { id, title, timeZone }, line: 1 },
      ...dispute.sources.map((record) => ({ collection: 'sources', record: { ...record }, line: 2 })),
      ...dispute.events.map((record) => ({ collection: 'events', record: { ...record }, line: 3 })),
    ] as JsonLinesItem[];
    const rows: string[] = [];
    for await (const row of writeCsvStream(items)) rows.push(row);
    expect(rows.join('')).toBe(writeCsv(dispute));
    const bad = [...items, { collection: 'events', record: { id: 'x' }, line: 4 }] as JsonLinesItem[];
    await expect(
      (async () => {
        for await (const _ of writeCsvStream(bad));
      })(),
    ).rejects.toThrow(TimelineError);
    expect(thrownIssues(() => writeCsvStream(42 as never))[0]?.code).toBe('invalid-argument');
    expect(thrownIssues(() => writeCsvStream(items, { collection: 'x' } as never))[0]?.code).toBe(
      'invalid-argument',
    );
  });
});

describe('the citations of every collection', () => {
  it('keep each quote and note of a demand, response, deadline or claim in a citations column, as events do', () => {
    let quoted = 0;
    for (const dispute of datasets)
      for (const collection of ['demands', 'responses', 'deadlines', 'claims'] as const) {
        const rows = parse(writeCsv(dispute, { collection }), { columns: true }) as Record<string, string>[];
        expect(Object.keys(rows[0] ?? { citations: '' })).toContain('citations');
        dispute[collection].forEach((record, i) => {
          const sources = record.sources ?? [];
          const cell = rows[i]?.['citations'] ?? '';
          if (sources.some((citation) => citation.quote !== undefined || citation.note !== undefined)) {
            quoted += 1;
            expect(JSON.parse(cell), `${dispute.id} ${collection} ${record.id}`).toEqual(sources);
          } else expect(cell).toBe('');
        });
      }
    // The shipped cases quote their sources for claims, demands and responses: the check is not empty.
    expect(quoted).toBeGreaterThan(10);
  });
});
