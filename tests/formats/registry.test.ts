import {
  type Dispute,
  FORMATS,
  formatByName,
  streamJsonl,
  type TextFormat,
  TimelineError,
  writeCsv,
  writeJson,
  writeJsonlLines,
  writeSvg,
} from 'dispute-timeline';
import {
  datasets,
  generateDispute,
  indiaBlackberry2010,
  saudiBlackberry2010,
  uaeBlackberry2010,
} from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/** The formats written as text at once; `png` and `pdf` resolve to bytes (tested below). */
const TEXT_FORMATS = FORMATS.filter((format): format is TextFormat => format.output === 'text');

describe('FORMATS', () => {
  it('has unique names, and each format writes every shipped dataset', () => {
    const names = FORMATS.map((format) => format.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['timelinejs', 'vis-timeline', 'plover', 'ical', 'png', 'pdf']),
    );
    for (const format of FORMATS) {
      expect(formatByName(format.name)).toBe(format);
      expect(format.extension).toMatch(/^\.[a-z]+$/);
    }
    for (const format of TEXT_FORMATS)
      for (const dispute of datasets) expect(format.write(dispute).length, format.name).toBeGreaterThan(0);
  });

  it('holds png and pdf, whose write resolves to the bytes of the svg picture drawn with the options given', async () => {
    const figures = FORMATS.filter((format) => format.output === 'bytes');
    expect(figures.map((format) => [format.name, format.mediaType, format.extension])).toEqual([
      ['png', 'image/png', '.png'],
      ['pdf', 'application/pdf', '.pdf'],
    ]);
    const dispute = datasets[2] as Dispute;
    const png = formatByName('png');
    const pdf = formatByName('pdf');
    if (png?.output !== 'bytes' || pdf?.output !== 'bytes') throw new Error('png and pdf write bytes');
    const small = await png.write(dispute, { dpi: 48 });
    expect(String.fromCharCode(...small.subarray(1, 4))).toBe('PNG');
    // Its width in pixels: the svg picture's, at 48 dpi of the 96 its px are.
    const width = Number(/width="(\d+)"/.exec(writeSvg(dispute, { theme: 'dark' }))?.[1]);
    const dark = await png.write(dispute, { dpi: 48, theme: 'dark' });
    expect(new DataView(dark.buffer, dark.byteOffset).getUint32(16)).toBe(Math.round(width / 2));
    expect(dark).not.toEqual(small);
    expect(new TextDecoder().decode((await pdf.write(dispute, { theme: 'dark' })).slice(0, 5))).toBe('%PDF-');
    expect(png.options.map((option) => option.name)).toEqual([
      ...(formatByName('svg')?.options.map((option) => option.name) ?? []),
      'dpi',
      'fontFiles',
    ]);
    // Bad options are a rejected promise with the issue, never a throw before it.
    for (const [format, options] of [
      [png, { dpi: 'high' }],
      [png, { theme: 'no-such-value' }],
      [pdf, { width: 'wide' }],
      [pdf, { fontFiles: 42 }],
    ] as const) {
      const written = format.write(dispute, options);
      expect(written).toBeInstanceOf(Promise);
      await expect(written).rejects.toMatchObject({
        issues: [expect.objectContaining({ code: 'invalid-argument' })],
      });
    }
  });
});

describe('every format', () => {
  it('writes no object, undefined or NaN where a value belongs, for the shipped and generated disputes', () => {
    // A field the writer forgot to turn into text shows as one of these: an ending object once did.
    const disputes = [...datasets, generateDispute({ events: 300, seed: 7 })];
    const found: string[] = [];
    for (const format of TEXT_FORMATS)
      for (const dispute of disputes) {
        const text = format.write(dispute);
        const at = text.search(/\[object \w+\]|\bundefined\b|\bNaN\b/);
        if (at >= 0)
          found.push(`${format.name} ${dispute.id}: …${text.slice(Math.max(0, at - 40), at + 20)}`);
      }
    expect(found).toEqual([]);
  });
});

describe('the readers of the registry', () => {
  const readable = TEXT_FORMATS.filter((format) => format.read !== undefined);

  it('are those of json and jsonl, and read back what their format writes, for every shipped dataset', () => {
    expect(readable.map((format) => format.name)).toEqual(['json', 'jsonl']);
    for (const format of readable)
      for (const dispute of datasets) {
        const read = format.read?.(format.write(dispute));
        expect(read, `${format.name} ${dispute.id}`).toEqual(dispute);
        expect(Object.isFrozen(read)).toBe(true);
      }
  });

  it('read back a generated dispute of 2,000 events, counting its records on onProgress to their total', () => {
    const dispute = generateDispute({ events: 2_000, seed: 11 });
    for (const format of readable) {
      const seen: { done: number; total?: number }[] = [];
      const read = format.read?.(format.write(dispute), { onProgress: (progress) => seen.push(progress) });
      expect(writeJson(read as Dispute), format.name).toBe(writeJson(dispute));
      const total = seen.at(-1)?.total;
      expect(total, format.name).toBeGreaterThan(2_000);
      expect(seen.at(-1), format.name).toEqual({ done: total, total });
      expect(seen[0]?.done, format.name).toBe(0);
    }
  });

  it('reject a text with a TimelineError, and an onProgress that is not a function with invalid-argument', () => {
    for (const format of readable) {
      expect(() => format.read?.('{"broken'), format.name).toThrow(TimelineError);
      const text = format.write(indiaBlackberry2010);
      expect(
        codesOf(() => format.read?.(text, { onProgress: 'x' as never })),
        format.name,
      ).toEqual(['invalid-argument']);
    }
  });
});

describe('the options of the registry', () => {
  it('are passed on to the writer, and the lines a format gives join to what it writes', () => {
    const dispute = uaeBlackberry2010;
    const csv = formatByName('csv');
    const options = { collection: 'deadlines', columns: ['id', 'due'], bom: true };
    expect(csv?.write(dispute, options)).toBe(writeCsv(dispute, options as never));
    expect([...(csv?.lines?.(dispute, options) ?? [])].join('')).toBe(csv?.write(dispute, options));
    expect(formatByName('json')?.write(dispute, { indent: 0 })).toBe(writeJson(dispute, { indent: 0 }));
    for (const format of TEXT_FORMATS)
      if (format.lines !== undefined)
        expect([...format.lines(dispute)].join(''), format.name).toBe(format.write(dispute));
  });

  it('stream writers give, from the items of streamJsonl, what the format writes for the whole dispute', async () => {
    const streamed = TEXT_FORMATS.filter((format) => format.stream !== undefined).map(
      (format) => format.name,
    );
    expect(streamed).toEqual(expect.arrayContaining(['jsonl', 'csv', 'markdown']));
    for (const dispute of datasets)
      for (const format of TEXT_FORMATS) {
        if (format.stream === undefined) continue;
        const lines = [...writeJsonlLines(dispute)];
        // JSON Lines writes the header's counts when given them: the input's own.
        const options = format.name === 'jsonl' ? { counts: JSON.parse(lines[0] as string).counts } : {};
        let text = '';
        for await (const line of format.stream(streamJsonl(lines), options)) text += line;
        expect(text, `${format.name} of ${dispute.id}`).toBe(format.write(dispute));
      }
  });

  it('describe options the writer reads: every listed value is taken, and a value of the wrong kind is refused', () => {
    const dispute = saudiBlackberry2010;
    const wrong = { boolean: 'yes', number: 'wide', string: 42, list: 42 } as const;
    const described: string[] = [];
    for (const format of TEXT_FORMATS)
      for (const option of format.options) {
        described.push(`${format.name}.${option.name}`);
        const where = `${format.name} --set ${option.name}`;
        if (typeof option.type !== 'string') {
          for (const value of option.type)
            expect(
              format.write(dispute, { [option.name]: value }).length,
              `${where}=${value}`,
            ).toBeGreaterThan(0);
          expect(
            codesOf(() => format.write(dispute, { [option.name]: 'no-such-value' })),
            where,
          ).toEqual(['invalid-argument']);
        } else {
          if (option.type === 'boolean')
            for (const value of [true, false])
              expect(format.write(dispute, { [option.name]: value }).length).toBeGreaterThan(0);
          expect(
            codesOf(() => format.write(dispute, { [option.name]: wrong[option.type as keyof typeof wrong] })),
            where,
          ).toContain('invalid-argument');
        }
      }
    expect(described).toEqual(
      expect.arrayContaining(['csv.collection', 'json.indent', 'svg.width', 'ical.stamp']),
    );
  });
});

function codesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof TimelineError) return [...new Set(error.issues.map((found) => found.code))];
    throw error;
  }
  return [];
}
