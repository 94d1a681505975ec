import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import {
  type Dispute,
  eventsBefore,
  parseDate,
  parseDispute,
  query,
  serializeDispute,
  writeCsv,
  writeJsonLines,
} from 'dispute-timeline';
import { generateDispute } from 'dispute-timeline/datasets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The path for event sets too big for one process: the files the library writes, queried by DuckDB. The SQL is
// the one shown in docs/querying.md ("Beyond one machine"); the answers must be the library's, id for id.

const dispute = withOpenEnds(generateDispute({ events: 2_000, seed: 3 }));

/** The generated dispute with a few events whose interval has an open end, written as an empty CSV cell. */
function withOpenEnds(generated: Dispute): Dispute {
  const json = JSON.parse(serializeDispute(generated)) as { events: Record<string, unknown>[] };
  const model = json.events[0] as Record<string, unknown>;
  for (const [id, date] of [
    ['open-end-2006', '2006-05/..'],
    ['open-start-2006', '../2006-05'],
    ['open-start-2005', '../2005-01'],
    ['open-end-2011', '2011-03-02/..'],
  ] as const)
    json.events.push({ ...model, id, date });
  return parseDispute(JSON.stringify(json));
}

const zone = dispute.timeZone ?? 'UTC';
const dir = mkdtempSync(join(tmpdir(), 'dispute-duckdb-'));
const files = {
  jsonl: join(dir, 'dispute.jsonl'),
  events: join(dir, 'events.csv'),
  deadlines: join(dir, 'deadlines.csv'),
  parquet: join(dir, 'events.parquet'),
};
let instance: DuckDBInstance;
let db: DuckDBConnection;

/** A path as an SQL string literal. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function rows(sql: string, values?: Record<string, string>): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql, values)).getRowObjects();
}

async function ids(sql: string, values?: Record<string, string>): Promise<string[]> {
  return (await rows(sql, values)).map((row) => String(row['id'])).sort();
}

/** The first instant of `start` and the last of `end`, read in the dispute's zone, as ISO text for SQL. */
function spanOf(start: string, end: string): { start: string; end: string } {
  return {
    start: new Date(parseDate(start, { timeZone: zone }).earliest).toISOString(),
    end: new Date(parseDate(end, { timeZone: zone }).latest).toISOString(),
  };
}

const sorted = (events: readonly { id: string }[]) => events.map((event) => event.id).sort();

beforeAll(async () => {
  writeFileSync(files.jsonl, [...writeJsonLines(dispute)].join(''));
  writeFileSync(files.events, writeCsv(dispute));
  writeFileSync(files.deadlines, writeCsv(dispute, { collection: 'deadlines' }));
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
  // Two threads at most: the test shares the machine with the rest of the suite.
  await db.run('SET threads = 2');
  // Every column read as text, so no date is guessed from a sample; the instants are cast on purpose, and an
  // open end (an empty cell) is as early or as late as can be.
  for (const table of ['events', 'deadlines'] as const)
    await db.run(
      `CREATE TABLE ${table} AS SELECT * REPLACE (coalesce(CAST(earliest AS TIMESTAMPTZ), '-infinity') AS earliest,
                         coalesce(CAST(latest AS TIMESTAMPTZ), 'infinity') AS latest)
       FROM read_csv(${literal(files[table])}, header = true, all_varchar = true)`,
    );
});

afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe('DuckDB over the files the library writes', () => {
  it('reads every event of the JSON Lines file, with the columns declared', async () => {
    const fromLines = await ids(
      `SELECT json_extract_string(record, '$.id') AS id
       FROM read_json(${literal(files.jsonl)}, format = 'newline_delimited',
                      columns = {collection: 'VARCHAR', record: 'JSON'})
       WHERE collection = 'events'`,
    );
    expect(fromLines).toEqual(sorted(dispute.events));
    expect(await ids('SELECT id FROM events')).toEqual(fromLines);
  });

  it('answers yes and maybe for the events before each deadline as eventsBefore does', async () => {
    expect(dispute.deadlines.length).toBeGreaterThan(0);
    let maybes = 0;
    for (const deadline of dispute.deadlines) {
      const answers = await rows(
        `SELECT e.id,
                CASE WHEN e.latest < d.earliest THEN 'yes'
                     WHEN e.earliest < d.latest THEN 'maybe'
                     ELSE 'no' END AS answer
         FROM events e, deadlines d
         WHERE d.id = $deadline`,
        { deadline: deadline.id },
      );
      const answered = (word: string) =>
        answers
          .filter((row) => row['answer'] === word)
          .map((row) => String(row['id']))
          .sort();
      const library = eventsBefore(dispute, deadline.id);
      expect(answered('yes')).toEqual(sorted(library.certain));
      expect(answered('maybe')).toEqual(sorted(library.possible));
      expect(answered('yes')).toEqual(sorted(query(dispute).events().before(deadline).toArray()));
      maybes += library.possible.length;
    }
    expect(maybes).toBeGreaterThan(0);
    expect(eventsBefore(dispute, 'dl-0-0').certain.map((event) => event.id)).toContain('open-start-2005');
  });

  it.each([
    ['2008-03-01', '2009-06-30'],
    ['2010-05', '2011'],
    ['2012', '2012'],
  ])('answers the events between %s and %s, certain and possible, as the query does', async (start, end) => {
    const span = spanOf(start, end);
    const library = query(dispute).events().between(start, end);
    const certain = await ids(
      `SELECT id FROM events
       WHERE earliest >= CAST($start AS TIMESTAMPTZ) AND latest <= CAST($end AS TIMESTAMPTZ)`,
      span,
    );
    const possible = await ids(
      `SELECT id FROM events
       WHERE latest >= CAST($start AS TIMESTAMPTZ) AND earliest <= CAST($end AS TIMESTAMPTZ)`,
      span,
    );
    expect(certain).toEqual(sorted(library.toArray()));
    expect(possible).toEqual(sorted(library.possible().toArray()));
    expect(possible.length).toBeGreaterThan(certain.length);
    expect(possible).toContain('open-end-2006');
  });

  it('gives the same answer from a Parquet file DuckDB writes', async () => {
    await db.run(
      `COPY (SELECT id, earliest, latest FROM events) TO ${literal(files.parquet)} (FORMAT parquet)`,
    );
    const span = spanOf('2010-05', '2011');
    const sql = (from: string) =>
      `SELECT id FROM ${from} WHERE earliest >= CAST($start AS TIMESTAMPTZ) AND latest <= CAST($end AS TIMESTAMPTZ)`;
    const fromParquet = await ids(sql(`read_parquet(${literal(files.parquet)})`), span);
    expect(fromParquet).toEqual(await ids(sql('events'), span));
    expect(fromParquet).toEqual(sorted(query(dispute).events().between('2010-05', '2011').toArray()));
  });
});
