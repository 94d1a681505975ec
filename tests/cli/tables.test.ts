import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_COLUMNS, writeCsv } from 'dispute-timeline';
import { blackberryPakistan2015, datasets } from 'dispute-timeline/datasets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from './in-process.js';

let work = '';
const path = (...names: string[]) => join(work, ...names);
const TABLES = Object.keys(CSV_COLUMNS);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dispute-timeline-tables-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the CSV tables of a case', () => {
  it('are written into a folder, one file per table, and read back by any command as the same case', async () => {
    for (const dispute of datasets) {
      const folder = path(dispute.id);
      const written = await runMain(['export', dispute.id, '--format', 'csv', '-o', `${folder}/`]);
      expect(written.code, written.stderr).toBe(0);
      expect(readdirSync(folder).sort()).toEqual(TABLES.map((table) => `${table}.csv`).sort());
      expect(readFileSync(join(folder, 'actors.csv'), 'utf8')).toBe(
        writeCsv(dispute, { collection: 'actors' }),
      );
      const original = await runMain(['export', dispute.id, '--format', 'json']);
      // Read from the folder, and from any one of its tables:
      for (const source of [folder, join(folder, 'events.csv'), join(folder, 'claims.csv')]) {
        const back = await runMain(['export', source, '--format', 'json']);
        expect(back.stderr).toBe('');
        expect(back.stdout, `${dispute.id} from ${source}`).toBe(original.stdout);
      }
    }
    // A researcher's notes beside the tables are left out, with a note.
    writeFileSync(
      path(blackberryPakistan2015.id, 'notes.csv'),
      'Day,Note\r\n2015-07-24,read the PTA letter again\r\n',
    );
    for (const format of ['json', 'jsonl']) {
      const withNotes = await runMain(['export', path(blackberryPakistan2015.id), '--format', format]);
      expect(withNotes.stderr).toBe('note: left out "notes.csv": not a table of a CSV export\n');
      expect(withNotes.stdout).toBe(
        (await runMain(['export', blackberryPakistan2015.id, '--format', format])).stdout,
      );
    }
    const shown = await runMain(['show', path(blackberryPakistan2015.id, 'events.csv')]);
    expect(shown.stdout).toBe((await runMain(['show', blackberryPakistan2015.id])).stdout);
  });

  it('are read back when written one by one with --set collection, found beside each other by name', async () => {
    const prefix = path('pk-');
    for (const table of TABLES) {
      const run = await runMain([
        'export',
        blackberryPakistan2015.id,
        '-f',
        'csv',
        '--set',
        `collection=${table}`,
        '-o',
        `${prefix}${table}.csv`,
      ]);
      expect(run.code).toBe(0);
    }
    const back = await runMain(['export', `${prefix}events.csv`, '--format', 'json']);
    expect(back.stdout).toBe(
      (await runMain(['export', blackberryPakistan2015.id, '--format', 'json'])).stdout,
    );
    // Without the dispute table, its id and title come from the files' name, and a note says so.
    rmSync(`${prefix}dispute.csv`);
    const named = await runMain(['validate', `${prefix}deadlines.csv`, '--json']);
    expect(named.code).toBe(0);
    expect(named.stderr).toContain('no dispute table');
    expect(JSON.parse(named.stdout).dispute).toBe('pk');
  });

  it('say what is missing when a table is read alone, and where a bad cell is, by file, row and column', async () => {
    const alone = path('alone', 'events.csv');
    mkdirSync(path('alone'));
    writeFileSync(alone, writeCsv(blackberryPakistan2015));
    const file = await runMain(['show', alone]);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('is the events table of a CSV export, and no other table is beside it');
    expect(file.stderr).toContain('--format csv -o <folder>/');
    const stdin = await runMain(['show', '-', '--from', 'csv'], writeCsv(blackberryPakistan2015));
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('is the events table of a CSV export, read alone');

    const folder = path('bad');
    await runMain(['export', blackberryPakistan2015.id, '-o', `${folder}/`]);
    const actors = readFileSync(join(folder, 'actors.csv'), 'utf8').split('\r\n');
    actors[2] = (actors[2] as string).replace(/^([^,]*,[^,]*),[a-z-]+,/, '$1,emperor,');
    writeFileSync(join(folder, 'actors.csv'), actors.join('\r\n'));
    const bad = await runMain(['validate', folder]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('invalid-value at ["actors.csv"].row[3].kind');

    mkdirSync(path('empty'));
    const empty = await runMain(['show', path('empty')]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('holds no .csv table');
    writeFileSync(path('empty', 'sheet.csv'), 'Day,Note\r\n');
    expect((await runMain(['show', path('empty')])).stderr).toContain(
      'holds no .csv table ("sheet.csv" is not a table of a CSV export)',
    );
  });

  it('go to a folder only as CSV, every table whole', async () => {
    const json = await runMain(['export', blackberryPakistan2015.id, '-f', 'json', '-o', `${path('j')}/`]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('is a folder, which takes a case’s CSV tables'.replace('’', "'"));
    const one = await runMain([
      'export',
      blackberryPakistan2015.id,
      '--set',
      'collection=actors',
      '-o',
      `${path('one')}/`,
    ]);
    expect(one.code).toBe(2);
    expect(existsSync(path('one', 'actors.csv'))).toBe(false);
  });
});
