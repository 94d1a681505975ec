import {
  type Dispute,
  disputeWarnings,
  formatByName,
  type JsonLinesItem,
  parseDispute,
  readJsonl,
  streamJsonl,
  TimelineError,
  type TimelineIssue,
  updateDispute,
  writeJson,
  writeJsonlLines,
  writeJsonlStream,
} from 'dispute-timeline';
import {
  blackberryPakistan2015,
  datasets,
  indiaBlackberry2010,
  saudiBlackberry2010,
  uaeBlackberry2010,
} from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomDisputeInput } from '../reliability/arbitraries.js';
import { controlCharactersIn, HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';
import { heavyRuns } from '../support/runs.js';

const RUNS = heavyRuns(100);

async function rejected(input: Parameters<typeof readJsonl>[0]): Promise<readonly TimelineIssue[]> {
  // A text is read at once (and throws); chunks give a promise (which rejects): either way, the issues.
  const error = await Promise.resolve()
    .then(() => readJsonl(input))
    .then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
  expect(error).toBeInstanceOf(TimelineError);
  return (error as TimelineError).issues;
}

const textOf = (dispute: Dispute) => [...writeJsonlLines(dispute)].join('');

describe('writeJsonlStream', () => {
  it('writes the items of streamJsonl as writeJsonl writes the dispute, given its counts', async () => {
    for (const dispute of datasets) {
      const lines = [...writeJsonlLines(dispute)];
      let text = '';
      for await (const line of writeJsonlStream(streamJsonl(lines), {
        counts: JSON.parse(lines[0] as string).counts,
      }))
        text += line;
      expect(text).toBe(lines.join(''));
    }
  });

  it('refuses an item that is not { collection, record } with its place', async () => {
    const error = await (async () => {
      for await (const _ of writeJsonlStream([42 as never]));
    })().catch((caught: unknown) => caught);
    expect(TimelineError.is(error) && error.issues[0].path).toEqual(['items', 0]);
  });
});

describe('writeJsonlLines', () => {
  it('writes a header line with the counts, then one line per record tagged with its collection', () => {
    for (const dispute of datasets) {
      const lines = [...writeJsonlLines(dispute)];
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
      for (const line of writeJsonlLines(parseDispute(hostileDispute(text)))) {
        expect(line.endsWith('\n')).toBe(true);
        expect(line.indexOf('\n')).toBe(line.length - 1);
        expect(controlCharactersIn(line.slice(0, -1), [])).toEqual([]);
        expect(line).not.toMatch(/[\u0085\ufeff]/);
      }
    }
  });

  it('writes lazily: the first line comes before the rest are made', () => {
    const lines = writeJsonlLines(indiaBlackberry2010);
    expect(lines.next().value).toMatch(/^\{"collection":"dispute"/);
  });

  it('is the registry entry jsonl, whose text and lines agree', () => {
    const format = formatByName('jsonl');
    const dispute = uaeBlackberry2010;
    expect(format?.write(dispute)).toBe(textOf(dispute));
    expect([...(format?.lines?.(dispute) ?? [])].join('')).toBe(textOf(dispute));
    expect(writeJson(format?.read?.(textOf(dispute)) as Dispute)).toBe(writeJson(dispute));
  });
});

describe('readJsonl', () => {
  it('reads every dataset back into an equal dispute', async () => {
    for (const dispute of datasets) {
      const read = await readJsonl(writeJsonlLines(dispute));
      expect(read).toEqual(dispute);
      expect(writeJson(read)).toBe(writeJson(dispute));
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
          expect(await readJsonl(cut(textOf(dispute), cuts))).toEqual(dispute);
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
    expect(await readJsonl(pieces())).toEqual(dispute);
  });

  it('reports progress after the header and at the end, with the total from the header', async () => {
    const seen: unknown[] = [];
    const dispute = indiaBlackberry2010;
    await readJsonl(writeJsonlLines(dispute), { onProgress: (progress) => seen.push(progress) });
    const total = [...writeJsonlLines(dispute)].length - 1;
    expect(seen).toEqual([
      { done: 0, total },
      { done: total, total },
    ]);
  });

  it('reports progress every 1,000 records, without a total when the header gives no counts', async () => {
    const base = [...writeJsonlLines(indiaBlackberry2010)];
    const header = JSON.parse(base[0] as string);
    delete header.counts;
    const actor = (i: number) =>
      `${JSON.stringify({ collection: 'actors', record: { id: `a${i}`, name: 'A', kind: 'company' } })}\n`;
    const lines = [`${JSON.stringify(header)}\n`, ...Array.from({ length: 2500 }, (_, i) => actor(i))];
    const seen: unknown[] = [];
    await readJsonl(lines, { onProgress: (progress) => seen.push(progress) });
    expect(seen).toEqual([{ done: 0 }, { done: 1000 }, { done: 2000 }, { done: 2500 }]);
  });

  it('points each problem at its line: a line that is not JSON, an unknown collection, a bad record', async () => {
    const lines = [...writeJsonlLines(indiaBlackberry2010)];
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
    const lines = [...writeJsonlLines(indiaBlackberry2010)];
    const issues = await rejected(lines.slice(0, -1));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-value', path: ['line', 1, 'counts', 'claims'] }),
    );
  });

  it('rejects input without a header line, an empty input, and a second header', async () => {
    const lines = [...writeJsonlLines(indiaBlackberry2010)];
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
    const [header = ''] = [...writeJsonlLines(indiaBlackberry2010)];
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
    const lines = [...writeJsonlLines(indiaBlackberry2010)];
    await expect(readJsonl(42 as never)).rejects.toThrow(TimelineError);
    await expect(readJsonl([42] as never)).rejects.toThrow(TimelineError);
    await expect(readJsonl(lines, { onProgress: 'x' as never })).rejects.toThrow(TimelineError);
    expect(() => writeJsonlLines({} as never)).toThrow(TimelineError);
  });
});

/** Every item streamJsonl yields, and the error it throws at the end, if any. */
async function streamed(
  input: Parameters<typeof streamJsonl>[0],
): Promise<{ items: JsonLinesItem[]; error: unknown }> {
  const items: JsonLinesItem[] = [];
  try {
    for await (const item of streamJsonl(input)) items.push(item);
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

/** The dispute's JSON form that the items make up. */
function disputeOf(items: readonly JsonLinesItem[]): Record<string, unknown> {
  const out: Record<string, unknown[] | unknown> = {};
  for (const item of items) {
    if (item.collection === 'dispute') Object.assign(out, item.record);
    else {
      const list = (out[item.collection] ?? []) as unknown[];
      list.push(item.record);
      out[item.collection] = list;
    }
  }
  return out;
}

const issueKeysOf = (error: unknown) =>
  (error as TimelineError).issues.map((found) => [found.code, found.path]);

const codesAndPaths = (issues: readonly TimelineIssue[]) =>
  issues.map((found) => JSON.stringify([found.code, found.path])).sort();

/** Chunks of a text cut at the given lengths, the rest last. */
function cut(text: string, cuts: readonly number[]): string[] {
  const chunks: string[] = [];
  let at = 0;
  for (const length of cuts) {
    chunks.push(text.slice(at, at + length));
    at += length;
  }
  chunks.push(text.slice(at));
  return chunks;
}

describe('streamJsonl', () => {
  it('hands the warnings of the records before the events to onWarnings at the end, with their lines', async () => {
    const unsourced = updateDispute(saudiBlackberry2010, (draft) => {
      delete draft.deadlines[0]?.setOn;
      delete draft.deadlines[0]?.sources;
    });
    let warnings: readonly TimelineIssue[] | undefined;
    for await (const _ of streamJsonl(writeJsonlLines(unsourced), {
      onWarnings: (found) => (warnings = found),
    }));
    expect(warnings?.map((warning) => warning.code)).toEqual(['unsourced-deadline']);
    expect(warnings?.[0]?.path[0]).toBe('line');
    // Every warning a stream finds is one disputeWarnings finds too.
    for (const dispute of datasets) {
      let found: readonly TimelineIssue[] = [];
      for await (const _ of streamJsonl(writeJsonlLines(dispute), { onWarnings: (all) => (found = all) }));
      const whole = disputeWarnings(dispute).map((warning) => warning.code);
      for (const warning of found) expect(whole, dispute.id).toContain(warning.code);
    }
  });

  it('does not call onWarnings for an input with a problem, and refuses an onWarnings that is not a function', async () => {
    const lines = [...writeJsonlLines(uaeBlackberry2010)];
    lines.pop();
    let called = false;
    await expect(async () => {
      for await (const _ of streamJsonl(lines, { onWarnings: () => (called = true) }));
    }).rejects.toThrow(TimelineError);
    expect(called).toBe(false);
    expect(() => streamJsonl(lines, { onWarnings: 42 as never })).toThrow(/onWarnings is a function/);
  });

  it('yields the header and every record of every dataset, validated, frozen, with the line each came from', async () => {
    for (const dispute of datasets) {
      const lines = [...writeJsonlLines(dispute)];
      const { items, error } = await streamed(lines);
      expect(error).toBeUndefined();
      expect(items).toHaveLength(lines.length);
      expect(parseDispute(disputeOf(items))).toEqual(dispute);
      for (const item of items) {
        expect(Object.isFrozen(item)).toBe(true);
        expect(isDeepFrozen(item.record)).toBe(true);
        const line = JSON.parse(lines[item.line - 1] as string);
        expect(line.collection).toBe(item.collection);
        if (item.collection !== 'dispute') expect(item.record).toEqual(line.record);
      }
      expect(items[0]?.collection).toBe('dispute');
    }
  });

  it('gives the records readJsonl gives, for random disputes with hostile text cut into random chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.gen(),
        fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 30 }),
        async (g, cuts) => {
          const dispute = parseDispute(randomDisputeInput(g));
          const { items, error } = await streamed(cut(textOf(dispute), cuts));
          expect(error).toBeUndefined();
          expect(parseDispute(disputeOf(items))).toEqual(await readJsonl(writeJsonlLines(dispute)));
        },
      ),
      RUNS,
    );
  });

  it('reads UTF-8 bytes cut inside every character, one byte a chunk, with CRLF and a BOM', async () => {
    const dispute = parseDispute(hostileDispute('😀 ü 中文 \u2028 \u202e'));
    const bytes = new TextEncoder().encode(`\ufeff${textOf(dispute).replace(/\n/g, '\r\n')}`);
    const { items, error } = await streamed(Array.from(bytes, (byte) => Uint8Array.of(byte)));
    expect(error).toBeUndefined();
    expect(parseDispute(disputeOf(items))).toEqual(dispute);
  });

  it('reports the issues readJsonl reports, at the same lines, and yields nothing after the first', async () => {
    const base = [...writeJsonlLines(blackberryPakistan2015)];
    const firstEvent = base.findIndex((line) => line.startsWith('{"collection":"events"'));
    const broken = (edit: (lines: string[]) => void) => {
      const lines = [...base];
      edit(lines);
      return lines;
    };
    const cases = [
      // A bad actor, checked with the records before the events.
      broken((lines) => {
        lines[1] = (lines[1] as string).replace('"kind":"', '"kind":"x');
      }),
      // An event's title, a dangling reference and a duplicate id.
      broken((lines) => {
        lines[firstEvent + 1] = (lines[firstEvent + 1] as string).replace(/"title":"[^"]*"/, '"title":""');
        lines[firstEvent + 2] = (lines[firstEvent + 2] as string).replace(
          /"actors":\["/,
          '"actors":["nobody","',
        );
        lines[firstEvent + 3] = lines[firstEvent] as string;
      }),
      // A response dated before the demand it answers.
      broken((lines) => {
        const at = lines.findIndex((line) => line.startsWith('{"collection":"responses"'));
        const line = JSON.parse(lines[at] as string);
        line.record.date = '1990-01-01';
        lines[at] = `${JSON.stringify(line)}\n`;
      }),
      // A deadline ending whose event never comes; a file cut short.
      broken((lines) => {
        const at = lines.findIndex((line) => line.includes('"event":"'));
        lines[at] = (lines[at] as string).replace('"event":"', '"event":"never-');
        lines.pop();
      }),
    ];
    for (const [i, lines] of cases.entries()) {
      const { items, error } = await streamed(lines);
      expect(error, `case ${i}`).toBeInstanceOf(TimelineError);
      const expected = await rejected(lines);
      expect(codesAndPaths((error as TimelineError).issues)).toEqual(codesAndPaths(expected));
      // The last case's problems are found at the end only: its records were yielded before.
      if (i === cases.length - 1) continue;
      const firstBad = Math.min(
        ...expected.map((found) =>
          typeof found.path[1] === 'number' ? found.path[1] : Number.POSITIVE_INFINITY,
        ),
      );
      for (const item of items) expect(item.line).toBeLessThan(firstBad);
    }
  });

  it('resolves a deadline ending whose event comes later, and reports one naming a claim', async () => {
    const lines = [...writeJsonlLines(blackberryPakistan2015)];
    expect(
      lines.some((line) => line.startsWith('{"collection":"deadlines"') && line.includes('"event":"')),
    ).toBe(true);
    expect((await streamed(lines)).error).toBeUndefined();
    const claim = lines.findIndex((line) => line.startsWith('{"collection":"claims"'));
    const claimId = JSON.parse(lines[claim] as string).record.id as string;
    const deadline = lines.findIndex((line) => line.includes('"event":"'));
    lines[deadline] = (lines[deadline] as string).replace(/"event":"[^"]*"/, `"event":"${claimId}"`);
    const { error } = await streamed(lines);
    expect((error as TimelineError).issues).toEqual([
      expect.objectContaining({
        code: 'unknown-reference',
        path: ['line', deadline + 1, 'record', 'outcome', 'event'],
      }),
    ]);
  });

  it('reads the collections in the order writeJsonlLines writes them: a deadline after the events is an issue', async () => {
    const lines = [...writeJsonlLines(blackberryPakistan2015)];
    const at = lines.findIndex((line) => line.startsWith('{"collection":"deadlines"'));
    const [deadline] = lines.splice(at, 1);
    const claims = lines.findIndex((line) => line.startsWith('{"collection":"claims"'));
    lines.splice(claims, 0, deadline as string);
    const { error } = await streamed(lines);
    // The records that cite the deadline then cite nothing read before them: those are issues too.
    expect((error as TimelineError).issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-value', path: ['line', claims + 1, 'record'] }),
    );
    // readJsonl takes them in any order.
    expect((await readJsonl(lines)).deadlines).toHaveLength(blackberryPakistan2015.deadlines.length);
  });

  it('reports a line holding a 1 MB id with a short message, and goes on reading', async () => {
    const lines = [...writeJsonlLines(indiaBlackberry2010)];
    const at = lines.findIndex((line) => line.startsWith('{"collection":"events"'));
    const huge = 'x'.repeat(1_000_000);
    lines[at] = (lines[at] as string).replace(/"id":"[^"]*"/, `"id":"${huge}"`);
    const { error } = await streamed(lines);
    const issues = (error as TimelineError).issues;
    expect(issues.map((found) => [found.code, found.path])).toEqual([
      ['too-large', ['line', at + 1, 'record', 'id']],
    ]);
    for (const found of issues) expect(JSON.stringify(found).length).toBeLessThan(1_000);
  });

  it('refuses a line of more than 50 million characters as it grows, before the line ends', async () => {
    const [header = ''] = [...writeJsonlLines(indiaBlackberry2010)];
    const piece = 'x'.repeat(2_000_000);
    const endless = [header, ...Array.from({ length: 26 }, () => piece)];
    const { error } = await streamed(endless);
    expect(issueKeysOf(error)).toEqual([['too-large', ['line', 2]]]);
    expect(issueKeysOf(await readJsonl(endless).catch((thrown: unknown) => thrown))).toEqual([
      ['too-large', ['line', 2]],
    ]);
  });

  it('passes on the error of a stream that fails midway, after the records read before it', async () => {
    const lines = [...writeJsonlLines(indiaBlackberry2010)];
    const failure = new Error('the disk went away');
    async function* failing() {
      yield lines.slice(0, -5).join('');
      throw failure;
    }
    const { items, error } = await streamed(failing());
    expect(error).toBe(failure);
    expect(items.length).toBeGreaterThan(0);
  });

  it('stops reading the input when the consumer stops early', async () => {
    let closed = false;
    let pulled = 0;
    const lines = [...writeJsonlLines(indiaBlackberry2010)];
    function* source() {
      try {
        for (const line of lines) {
          pulled++;
          yield line;
        }
      } finally {
        closed = true;
      }
    }
    for await (const item of streamJsonl(source())) if (item.collection === 'events') break;
    expect(closed).toBe(true);
    expect(pulled).toBeLessThan(lines.length);
  });

  it('reports progress as readJsonl does', async () => {
    const seen: unknown[] = [];
    const dispute = indiaBlackberry2010;
    for await (const _ of streamJsonl(writeJsonlLines(dispute), { onProgress: (p) => seen.push(p) }));
    const total = [...writeJsonlLines(dispute)].length - 1;
    expect(seen).toEqual([
      { done: 0, total },
      { done: total, total },
    ]);
  });

  it('rejects bad arguments at once with invalid-argument, and a chunk that is not text from the iterator', async () => {
    for (const [input, options] of [
      [42, undefined],
      [null, undefined],
      [[], { onProgress: 'x' }],
      [[], 7],
    ] as const) {
      try {
        streamJsonl(input as never, options as never);
        expect.unreachable();
      } catch (error) {
        expect((error as TimelineError).issues.map((found) => found.code)).toEqual(['invalid-argument']);
      }
    }
    const { error } = await streamed([42] as never);
    expect((error as TimelineError).issues.map((found) => found.code)).toEqual(['invalid-argument']);
  });

  it('changes nothing it is given: the chunks and their list stay as they were', async () => {
    const lines = [...writeJsonlLines(indiaBlackberry2010)];
    const copy = [...lines];
    const bytes = new TextEncoder().encode(lines.join(''));
    const before = Uint8Array.from(bytes);
    await streamed(lines);
    await streamed([bytes]);
    await readJsonl([bytes]);
    expect(lines).toEqual(copy);
    expect(Object.isFrozen(lines)).toBe(false);
    expect(bytes).toEqual(before);
  });
});

/** Whether a value and everything in it is frozen. */
function isDeepFrozen(value: unknown): boolean {
  return (
    typeof value !== 'object' ||
    value === null ||
    (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen))
  );
}
