import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import {
  formatByName,
  type TimelineFormat,
  writeCsv,
  writeJsonl,
  writeJsonlLines,
  writeMarkdown,
  writePlover,
} from 'dispute-timeline';
import {
  blackberryPakistan2015,
  generateDispute,
  saudiBlackberry2010,
  uaeBlackberry2010,
} from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { streamsExport, streamValidate } from '../../src/cli/stream.js';
import { FULL } from '../support/mode.js';
import { runMain } from './in-process.js';

/** A stream that keeps what is written to it and tells whoever waits when a text has appeared. */
class Watched extends Writable {
  text = '';
  private waiting: { needle: string; resolve: () => void }[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.text += String(chunk);
    this.waiting = this.waiting.filter((wait) => {
      if (!this.text.includes(wait.needle)) return true;
      wait.resolve();
      return false;
    });
    done();
  }
  /** Resolves once `needle` has been written. */
  appears(needle: string): Promise<void> {
    if (this.text.includes(needle)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ needle, resolve }));
  }
}

function withFolder<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'dispute-stream-'));
  return use(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** The index of the last event's line. */
function lastEventLine(lines: readonly string[]): number {
  let at = lines.length - 1;
  while (at >= 0 && !(lines[at] as string).startsWith('{"collection":"events"')) at--;
  return at;
}

/** The JSON Lines of a dispute with the actor of its last event replaced by one that does not exist. */
function brokenLate(dispute = generateDispute({ events: 3_000, seed: 7 })): { text: string; line: number } {
  const lines = [...writeJsonlLines(dispute)];
  const at = lastEventLine(lines);
  const item = JSON.parse(lines[at] as string);
  item.record.actors = ['no-such-actor'];
  lines[at] = `${JSON.stringify(item)}\n`;
  return { text: lines.join(''), line: at + 1 };
}

describe('the CLI streams JSON Lines', () => {
  it('writes the CSV rows of the first events before the rest of the input has been given', async () => {
    const dispute = generateDispute({ events: 2_000, seed: 3 });
    const lines = [...writeJsonlLines(dispute)];
    const firstEvent = lines.findIndex((line) => line.startsWith('{"collection":"events"'));
    const eventId = JSON.parse(lines[firstEvent] as string).record.id as string;
    const stdin = new PassThrough();
    const stdout = new Watched();
    const stderr = new Watched();
    const run = main(['export', '-', '--from', 'jsonl', '--format', 'csv'], {
      stdin,
      stdout,
      stderr,
      env: {},
    });
    // The first part: the header, the records before the events, and a few events.
    stdin.write(lines.slice(0, firstEvent + 5).join(''));
    // Resolves only if the event's row is written while standard input is still open.
    await stdout.appears(eventId);
    expect(stdout.text.split('\r\n')[0]).toBe(writeCsv(dispute).split('\r\n')[0]);
    stdin.end(lines.slice(firstEvent + 5).join(''));
    expect(await run).toBe(0);
    expect(stderr.text).toBe('');
    expect(stdout.text).toBe(writeCsv(dispute));
  });

  it('writes JSON Lines again as the library writes them, counts and all', async () => {
    await withFolder(async (dir) => {
      const file = join(dir, 'case.jsonl');
      writeFileSync(file, writeJsonl(blackberryPakistan2015));
      const run = await runMain(['export', file, '--format', 'jsonl']);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(writeJsonl(blackberryPakistan2015));
    });
  });

  it('writes a Markdown table from JSON Lines as from the whole dispute, claims and all', async () => {
    await withFolder(async (dir) => {
      const file = join(dir, 'case.jsonl');
      writeFileSync(file, writeJsonl(blackberryPakistan2015));
      const run = await runMain(['export', file, '--format', 'markdown']);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(writeMarkdown(blackberryPakistan2015));
    });
  });

  it('fails an export with the issue of a broken reference on the last event, and leaves no file', async () => {
    await withFolder(async (dir) => {
      const file = join(dir, 'big.jsonl');
      const broken = brokenLate();
      writeFileSync(file, broken.text);
      const output = join(dir, 'out.csv');
      const run = await runMain(['export', file, '--format', 'csv', '-o', output]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`unknown-reference at line[${broken.line}]`);
      expect(run.stderr).toContain('no-such-actor');
      expect(() => rmSync(output)).toThrow();
    });
  });

  it('validates a JSON Lines file record by record: a broken reference late in the file fails the run', async () => {
    await withFolder(async (dir) => {
      const file = join(dir, 'big.jsonl');
      const broken = brokenLate();
      writeFileSync(file, broken.text);
      const run = await runMain(['validate', file]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`unknown-reference at line[${broken.line}]`);
      const json = await runMain(['validate', file, '--json']);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout).issues.map((found: { code: string }) => found.code)).toContain(
        'unknown-reference',
      );
    });
  });

  it('validates a valid JSON Lines file with its counts, as a whole read does', async () => {
    await withFolder(async (dir) => {
      const file = join(dir, 'case.jsonl');
      writeFileSync(file, writeJsonl(saudiBlackberry2010));
      const json = join(dir, 'case.json');
      writeFileSync(json, JSON.stringify(saudiBlackberry2010));
      const streamed = await runMain(['validate', file]);
      const whole = await runMain(['validate', json]);
      expect(streamed.code).toBe(0);
      expect(streamed.stdout).toBe(whole.stdout);
      expect(streamed.stderr).toBe('');
    });
  });

  it('gives every warning of a whole read as it streams, those over the events and claims too, and --strict fails on them', async () => {
    await withFolder(async (dir) => {
      const file = join(dir, 'uae.jsonl');
      writeFileSync(file, writeJsonl(uaeBlackberry2010));
      const streamed = await runMain(['validate', file]);
      expect(streamed.code).toBe(0);
      expect(streamed.stderr).toBe('');
      // The one warning of the UAE case: two claims on the suspension's date citing The National.
      const lines = writeJsonl(uaeBlackberry2010).split('\n');
      const claim = lines.findIndex((line) => line.startsWith('{"collection":"claims"')) + 2;
      expect(streamed.stdout).toContain(
        `1 warning\nwarning: shared-claim-source at line[${claim}].record.sources[0].source`,
      );
      const strict = await runMain(['validate', file, '--strict']);
      expect(strict.code).toBe(1);
      const folder = join(dir, 'uae');
      await runMain(['export', uaeBlackberry2010.id, '-o', `${folder}/`]);
      const tables = await runMain(['validate', folder]);
      expect(tables.stdout).toContain(
        'warning: shared-claim-source at ["claims.csv"].row[3].source_ids: claims suspension-date-11-october',
      );
    });
  });

  it('reports a duplicate id late in a JSON Lines file', async () => {
    await withFolder(async (dir) => {
      const file = join(dir, 'dup.jsonl');
      const lines = [...writeJsonlLines(generateDispute({ events: 1_500, seed: 5 }))];
      const events = lines.filter((line) => line.startsWith('{"collection":"events"'));
      const last = lastEventLine(lines);
      const item = JSON.parse(lines[last] as string);
      item.record.id = JSON.parse(events[0] as string).record.id;
      lines[last] = `${JSON.stringify(item)}\n`;
      writeFileSync(file, lines.join(''));
      const run = await runMain(['validate', file]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('duplicate-id');
    });
  });

  it('reports the records on the progress line as they stream, with the total from the header', async () => {
    await withFolder(async (dir) => {
      const file = join(dir, 'big.jsonl');
      writeFileSync(file, writeJsonl(generateDispute({ events: 2_500, seed: 1 })));
      const phases: string[] = [];
      const seen: { done: number; total?: number }[] = [];
      let cleared = 0;
      const progress = {
        phase: (label: string) => {
          phases.push(label);
          return (reported: { done: number; total?: number }) => seen.push(reported);
        },
        clear: () => {
          cleared++;
        },
      };
      const verdict = await streamValidate({
        source: file,
        from: undefined,
        terminal: {} as never,
        progress,
      });
      expect(verdict.events).toBe(2_500);
      expect(phases).toEqual([`reading ${file}`]);
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total);
      expect(cleared).toBeGreaterThan(0);
    });
  });
});

describe('the CLI streams CSV tables', () => {
  it('streams a case’s tables to JSON Lines, CSV, Markdown and PLOVER as the whole dispute writes them', async () => {
    await withFolder(async (dir) => {
      // An events table past the 65,536 characters a reader takes at a time (600 events: 85 kB), many more in the full run.
      const dispute = generateDispute({ events: FULL ? 3_000 : 600, seed: 11 });
      const json = join(dir, 'big.json');
      writeFileSync(json, JSON.stringify(dispute));
      const folder = join(dir, 'big');
      expect((await runMain(['export', json, '-o', `${folder}/`])).code).toBe(0);
      for (const format of ['jsonl', 'csv', 'markdown', 'plover'] as const) {
        const whole = (await runMain(['export', json, '--format', format])).stdout;
        for (const source of [folder, join(folder, 'events.csv')]) {
          const input = { source, from: undefined };
          expect(streamsExport(input, formatByName(format) as TimelineFormat), `${format} streams`).toBe(
            true,
          );
          const streamed = await runMain(['export', source, '--format', format]);
          expect(streamed.stderr).toBe('');
          expect(streamed.stdout, `${source} as ${format}`).toBe(whole);
        }
      }
      // PLOVER streams from JSON Lines too.
      const jsonl = join(dir, 'big.jsonl');
      writeFileSync(jsonl, writeJsonl(dispute));
      expect(
        streamsExport({ source: jsonl, from: undefined }, formatByName('plover') as TimelineFormat),
      ).toBe(true);
      expect((await runMain(['export', jsonl, '--format', 'plover'])).stdout).toBe(writePlover(dispute));
    });
  });

  it('fails a streamed export and validation with a broken row late in the events table, at its file, row and column', async () => {
    await withFolder(async (dir) => {
      const dispute = generateDispute({ events: 2_000, seed: 5 });
      const folder = join(dir, 'case');
      const json = join(dir, 'case.json');
      writeFileSync(json, JSON.stringify(dispute));
      await runMain(['export', json, '-o', `${folder}/`]);
      const events = readFileSync(join(folder, 'events.csv'), 'utf8').split('\r\n');
      const last = events.length - 2;
      events[last] = (events[last] as string).replace(
        /,(confirmed|reported|disputed|rumoured)(?=,)/,
        ',sure',
      );
      writeFileSync(join(folder, 'events.csv'), events.join('\r\n'));
      const run = await runMain(['export', folder, '--format', 'jsonl', '-o', join(dir, 'out.jsonl')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`invalid-value at ["events.csv"].row[${last + 1}].confidence`);
      expect(() => rmSync(join(dir, 'out.jsonl'))).toThrow();
      const validated = await runMain(['validate', folder]);
      expect(validated.code).toBe(1);
      expect(validated.stderr).toContain(`["events.csv"].row[${last + 1}].confidence`);
    });
  });
});
