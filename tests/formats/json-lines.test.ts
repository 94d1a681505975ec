import {
  type Dispute,
  formatByName,
  parseDispute,
  readJsonLines,
  serializeDispute,
  TimelineError,
  type TimelineIssue,
  writeJsonLines,
} from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDisputeInput } from '../reliability/arbitraries.js';
import { controlCharactersIn, HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';

const RUNS = { numRuns: 100, interruptAfterTimeLimit: 20_000 };

async function rejected(input: Parameters<typeof readJsonLines>[0]): Promise<readonly TimelineIssue[]> {
  const error = await readJsonLines(input).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TimelineError);
  return (error as TimelineError).issues;
}

const textOf = (dispute: Dispute) => [...writeJsonLines(dispute)].join('');

describe('writeJsonLines', () => {
  it('writes a header line with the counts, then one line per record tagged with its collection', () => {
    for (const dispute of datasets) {
      const lines = [...writeJsonLines(dispute)];
      const header = JSON.parse(lines[0] as string);
      expect(header.collection).toBe('dispute');
      expect(header.record.id).toBe(dispute.id);
      const records = lines.slice(1).map((line) => JSON.parse(line));
      expect(records.filter((r) => r.collection === 'events').map((r) => r.record)).toEqual(dispute.events);
      const total = Object.values(header.counts as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(records).toHaveLength(total);
    }
  });

  it('ends every line in one newline and no line holds a raw control, bidi or line-separator character', () => {
    for (const text of HOSTILE_STRINGS) {
      for (const line of writeJsonLines(parseDispute(hostileDispute(text)))) {
        expect(line.endsWith('\n')).toBe(true);
        expect(line.indexOf('\n')).toBe(line.length - 1);
        expect(controlCharactersIn(line.slice(0, -1), [])).toEqual([]);
        expect(line).not.toMatch(/[\u0085\ufeff]/);
      }
    }
  });

  it('writes lazily: the first line comes before the rest are made', () => {
    const lines = writeJsonLines(datasets[0] as Dispute);
    expect(lines.next().value).toMatch(/^\{"collection":"dispute"/);
  });

  it('is the registry entry jsonl, whose text and lines agree', () => {
    const format = formatByName('jsonl');
    const dispute = datasets[1] as Dispute;
    expect(format?.write(dispute)).toBe(textOf(dispute));
    expect([...(format?.lines?.(dispute) ?? [])].join('')).toBe(textOf(dispute));
    expect(serializeDispute(format?.read?.(textOf(dispute)) as Dispute)).toBe(serializeDispute(dispute));
  });
});

describe('readJsonLines', () => {
  it('reads every dataset back into an equal dispute', async () => {
    for (const dispute of datasets) {
      const read = await readJsonLines(writeJsonLines(dispute));
      expect(read).toEqual(dispute);
      expect(serializeDispute(read)).toBe(serializeDispute(dispute));
      expect(Object.isFrozen(read.events)).toBe(true);
    }
  });

  it('gives back the dispute it was written from, for random disputes with hostile text, cut into random chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.gen(),
        fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 30 }),
        async (g, cuts) => {
          const dispute = parseDispute(randomDisputeInput(g));
          const text = textOf(dispute);
          const chunks: string[] = [];
          let at = 0;
          for (const cut of cuts) {
            chunks.push(text.slice(at, at + cut));
            at += cut;
          }
          chunks.push(text.slice(at));
          expect(await readJsonLines(chunks)).toEqual(dispute);
        },
      ),
      RUNS,
    );
  });

  it('reads UTF-8 bytes cut inside a character, from an async iterable, with CRLF, a BOM and blank lines', async () => {
    const dispute = parseDispute(hostileDispute('😀 ü 中文 \u2028 \u202e'));
    const text = `\ufeff${textOf(dispute).replace(/\n/g, '\r\n')}\r\n\r\n`;
    const bytes = new TextEncoder().encode(text);
    async function* pieces() {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.slice(i, i + 7);
    }
    expect(await readJsonLines(pieces())).toEqual(dispute);
  });

  it('reports progress after the header and at the end, with the total from the header', async () => {
    const seen: unknown[] = [];
    const dispute = datasets[0] as Dispute;
    await readJsonLines(writeJsonLines(dispute), { onProgress: (progress) => seen.push(progress) });
    const total = [...writeJsonLines(dispute)].length - 1;
    expect(seen).toEqual([
      { done: 0, total },
      { done: total, total },
    ]);
  });

  it('reports progress every 1,000 records, without a total when the header gives no counts', async () => {
    const base = [...writeJsonLines(datasets[0] as Dispute)];
    const header = JSON.parse(base[0] as string);
    delete header.counts;
    const actor = (i: number) =>
      `${JSON.stringify({ collection: 'actors', record: { id: `a${i}`, name: 'A', kind: 'company' } })}\n`;
    const lines = [`${JSON.stringify(header)}\n`, ...Array.from({ length: 2500 }, (_, i) => actor(i))];
    const seen: unknown[] = [];
    await readJsonLines(lines, { onProgress: (progress) => seen.push(progress) });
    expect(seen).toEqual([{ done: 0 }, { done: 1000 }, { done: 2000 }, { done: 2500 }]);
  });

  it('points each problem at its line: a line that is not JSON, an unknown collection, a bad record', async () => {
    const lines = [...writeJsonLines(datasets[0] as Dispute)];
    lines[3] = 'not json\n';
    lines[4] = '{"collection":"notes","record":{}}\n';
    const events = lines.findIndex((line) => line.startsWith('{"collection":"events"'));
    lines[events] = (lines[events] as string).replace(/"title":"[^"]*"/, '"title":""');
    const issues = await rejected(lines);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'json-syntax', path: ['line', 4] }),
        expect.objectContaining({ code: 'invalid-value', path: ['line', 5, 'collection'] }),
        expect.objectContaining({ code: 'too-small', path: ['line', events + 1, 'record', 'title'] }),
      ]),
    );
  });

  it('notices a file cut short: the header counts more records than the lines hold', async () => {
    const lines = [...writeJsonLines(datasets[0] as Dispute)];
    const issues = await rejected(lines.slice(0, -1));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-value', path: ['line', 1, 'counts', 'claims'] }),
    );
  });

  it('rejects input without a header line, an empty input, and a second header', async () => {
    const lines = [...writeJsonLines(datasets[0] as Dispute)];
    expect(await rejected(lines.slice(1))).toContainEqual(
      expect.objectContaining({ code: 'missing-field', path: ['line', 1, 'collection'] }),
    );
    expect(await rejected('')).toContainEqual(
      expect.objectContaining({ code: 'missing-field', path: ['line', 1] }),
    );
    expect(await rejected([...lines, lines[0] as string])).toContainEqual(
      expect.objectContaining({ code: 'invalid-value', path: ['line', lines.length + 1, 'collection'] }),
    );
  });

  it('rejects lines of the wrong shape and fields beside collection and record', async () => {
    const [header = ''] = [...writeJsonLines(datasets[0] as Dispute)];
    const issues = await rejected([
      header,
      '[1]\n',
      '{"record":{}}\n',
      '{"collection":"actors","record":{},"x":1}\n',
    ]);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'wrong-type', path: ['line', 2] }),
        expect.objectContaining({ code: 'missing-field', path: ['line', 3, 'collection'] }),
        expect.objectContaining({ code: 'unknown-field', path: ['line', 4, 'x'] }),
      ]),
    );
  });

  it('rejects a header whose record or counts are of the wrong shape, and records inside the header', async () => {
    const issues = await rejected([
      '{"collection":"dispute","record":[],"counts":{"events":-1,"notes":2,"actors":"x"}}\n',
    ]);
    expect(issues.map((found) => [found.code, found.path])).toEqual(
      expect.arrayContaining([
        ['wrong-type', ['line', 1, 'record']],
        ['wrong-type', ['line', 1, 'counts', 'events']],
        ['unknown-field', ['line', 1, 'counts', 'notes']],
        ['wrong-type', ['line', 1, 'counts', 'actors']],
      ]),
    );
    const inHeader = await rejected([
      '{"collection":"dispute","record":{"id":"x","title":"x","events":[]},"counts":[]}\n',
    ]);
    expect(inHeader.map((found) => [found.code, found.path])).toEqual(
      expect.arrayContaining([
        ['unknown-field', ['line', 1, 'record', 'events']],
        ['wrong-type', ['line', 1, 'counts']],
      ]),
    );
  });

  it('rejects bad arguments with invalid-argument, never a TypeError', async () => {
    const lines = [...writeJsonLines(datasets[0] as Dispute)];
    await expect(readJsonLines(42 as never)).rejects.toThrow(TimelineError);
    await expect(readJsonLines([42] as never)).rejects.toThrow(TimelineError);
    await expect(readJsonLines(lines, { onProgress: 'x' as never })).rejects.toThrow(TimelineError);
    expect(() => writeJsonLines({} as never)).toThrow(TimelineError);
  });
});
