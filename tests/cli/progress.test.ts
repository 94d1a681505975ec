import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { writeJsonlLines } from 'dispute-timeline';
import { generateDispute } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { loadDispute } from '../../src/cli/input.js';
import { progressLine, progressReporter } from '../../src/cli/progress.js';

/** A terminal of 60 columns that keeps what is written to it. */
function terminal(isTTY = true) {
  const written: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        written.push(String(chunk));
        done();
      },
    }),
    { isTTY, columns: 60 },
  );
  return { stream, written };
}

describe('the progress line', () => {
  it('says how far a phase has got, in bytes or records, with a percentage when the total is known', () => {
    expect(progressLine('reading case.json', 'bytes', { done: 12_100_000, total: 28_700_000 })).toBe(
      'reading case.json  42% (12.1 MB of 28.7 MB)',
    );
    expect(progressLine('validating', 'records', { done: 1_200_000 })).toBe('validating  1,200,000 records');
    expect(progressLine('writing', 'bytes', { done: 999 })).toBe('writing  999 B');
  });

  it('draws nothing for work that ends quickly, then redraws in place at most ten times a second', () => {
    let now = 0;
    const { stream, written } = terminal();
    const progress = progressReporter(stream, { quiet: false, now: () => now });
    const report = progress.phase('reading big.json', 'bytes');
    report({ done: 1, total: 10 });
    expect(written).toEqual([]);
    now = 400;
    report({ done: 5, total: 10 });
    now = 450;
    report({ done: 6, total: 10 });
    now = 520;
    report({ done: 7, total: 10 });
    progress.clear();
    expect(written).toEqual([
      '\r\u001b[2Kreading big.json  50% (5 B of 10 B)',
      '\r\u001b[2Kreading big.json  70% (7 B of 10 B)',
      '\r\u001b[2K',
    ]);
  });

  it('keeps to one line of the terminal', () => {
    let now = 1000;
    const { stream, written } = terminal();
    const progress = progressReporter(stream, { quiet: false, now: () => now });
    now = 2000;
    progress.phase(`reading ${'a'.repeat(200)}.json`);
    expect(Array.from(written[0]!.slice('\r\u001b[2K'.length)).length).toBeLessThanOrEqual(59);
  });

  it('is silent in a pipe and with --quiet', () => {
    for (const [isTTY, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      let now = 0;
      const { stream, written } = terminal(isTTY);
      const progress = progressReporter(stream, { quiet, now: () => now });
      now = 10_000;
      progress.phase('validating')({ done: 1 });
      progress.clear();
      expect(written).toEqual([]);
    }
  });
});

describe('loading a dispute', () => {
  it('reports the records of a JSON Lines file as it reads them, with the total from its header', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispute-progress-'));
    try {
      const file = join(dir, 'big.jsonl');
      const dispute = generateDispute({ events: 2_500, seed: 1 });
      writeFileSync(file, [...writeJsonlLines(dispute)].join(''));
      const phases: string[] = [];
      const seen: { done: number; total?: number }[] = [];
      const progress = {
        phase: (label: string) => {
          phases.push(label);
          return (reported: { done: number; total?: number }) => seen.push(reported);
        },
        clear: () => {},
      };
      const loaded = await loadDispute(file, { terminal: {} as never, progress });
      expect(loaded.dispute.events).toHaveLength(2_500);
      expect(phases).toContain('reading jsonl');
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
